"""One-time messages of the workshop views (the workshop channel of ui/notices.py), and
changes that turn a vanished workshop or a busy database into such a message."""

from __future__ import annotations

from collections.abc import Callable

from storage import StorageBusy, UnknownWorkshop

from ..notices import WORKSHOP

notify = WORKSHOP.notify
show = WORKSHOP.show


def unless_gone(change: Callable[[], object]) -> bool:
    """Make a change to a workshop; False, with a message on the next run, when the workshop
    was deleted meanwhile (from another device) or the database stayed busy, instead of
    Streamlit's error page."""
    try:
        change()
    except UnknownWorkshop:
        notify("gone")
        return False
    except StorageBusy:  # every connection in use for a while: say so, nothing was changed
        notify("busy")
        return False
    return True

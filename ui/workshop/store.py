"""Access to the workshop repository of storage/ (the one place the workshop UI opens it)."""

from __future__ import annotations

import storage


def repository() -> storage.WorkshopRepository:
    """The workshop repository on the configured database (engine cached by storage/)."""
    return storage.WorkshopRepository(storage.get_engine())

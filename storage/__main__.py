"""Command line: `python -m storage purge --older-than DAYS [--delete]`.

Lists (and with --delete, deletes) the assessments and workshops nobody has used for DAYS days,
in the database the app uses (DATABASE_URL, else data/ki-readiness.db).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from .engine import database_url, open_engine
from .retention import Stale, count_stale, delete_stale


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 2 bad input or database)."""
    parser = argparse.ArgumentParser(prog="python -m storage")
    commands = parser.add_subparsers(dest="command", required=True)
    purge = commands.add_parser(
        "purge", help="list or delete assessments and workshops unused for DAYS days"
    )
    purge.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    purge.add_argument("--delete", action="store_true", help="delete them (default: only list)")
    purge.add_argument("--database", metavar="URL", help="default: $DATABASE_URL or data/")
    args = parser.parse_args(argv)
    if args.older_than < 1:
        parser.error("--older-than must be at least 1 day")

    url = database_url(args.database)
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        # Opening it would create an empty database: a mistyped path must not look like success.
        print(f"error: no database file at {parsed.database}", file=sys.stderr)
        return 2
    before = datetime.now(UTC) - timedelta(days=args.older_than)
    try:
        engine = open_engine(url)
        try:
            found = (delete_stale if args.delete else count_stale)(engine, before)
        finally:
            engine.dispose()
    except SQLAlchemyError as error:
        reason = str(error.orig if getattr(error, "orig", None) else error).splitlines()[0]
        print(f"error: database {shown}: {reason}", file=sys.stderr)
        return 2
    print(f"database: {shown}")
    print(
        f"last used before {before:%Y-%m-%d %H:%M} UTC (more than {args.older_than} days ago): "
        f"{_list(found)}"
    )
    if args.delete:
        print("deleted.")
    elif found != Stale(0, 0, 0):
        print("nothing deleted; run again with --delete to delete them.")
    return 0


def _list(found: Stale) -> str:
    return (
        f"{found.assessments} assessment(s), {found.workshops} workshop(s) "
        f"with {found.participants} participant(s)"
    )


if __name__ == "__main__":
    sys.exit(main())

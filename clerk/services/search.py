"""Find anything said or recorded in any meeting (``clerk search``, the Meetings view's box)."""

from __future__ import annotations

from clerk.store import search as _store
from clerk.store.db import Database

Hit = _store.Hit


class SearchError(Exception):
    """The database could not be searched; ``str()`` is one line saying why."""


def search(db: Database, words: str, limit: int = 200) -> list[Hit]:
    """Hits (meeting id, date, body, item number/key, snippet) for ``words``, newest first."""
    from sqlalchemy.exc import OperationalError

    try:
        return _store.search(db.engine, words, limit)
    except OperationalError as exc:
        lines = str(exc.orig or exc).strip().splitlines()
        raise SearchError(
            f"cannot search {db.location}: {lines[0] if lines else 'unknown'}"
        ) from None


def hit_line(hit: Hit) -> str:
    """One line for a hit: ``12  2026-05-14  Parish Council  item 5  …snippet…``."""
    where = f"item {hit.item_number}" if hit.item_number else "meeting"
    return f"{hit.meeting_id}\t{hit.date:%Y-%m-%d}\t{hit.body}\t{where}\t{hit.snippet}"

"""Find anything said or recorded in any meeting (``clerk search``, the Meetings view's box)."""

from __future__ import annotations

from clerk.store import search as _store
from clerk.store.db import Database

Hit = _store.Hit


def search(db: Database, words: str, limit: int = 200) -> list[Hit]:
    """Hits (meeting id, date, body, item number/key, snippet) for ``words``, newest first."""
    return _store.search(db.engine, words, limit)


def hit_line(hit: Hit) -> str:
    """One line for a hit: ``12  2026-05-14  Parish Council  item 5  …snippet…``."""
    where = f"item {hit.item_number}" if hit.item_number else "meeting"
    return f"{hit.meeting_id}\t{hit.date:%Y-%m-%d}\t{hit.body}\t{where}\t{hit.snippet}"

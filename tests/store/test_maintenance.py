"""The integrity check: what it finds, and that its larger page cache is for the check only."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from clerk.services.meetings import import_record
from clerk.store.maintenance import check


def cache_size(db) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("PRAGMA cache_size")).scalar())


def test_a_sound_database_passes_and_keeps_its_page_cache(db, example_record):
    import_record(db, example_record)
    before = cache_size(db)
    assert check(db) == [] and check(db, quick=True) == []
    assert cache_size(db) == before


def test_a_row_whose_meeting_is_gone_is_found(db, example_record):
    meeting = import_record(db, example_record)
    raw = sqlite3.connect(db.path)  # foreign keys off, as another program might leave it
    raw.execute("DELETE FROM meetings WHERE id = ?", (meeting.id,))
    raw.commit()
    raw.close()
    problems = check(db)
    assert problems and all("refers to a missing meetings" in p for p in problems)

"""The driver connection a SQLite database is read and saved on without SQLAlchemy: the same
durability as the engine's connections, and used only by the thread that made it (another
thread goes through the engine's pool, and gets the same answers)."""

from __future__ import annotations

import threading

from clerk.services.meetings import create_demo_meeting
from clerk.store import repository, revisions


def test_the_driver_connection_has_the_engines_durability(db):
    driver = db.driver
    assert driver is not None and driver is db.driver
    assert driver.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert driver.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert driver.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert driver.execute("PRAGMA busy_timeout").fetchone()[0] == 10000
    with db.engine.connect() as conn:
        pragmas = [
            conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "synchronous", "foreign_keys")
        ]
    assert pragmas == ["wal", 2, 1]


def test_another_thread_reads_and_saves_through_the_engine(db):
    meeting = create_demo_meeting(db)
    mine = revisions.read_meeting(db, meeting.id)
    found: dict = {}

    def elsewhere():
        found["driver"] = db.driver
        found["read"] = revisions.read_meeting(db, meeting.id)
        found["exists"] = repository.meeting_exists(db, meeting.id)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert found == {"driver": None, "read": mine, "exists": True}


def test_the_database_and_its_engine_read_and_save_the_same(any_db):
    """On SQLite through the driver, on PostgreSQL (no driver connection) through Core."""
    from dataclasses import replace

    assert (
        (any_db.driver is not None) == any_db.is_sqlite == (any_db.engine.dialect.name == "sqlite")
    )
    meeting = create_demo_meeting(any_db)
    before, revision = revisions.read_meeting(any_db, meeting.id)
    assert (before, revision) == revisions.read_meeting(any_db.engine, meeting.id)
    after = replace(before, venue="The Guildhall")
    done = revisions.commit_change(any_db, before, after, revision)
    assert done.revision == revision + 1
    assert revisions.read_meeting(any_db.engine, meeting.id) == (after, revision + 1)
    assert revisions.read_revision(any_db, meeting.id) == revision + 1

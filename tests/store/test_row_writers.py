"""On SQLite a change's rows go through the driver (``clerk.store.rowwrite.DriverRows``), not
through SQLAlchemy Core — inside a SQLAlchemy transaction, or on the bare driver connection
(``Database.driver``, no SQLAlchemy at all): the file must hold the very same values each way — dates and times
as SQLAlchemy writes them, JSON (a None too), booleans, NULLs — for new meetings and for
changes that insert, update and delete rows in every table, and the meeting must read back as
written."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from clerk.domain.model import Meeting
from clerk.store import repository, revisions, rowwrite, writing
from clerk.store.db import open_database
from clerk.store.record import meeting_from_record
from clerk.store.schema import metadata
from tests.strategies import records

WHEN = ("updated_at",)  # when a row was written, not what it says
OWN = ("database_identity",)  # each file's own identity, made when it is created


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in metadata.sorted_tables:
            if table.name in OWN:
                continue
            names = [c.name for c in table.columns if c.name not in WHEN]
            columns = ", ".join(f'"{n}"' for n in names)
            # typeof() too: 1 and '1', or 'null' and NULL, must not pass for each other.
            kinds = ", ".join(f'typeof("{n}")' for n in names)
            rows = conn.execute(f'SELECT {columns}, {kinds} FROM "{table.name}" ORDER BY rowid')
            out[table.name] = rows.fetchall()
        return out
    finally:
        conn.close()


def _changed(a: Meeting, b: Meeting) -> Meeting:
    """``b``'s contents on ``a``'s meeting: rows kept under the same keys are updated (items
    by place, people by id), the others inserted or deleted."""
    items = tuple(replace(y, key=x.key) for x, y in zip(a.items, b.items, strict=False))
    return replace(b, id=a.id, items=items + b.items[len(a.items) :])


def _write(folder: Path, first: Meeting, after: Meeting, how: str) -> Path:
    """``how``: "core" (SQLAlchemy Core, as on PostgreSQL), "driver" (the driver inside a
    SQLAlchemy transaction), "bare" (the ``Database``'s own driver connection)."""
    path = folder / f"{how}.sqlite3"
    db = open_database(path)
    try:
        with pytest.MonkeyPatch.context() as patch:
            if how == "core":
                for module in (writing, revisions):
                    patch.setattr(module, "rows_for", rowwrite.CoreRows)
            saved = writing.insert_meeting(db.engine, first)
            source = db if how == "bare" else db.engine
            before, revision = revisions.read_meeting(source, saved.id)
            revisions.commit_change(source, before, replace(after, id=saved.id), revision)
        back = repository.load_meeting(db.engine, saved.id)
        assert back == replace(after, id=saved.id)
    finally:
        db.close()
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), records())
def test_driver_rows_are_the_rows_core_writes(first_record, second_record):
    first = meeting_from_record(first_record)
    first = replace(first, id=None)
    after = _changed(replace(first, id=1), meeting_from_record(second_record))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        core = _dump(_write(folder, first, after, "core"))
        driver = _dump(_write(folder, first, after, "driver"))
        bare = _dump(_write(folder, first, after, "bare"))
    assert driver == core
    assert bare == core


def test_a_refused_driver_row_is_a_database_error(db):
    """A constraint broken through the driver fails as SQLAlchemy's own error (the session
    turns those into a message), and the transaction writes nothing."""
    from sqlalchemy.exc import IntegrityError

    from clerk.services.meetings import create_demo_meeting

    meeting = create_demo_meeting(db)
    before, revision = revisions.read_meeting(db.engine, meeting.id)
    twice = replace(before, people=before.people + (before.people[0],))
    with pytest.raises(IntegrityError):
        revisions.commit_change(db.engine, before, twice, revision)
    assert revisions.read_meeting(db.engine, meeting.id) == (before, revision)


def test_a_value_a_column_cannot_take_is_a_database_error_not_a_crash(db):
    """A bind processor refusing a value (a text where a time belongs) fails as a database
    error, which the session reports as "not saved", as SQLAlchemy's Core does."""
    from clerk.services.meetings import create_demo_meeting

    meeting = create_demo_meeting(db)
    with pytest.raises(sqlite3.Error, match="could not be written"), db.engine.begin() as conn:
        rowwrite.DriverRows.of(conn).update(
            writing.MEETINGS, {"id": meeting.id, "started_at": "18:00"}
        )


def test_a_refused_row_on_the_bare_driver_writes_nothing_and_is_a_save_error(db):
    """On the ``Database``'s own connection a broken constraint is sqlite3's error, the whole
    change is rolled back, and the session tells the clerk in one line."""
    from clerk.errors import SaveError
    from clerk.services.meetings import create_demo_meeting
    from clerk.services.session import MeetingSession

    meeting = create_demo_meeting(db)
    before, revision = revisions.read_meeting(db, meeting.id)
    twice = replace(before, people=before.people + (before.people[0],))
    with pytest.raises(sqlite3.IntegrityError):
        revisions.commit_change(db, before, twice, revision)
    assert not db.driver.in_transaction
    assert revisions.read_meeting(db, meeting.id) == (before, revision)
    assert revisions.read_meeting(db.engine, meeting.id) == (before, revision)
    session = MeetingSession.open(db, meeting.id)
    with pytest.raises(SaveError, match="not saved"):
        session.apply("Add", lambda m: replace(m, people=m.people + (m.people[0],)))
    assert session.meeting == before

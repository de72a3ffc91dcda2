"""SQLite reads a meeting on the driver's connection: the same meeting as through Core."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings

from clerk.services.meetings import import_record
from clerk.services.session import MeetingSession
from clerk.store import repository
from clerk.store.db import open_database
from tests.strategies import records


def both_ways(db, meeting_id):
    with db.engine.connect() as conn:
        fast = repository._meeting_from(
            repository._SqliteRows(conn.connection.driver_connection, meeting_id)
        )
        core = repository._meeting_from(repository._CoreRows(conn, meeting_id))
    return fast, core


def test_the_example_reads_the_same_both_ways(db, example_record):
    meeting = import_record(db, example_record)
    fast, core = both_ways(db, meeting.id)
    assert fast == core == repository.load_meeting(db.engine, meeting.id)
    assert replace(fast, id=None) == replace(meeting, id=None)


def test_a_clerked_meeting_reads_the_same_both_ways(db, example_record):
    """Times stamped by the clock (with microseconds), votes, JSON and booleans."""
    meeting = import_record(db, dict(example_record, started_at=None, finished_at=None))
    session = MeetingSession.open(db, meeting.id)
    person = session.meeting.people[0]
    session.apply(
        "Edit", lambda m: replace(m, people=(replace(person, remote=True), *m.people[1:]))
    )
    fast, core = both_ways(db, meeting.id)
    assert fast == core and fast.people[0].remote is True


def test_a_missing_meeting_is_not_found_either_way(db):
    import pytest

    with pytest.raises(repository.NotFound):
        repository.load_meeting(db.engine, 999)
    with pytest.raises(repository.NotFound):
        both_ways(db, 999)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records())
def test_generated_records_read_the_same_both_ways(tmp_path_factory, record):
    db = open_database(tmp_path_factory.mktemp("fast") / "clerk.sqlite3")
    try:
        meeting = import_record(db, json.loads(json.dumps(record)))
        fast, core = both_ways(db, meeting.id)
        assert fast == core
    finally:
        db.close()

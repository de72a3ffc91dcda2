"""The store on SQLite and on a real PostgreSQL server: the same behaviour on both."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings

from clerk.domain.model import Attendance, ItemStatus, Speaker
from clerk.services.meetings import export_record, import_record
from clerk.services.session import MeetingSession
from clerk.store import repository
from tests.strategies import records


def test_example_survives_the_store(any_db, example_record):
    meeting = import_record(any_db, example_record)
    assert export_record(any_db, meeting.id) == example_record
    loaded = repository.load_meeting(any_db.engine, meeting.id)
    assert replace(loaded, id=None) == replace(meeting, id=None)


def test_meetings_are_listed_and_searched(any_db, example_record):
    first = import_record(any_db, example_record)
    later = dict(example_record, date="2027-02-09", committee="Audit and Governance Committee")
    second = import_record(any_db, later)
    listed = repository.list_meetings(any_db.engine)
    assert [m.id for m in listed] == [second.id, first.id]
    assert listed[1].status == "closed"
    found = repository.list_meetings(any_db.engine, search="Flood Defence")
    assert {m.id for m in found} == {first.id, second.id}
    assert [m.id for m in repository.list_meetings(any_db.engine, search="audit")] == [second.id]
    assert repository.list_meetings(any_db.engine, search="100%_") == []


def test_the_list_pages_and_states_are_the_same_on_every_database(any_db, example_record):
    """SQLite lists on its own fast path: pages, order, dates and states as on PostgreSQL."""
    ids = []
    for n, (started, finished) in enumerate(
        [(None, None), ("17:30", None), ("17:30", "19:00"), (None, None), (None, None)]
    ):
        record = dict(example_record, date=f"2027-0{1 + n % 3}-1{n}", committee=f"Body {n}")
        record.update(started_at=started, finished_at=finished)
        ids.append(import_record(any_db, record).id)
    whole = repository.list_meetings(any_db.engine)
    assert [(m.date.isoformat(), m.id) for m in whole] == sorted(
        ((m.date.isoformat(), m.id) for m in whole), reverse=True
    )
    by_id = {m.id: m for m in whole}
    assert [by_id[i].status for i in ids[:3]] == ["not started", "in progress", "closed"]
    assert by_id[ids[2]].committee == "Body 2" and by_id[ids[2]].date.isoformat() == "2027-03-12"
    pages = [repository.list_meetings(any_db.engine, limit=2, offset=o) for o in (0, 2, 4)]
    assert [m for page in pages for m in page] == whole
    assert repository.list_meetings(any_db.engine, limit=2, offset=6) == []


def test_each_change_is_saved_and_undone(any_db, example_record):
    meeting = import_record(any_db, example_record)
    session = MeetingSession.open(any_db, meeting.id)
    item = session.meeting.items[4]

    def add_speaker(m, key):
        return replace(
            m,
            items=tuple(
                replace(it, speakers=(*it.speakers, Speaker("Ms Rowe", "resident")))
                if it.key == key
                else it
                for it in m.items
            ),
        )

    def mark_absent(m, pid):
        return replace(
            m,
            people=tuple(
                replace(p, attendance=Attendance.ABSENT) if p.id == pid else p for p in m.people
            ),
        )

    session.apply("Add speaker", add_speaker, item.key)
    session.apply("Mark absent", mark_absent, "holroyd")
    stored = repository.load_meeting(any_db.engine, meeting.id)
    assert stored.items[4].speakers[0].name == "Ms Rowe"
    assert stored.person("holroyd").attendance is Attendance.ABSENT
    assert session.undo_label == "Mark absent"

    session.undo()
    session.undo()
    assert export_record(any_db, meeting.id) == example_record
    session.redo()
    assert repository.load_meeting(any_db.engine, meeting.id).items[4].speakers[0].name == "Ms Rowe"


def test_reordering_removing_and_adding_items(any_db, example_record):
    meeting = import_record(any_db, example_record)
    session = MeetingSession.open(any_db, meeting.id)
    items = session.meeting.items
    new_order = (items[1], items[0], *items[3:])
    session.apply("Reorder", lambda m: replace(m, items=new_order))
    stored = repository.load_meeting(any_db.engine, meeting.id)
    assert [it.agenda_number for it in stored.items] == [
        it["agenda_number"]
        for it in [*example_record["items"][1::-1], *example_record["items"][3:]]
    ]
    session.undo()
    assert export_record(any_db, meeting.id) == example_record


def test_typing_merges_into_one_undo_step(any_db, example_record):
    meeting = import_record(any_db, example_record)
    session = MeetingSession.open(any_db, meeting.id)
    key = session.meeting.items[2].key

    def set_notes(m, text):
        return replace(
            m, items=tuple(replace(it, narrative=text) if it.key == key else it for it in m.items)
        )

    for text in ("It", "It was", "It was noted"):
        session.apply("Type notes", set_notes, text, merge=("notes", key))
    assert repository.load_meeting(any_db.engine, meeting.id).items[2].narrative == "It was noted"
    session.undo()
    assert export_record(any_db, meeting.id) == example_record
    assert session.undo_label is None


def test_meeting_level_fields_and_delete(any_db, example_record):
    meeting = import_record(any_db, example_record)
    session = MeetingSession.open(any_db, meeting.id)
    key = session.meeting.items[3].key
    moment = datetime(2022, 12, 20, 17, 34, 12)
    session.apply(
        "Take item",
        lambda m: replace(
            m,
            current_item=key,
            items=tuple(
                replace(it, status=ItemStatus.TAKEN, started_at=moment) if it.key == key else it
                for it in m.items
            ),
        ),
    )
    stored = repository.load_meeting(any_db.engine, meeting.id)
    assert stored.current_item == key
    assert stored.items[3].started_at == moment
    repository.delete_meeting(any_db.engine, meeting.id)
    assert repository.list_meetings(any_db.engine) == []


def test_settings(any_db):
    assert repository.get_setting(any_db.engine, "minutes.organisation", "x") == "x"
    repository.set_setting(any_db.engine, "minutes.organisation", "Kestrel Vale District Council")
    repository.set_setting(any_db.engine, "backups.keep", 5)
    assert repository.all_settings(any_db.engine) == {
        "minutes.organisation": "Kestrel Vale District Council",
        "backups.keep": 5,
    }


@pytest.mark.parametrize("backend", ["sqlite"])
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(record=records())
def test_generated_records_survive_the_store(tmp_path_factory, backend, record):
    from clerk.store.db import open_database

    db = open_database(tmp_path_factory.mktemp("gen") / "clerk.sqlite3")
    try:
        meeting = import_record(db, record)
        assert export_record(db, meeting.id) == record
        assert repository.load_meeting(db.engine, meeting.id) == meeting
    finally:
        db.close()


def test_first_schema_upgrades_on_postgresql(postgres_server, example_record):
    """A PostgreSQL database at schema 0001 with a meeting in it opens upgraded, data kept."""
    from pathlib import Path

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from clerk.store import db as dbmod
    from clerk.store.db import open_database

    url = postgres_server.new_database()
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(Path(dbmod.__file__).with_name("migrations")))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO meetings (committee, kind, date) VALUES ('Planning Committee', 'committee', '2023-01-10')"
            )
        )
    engine.dispose()
    db = open_database(url)
    try:
        assert db.upgraded_from == "0001"
        assert [m.committee for m in repository.list_meetings(db.engine)] == ["Planning Committee"]
        meeting = import_record(db, example_record)
        assert export_record(db, meeting.id) == example_record
    finally:
        db.close()

"""Revision 0010 and the record: the facts house styles print — the meeting's type, apologies
accepted and their reasons, wards, letters after a name, attendance in part, a unanimous vote.

Each is kept by the store (a SQLite file and the real PostgreSQL server the tests start) and by
the record both ways; a database at 0009 upgrades with its meetings whole and back down again;
a record written before these keys existed still reads.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from clerk.domain.model import Attendance, Motion, Vote
from clerk.services.meetings import save_new_meeting
from clerk.store import repository
from clerk.store.db import HEAD_REVISION, current_revision
from clerk.store.record import meeting_from_record, record_from_meeting
from tests.domain.test_formal_support import committee
from tests.store.migrating import migrate

NEW_COLUMNS = {
    "meetings": {"meeting_type", "apologies_accepted"},
    "people": {"ward", "post_nominals", "in_part", "apology_reason", "attendance_note"},
    "motions": {"unanimous"},
}


def with_facts():
    meeting = committee()
    people = tuple(
        replace(p, ward="North East", post_nominals="MBE")
        if p.id == "ash"
        else replace(p, in_part=True, attendance_note="joined the meeting after item 3")
        if p.id == "cedar"
        else replace(p, apology_reason="family commitment")
        if p.attendance is Attendance.APOLOGIES
        else p
        for p in meeting.people
    )
    motion = Motion("That the minutes be approved.", mover="ash", vote=Vote(unanimous=True))
    items = (replace(meeting.items[0], motions=(motion,)), *meeting.items[1:])
    return replace(
        meeting,
        people=people,
        items=items,
        meeting_type="Ordinary",
        apologies_accepted=True,
    )


def _facts(meeting):
    by_id = {p.id: p for p in meeting.people}
    vote = meeting.items[0].motions[0].vote
    return (
        meeting.meeting_type,
        meeting.apologies_accepted,
        by_id["ash"].ward,
        by_id["ash"].post_nominals,
        by_id["cedar"].in_part,
        by_id["cedar"].attendance_note,
        by_id["fern"].apology_reason,
        vote.unanimous if vote else None,
    )


EXPECTED = (
    "Ordinary",
    True,
    "North East",
    "MBE",
    True,
    "joined the meeting after item 3",
    "family commitment",
    True,
)


def test_the_facts_go_through_the_record_both_ways():
    meeting = with_facts()
    data = record_from_meeting(meeting)
    assert data["meeting_type"] == "Ordinary" and data["apologies_accepted"] is True
    assert data["items"][0]["motions"][0]["vote"]["unanimous"] is True
    back = meeting_from_record(data)
    assert _facts(back) == EXPECTED
    assert record_from_meeting(back) == data


def test_a_record_without_the_new_keys_reads_as_before():
    data = record_from_meeting(committee())
    assert not {"meeting_type", "apologies_accepted"} & set(data)
    assert not any(
        {"ward", "post_nominals", "in_part", "apology_reason", "attendance_note"} & set(p)
        for p in data["people"]
    )
    back = meeting_from_record(data)
    assert back.meeting_type is None and back.apologies_accepted is None
    assert all(p.ward is None and not p.in_part and p.apology_reason is None for p in back.people)


def test_a_bad_value_is_one_line_naming_it():
    data = record_from_meeting(with_facts())
    data["people"][0]["in_part"] = "yes"
    try:
        meeting_from_record(data)
    except ValueError as exc:
        assert str(exc).startswith("people[0].in_part:") and "\n" not in str(exc)
    else:
        raise AssertionError("a text where a yes/no belongs was accepted")


def _columns(db, table: str) -> set[str]:
    query = (
        f"SELECT name FROM pragma_table_info('{table}')"
        if db.engine.dialect.name == "sqlite"
        else f"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'"
    )
    with db.engine.connect() as conn:
        return {c for (c,) in conn.execute(text(query))}


def test_the_store_keeps_the_facts_and_revision_0010_goes_down_and_up(any_db):
    db = any_db
    saved = save_new_meeting(db, with_facts())
    assert _facts(repository.load_meeting(db.engine, saved.id)) == EXPECTED
    migrate(db, "0009")
    for table, columns in NEW_COLUMNS.items():
        assert not columns & _columns(db, table)
    migrate(db, "head")
    assert current_revision(db.engine) == HEAD_REVISION == "0010"
    for table, columns in NEW_COLUMNS.items():
        assert columns <= _columns(db, table)
    back = repository.load_meeting(db.engine, saved.id)
    # The meeting survives whole; the facts a 0009 database could not hold are unsaid.
    assert _facts(back) == (None, None, None, None, False, None, None, False)
    assert [p.id for p in back.people] == [p.id for p in saved.people]
    assert back.items[0].motions[0].text == "That the minutes be approved."


def test_the_next_meeting_keeps_ward_and_letters_but_not_one_meetings_attendance():
    from clerk.domain.next_meeting import standing_people

    people = {p.id: p for p in standing_people(with_facts().people)}
    assert (people["ash"].ward, people["ash"].post_nominals) == ("North East", "MBE")
    assert not people["cedar"].in_part and people["cedar"].attendance_note is None
    assert people["fern"].apology_reason is None

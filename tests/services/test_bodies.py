"""Bodies, standing membership, new and next meetings, minute proposals, on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from clerk.domain.model import Attendance, ItemStatus, Role
from clerk.services import bodies
from clerk.services.meetings import import_record, list_meetings
from clerk.store import repository

BODY = "Environment and Housing Committee"
ORG = "Kestrel Vale District Council"


def held_meeting_record(day: str, first: int, count: int) -> dict:
    """A meeting of a fictional council that took ``count`` items from minute ``first``."""
    return {
        "format": "clerk.meeting/1",
        "organisation": ORG,
        "committee": BODY,
        "kind": "committee",
        "date": day,
        "scheduled_time": "18:00",
        "venue": "Council Chamber",
        "first_minute_number": first,
        "people": [
            {
                "id": "marsh",
                "title": "Councillor",
                "surname": "Marsh",
                "role": "chair",
                "attendance": "present",
            },
            {
                "id": "gill",
                "title": "Councillor",
                "surname": "Gill",
                "role": "member",
                "attendance": "apologies",
            },
            {
                "id": "holroyd",
                "title": "Councillor",
                "surname": "Holroyd",
                "role": "substitute",
                "substitute_for": "gill",
                "attendance": "present",
            },
            {
                "id": "moreno",
                "name": "Ana Moreno",
                "role": "officer",
                "capacity": "Director of Housing",
                "attendance": "present",
            },
        ],
        "items": [
            {
                "agenda_number": str(i + 1),
                "title": title,
                "kind": kind,
                "status": "taken",
                "minute_number": first + i,
            }
            for i, (title, kind) in enumerate(
                [
                    ("Declarations of Interest", "declarations"),
                    ("Minutes", "minutes"),
                    ("Flood Defences", "report"),
                    ("Work Plan", "work_plan"),
                ][:count]
            )
        ],
    }


@pytest.fixture
def december(db):
    return import_record(db, held_meeting_record("2022-12-20", 17, 4))


def test_next_minute_follows_on_within_the_year(db, december):
    body = bodies.body_of_meeting(db, december.id)
    assert body is not None and body.name == BODY
    assert bodies.propose_first_minute(db, body.id, date(2023, 2, 20)) == 21
    assert bodies.propose_first_minute(db, body.id, date(2023, 6, 12)) == 1
    assert bodies.propose_first_minute(db, body.id, date(2022, 12, 20)) == 1
    assert bodies.propose_for_meeting(db, december) == 1


def test_year_start_month_is_read_from_the_settings(db, december):
    body = bodies.body_of_meeting(db, december.id)
    repository.set_setting(db.engine, bodies.YEAR_START_SETTING, 1)
    assert bodies.year_start_month(db) == 1
    assert bodies.propose_first_minute(db, body.id, date(2023, 2, 20)) == 1
    repository.set_setting(db.engine, bodies.YEAR_START_SETTING, "nonsense")
    assert bodies.propose_first_minute(db, body.id, date(2023, 2, 20)) == 21


def test_example_meeting_proposes_42_in_february_and_1_in_june(db, example_meeting):
    """The demo council's example used minutes 31-41 in December 2026."""
    feb = bodies.duplicate_as_next(db, example_meeting.id, date(2027, 2, 9))
    june = bodies.create_meeting(
        db, example_meeting.committee, date(2027, 6, 14), organisation=example_meeting.organisation
    )
    assert feb.first_minute_number == 42
    assert june.first_minute_number == 1


def test_duplicate_as_next_meeting(db, december):
    nxt = bodies.duplicate_as_next(db, december.id, date(2023, 2, 20), scheduled_time=time(17, 30))
    saved = repository.load_meeting(db.engine, nxt.id)
    assert saved.first_minute_number == 21
    assert (saved.committee, saved.organisation, saved.venue, saved.scheduled_time) == (
        BODY,
        ORG,
        "Council Chamber",
        time(17, 30),
    )
    assert [p.id for p in saved.people] == ["marsh", "gill", "moreno"]  # no substitute
    assert all(p.attendance is Attendance.UNKNOWN for p in saved.people)
    assert [it.title for it in saved.items] == ["Declarations of Interest", "Minutes", "Work Plan"]
    assert all(it.status is ItemStatus.PENDING for it in saved.items)
    assert bodies.body_of_meeting(db, nxt.id) == bodies.body_of_meeting(db, december.id)


def test_standing_membership_is_kept_and_used(db, december):
    meeting = repository.load_meeting(db.engine, december.id)
    changed = replace(
        meeting, people=(replace(meeting.people[0], role=Role.VICE_CHAIR), *meeting.people[1:])
    )
    assert bodies.save_standing_membership(db, changed) == 3
    body = bodies.body_of_meeting(db, december.id)
    standing = bodies.standing_membership(db, body.id)
    assert [(p.id, p.role) for p in standing] == [
        ("marsh", Role.VICE_CHAIR),
        ("gill", Role.MEMBER),
        ("moreno", Role.OFFICER),
    ]
    assert standing[2].capacity == "Director of Housing"
    assert all(p.attendance is Attendance.UNKNOWN for p in standing)
    new = bodies.create_meeting(db, BODY, date(2023, 3, 14), organisation=ORG)
    assert [p.id for p in new.people] == ["marsh", "gill", "moreno"]
    assert new.first_minute_number == 21
    nxt = bodies.duplicate_as_next(db, december.id, date(2023, 2, 20))
    assert nxt.people[0].role is Role.VICE_CHAIR


def test_new_body_starts_with_standard_items_and_minute_one(db):
    m = bodies.create_meeting(
        db,
        "  Licensing   Sub-Committee ",
        date(2024, 1, 9),
        venue="Room 2",
        scheduled_time=time(10, 0),
    )
    assert m.committee == "Licensing Sub-Committee" and m.first_minute_number == 1
    assert m.people == () and [it.agenda_number for it in m.items] == ["1", "2", "3", "4", "5"]
    assert [b.name for b in bodies.list_bodies(db)] == ["Licensing Sub-Committee"]
    with pytest.raises(ValueError):
        bodies.create_meeting(db, "   ", date(2024, 1, 9))


def test_delete_meeting(db, december):
    other = bodies.duplicate_as_next(db, december.id, date(2023, 2, 20))
    bodies.delete_meeting(db, december.id)
    assert [m.id for m in list_meetings(db)] == [other.id]


def test_damaged_membership_starts_empty(db, december):
    from clerk.store import bodies as body_store

    body = bodies.body_of_meeting(db, december.id)
    body_store.set_membership(db.engine, body.id, [{"surname": "no id"}])
    assert bodies.standing_membership(db, body.id) == ()

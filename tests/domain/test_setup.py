"""Set-up operations on a meeting: pure functions, no Qt, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from clerk.domain.model import (
    Action,
    AgendaItem,
    Attendance,
    Declaration,
    InterestKind,
    ItemKind,
    ItemStatus,
    Meeting,
    MeetingKind,
    Person,
    PresenceEvent,
    PresenceKind,
    Role,
)
from clerk.domain.next_meeting import carried_items, next_meeting, standard_items
from clerk.domain.setup import (
    SetupError,
    add_item,
    add_person,
    edit_details,
    edit_item,
    edit_person,
    move_item,
    move_person,
    new_person_id,
    next_agenda_number,
    remove_item,
    remove_person,
    renumber_items,
)


@pytest.fixture
def meeting() -> Meeting:
    """A small meeting of a fictional council."""
    people = (
        Person("marsh", Role.CHAIR, title="Councillor", surname="Marsh"),
        Person("okafor", Role.VICE_CHAIR, title="Councillor", surname="Okafor"),
        Person("bellamy", Role.MEMBER, Attendance.APOLOGIES, title="Councillor", surname="Bellamy"),
        Person("gill", Role.MEMBER, title="Councillor", surname="Gill"),
        Person(
            "lindqvist",
            Role.SUBSTITUTE,
            title="Councillor",
            surname="Lindqvist",
            substitute_for="bellamy",
        ),
        Person(
            "moreno",
            Role.OFFICER,
            name="Ana Moreno",
            capacity="Director of Housing",
            attendance=Attendance.PRESENT,
        ),
    )
    items = (
        AgendaItem("1", "Declarations of Interest", ItemKind.DECLARATIONS, planned_minutes=3),
        AgendaItem("2", "Minutes", ItemKind.MINUTES, pages=(1, 6)),
        AgendaItem(
            "3",
            "Riverside Flood Defence Scheme",
            ItemKind.REPORT,
            pages=(7, 28),
            planned_minutes=30,
        ),
        AgendaItem("4", "Work Plan", ItemKind.WORK_PLAN),
    )
    return Meeting(
        "Environment and Housing Committee",
        date(2026, 12, 8),
        organisation="Kestrel Vale District Council",
        people=people,
        items=items,
        presence=(PresenceEvent("moreno", PresenceKind.ARRIVED, datetime(2026, 12, 8, 18, 5)),),
        id=1,
    )


def numbers(m: Meeting) -> list[str]:
    return [it.agenda_number for it in m.items]


def test_edit_details_cleans_and_checks(meeting):
    m = edit_details(
        meeting,
        venue="  Council   Chamber ",
        scheduled_time=time(18, 0),
        first_minute_number=31,
        kind="board",
    )
    assert (m.venue, m.scheduled_time, m.first_minute_number, m.kind) == (
        "Council Chamber",
        time(18, 0),
        31,
        MeetingKind.BOARD,
    )
    assert edit_details(m, venue="").venue is None
    with pytest.raises(SetupError, match="name of its body"):
        edit_details(meeting, committee="   ")
    with pytest.raises(SetupError, match="whole number"):
        edit_details(meeting, first_minute_number=0)


def test_an_unchanged_value_gives_back_the_same_meeting(meeting):
    assert edit_details(meeting, committee=meeting.committee) is meeting
    assert edit_item(meeting, meeting.items[0].key, title="Declarations of Interest") is meeting
    assert move_item(meeting, meeting.items[0].key, -1) is meeting
    assert move_person(meeting, "moreno", +1) is meeting
    assert renumber_items(meeting) is meeting


def test_date_cannot_move_once_started(meeting):
    started = replace(meeting, started_at=datetime(2026, 12, 8, 18, 0))
    with pytest.raises(SetupError, match="started"):
        edit_details(started, date=date(2026, 12, 9))


def test_add_people_with_unique_ids(meeting):
    m = add_person(meeting, after="gill")
    new = m.people[4]
    assert new.role is Role.MEMBER and new.id not in {p.id for p in meeting.people}
    assert new_person_id(m, "Gill") == "gill-2"
    assert new_person_id(m, "Webb") == "webb"
    with pytest.raises(SetupError):
        add_person(m, Person("gill"))


def test_one_chair_at_a_time(meeting):
    m = edit_person(meeting, "gill", role=Role.CHAIR)
    roles = {p.id: p.role for p in m.people}
    assert roles["gill"] is Role.CHAIR and roles["marsh"] is Role.MEMBER
    assert roles["okafor"] is Role.VICE_CHAIR


def test_substitutes_replace_a_member(meeting):
    m = edit_person(meeting, "lindqvist", substitute_for="gill")
    assert m.person("lindqvist").substitute_for == "gill"
    with pytest.raises(SetupError, match="replaces a member"):
        edit_person(meeting, "lindqvist", substitute_for="moreno")
    # No longer a substitute: replaces no one.
    m = edit_person(meeting, "lindqvist", role=Role.MEMBER)
    assert m.person("lindqvist").substitute_for is None
    # The member replaced becomes an officer: the substitute replaces no one yet.
    m = edit_person(meeting, "bellamy", role=Role.OFFICER)
    assert m.person("lindqvist").substitute_for is None


def test_remove_person_keeps_records_whole(meeting):
    m = remove_person(meeting, "bellamy")
    assert m.person("bellamy") is None and m.person("lindqvist").substitute_for is None
    declared = replace(
        meeting,
        declarations=(
            Declaration("gill", InterestKind.PERSONAL, (meeting.items[2].key,), "a neighbour"),
        ),
    )
    with pytest.raises(SetupError, match="declaration"):
        remove_person(declared, "gill")


def test_move_person(meeting):
    m = move_person(meeting, "gill", -2)
    assert [p.id for p in m.people][:4] == ["marsh", "gill", "okafor", "bellamy"]


def test_add_edit_and_number_items(meeting):
    assert next_agenda_number(meeting) == "5"
    m = add_item(meeting, after=meeting.items[1].key)
    new = m.items[2]
    assert new.agenda_number == "5" and new.kind is ItemKind.REPORT
    m = edit_item(
        m,
        new.key,
        title="Empty Homes Strategy",
        pages=(29, 54),
        planned_minutes=25,
        exempt=True,
        exempt_paragraph=3,
        description="  To recommend a strategy. ",
    )
    it = m.item(new.key)
    assert (
        it.title,
        it.pages,
        it.planned_minutes,
        it.exempt,
        it.exempt_paragraph,
        it.description,
    ) == ("Empty Homes Strategy", (29, 54), 25, True, 3, "To recommend a strategy.")
    assert numbers(renumber_items(m)) == ["1", "2", "3", "4", "5"]
    assert renumber_items(m).item(new.key).agenda_number == "3"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"agenda_number": "2"}, "already numbered"),
        ({"agenda_number": " "}, "needs an agenda number"),
        ({"pages": (9, 3)}, "after the last page"),
        ({"exempt_paragraph": 8}, "1 to 7"),
        ({"planned_minutes": -1}, "0 to 1440"),
    ],
)
def test_item_values_are_checked(meeting, changes, message):
    with pytest.raises(SetupError, match=message):
        edit_item(meeting, meeting.items[0].key, **changes)


def test_move_items(meeting):
    key = meeting.items[3].key
    m = move_item(meeting, key, -1)
    assert numbers(m) == ["1", "2", "4", "3"]
    assert move_item(m, key, +1).items == meeting.items


def test_taken_or_referenced_items_stay(meeting):
    key = meeting.items[2].key
    assert len(remove_item(meeting, key).items) == 3
    taken = edit_item(meeting, key)  # unchanged
    taken = replace(
        taken,
        items=tuple(
            replace(it, status=ItemStatus.TAKEN, minute_number=33) if it.key == key else it
            for it in taken.items
        ),
    )
    with pytest.raises(SetupError, match="taken"):
        remove_item(taken, key)
    with_action = replace(meeting, actions=(Action("Report back", item_key=key),))
    with pytest.raises(SetupError, match="action"):
        remove_item(with_action, key)


def test_next_meeting_resets_attendance_and_carries_standing_items(meeting):
    taken = replace(
        meeting,
        items=tuple(
            replace(it, status=ItemStatus.TAKEN, minute_number=31 + i, narrative="Debated.")
            for i, it in enumerate(meeting.items)
        ),
    )
    nxt = next_meeting(taken, date(2027, 2, 9), first_minute_number=35)
    assert nxt.id is None and nxt.first_minute_number == 35
    assert nxt.committee == meeting.committee and nxt.date == date(2027, 2, 9)
    assert all(p.attendance is Attendance.UNKNOWN for p in nxt.people) and nxt.presence == ()
    assert "lindqvist" not in {p.id for p in nxt.people}
    assert [(it.agenda_number, it.title) for it in nxt.items] == [
        ("1", "Declarations of Interest"),
        ("2", "Minutes"),
        ("3", "Work Plan"),
    ]
    assert all(
        it.status is ItemStatus.PENDING and it.minute_number is None and not it.narrative
        for it in nxt.items
    )
    assert nxt.items[1].description == (
        "To approve and sign the minutes of the meeting held on 8 December 2026."
    )
    assert {it.key for it in nxt.items}.isdisjoint({it.key for it in meeting.items})


def test_a_meeting_without_standing_items_gives_the_standard_set(meeting):
    bare = replace(meeting, items=(AgendaItem("1", "A report", ItemKind.REPORT),))
    assert [it.kind for it in carried_items(bare)] == [it.kind for it in standard_items()]

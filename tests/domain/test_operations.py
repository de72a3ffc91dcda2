"""The live operations on plain meetings: numbering, timing, attendance, set-aside items."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk.domain import operations as ops
from clerk.domain.formal import presence as ledger
from clerk.domain.model import (
    AgendaItem,
    Attendance,
    ItemKind,
    ItemStatus,
    Meeting,
    Person,
    Role,
)
from clerk.errors import NotFound, RuleError

DAY = date(2024, 3, 5)


def at(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2024, 3, 5, int(h), int(m))


def meeting(first: int | None = 40) -> Meeting:
    items = (
        AgendaItem("1", "Declarations of Interest", ItemKind.DECLARATIONS),
        AgendaItem(
            "2",
            "Minutes",
            ItemKind.MINUTES,
            description="To approve and sign the minutes of the meeting held on 6 February 2024.",
        ),
        AgendaItem("3", "Library Services Review", ItemKind.REPORT, planned_minutes=10),
        AgendaItem("4", "Work Plan", ItemKind.WORK_PLAN),
    )
    people = (
        Person("ames", Role.CHAIR, title="Councillor", surname="Ames"),
        Person("bell", Role.MEMBER, title="Councillor", surname="Bell"),
        Person("cole", Role.OFFICER, name="Dana Cole", capacity="Head of Libraries"),
    )
    return Meeting("Scrutiny Committee", DAY, first_minute_number=first, items=items, people=people)


def test_minute_numbers_start_at_the_first_and_follow_the_order_taken():
    m = meeting()
    k = [it.key for it in m.items]
    m = ops.take_item(m, k[2], at("18:00"))  # out of order
    m = ops.take_item(m, k[0], at("18:10"))
    assert m.item(k[2]).minute_number == 40
    assert m.item(k[0]).minute_number == 41
    assert m.current_item == k[0]
    assert m.started_at == at("18:00")
    # Coming back to an item keeps its minute and time.
    again = ops.take_item(m, k[2], at("18:20"))
    assert again.item(k[2]).minute_number == 40
    assert again.item(k[2]).started_at == at("18:00")
    assert again.current_item == k[2]


def test_without_a_first_minute_number_minutes_start_at_one():
    m = meeting(first=None)
    m = ops.take_next_item(m, at("18:00"))
    assert m.item(m.current_item).minute_number == 1


def test_next_item_skips_taken_and_set_aside_items():
    m = meeting()
    k = [it.key for it in m.items]
    m = ops.take_next_item(m, at("18:00"))
    m = ops.withdraw_item(m, k[1])
    m = ops.take_next_item(m, at("18:05"))
    assert m.current_item == k[2]
    m = ops.take_next_item(m, at("18:30"))
    assert m.current_item == k[3]
    assert ops.take_next_item(m, at("18:40")) is m  # nothing left
    assert m.item(k[1]).status is ItemStatus.WITHDRAWN
    assert m.item(k[1]).minute_number is None


def test_minutes_item_is_prefilled_with_the_date_from_its_description():
    m = meeting()
    m = ops.take_item(m, m.items[1].key, at("18:02"))
    assert m.item(m.items[1].key).resolution.parts == (
        "That the minutes of the meeting held on 6 February 2024 be approved and signed as a "
        "correct record.",
    )


@pytest.mark.parametrize(
    ("description", "previous", "held"),
    [
        (
            "To approve the minutes of the meeting held on Monday 16th October, 2023.",
            None,
            "16 October 2023",
        ),
        ("To approve the minutes of the meeting of October 2nd 2023", None, "2 October 2023"),
        ("To confirm the minutes of the 3rd of May 2021 meeting", None, "3 May 2021"),
        ("To approve the minutes of the last meeting", date(2023, 10, 16), "16 October 2023"),
        ("To approve the minutes of the last meeting", None, "…"),
    ],
)
def test_the_minutes_approved_are_those_the_agenda_names_else_the_last_meetings(
    description, previous, held
):
    m = meeting()
    key = m.items[1].key
    m = ops._with_item(m, key, description=description)
    m = ops.take_item(m, key, at("18:02"), previous)
    assert m.item(key).resolution.parts == (
        f"That the minutes of the meeting held on {held} be approved and signed as a "
        "correct record.",
    )


def test_deferring_a_minuted_item_keeps_its_minute_and_words_the_resolution():
    m = meeting()
    key = m.items[2].key
    m = ops.take_item(m, key, at("18:00"))
    m = ops.defer_item(m, key)
    it = m.item(key)
    assert it.status is ItemStatus.DEFERRED and it.minute_number == 40
    assert it.resolution.parts == (ops.DEFERRED_RESOLUTION,)


def test_late_arrival_and_early_departure_keep_time_and_item():
    m = meeting()
    m = ops.mark_present(m, "ames", at("17:55"))
    assert m.presence == ()  # before the start: simply present
    assert m.person("ames").attendance is Attendance.PRESENT
    m = ops.start_meeting(m, at("18:00"))
    m = ops.take_item(m, m.items[2].key, at("18:01"))
    m = ops.mark_present(m, "bell", at("18:05"))
    assert ledger.moves_of(m, m.person("bell")).arrived_at == at("18:05")
    assert ops.members_present(m) == 2
    m = ops.record_departure(m, "ames", at("18:20"))
    gone = ledger.moves_of(m, m.person("ames"))
    assert (gone.left_at, gone.left_note) == (at("18:20"), "left during item 3")
    assert ops.members_present(m) == 1
    with pytest.raises(RuleError, match="not in the meeting"):
        ops.record_departure(m, "ames", at("18:25"))  # gone already: a slip, not a departure
    with pytest.raises(NotFound):
        ops.take_item(m, "no-such-item", at("18:25"))
    m = ops.set_attendance(m, "bell", Attendance.APOLOGIES)
    assert ledger.moves_of(m, m.person("bell")).arrived_at is None
    assert ledger.attendance_of(m, m.person("bell")) is Attendance.APOLOGIES
    assert ops.members_present(m) == 0


def test_over_time_is_measured_against_the_planned_minutes():
    m = meeting()
    key = m.items[2].key
    m = ops.take_item(m, key, at("18:00"))
    assert not ops.is_over_time(m, key, at("18:09"))
    assert ops.is_over_time(m, key, at("18:11"))
    m = ops.take_next_item(m, at("18:05"))
    assert ops.item_seconds(m, at("19:00"))[key] == 300


def test_adjournment_and_close():
    m = ops.start_meeting(meeting(), at("18:00"))
    m = ops.adjourn(m, at("18:30"), "comfort break")
    assert ops.is_adjourned(m)
    assert ops.adjourn(m, at("18:31")) is m
    m = ops.resume(m, at("18:40"))
    assert m.adjournments[0].to == at("18:40")
    m = ops.adjourn(m, at("19:00"))
    m = ops.close_meeting(m, at("19:05"))
    assert m.finished_at == at("19:05") and m.adjournments[-1].to == at("19:05")
    assert ops.meeting_seconds(m, at("23:00")) == 65 * 60


def test_notes_resolution_speakers_declarations_actions_are_cleaned():
    m = meeting()
    key = m.items[2].key
    m = ops.set_notes(m, key, "First.\x00\r\n\r\n- a point")
    assert m.item(key).narrative == "First.\n\n- a point"
    assert ops.set_notes(m, key, "  ").item(key).narrative is None
    m = ops.set_resolution(m, key, ["That the report be noted.", "  "], " To keep informed. ")
    assert m.item(key).resolution.parts == ("That the report be noted.",)
    assert m.item(key).resolution.reason == "To keep informed."
    m = ops.add_speaker(m, key, "Ms Jo Fenn", "resident", "spoke against closure")
    assert m.item(key).speakers[0].capacity == "resident"
    m = ops.add_action(m, "Report back on opening hours", key, "cole", date(2024, 4, 1))
    assert m.actions[0].owner == "cole"
    m = ops.remove_action(m, m.actions[0].key)
    assert m.actions == ()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=12))
def test_minute_numbers_are_unique_and_consecutive_whatever_the_order(order):
    m = meeting()
    for i, index in enumerate(order):
        m = ops.take_item(m, m.items[index].key, at("18:00").replace(minute=i))
    numbers = sorted(it.minute_number for it in m.items if it.minute_number is not None)
    assert numbers == list(range(40, 40 + len(numbers)))
    assert len(numbers) == len(set(order))

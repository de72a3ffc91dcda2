"""The roll (members, seats, members in the room, apologies), each person's moves and
attendance, and the quorum's count are kept per meeting value and carried on from one value to
the next: on random ledgers built step by step, and walked back as undo does, every answer
equals a recount of the whole ledger from nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk.domain import operations as ops
from clerk.domain.formal import presence as ledger
from clerk.domain.formal.quorum import quorum_at
from clerk.domain.formal.roll import roll
from clerk.domain.model import Attendance, Meeting
from clerk.errors import NotFound, RuleError
from clerk.store.record import meeting_from_record
from tests.domain.roll_reference import person_now, roll_now
from tests.strategies import records

STEPS = ("arrive", "leave", "withdraw", "return", "correct", "apologies", "absent", "present")


def check(meeting: Meeting) -> None:
    expected = roll_now(meeting)
    found = roll(meeting)
    assert (found.members, found.seats, found.in_room, found.apologies) == (
        expected["members"],
        expected["seats"],
        expected["in_room"],
        expected["apologies"],
    )
    assert meeting.members == expected["members"]
    assert ops.members_present(meeting) == len(expected["in_room"])
    assert ops.seats(meeting) == expected["seats"]
    assert quorum_at(meeting, None).present == len(expected["in_room"])
    for p in meeting.people:
        now = person_now(meeting, p)
        moves = ledger.moves_of(meeting, p)
        state = ledger.state_at(meeting, p, None)
        assert ledger.attendance_of(meeting, p) is now["attendance"]
        assert (state.attending, state.in_room) == (now["attending"], now["in_room"])
        assert (moves.arrived_at, moves.left_at, moves.left_note) == (
            now["arrived_at"],
            now["left_at"],
            now["left_note"],
        )


def step(meeting: Meeting, what: str, who: int, minute: int, pick: int) -> Meeting:
    people, items = meeting.people, meeting.items
    if not people:
        return meeting
    pid = people[who % len(people)].id
    at = datetime.combine(meeting.date, datetime.min.time()) + timedelta(minutes=minute)
    try:
        if what == "arrive":
            return ledger.record_arrival(meeting, pid, at)
        if what == "leave":
            return ledger.record_departure(meeting, pid, at, note=f"left at {minute}")
        if what == "withdraw" and items:
            return ledger.record_withdrawal(meeting, pid, items[pick % len(items)].key, at)
        if what == "return":
            return ledger.record_return(meeting, pid, at)
        if what == "correct" and meeting.presence:
            return ledger.remove_event(meeting, meeting.presence[pick % len(meeting.presence)].key)
        if what in ("apologies", "absent"):
            mark = Attendance.APOLOGIES if what == "apologies" else Attendance.ABSENT
            return ops.set_attendance(meeting, pid, mark)
        if what == "present":
            return ops.mark_present(meeting, pid, at)
    except (RuleError, NotFound):
        pass
    return meeting


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records(),
    st.lists(
        st.tuples(
            st.sampled_from(STEPS),
            st.integers(0, 20),
            st.integers(0, 36 * 60),
            st.integers(0, 1000),
        ),
        max_size=40,
    ),
)
def test_the_roll_and_moves_equal_a_recount_step_by_step_and_back(record, steps):
    meeting = meeting_from_record(record)
    history = [meeting]
    check(meeting)
    for what, who, minute, pick in steps:
        meeting = step(meeting, what, who, minute, pick)
        check(meeting)
        history.append(meeting)
    for earlier in reversed(history):  # undo, one step after another
        check(earlier)
    # The same people and ledger in new tuples: nothing kept is mistaken for them.
    check(replace(meeting, people=tuple(list(meeting.people)), presence=(*meeting.presence,)))


def test_a_person_changed_without_a_ledger_entry_is_counted_anew():
    """A register mark changes the person, not the ledger: the roll of the new value is new."""
    record = {
        "format": "clerk.meeting/1",
        "committee": "Planning Committee",
        "date": "2026-12-08",
        "people": [
            {"id": "ash", "surname": "Ash", "role": "chair", "attendance": "present"},
            {"id": "bell", "surname": "Bell", "role": "member", "attendance": "unknown"},
            {"id": "cole", "surname": "Cole", "role": "substitute", "substitute_for": "bell"},
        ],
        "items": [],
    }
    meeting = meeting_from_record(record)
    assert (roll(meeting).seats, len(roll(meeting).in_room), roll(meeting).apologies) == (2, 1, 0)
    sent = ops.set_attendance(meeting, "bell", Attendance.APOLOGIES)
    assert (len(roll(sent).in_room), roll(sent).apologies) == (1, 1)
    came = ops.mark_present(sent, "cole", datetime(2026, 12, 8, 18, 0))
    assert (len(roll(came).in_room), roll(came).apologies) == (2, 1)
    assert roll(meeting).apologies == 0  # the first value again: its own answer
    check(came)

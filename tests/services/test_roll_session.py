"""The counts the live window shows (members present, seats, apologies, the quorum's count)
come from answers kept per meeting value: after undo and redo, and after a conflict has
reloaded a stale copy, they equal a recount of the meeting as read back from the database, on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest

from clerk.errors import Conflict
from clerk.services import actions, reading
from clerk.services.meetings import load_meeting, save_new_meeting
from clerk.services.session import MeetingSession
from tests.domain.roll_reference import roll_now
from tests.team.test_two_clerks import meeting


def at(hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2026-03-17T{hhmm}")


def shown(m) -> tuple:
    """What the attendance count and the quorum line say."""
    found = reading.roll(m)
    return (
        [p.id for p in found.in_room],
        found.seats,
        found.apologies,
        reading.members_present(m),
        reading.quorum_at(m, None).present,
    )


def recounted(m) -> tuple:
    expected = roll_now(m)
    present = [p.id for p in expected["in_room"]]
    return (present, expected["seats"], expected["apologies"], len(present), len(present))


@pytest.fixture
def copies(any_db):
    saved = save_new_meeting(any_db, meeting())
    return any_db, MeetingSession.open(any_db, saved.id), MeetingSession.open(any_db, saved.id)


def test_counts_after_undo_and_redo_equal_a_recount_of_the_disk(copies):
    db, a, _ = copies
    mid = a.meeting.id
    actions.mark_present(a, "ash", at("17:25"))
    actions.mark_apologies(a, "cole")
    actions.start_meeting(a, at("17:30"))
    actions.mark_present(a, "baker", at("17:35"))  # a late arrival
    seen = [shown(a.meeting)]
    actions.record_departure(a, "baker", at("18:10"))
    assert shown(a.meeting) == recounted(load_meeting(db, mid)) == (["ash"], 3, 1, 1, 1)
    a.undo()  # the departure
    assert shown(a.meeting) == recounted(load_meeting(db, mid)) == seen[0]
    a.undo()  # the arrival
    assert shown(a.meeting) == recounted(load_meeting(db, mid)) == (["ash"], 3, 1, 1, 1)
    a.redo()
    a.redo()
    assert shown(a.meeting) == recounted(load_meeting(db, mid)) == (["ash"], 3, 1, 1, 1)


def test_counts_after_a_conflict_reload_equal_a_recount_of_the_disk(copies):
    db, a, b = copies
    actions.start_meeting(a, at("17:30"))
    b.poll()
    actions.mark_present(a, "cole", at("17:40"))  # A sees Cole arrive
    assert shown(b.meeting) == recounted(b.meeting)  # B's copy, counted before it learns
    with pytest.raises(Conflict):
        actions.mark_apologies(b, "cole")  # B, not knowing, marks apologies: refused
    on_disk = load_meeting(db, a.meeting.id)
    assert shown(b.meeting) == shown(a.meeting) == recounted(on_disk) == (["cole"], 3, 0, 1, 1)

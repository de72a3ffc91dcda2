"""Attendance record per member over a period, counted from what was recorded."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, timedelta

import pytest

from clerk.domain.model import Attendance, PresenceEvent, PresenceKind, Role
from clerk.domain.wording import full_name
from clerk.services.attendance import COLUMNS, as_csv, attendance_record
from clerk.services.meetings import import_record
from clerk.store import writing

MEMBER_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER)


@pytest.fixture
def year(db, york_record):
    """The example meeting, and a second meeting a month later where the first member sent
    apologies, a substitute sat for them and the second member arrived late and left early."""
    first = import_record(db, york_record)
    members = [p for p in first.people if p.role in MEMBER_ROLES]
    a, b = members[0], members[1]
    start = first.started_at or first.items[0].started_at
    people = []
    for p in first.people:
        if p.id == a.id:
            p = replace(p, attendance=Attendance.APOLOGIES)
        elif p.id == b.id:
            p = replace(p, attendance=Attendance.PRESENT)
        people.append(p)
    sub = replace(
        a,
        id="sub-1",
        role=Role.SUBSTITUTE,
        attendance=Attendance.PRESENT,
        name="Sam Standin",
        substitute_for=a.id,
    )
    later = dict(york_record, date=(first.date + timedelta(days=30)).isoformat())
    before = import_record(db, later)
    start = before.started_at or before.items[0].started_at
    # The second member's late arrival and early departure, in the presence ledger.
    moves = (
        PresenceEvent(b.id, PresenceKind.ARRIVED, start + timedelta(minutes=10)),
        PresenceEvent(b.id, PresenceKind.LEFT, start + timedelta(minutes=20)),
    )
    second = replace(before, people=(*people, sub), presence=before.presence + moves)
    writing.save_change(db.engine, before, second)
    return first, second, a, b


def _row(record, person):
    return next(m for m in record.members if m.name == full_name(person))


def test_counts_follow_the_recorded_attendance(db, year):
    first, second, a, b = year
    rec = attendance_record(db, first.committee.upper(), first.date, second.date)
    assert rec.meeting_ids == (first.id, second.id)
    ra = _row(rec, a)
    assert ra.expected == 2 and ra.apologies >= 1 and ra.substituted == 1
    assert ra.present + ra.apologies + ra.absent + ra.not_recorded == ra.expected
    expected_present_a = int(a.attendance == Attendance.PRESENT)
    assert ra.present == expected_present_a
    rb = _row(rec, b)
    assert rb.late >= 1 and rb.left_early >= 1
    sub = next(m for m in rec.members if m.name == "Sam Standin")
    assert (sub.expected, sub.as_substitute) == (0, 1)
    members_in_first = sum(p.role in MEMBER_ROLES for p in first.people)
    assert sum(m.expected for m in rec.members) == members_in_first * 2


def test_the_period_bounds_the_meetings(db, year):
    first, second, a, _ = year
    only_first = attendance_record(db, first.committee, first.date, first.date)
    assert only_first.meeting_ids == (first.id,)
    assert _row(only_first, a).expected == 1
    none = attendance_record(db, "No Such Body", date(2000, 1, 1), date(2100, 1, 1))
    assert none.meeting_ids == () and none.members == ()


def test_csv_has_a_row_per_member(db, year):
    first, second, *_ = year
    rec = attendance_record(db, first.committee, first.date, second.date)
    rows = list(csv.reader(io.StringIO(as_csv(rec))))
    assert tuple(rows[0]) == COLUMNS
    assert [r[0] for r in rows[1:]] == [m.name for m in rec.members]
    assert all(int(r[1]) == m.expected for r, m in zip(rows[1:], rec.members, strict=True))

"""Attendance record per member of a body over a period (a municipal year, or any dates).

For each person who sat as Chair, Vice-Chair, member or substitute at the body's meetings in
the period: meetings expected (as a member), present, apologies, absent, not recorded, times a
substitute sat for them, times they sat as a substitute, arrived late (after the meeting
started), left early (before it finished). A person is the same across meetings by full name
(case and spacing aside). Written as .csv.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from clerk.domain.formal import presence as ledger
from clerk.domain.model import Attendance, Meeting, Role
from clerk.domain.wording import full_name
from clerk.services.meetings import list_meetings, load_meeting
from clerk.store.db import Database

_MEMBER_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER)
COLUMNS = (
    "Member",
    "Expected",
    "Present",
    "Apologies",
    "Absent",
    "Not recorded",
    "Substituted by another",
    "Sat as substitute",
    "Late",
    "Left early",
)


@dataclass
class MemberRecord:
    name: str
    expected: int = 0
    present: int = 0
    apologies: int = 0
    absent: int = 0
    not_recorded: int = 0
    substituted: int = 0
    as_substitute: int = 0
    late: int = 0
    left_early: int = 0
    meetings: list[int] = field(default_factory=list)

    def row(self) -> list:
        return [
            self.name,
            self.expected,
            self.present,
            self.apologies,
            self.absent,
            self.not_recorded,
            self.substituted,
            self.as_substitute,
            self.late,
            self.left_early,
        ]


@dataclass(frozen=True)
class AttendanceRecord:
    body: str
    start: date
    end: date
    meeting_ids: tuple[int, ...]
    members: tuple[MemberRecord, ...]


def _same(name: str) -> str:
    return " ".join(name.split()).casefold()


def attendance_record(db: Database, body: str, start: date, end: date) -> AttendanceRecord:
    """The record for the meetings of ``body`` (its name, any case) dated ``start``–``end``."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    wanted = _same(body)
    ids = [
        m.id
        for m in sorted(list_meetings(db), key=lambda m: (m.date, m.id))
        if start <= m.date <= end and _same(m.committee) == wanted
    ]
    members: dict[str, MemberRecord] = {}
    for mid in ids:
        _count(load_meeting(db, mid), members)
    ordered = sorted(members.values(), key=lambda r: (r.expected == 0, r.name.casefold()))
    return AttendanceRecord(body, start, end, tuple(ids), tuple(ordered))


def _count(meeting: Meeting, members: dict[str, MemberRecord]) -> None:
    by_id = {p.id: p for p in meeting.people}
    for p in meeting.people:
        if p.role not in (*_MEMBER_ROLES, Role.SUBSTITUTE):
            continue
        name = full_name(p) or p.id
        attendance = ledger.attendance_of(meeting, p)
        rec = members.setdefault(_same(name), MemberRecord(name))
        rec.meetings.append(meeting.id)
        if p.role == Role.SUBSTITUTE:
            if attendance == Attendance.PRESENT:
                rec.as_substitute += 1
                sat_for = by_id.get(p.substitute_for or "")
                if sat_for is not None:
                    other = full_name(sat_for) or sat_for.id
                    members.setdefault(_same(other), MemberRecord(other)).substituted += 1
        else:
            rec.expected += 1
            if attendance == Attendance.PRESENT:
                rec.present += 1
            elif attendance == Attendance.APOLOGIES:
                rec.apologies += 1
            elif attendance == Attendance.ABSENT:
                rec.absent += 1
            else:
                rec.not_recorded += 1
        if attendance == Attendance.PRESENT:
            moves = ledger.moves_of(meeting, p)
            arrived, left = moves.arrived_at, moves.left_at
            if arrived and meeting.started_at and arrived > meeting.started_at:
                rec.late += 1
            if left and (meeting.finished_at is None or left < meeting.finished_at):
                rec.left_early += 1


def as_csv(record: AttendanceRecord) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for m in record.members:
        writer.writerow(m.row())
    return out.getvalue()


def write_docx(db: Database, record: AttendanceRecord, out) -> object:
    """The record as a Word table (the same columns as the .csv), in the minutes' template;
    returns the path written."""
    from clerk.domain.wording import long_date
    from clerk.minutes.registers import write_register
    from clerk.services.minutes_inputs import minutes_inputs

    count = len(record.meeting_ids)
    organisation = None
    if record.meeting_ids:
        organisation = load_meeting(db, record.meeting_ids[0]).organisation
    return write_register(
        out,
        title=f"{record.body}: Attendance Record",
        subtitle=(
            f"{long_date(record.start)} to {long_date(record.end)}: "
            f"{count} meeting{'s' if count != 1 else ''}."
        ),
        header=COLUMNS,
        rows=[m.row() for m in record.members],
        widths=(0.24, *([0.084] * 9)),
        empty="No members were recorded at these meetings.",
        organisation=organisation,
        settings=minutes_inputs(db).settings,
    )

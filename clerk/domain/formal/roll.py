"""The roll of one meeting value: the members, their seats, who of them is in the room now, and
who sent apologies.

The live window shows these after every key of the register (the clock bar, the attendance
count, the quorum), several times over. Each is a count over the people read from their
timelines (``clerk.domain.formal.presence``), and a meeting value never changes, so the roll is
worked out once per value — held, like the timelines, by the identity of the value's people and
ledger — and a key press costs one pass over the people, never one over the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass

from clerk.domain.formal import presence as ledger
from clerk.domain.model import Attendance, Meeting, Person, Role


@dataclass(frozen=True, slots=True)
class Roll:
    members: tuple[Person, ...]  # Chair, Vice-Chair, members and substitutes, as listed
    # Seats on the body at this meeting: a substitute takes the seat of the member they
    # replace (one replacing no one listed has a seat of their own).
    seats: int
    in_room: tuple[Person, ...]  # members in the room now: those who count for quorum
    apologies: int  # members who sent apologies


# The roll of the last meeting value asked about, with the people and ledger it was made from.
_last: tuple[tuple, tuple, Roll] | None = None


def roll(meeting: Meeting) -> Roll:
    """The meeting's roll now (after every entry of its ledger)."""
    global _last
    people, presence = meeting.people, meeting.presence
    if _last is not None and _last[0] is people and _last[1] is presence:
        return _last[2]
    found = _count(meeting)
    _last = (people, presence, found)
    return found


def _count(meeting: Meeting) -> Roll:
    members = meeting.members
    listed = {p.id for p in members if p.role is not Role.SUBSTITUTE}
    seats = sum(
        1 for p in members if p.role is not Role.SUBSTITUTE or p.substitute_for not in listed
    )
    in_room = tuple(p for p in members if ledger.state_at(meeting, p, None).in_room)
    apologies = sum(1 for p in members if ledger.attendance_of(meeting, p) is Attendance.APOLOGIES)
    return Roll(members, seats, in_room, apologies)

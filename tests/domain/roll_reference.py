"""What the roll and each person's moves must be, recounted from the whole ledger with nothing
kept between calls: the reference the cached, carried-on answers are checked against."""

from __future__ import annotations

from clerk.domain.model import Attendance, Meeting, PresenceKind, Role

MEMBER_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SUBSTITUTE)
MOVES = (PresenceKind.ARRIVED, PresenceKind.LEFT)


def person_now(meeting: Meeting, person) -> dict:
    """One person's attendance, state after every entry, and late arrival / final departure."""
    own = sorted((e for e in meeting.presence if e.person == person.id), key=lambda e: e.at)
    moves = [e for e in own if e.kind in MOVES]
    attending = moves[0].kind is PresenceKind.LEFT if moves else None
    if attending is None:
        attending = person.attendance is Attendance.PRESENT
    outside = None
    for e in own:
        if e.kind is PresenceKind.ARRIVED:
            attending, outside = True, None
        elif e.kind is PresenceKind.LEFT:
            attending, outside = False, None
        elif e.kind is PresenceKind.WITHDREW:
            outside = e.item_key or ""
        else:
            outside = None
    first, last = (moves[0], moves[-1]) if moves else (None, None)
    return {
        "attendance": Attendance.PRESENT if moves else person.attendance,
        "attending": attending,
        "in_room": attending and outside is None,
        "arrived_at": first.at if first and first.kind is PresenceKind.ARRIVED else None,
        "left_at": last.at if last and last.kind is PresenceKind.LEFT else None,
        "left_note": last.note if last and last.kind is PresenceKind.LEFT else None,
    }


def roll_now(meeting: Meeting) -> dict:
    members = tuple(p for p in meeting.people if p.role in MEMBER_ROLES)
    listed = {p.id for p in members if p.role is not Role.SUBSTITUTE}
    now = {p.id: person_now(meeting, p) for p in members}
    return {
        "members": members,
        "seats": sum(
            1 for p in members if p.role is not Role.SUBSTITUTE or p.substitute_for not in listed
        ),
        "in_room": tuple(p for p in members if now[p.id]["in_room"]),
        "apologies": sum(1 for p in members if now[p.id]["attendance"] is Attendance.APOLOGIES),
    }

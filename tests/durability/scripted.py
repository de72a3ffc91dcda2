"""A scripted live meeting as a list of pure actions, the same in the child and the parent.

Keys and times are derived from the step number, so the parent can rebuild exactly the meeting
the child had saved after any number of steps and compare it with what is on disk.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from clerk.domain.model import (
    Declaration,
    InterestKind,
    ItemStatus,
    Meeting,
    Motion,
    PresenceEvent,
    PresenceKind,
    RecordedVote,
    Resolution,
    Vote,
)

NOTE = "Members asked about the cost of the scheme and the timetable for the works. "


def _item(m: Meeting, key: str, **changes) -> Meeting:
    return m.with_item(replace(m.item(key), **changes))


def take_item(m: Meeting, key: str, minute: int, at: datetime) -> Meeting:
    m = _item(m, key, status=ItemStatus.TAKEN, minute_number=minute, started_at=at)
    return replace(m, current_item=key)


def mark_present(m: Meeting, person: str, at: datetime) -> Meeting:
    # A key of its own making: the checker replays the script and compares whole meetings.
    arrival = PresenceEvent(person, PresenceKind.ARRIVED, at, key=f"arrived-{person}-{at:%H%M%S}")
    return replace(m, presence=(*m.presence, arrival))


def declare(m: Meeting, person: str, item_key: str, key: str) -> Meeting:
    d = Declaration(person, InterestKind.PERSONAL, (item_key,), "as a school governor", key=key)
    return replace(m, declarations=(*m.declarations, d))


def type_notes(m: Meeting, key: str, text: str) -> Meeting:
    return _item(m, key, narrative=text)


def vote(m: Meeting, key: str, motion_key: str, members: tuple[str, ...]) -> Meeting:
    recorded = RecordedVote(members[:-1], members[-1:], ())
    motion = Motion(
        "That the recommendations be approved.",
        mover=members[0],
        seconder=members[1] if len(members) > 1 else None,
        vote=Vote(len(members) - 1, 1, 0, recorded),
        key=motion_key,
    )
    item = m.item(key)
    return _item(m, key, motions=(*item.motions, motion))


def resolve(m: Meeting, key: str) -> Meeting:
    return _item(
        m,
        key,
        resolution=Resolution(("That the report be noted.",), "To keep the Committee informed."),
    )


def actions(start: Meeting) -> list[tuple[str, object, tuple, object]]:
    """(label, operation, args, merge key) for the whole scripted meeting."""
    steps: list[tuple[str, object, tuple, object]] = []
    clock = datetime.combine(start.date, datetime.min.time()).replace(hour=18)
    members = tuple(p.id for p in start.people if p.role.is_member)
    for p in start.people:
        clock += timedelta(seconds=20)
        steps.append(("Present", mark_present, (p.id, clock), None))
    minute = start.first_minute_number or 1
    for n, item in enumerate(start.items):
        clock += timedelta(minutes=3)
        steps.append(("Take item", take_item, (item.key, minute + n, clock), None))
        if members:
            steps.append(
                ("Declare", declare, (members[n % len(members)], item.key, f"decl{n:04d}"), None)
            )
        for length in range(2, len(NOTE) + 1, 2):
            steps.append(("Notes", type_notes, (item.key, NOTE[:length]), ("notes", item.key)))
        if len(members) >= 2:
            steps.append(("Vote", vote, (item.key, f"motion{n:04d}", members), None))
        steps.append(("Resolve", resolve, (item.key,), None))
    return steps


def replay(start: Meeting, count: int) -> Meeting:
    m = start
    for _label, op, args, _merge in actions(start)[:count]:
        m = op(m, *args)
    return m

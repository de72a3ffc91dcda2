"""Putting right a time stamped late: an item's start or end, an arrival or a departure, the
meeting's start or close.

A key pressed a minute late stamps the wrong time; the clerk corrects it in place and the
minutes follow, since they are written from these same values. Each correction is a pure
``Meeting -> Meeting`` function (undoable like every other change) that refuses, with a
``RuleError`` sentence, a time that contradicts the rest of the record (an item ending before
it started, a departure before the arrival).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from clerk.domain.formal import RuleError
from clerk.domain.formal import presence as ledger
from clerk.domain.model import Meeting, PresenceKind
from clerk.domain.wording import short_name
from clerk.errors import NotFound

_WORDS = {
    PresenceKind.ARRIVED: "arrival",
    PresenceKind.LEFT: "departure",
    PresenceKind.WITHDREW: "leaving the room",
    PresenceKind.RETURNED: "return to the room",
}


def _hm(at: datetime) -> str:
    return f"{at:%H:%M}"


def correct_item_times(
    meeting: Meeting, key: str, started_at: datetime | None, ended_at: datetime | None
) -> Meeting:
    """The item was taken at ``started_at`` and (when given) ended at ``ended_at``."""
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    if item.minute_number is not None and started_at is None:
        raise RuleError(f"item {item.agenda_number} was taken, so it keeps a start time")
    if started_at is not None and ended_at is not None and ended_at < started_at:
        raise RuleError(
            f"item {item.agenda_number} cannot end at {_hm(ended_at)}, "
            f"before it started at {_hm(started_at)}"
        )
    if (
        meeting.started_at is not None
        and started_at is not None
        and started_at < meeting.started_at
    ):
        raise RuleError(
            f"item {item.agenda_number} cannot start at {_hm(started_at)}, "
            f"before the meeting started at {_hm(meeting.started_at)}"
        )
    if item.started_at == started_at and item.ended_at == ended_at:
        return meeting
    return meeting.with_item(replace(item, started_at=started_at, ended_at=ended_at))


def correct_meeting_times(
    meeting: Meeting, started_at: datetime | None, finished_at: datetime | None
) -> Meeting:
    """The meeting started at ``started_at`` and (when given) closed at ``finished_at``."""
    if finished_at is not None and started_at is None:
        raise RuleError("a meeting that closed also started: give its start")
    if started_at is not None and finished_at is not None and finished_at < started_at:
        raise RuleError(
            f"the meeting cannot close at {_hm(finished_at)}, before it started at "
            f"{_hm(started_at)}"
        )
    if started_at is not None:
        first = min((it.started_at for it in meeting.items if it.started_at), default=None)
        if first is not None and first < started_at:
            raise RuleError(
                f"the meeting cannot start at {_hm(started_at)}: an item was taken at {_hm(first)}"
            )
    if (meeting.started_at, meeting.finished_at) == (started_at, finished_at):
        return meeting
    return replace(meeting, started_at=started_at, finished_at=finished_at)


def correct_presence_time(
    meeting: Meeting, person_id: str, kind: PresenceKind, at: datetime
) -> Meeting:
    """Move a person's arrival (the first) or departure (the last) to ``at``."""
    person = meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r}")
    if kind not in (PresenceKind.ARRIVED, PresenceKind.LEFT):
        raise RuleError("only an arrival or a departure time can be corrected here")
    own = [e for e in meeting.presence if e.person == person_id and e.kind is kind]
    words = "arrival" if kind is PresenceKind.ARRIVED else "departure"
    if not own:
        raise RuleError(f"{short_name(person)} has no {words} to correct")
    event = (
        min(own, key=lambda e: e.at)
        if kind is PresenceKind.ARRIVED
        else max(own, key=lambda e: e.at)
    )
    if event.at == at:
        return meeting
    # The entry keeps its place among the person's others: a departure moved before the
    # arrival would read as a different evening.
    line = [e for e in meeting.presence if e.person == person_id]
    line.sort(key=lambda e: e.at)
    index = next(i for i, e in enumerate(line) if e.key == event.key)
    before = line[index - 1] if index > 0 else None
    after = line[index + 1] if index + 1 < len(line) else None
    if (before is not None and at < before.at) or (after is not None and at > after.at):
        other = before if before is not None and at < before.at else after
        assert other is not None
        raise RuleError(
            f"{short_name(person)}'s {words} cannot move to {_hm(at)}, past their "
            f"{_WORDS[other.kind]} at {_hm(other.at)}"
        )
    moved = tuple(replace(e, at=at) if e.key == event.key else e for e in meeting.presence)
    changed = replace(meeting, presence=moved)
    ledger.check_ledger(changed, [person_id])
    return changed

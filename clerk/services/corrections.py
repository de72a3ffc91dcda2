"""Correcting stamped times, as the clerk's actions: each one a pure operation of
``clerk.domain.corrections`` applied through ``MeetingSession.apply``, so it is saved when
made, can be undone, and the minutes (written from the same values) follow. A time that
contradicts the record raises ``RuleError`` before anything is saved.
"""

from __future__ import annotations

from datetime import datetime

from clerk.domain import corrections as ops
from clerk.domain.model import PresenceKind
from clerk.domain.wording import short_name
from clerk.errors import NotFound
from clerk.services.session import Change, MeetingSession

__all__ = [
    "correct_arrival",
    "correct_departure",
    "correct_item_times",
    "correct_meeting_times",
]


def correct_item_times(
    session: MeetingSession,
    item_key: str,
    started_at: datetime | None,
    ended_at: datetime | None = None,
) -> Change | None:
    item = session.meeting.item(item_key)
    if item is None:
        raise NotFound(f"there is no agenda item {item_key!r}")
    return session.apply(
        f"Correct the times of item {item.agenda_number}",
        ops.correct_item_times,
        item_key,
        started_at,
        ended_at,
    )


def correct_meeting_times(
    session: MeetingSession, started_at: datetime | None, finished_at: datetime | None
) -> Change | None:
    return session.apply(
        "Correct the meeting's start and close", ops.correct_meeting_times, started_at, finished_at
    )


def _presence(session: MeetingSession, person_id: str, kind: PresenceKind, at: datetime):
    person = session.meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r}")
    words = "arrival" if kind is PresenceKind.ARRIVED else "departure"
    return session.apply(
        f"Correct {short_name(person)}'s {words} time",
        ops.correct_presence_time,
        person_id,
        kind,
        at,
    )


def correct_arrival(session: MeetingSession, person_id: str, at: datetime) -> Change | None:
    return _presence(session, person_id, PresenceKind.ARRIVED, at)


def correct_departure(session: MeetingSession, person_id: str, at: datetime) -> Change | None:
    return _presence(session, person_id, PresenceKind.LEFT, at)

"""Reading across a body's meetings for the minutes' lifecycle and the actions carried forward."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.engine import Engine

from clerk.domain.model import MinutesVersion
from clerk.store.rows import ACTIONS, ITEMS, MEETINGS, MINUTES_VERSIONS, minutes_version_of


class ApprovalRow(NamedTuple):
    approved: int  # the meeting whose minutes were approved
    by_meeting: int  # the meeting that approved them
    by_date: date
    item_number: str
    amendments: tuple[str, ...]


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def approvals(engine: Engine, meeting_ids: list[int] | None = None) -> dict[int, ApprovalRow]:
    """For each meeting whose minutes a later meeting approved, where and how (the earliest
    approval when, by a slip, two meetings did)."""
    query = (
        select(
            ITEMS.c.approves_meeting,
            ITEMS.c.meeting_id,
            type_coerce(MEETINGS.c.date, String),
            ITEMS.c.agenda_number,
            ITEMS.c.approval,
        )
        .join(MEETINGS, MEETINGS.c.id == ITEMS.c.meeting_id)
        .where(ITEMS.c.approves_meeting.is_not(None))
        .order_by(MEETINGS.c.date.desc())
    )
    if meeting_ids is not None:
        query = query.where(ITEMS.c.approves_meeting.in_(meeting_ids))
    out: dict[int, ApprovalRow] = {}
    with engine.connect() as conn:
        for approved, by, day, number, approval in conn.execute(query):
            if approval is None:
                continue
            out[approved] = ApprovalRow(approved, by, _day(day), number, tuple(approval))
    return out


class MeetingRef(NamedTuple):
    id: int
    date: date
    committee: str


def body_meetings(engine: Engine, body_id: int | None, committee: str) -> list[MeetingRef]:
    """The body's meetings, oldest first: by body when known, else by the committee's name."""
    where = (
        MEETINGS.c.body_id == body_id
        if body_id is not None
        else func.lower(MEETINGS.c.committee) == committee.lower()
    )
    query = (
        select(MEETINGS.c.id, type_coerce(MEETINGS.c.date, String), MEETINGS.c.committee)
        .where(where)
        .order_by(MEETINGS.c.date, MEETINGS.c.id)
    )
    with engine.connect() as conn:
        return [MeetingRef(i, _day(d), c) for i, d, c in conn.execute(query)]


class ActionRow(NamedTuple):
    meeting_id: int
    meeting_date: date
    position: int
    key: str
    origin: str | None
    text: str
    owner: str | None
    due: date | None
    status: str
    note: str | None
    agenda_number: str | None
    minute_number: int | None


def actions_of(engine: Engine, meeting_ids: list[int]) -> list[ActionRow]:
    """Every action of these meetings with its meeting's date and its item's numbers, in the
    order of the meetings, then as recorded."""
    if not meeting_ids:
        return []
    query = (
        select(
            ACTIONS.c.meeting_id,
            type_coerce(MEETINGS.c.date, String),
            ACTIONS.c.position,
            ACTIONS.c.key,
            ACTIONS.c.origin,
            ACTIONS.c.text,
            ACTIONS.c.owner,
            ACTIONS.c.due,
            ACTIONS.c.status,
            ACTIONS.c.note,
            ITEMS.c.agenda_number,
            ITEMS.c.minute_number,
        )
        .join(MEETINGS, MEETINGS.c.id == ACTIONS.c.meeting_id)
        .outerjoin(ITEMS, and_(ITEMS.c.key == ACTIONS.c.item_key))
        .where(ACTIONS.c.meeting_id.in_(meeting_ids))
        .order_by(MEETINGS.c.date, MEETINGS.c.id, ACTIONS.c.position)
    )
    with engine.connect() as conn:
        return [
            ActionRow(m, _day(d), p, k, o, t, w, due, s or "open", n, a, mn)
            for m, d, p, k, o, t, w, due, s, n, a, mn in conn.execute(query)
        ]


class MinutesFacts(NamedTuple):
    date: date
    signed_at: object
    versions: tuple[MinutesVersion, ...]


def minutes_facts(engine: Engine, meeting_id: int) -> MinutesFacts | None:
    """A meeting's date, signature and exported versions, read without loading the meeting;
    None when there is no such meeting."""
    with engine.connect() as conn:
        found = conn.execute(
            select(MEETINGS.c.date, MEETINGS.c.minutes_signed_at).where(MEETINGS.c.id == meeting_id)
        ).first()
        if found is None:
            return None
        rows = conn.execute(
            select(MINUTES_VERSIONS)
            .where(MINUTES_VERSIONS.c.meeting_id == meeting_id)
            .order_by(MINUTES_VERSIONS.c.position)
        ).mappings()
        versions = tuple(minutes_version_of(r) for r in rows)
    return MinutesFacts(_day(found.date), found.minutes_signed_at, versions)

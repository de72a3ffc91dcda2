"""Queries on bodies (committees) and on a body's meetings.

A body keeps its standing membership as JSON (person records of ``clerk.meeting/1``), so it
survives the meetings it is copied into. Minute numbering needs, for each earlier meeting of a
body, only its date and its highest minute number: one grouped query, not a load of each
meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine

from clerk.store.repository import BODIES, ITEMS, MEETINGS, find_or_create_body


@dataclass(frozen=True)
class BodyInfo:
    id: int
    name: str
    organisation: str | None
    kind: str
    membership: list

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


def _body(row) -> BodyInfo:
    membership = row.membership if isinstance(row.membership, list) else []
    return BodyInfo(row.id, row.name, row.organisation, row.kind, membership)


def list_bodies(engine: Engine) -> list[BodyInfo]:
    with engine.connect() as conn:
        rows = conn.execute(select(BODIES).order_by(BODIES.c.name, BODIES.c.organisation))
        return [_body(r) for r in rows]


def get_body(engine: Engine, body_id: int) -> BodyInfo | None:
    with engine.connect() as conn:
        row = conn.execute(select(BODIES).where(BODIES.c.id == body_id)).first()
    return _body(row) if row is not None else None


def ensure_body(engine: Engine, name: str, organisation: str | None, kind: str) -> int:
    """The id of the body of that name and organisation, created when it is new."""
    with engine.begin() as conn:
        return find_or_create_body(conn, name, organisation, kind)


def body_id_of_meeting(engine: Engine, meeting_id: int) -> int | None:
    with engine.connect() as conn:
        row = conn.execute(select(MEETINGS.c.body_id).where(MEETINGS.c.id == meeting_id)).first()
    return row.body_id if row is not None else None


def set_membership(engine: Engine, body_id: int, membership: list[dict]) -> None:
    with engine.begin() as conn:
        conn.execute(update(BODIES).where(BODIES.c.id == body_id).values(membership=membership))


def used_minutes(
    engine: Engine, body_id: int, since: date, before: date, exclude_meeting: int | None = None
) -> list[tuple[date, int | None]]:
    """(date, highest minute number or None) of the body's meetings in [since, before)."""
    highest = (
        select(ITEMS.c.meeting_id, func.max(ITEMS.c.minute_number).label("highest"))
        .group_by(ITEMS.c.meeting_id)
        .subquery()
    )
    query = (
        select(MEETINGS.c.date, highest.c.highest)
        .select_from(MEETINGS.outerjoin(highest, highest.c.meeting_id == MEETINGS.c.id))
        .where(
            MEETINGS.c.body_id == body_id,
            MEETINGS.c.date >= since,
            MEETINGS.c.date < before,
        )
    )
    if exclude_meeting is not None:
        query = query.where(MEETINGS.c.id != exclude_meeting)
    with engine.connect() as conn:
        return [(r.date, r.highest) for r in conn.execute(query)]

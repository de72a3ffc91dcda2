"""presence: the ledger is the one record of arrivals and departures

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 01:00:00

Until now a person's late arrival and early departure could also sit in three columns of
``people`` (``arrived_at``, ``left_at``, ``left_note``), read as one arrival and one departure
when the presence ledger held none for them. Each such pair becomes entries of
``presence_events`` (only for people with no arrival or departure there already, where the
columns were a copy kept in step with the ledger), then the columns are dropped in place
(ALTER TABLE … DROP COLUMN: a rebuilt parent table on SQLite would cascade-delete rows).

Downgrade puts the columns back, filled as a summary of the ledger (the first move when it is
an arrival; the last when it is a departure, with its note), as the older Clerk kept them.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

MOVES = ("arrived", "left")


def _tables():
    meta = sa.MetaData()
    people = sa.Table(
        "people",
        meta,
        sa.Column("meeting_id", sa.Integer),
        sa.Column("id", sa.String(200)),
        sa.Column("arrived_at", sa.DateTime),
        sa.Column("left_at", sa.DateTime),
        sa.Column("left_note", sa.String(2000)),
    )
    presence = sa.Table(
        "presence_events",
        meta,
        sa.Column("key", sa.String(32)),
        sa.Column("meeting_id", sa.Integer),
        sa.Column("position", sa.Integer),
        sa.Column("person", sa.String(200)),
        sa.Column("kind", sa.String(30)),
        sa.Column("at_time", sa.DateTime),
        sa.Column("item_key", sa.String(32)),
        sa.Column("note", sa.String(2000)),
    )
    return people, presence


def upgrade() -> None:
    conn = op.get_bind()
    people, presence = _tables()
    moved = {
        (r.meeting_id, r.person)
        for r in conn.execute(
            sa.select(presence.c.meeting_id, presence.c.person).where(presence.c.kind.in_(MOVES))
        )
    }
    ends = sa.select(presence.c.meeting_id, sa.func.max(presence.c.position))
    last: dict[int, int] = {
        mid: pos for mid, pos in conn.execute(ends.group_by(presence.c.meeting_id))
    }
    rows = []
    timed = sa.or_(people.c.arrived_at.is_not(None), people.c.left_at.is_not(None))
    for p in conn.execute(sa.select(people).where(timed).order_by(people.c.meeting_id)):
        if (p.meeting_id, p.id) in moved:
            continue
        for kind, at, note in (("arrived", p.arrived_at, None), ("left", p.left_at, p.left_note)):
            if at is None:
                continue
            position = last.get(p.meeting_id, -1) + 1
            last[p.meeting_id] = position
            rows.append(
                {
                    "key": uuid.uuid4().hex,
                    "meeting_id": p.meeting_id,
                    "position": position,
                    "person": p.id,
                    "kind": kind,
                    "at_time": at,
                    "item_key": None,
                    "note": note,
                }
            )
    if rows:
        conn.execute(presence.insert(), rows)
    with op.batch_alter_table("people", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("left_note")
        batch_op.drop_column("left_at")
        batch_op.drop_column("arrived_at")


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("arrived_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("left_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("left_note", sa.String(length=2000), nullable=True))
    conn = op.get_bind()
    people, presence = _tables()
    lines: dict[tuple[int, str], list] = {}
    query = (
        sa.select(presence)
        .where(presence.c.kind.in_(MOVES))
        .order_by(presence.c.meeting_id, presence.c.position)
    )
    for e in conn.execute(query):
        lines.setdefault((e.meeting_id, e.person), []).append(e)
    for (meeting_id, person), events in lines.items():
        events.sort(key=lambda e: e.at_time)  # stable: ledger order at the same minute
        first, last = events[0], events[-1]
        values = {
            "arrived_at": first.at_time if first.kind == "arrived" else None,
            "left_at": last.at_time if last.kind == "left" else None,
            "left_note": last.note if last.kind == "left" else None,
        }
        conn.execute(
            people.update()
            .where(people.c.meeting_id == meeting_id, people.c.id == person)
            .values(**values)
        )

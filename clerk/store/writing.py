"""Writing meetings: whole new meetings, and the difference between two values of one.

``save_change(before, after)`` is the heart of it: given two values of the same meeting, it
writes in one transaction only the rows whose entity is no longer the same object (the domain's
values are immutable and share what did not change), so a clerk's action costs a row or two,
and undo is the same call with the values swapped.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from clerk.domain.model import Meeting
from clerk.store.columns import TABLES
from clerk.store.rows import (
    MEETING_LISTS,
    item_row,
    meeting_row,
    motion_row,
    person_row,
    speaker_row,
)
from clerk.store.rowwrite import (  # noqa: F401 - statements: re-exported
    CoreRows,
    DriverRows,
    rows_for,
    statements,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# The tables a meeting's own rows are in, in their plain form (``clerk.store.columns``): a
# change is written on SQLite without SQLAlchemy.
MEETINGS, PEOPLE, ITEMS = TABLES["meetings"], TABLES["people"], TABLES["items"]
SPEAKERS, MOTIONS = TABLES["speakers"], TABLES["motions"]

Rows = CoreRows | DriverRows


def insert_meeting(engine: Engine, meeting: Meeting, body_id: int | None = None) -> Meeting:
    """Save a new meeting with everything in it, in one transaction; returns it with its id."""
    from sqlalchemy import insert

    from clerk.store.schema import MEETINGS as CORE_MEETINGS

    with engine.begin() as conn:
        row = meeting_row(meeting)
        row["body_id"] = body_id
        meeting_id = new_row_id(conn.execute(insert(CORE_MEETINGS).values(**row)))
        saved = _with_id(meeting, meeting_id)
        _write_all(rows_for(conn), saved)
        return saved


def _with_id(meeting: Meeting, meeting_id: int) -> Meeting:
    return replace(meeting, id=meeting_id)


def new_row_id(result) -> int:
    """The primary key a single-row INSERT made."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the database gave no id for the new row")
    return int(key[0])


def _saved_id(meeting: Meeting) -> int:
    if meeting.id is None:
        raise ValueError("the meeting has not been saved yet")
    return meeting.id


def _write_all(rows: Rows, m: Meeting) -> None:
    mid = _saved_id(m)
    rows.insert_many(PEOPLE, [person_row(p, mid, i) for i, p in enumerate(m.people)])
    rows.insert_many(ITEMS, [item_row(it, mid, i) for i, it in enumerate(m.items)])
    rows.insert_many(
        SPEAKERS,
        [speaker_row(s, it.key, i) for it in m.items for i, s in enumerate(it.speakers)],
    )
    rows.insert_many(
        MOTIONS,
        [motion_row(x, it.key, i) for it in m.items for i, x in enumerate(it.motions)],
    )
    for attr, table, to_row in MEETING_LISTS:
        rows.insert_many(table, [to_row(x, mid, i) for i, x in enumerate(getattr(m, attr))])


def delete_meeting(engine: Engine, meeting_id: int) -> None:
    from sqlalchemy import delete

    from clerk.store.schema import MEETINGS as CORE_MEETINGS

    with engine.begin() as conn:
        _delete_children(conn, meeting_id)
        conn.execute(delete(CORE_MEETINGS).where(CORE_MEETINGS.c.id == meeting_id))


def _delete_children(conn: Connection, meeting_id: int) -> None:
    from sqlalchemy import delete, select

    from clerk.store import schema

    # Explicit, so that deleting works the same with or without ON DELETE CASCADE support.
    keys = select(schema.ITEMS.c.key).where(schema.ITEMS.c.meeting_id == meeting_id)
    conn.execute(delete(schema.SPEAKERS).where(schema.SPEAKERS.c.item_key.in_(keys)))
    conn.execute(delete(schema.MOTIONS).where(schema.MOTIONS.c.item_key.in_(keys)))
    for table in (
        schema.TRANSCRIPT_LINES,  # revision 0008: the recording's rows
        schema.RECORDING_SEGMENTS,
        schema.ITEMS,
        schema.PEOPLE,
        schema.DECLARATIONS,
        schema.ADJOURNMENTS,
        schema.ACTIONS,
        schema.PRESENCE,
        schema.CONTINUATIONS,
        schema.EXCLUSIONS,
        schema.MINUTES_VERSIONS,
    ):
        conn.execute(delete(table).where(table.c.meeting_id == meeting_id))


def save_change(engine: Engine, before: Meeting, after: Meeting) -> None:
    """Write what differs between two values of one meeting, in one transaction."""
    if before is after:
        return
    if before.id != after.id or after.id is None:
        raise ValueError("save_change needs two values of the same saved meeting")
    with engine.begin() as conn:
        write_change(conn, before, after)


def write_change(conn: Connection | Rows, before: Meeting, after: Meeting) -> None:
    """Write what differs between ``before`` and ``after`` in the open transaction (a
    connection, or the row writer already made for it)."""
    rows = conn if isinstance(conn, (CoreRows, DriverRows)) else rows_for(conn)
    mid = _saved_id(after)
    if _scalars_differ(before, after):
        rows.update(MEETINGS, {**meeting_row(after), "id": mid})
    if before.people is not after.people:
        _sync(
            rows,
            PEOPLE,
            before.people,
            after.people,
            key=lambda p: p.id,
            to_row=lambda p, i: person_row(p, mid, i),
        )
    if before.items is not after.items:
        changed = _sync(
            rows,
            ITEMS,
            before.items,
            after.items,
            key=lambda it: it.key,
            to_row=lambda it, i: item_row(it, mid, i),
            children=(SPEAKERS, MOTIONS),
        )
        old = {it.key: it for it in before.items}
        for it in changed:
            prev = old.get(it.key)
            if prev is None:
                continue
            if prev.speakers is not it.speakers:
                _sync(
                    rows,
                    SPEAKERS,
                    prev.speakers,
                    it.speakers,
                    key=lambda s: s.key,
                    to_row=lambda s, i, k=it.key: speaker_row(s, k, i),
                )
            if prev.motions is not it.motions:
                _sync(
                    rows,
                    MOTIONS,
                    prev.motions,
                    it.motions,
                    key=lambda x: x.key,
                    to_row=lambda x, i, k=it.key: motion_row(x, k, i),
                )
        for it in after.items:
            if it.key not in old:
                rows.insert_many(
                    SPEAKERS, [speaker_row(s, it.key, i) for i, s in enumerate(it.speakers)]
                )
                rows.insert_many(
                    MOTIONS, [motion_row(x, it.key, i) for i, x in enumerate(it.motions)]
                )
    for attr, table, to_row in MEETING_LISTS:
        a, b = getattr(before, attr), getattr(after, attr)
        if a is not b:
            _sync(
                rows,
                table,
                a,
                b,
                key=lambda x: x.key,
                to_row=lambda x, i, f=to_row: f(x, mid, i),
            )


_SCALARS = (
    "committee",
    "date",
    "kind",
    "organisation",
    "scheduled_time",
    "venue",
    "first_minute_number",
    "started_at",
    "finished_at",
    "democracy_officer",
    "current_item",
    "quorum",
    "time_limits",
    "public_count",
    "minutes_signed_at",
    "meeting_type",
    "apologies_accepted",
)


def _scalars_differ(a: Meeting, b: Meeting) -> bool:
    return any(getattr(a, f) != getattr(b, f) for f in _SCALARS)


def _sync(rows: Rows, table, before: Sequence, after: Sequence, *, key, to_row, children=()):
    """Make ``table`` hold ``after`` where it held ``before``; returns the entities updated.

    Statements are built once per table (``clerk.store.rowwrite``) and only their parameters
    change, so an everyday action spends its time in the database's commit, not in building SQL.
    """
    # The rows both values share at the same place are not looked at: an action that adds an
    # entry to a long ledger compares the new tail, not the whole list (keys are unique in a
    # list, so none of the shared head's keys is in either tail).
    start = _shared_head(before, after)
    old = {key(x): (i, x) for i, x in enumerate(before[start:], start)}
    new_keys = {key(x) for x in after[start:]}
    for k, (j, y) in old.items():
        if k in new_keys:
            continue
        row = to_row(y, j)
        for child in children:
            rows.delete_children(child, k)
        rows.delete(table, row)
    updated = []
    for i, x in enumerate(after[start:], start):
        k = key(x)
        if k not in old:
            rows.insert(table, to_row(x, i))
            continue
        j, y = old[k]
        if y is x and i == j:
            continue
        if y != x or i != j:
            row = to_row(x, i)
            # Only a row that differs is written: an item whose speakers changed keeps its
            # own row as it is on disk (another Clerk may have typed its notes meanwhile).
            if row != to_row(y, j):
                rows.update(table, row)
            updated.append(x)
    return updated


def _shared_head(before: Sequence, after: Sequence) -> int:
    """How many leading entries are the very same objects, at the same places, in both."""
    n = min(len(before), len(after))
    if n and before[n - 1] is after[n - 1] and all(map(operator.is_, before[:n], after[:n])):
        return n
    i = 0
    while i < n and before[i] is after[i]:
        i += 1
    return i

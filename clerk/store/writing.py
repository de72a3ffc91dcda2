"""Writing meetings: whole new meetings, and the difference between two values of one.

``save_change(before, after)`` is the heart of it: given two values of the same meeting, it
writes in one transaction only the rows whose entity is no longer the same object (the domain's
values are immutable and share what did not change), so a clerk's action costs a row or two,
and undo is the same call with the values swapped.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import Delete, Insert, Update

from clerk.domain.model import Meeting
from clerk.store import recordings
from clerk.store.rows import (
    ACTIONS,
    ADJOURNMENTS,
    CONTINUATIONS,
    DECLARATIONS,
    EXCLUSIONS,
    ITEMS,
    MEETING_LISTS,
    MEETINGS,
    MINUTES_VERSIONS,
    MOTIONS,
    PEOPLE,
    PRESENCE,
    SPEAKERS,
    item_row,
    meeting_row,
    motion_row,
    person_row,
    speaker_row,
)


@dataclass(frozen=True)
class Statements:
    insert: Insert
    update: Update
    delete: Delete
    delete_children: Delete | None
    key_columns: tuple[str, ...]

    def key_of(self, row: dict) -> dict:
        return {f"pk_{name}": row[name] for name in self.key_columns}


@cache
def statements(table) -> Statements:
    """INSERT, UPDATE and DELETE of one row of ``table`` by its primary key, built once."""
    keys = tuple(c.name for c in table.primary_key.columns)
    where = and_(*(table.c[name] == bindparam(f"pk_{name}") for name in keys))
    children = None
    if "item_key" in table.c:
        children = delete(table).where(table.c.item_key == bindparam("pk_item_key"))
    return Statements(
        insert(table), update(table).where(where), delete(table).where(where), children, keys
    )


def insert_meeting(engine: Engine, meeting: Meeting, body_id: int | None = None) -> Meeting:
    """Save a new meeting with everything in it, in one transaction; returns it with its id."""
    with engine.begin() as conn:
        row = meeting_row(meeting)
        row["body_id"] = body_id
        meeting_id = new_row_id(conn.execute(insert(MEETINGS).values(**row)))
        saved = _with_id(meeting, meeting_id)
        _write_all(conn, saved)
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


def _write_all(conn: Connection, m: Meeting) -> None:
    mid = _saved_id(m)
    _insert_many(conn, PEOPLE, [person_row(p, mid, i) for i, p in enumerate(m.people)])
    _insert_many(conn, ITEMS, [item_row(it, mid, i) for i, it in enumerate(m.items)])
    _insert_many(
        conn,
        SPEAKERS,
        [speaker_row(s, it.key, i) for it in m.items for i, s in enumerate(it.speakers)],
    )
    _insert_many(
        conn,
        MOTIONS,
        [motion_row(x, it.key, i) for it in m.items for i, x in enumerate(it.motions)],
    )
    for attr, table, to_row in MEETING_LISTS:
        _insert_many(conn, table, [to_row(x, mid, i) for i, x in enumerate(getattr(m, attr))])


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(statements(table).insert, rows)


def delete_meeting(engine: Engine, meeting_id: int) -> None:
    with engine.begin() as conn:
        _delete_children(conn, meeting_id)
        conn.execute(delete(MEETINGS).where(MEETINGS.c.id == meeting_id))


def _delete_children(conn: Connection, meeting_id: int) -> None:
    # Explicit, so that deleting works the same with or without ON DELETE CASCADE support.
    keys = select(ITEMS.c.key).where(ITEMS.c.meeting_id == meeting_id)
    conn.execute(delete(SPEAKERS).where(SPEAKERS.c.item_key.in_(keys)))
    conn.execute(delete(MOTIONS).where(MOTIONS.c.item_key.in_(keys)))
    for table in (
        recordings.LINES,  # revision 0008: the recording's rows
        recordings.SEGMENTS,
        ITEMS,
        PEOPLE,
        DECLARATIONS,
        ADJOURNMENTS,
        ACTIONS,
        PRESENCE,
        CONTINUATIONS,
        EXCLUSIONS,
        MINUTES_VERSIONS,
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


def write_change(conn: Connection, before: Meeting, after: Meeting) -> None:
    mid = _saved_id(after)
    if _scalars_differ(before, after):
        conn.execute(statements(MEETINGS).update, {**meeting_row(after), "pk_id": mid})
    if before.people is not after.people:
        _sync(
            conn,
            PEOPLE,
            before.people,
            after.people,
            key=lambda p: p.id,
            to_row=lambda p, i: person_row(p, mid, i),
        )
    if before.items is not after.items:
        changed = _sync(
            conn,
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
                    conn,
                    SPEAKERS,
                    prev.speakers,
                    it.speakers,
                    key=lambda s: s.key,
                    to_row=lambda s, i, k=it.key: speaker_row(s, k, i),
                )
            if prev.motions is not it.motions:
                _sync(
                    conn,
                    MOTIONS,
                    prev.motions,
                    it.motions,
                    key=lambda x: x.key,
                    to_row=lambda x, i, k=it.key: motion_row(x, k, i),
                )
        for it in after.items:
            if it.key not in old:
                _insert_many(
                    conn, SPEAKERS, [speaker_row(s, it.key, i) for i, s in enumerate(it.speakers)]
                )
                _insert_many(
                    conn, MOTIONS, [motion_row(x, it.key, i) for i, x in enumerate(it.motions)]
                )
    for attr, table, to_row in MEETING_LISTS:
        a, b = getattr(before, attr), getattr(after, attr)
        if a is not b:
            _sync(
                conn,
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


def _sync(conn, table, before: Sequence, after: Sequence, *, key, to_row, children=()):
    """Make ``table`` hold ``after`` where it held ``before``; returns the entities updated.

    Statements are built once per table (``statements``) and only their parameters change, so
    an everyday action spends its time in the database's commit, not in building SQL.
    """
    sql = statements(table)
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
            conn.execute(statements(child).delete_children, {"pk_item_key": k})
        conn.execute(sql.delete, sql.key_of(row))
    updated = []
    for i, x in enumerate(after[start:], start):
        k = key(x)
        if k not in old:
            conn.execute(sql.insert, to_row(x, i))
            continue
        j, y = old[k]
        if y is x and i == j:
            continue
        if y != x or i != j:
            row = to_row(x, i)
            # Only a row that differs is written: an item whose speakers changed keeps its
            # own row as it is on disk (another Clerk may have typed its notes meanwhile).
            if row != to_row(y, j):
                conn.execute(sql.update, {**row, **sql.key_of(row)})
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

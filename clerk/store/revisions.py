"""Changes checked against the meeting's revision, so that no Clerk writes over another's.

Every meeting row carries a ``revision`` moved on by one in the same transaction as every
change. A session writes its change with the revision its copy was read at:

- the revision is unchanged (the usual case, and always with one Clerk): the difference is
  written, a row or two, and the revision moves on;
- another Clerk changed the meeting since: the meeting row is locked, the meeting read as it
  is now, and the change written only if every row it touches is still as the session's copy
  had it (another Clerk's change elsewhere is kept, and the session adopts the merged meeting);
  otherwise nothing is written and ``StaleChange`` says which rows clashed.

Undo and redo are changes like any other: undoing a step whose rows another Clerk has changed
since is refused in the same way, so undo never overwrites a later change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from clerk.domain.model import Meeting
from clerk.errors import NotFound
from clerk.store.columns import TABLES
from clerk.store.db import Source, driver_of, engine_of
from clerk.store.repository import _load, load_on_driver
from clerk.store.rows import (
    MEETING_LISTS,
    item_row,
    meeting_row,
    motion_row,
    person_row,
    speaker_row,
)
from clerk.store.rowwrite import CoreRows, DriverRows, rows_for
from clerk.store.writing import write_change

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql import Update

MEETINGS, PEOPLE, ITEMS = TABLES["meetings"], TABLES["people"], TABLES["items"]
SPEAKERS, MOTIONS = TABLES["speakers"], TABLES["motions"]

#: Columns that say when, not what: never a clash.
_NOT_COMPARED = ("updated_at", "revision")


@dataclass(frozen=True)
class Clash:
    """One row the change touches that another Clerk changed first."""

    table: str
    key: str
    fields: tuple[str, ...]  # the columns that differ (all of them for a row added or gone)


class StaleChange(Exception):
    """The change touches rows another Clerk changed since the copy was read; nothing written.

    ``current`` is the meeting as it is now, ``changed_at`` when it was last changed.
    """

    def __init__(
        self,
        clashes: list[Clash],
        current: Meeting,
        revision: int,
        changed_at: datetime | None,
    ):
        super().__init__(f"{len(clashes)} row(s) changed by another Clerk")
        self.clashes = clashes
        self.current = current
        self.revision = revision
        self.changed_at = changed_at


@dataclass(frozen=True)
class Committed:
    revision: int
    merged: Meeting | None  # the meeting as now saved, when it holds others' changes too


def read_revision(source: Source, meeting_id: int) -> int:
    driver = driver_of(source)
    if driver is not None:
        row = driver.execute("SELECT revision FROM meetings WHERE id = ?", (meeting_id,))
        found = row.fetchone()
        found = None if found is None else found[0]
    else:
        from sqlalchemy import select

        meetings = _core_meetings()
        with engine_of(source).connect() as conn:
            found = conn.execute(
                select(meetings.c.revision).where(meetings.c.id == meeting_id)
            ).scalar()
    if found is None:
        raise NotFound(f"there is no meeting {meeting_id}")
    return int(found)


def read_meeting(source: Source, meeting_id: int) -> tuple[Meeting, int]:
    """The meeting and its revision, read together (one transaction)."""
    driver = driver_of(source)
    if driver is not None:
        driver.execute("BEGIN")
        try:
            meeting = load_on_driver(driver, meeting_id)
            found = driver.execute("SELECT revision FROM meetings WHERE id = ?", (meeting_id,))
            revision = found.fetchone()[0]
        finally:
            driver.execute("COMMIT")
        return meeting, int(revision or 0)
    from sqlalchemy import select

    meetings = _core_meetings()
    with engine_of(source).begin() as conn:
        meeting = _load(conn, meeting_id)
        revision = conn.execute(
            select(meetings.c.revision).where(meetings.c.id == meeting_id)
        ).scalar()
    return meeting, int(revision or 0)


def _core_meetings():
    from clerk.store.schema import MEETINGS as CORE_MEETINGS

    return CORE_MEETINGS


def commit_change(
    source: Source, before: Meeting, after: Meeting, revision: int, *, current: bool = True
) -> Committed:
    """Write ``before`` → ``after`` in one transaction, checked against ``revision``.

    ``current`` says ``before`` is the copy read at ``revision`` (an action); False for undo
    and redo, whose ``before`` may be older than the session's copy: their rows are always
    compared with what is on disk.

    On a SQLite ``Database`` the usual case (the revision unchanged) is written and committed
    on its driver connection, without SQLAlchemy: the same statements and values, the same
    durability (WAL, ``synchronous=FULL``, one commit). The rest — a revision moved on by
    another Clerk, undo and redo of an older copy, a server database — goes through Core.
    """
    mid = after.id
    if mid is None or before.id != mid:
        raise ValueError("commit_change needs two values of the same saved meeting")
    driver = driver_of(source) if current else None
    if driver is not None and _commit_on_driver(driver, before, after, revision):
        return Committed(revision + 1, None)
    with engine_of(source).begin() as conn:
        if current and driver is None:
            rows = rows_for(conn)
            if _moved_on(rows, mid, revision):
                write_change(rows, before, after)
                return Committed(revision + 1, None)
        return _merge(conn, before, after)


def _commit_on_driver(
    driver: sqlite3.Connection, before: Meeting, after: Meeting, revision: int
) -> bool:
    """Write the change and commit it on the bare driver if the revision is still the one the
    copy was read at; False (nothing written) when another Clerk moved it on."""
    assert after.id is not None
    rows = DriverRows(driver)
    driver.execute("BEGIN IMMEDIATE")
    try:
        if not _moved_on(rows, after.id, revision):
            driver.execute("ROLLBACK")
            return False
        write_change(rows, before, after)
        driver.execute("COMMIT")
    except BaseException:
        if driver.in_transaction:
            driver.execute("ROLLBACK")
        raise
    return True


def _moved_on(rows: CoreRows | DriverRows, mid: int, revision: int) -> bool:
    """Move the revision on, in the change's transaction, if it is still the one the copy was
    read at (the usual case: then nobody else has written the meeting since)."""
    now = datetime.now()
    if isinstance(rows, DriverRows):
        return rows.move_on(MEETINGS, mid, revision, now) == 1
    params = {"mid": mid, "seen": revision, "next": revision + 1, "now": now}
    return rows.conn.execute(_move_on(), params).rowcount == 1


@cache
def _move_on() -> Update:
    """UPDATE the meeting's revision if it is still the one the copy was read at; built once,
    so that a key press does not build and hash the statement again."""
    from sqlalchemy import bindparam, update

    meetings = _core_meetings()
    return (
        update(meetings)
        .where(meetings.c.id == bindparam("mid"), meetings.c.revision == bindparam("seen"))
        .values(revision=bindparam("next"), updated_at=bindparam("now"))
    )


def _merge(conn: Connection, before: Meeting, after: Meeting) -> Committed:
    from sqlalchemy import select, update

    MEETINGS = _core_meetings()  # noqa: N806 - the table, as in the statements' other uses
    mid = after.id
    assert mid is not None
    found = (
        conn.execute(
            select(MEETINGS.c.revision, MEETINGS.c.updated_at)
            .where(MEETINGS.c.id == mid)
            .with_for_update()
        )
        .mappings()
        .first()
    )
    if found is None:
        raise NotFound("the meeting was deleted by another Clerk")
    disk = _load(conn, mid)
    clashes = clashing_rows(before, after, disk)
    if clashes:
        raise StaleChange(clashes, disk, int(found["revision"]), found["updated_at"])
    write_change(conn, before, after)
    revision = int(found["revision"]) + 1
    conn.execute(
        update(MEETINGS)
        .where(MEETINGS.c.id == mid)
        .values(revision=revision, updated_at=datetime.now())
    )
    merged = _load(conn, mid)
    numbers = [it.minute_number for it in merged.items if it.minute_number is not None]
    if len(numbers) != len(set(numbers)):  # belt and braces: rolled back with the change
        clash = Clash("items", "", ("minute_number",))
        raise StaleChange([clash], disk, int(found["revision"]), found["updated_at"])
    return Committed(revision, merged)


def rows_of(m: Meeting) -> dict[tuple[str, str], dict]:
    """Every row a meeting is stored as, by (table, key), as ``write_change`` would write it."""
    mid = m.id or 0
    out: dict[tuple[str, str], dict] = {("meetings", ""): meeting_row(m)}
    for table, entities, to_row, key in _entities(m, mid):
        for i, x in enumerate(entities):
            out[(table.name, key(x))] = to_row(x, i)
    return out


def _entities(m: Meeting, mid: int) -> Iterator[tuple]:
    yield PEOPLE, m.people, lambda p, i: person_row(p, mid, i), lambda p: p.id
    yield ITEMS, m.items, lambda it, i: item_row(it, mid, i), lambda it: it.key
    for it in m.items:
        yield (
            SPEAKERS,
            it.speakers,
            lambda s, i, k=it.key: speaker_row(s, k, i),
            lambda s: s.key,
        )
        yield MOTIONS, it.motions, lambda x, i, k=it.key: motion_row(x, k, i), lambda x: x.key
    for attr, table, to_row in MEETING_LISTS:
        yield table, getattr(m, attr), lambda x, i, f=to_row: f(x, mid, i), lambda x: x.key


def _differing(a: dict | None, b: dict | None) -> tuple[str, ...]:
    if a is None or b is None:
        return tuple(sorted((a or b or {}).keys())) if a is not b else ()
    return tuple(k for k in a if k not in _NOT_COMPARED and a.get(k) != b.get(k))


def clashing_rows(before: Meeting, after: Meeting, disk: Meeting) -> list[Clash]:
    """The rows ``before`` → ``after`` touches that are no longer as ``before`` had them."""
    mine, theirs, base = rows_of(after), rows_of(disk), rows_of(before)
    clashes = []
    for where in sorted(set(base) | set(mine)):
        if not _differing(base.get(where), mine.get(where)):
            continue  # the change does not touch this row
        changed = _differing(base.get(where), theirs.get(where))
        if changed or (where in base) != (where in theirs):
            clashes.append(Clash(where[0], where[1], changed))
    # A person's presence is one thing although it is stored as their register mark and their
    # ledger entries: marking apologies on a copy that has not seen another Clerk's arrival
    # for the same person clashes, though the two touch different rows.
    told = {c.key for c in clashes if c.table in ("people", "presence_events")}
    was, now, other = _presence(before), _presence(after), _presence(disk)
    for pid in sorted(set(was) | set(now)):
        if pid in told or now.get(pid) == was.get(pid) or other.get(pid) == was.get(pid):
            continue
        clashes.append(Clash("people", pid, ("attendance",)))
    return clashes


def _presence(m: Meeting) -> dict[str, tuple]:
    """Each person's register mark and ledger entries, to compare a person's presence whole."""
    out: dict[str, tuple] = {p.id: (p.attendance.value,) for p in m.people}
    for e in m.presence:
        out[e.person] = (*out.get(e.person, ()), (e.key, e.kind.value, e.at, e.item_key, e.note))
    return out

"""Meetings in the store: loading, listing, settings and bodies; writing is in ``writing``.

The write functions are re-exported here, so callers have one module to import.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from clerk.domain.model import Meeting
from clerk.errors import NotFound  # noqa: F401 - re-exported
from clerk.store.columns import READ
from clerk.store.db import Source, driver_of, engine_of
from clerk.store.meeting_read import (  # noqa: F401 - re-exported
    _CoreRows,
    _load,
    _meeting_from,
    _motion,
    _SqliteRows,
    load_on_driver,
)
from clerk.store.writing import (  # noqa: F401 - re-exported
    delete_meeting,
    insert_meeting,
    new_row_id,
    save_change,
    write_change,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine


# The tables, part of this module's interface, are SQLAlchemy's and made when first asked for
# (``clerk.store.rows``): a meeting is read on SQLite without importing SQLAlchemy.
def __getattr__(name: str):
    from clerk.store import rows

    if name in rows.CORE_TABLES:
        return getattr(rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class MeetingSummary(NamedTuple):
    """One line of the meetings list (a tuple: years of meetings are listed at once)."""

    id: int
    date: date
    committee: str
    status: str  # "not started", "in progress", "closed"
    body_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.date:%d %b %Y} — {self.committee}"


# -- reading ---------------------------------------------------------------------------------


def load_meeting(source: Source, meeting_id: int) -> Meeting:
    driver = driver_of(source)
    if driver is not None:
        return load_on_driver(driver, meeting_id)
    with engine_of(source).connect() as conn:
        return _load(conn, meeting_id)


def meeting_status(started_at, finished_at) -> str:
    if finished_at is not None:
        return "closed"
    if started_at is not None:
        return "in progress"
    return "not started"


def list_meetings(
    engine: Engine, search: str | None = None, *, limit: int | None = None, offset: int = 0
) -> list[MeetingSummary]:
    """Meetings, newest first; ``search`` keeps those whose committee, items or notes say it.

    ``limit`` and ``offset`` read one page, so a list of years of meetings opens at once.
    """
    from sqlalchemy import String, case, select, type_coerce

    from clerk.store.schema import ITEMS, MEETINGS

    if not search and engine.dialect.name == "sqlite":
        return _list_sqlite(engine, limit, offset)
    # The status is worked out by the database: reading the two times back as datetimes,
    # only to ask whether they are there, was most of the cost of listing years of meetings.
    status = case(
        (MEETINGS.c.finished_at.is_not(None), "closed"),
        (MEETINGS.c.started_at.is_not(None), "in progress"),
        else_="not started",
    )
    # The date is read as the database gives it and made a date here, in C, rather than
    # through the SQLite dialect's parser (PostgreSQL gives a date already).
    day = type_coerce(MEETINGS.c.date, String)
    query = select(MEETINGS.c.id, day, MEETINGS.c.committee, status, MEETINGS.c.body_id).order_by(
        MEETINGS.c.date.desc(), MEETINGS.c.id.desc()
    )
    if search:
        pattern = f"%{_escape_like(search)}%"
        in_items = select(ITEMS.c.meeting_id).where(
            ITEMS.c.title.ilike(pattern, escape="\\")
            | ITEMS.c.narrative.ilike(pattern, escape="\\")
        )
        query = query.where(
            MEETINGS.c.committee.ilike(pattern, escape="\\") | MEETINGS.c.id.in_(in_items)
        )
    with engine.connect() as conn:
        rows = conn.execute(query.limit(limit).offset(offset or None)).all()
    return [
        MeetingSummary(i, d if isinstance(d, date) else date.fromisoformat(d), c, s, b)
        for i, d, c, s, b in rows
    ]


# The whole list on SQLite, in the words of the statement above, run on the driver's own
# connection: building the statement, its result rows and a named tuple's Python constructor
# for each of years of meetings cost more than SQLite's reading them (ten years: 1,500 rows).
_LIST_SQLITE = (
    "SELECT id, date, committee, CASE WHEN finished_at IS NOT NULL THEN 'closed' "
    "WHEN started_at IS NOT NULL THEN 'in progress' ELSE 'not started' END, body_id "
    "FROM meetings ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
)


def _list_sqlite(engine: Engine, limit: int | None, offset: int) -> list[MeetingSummary]:
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        rows = driver.execute(_LIST_SQLITE, (-1 if limit is None else limit, offset)).fetchall()
    day, new = date.fromisoformat, tuple.__new__  # what MeetingSummary._make does, inlined
    return [new(MeetingSummary, (i, day(d), c, s, b)) for i, d, c, s, b in rows]


def has_meetings(source: Source) -> bool:
    """Whether there is any meeting at all (one row read, not the list)."""
    driver = driver_of(source)
    if driver is not None:
        return driver.execute("SELECT id FROM meetings LIMIT 1").fetchone() is not None
    from sqlalchemy import select

    from clerk.store.schema import MEETINGS

    with engine_of(source).connect() as conn:
        return conn.execute(select(MEETINGS.c.id).limit(1)).first() is not None


def has_recordings(source: Source) -> bool:
    """Whether any meeting was ever recorded here (one row read): a start with none has no
    recording to seal or prune, and imports nothing of the recording."""
    driver = driver_of(source)
    if driver is not None:
        found = driver.execute("SELECT 1 FROM recording_segments LIMIT 1").fetchone()
        return found is not None
    from sqlalchemy import select

    from clerk.store.schema import RECORDING_SEGMENTS

    with engine_of(source).connect() as conn:
        return conn.execute(select(RECORDING_SEGMENTS.c.key).limit(1)).first() is not None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- bodies and settings ---------------------------------------------------------------------


def find_or_create_body(conn: Connection, name: str, organisation: str | None, kind: str) -> int:
    from sqlalchemy import insert, select

    from clerk.store.schema import BODIES

    found = conn.execute(
        select(BODIES.c.id).where(
            BODIES.c.name == name,
            BODIES.c.organisation.is_(organisation)
            if organisation is None
            else BODIES.c.organisation == organisation,
        )
    ).first()
    if found:
        return found.id
    return new_row_id(
        conn.execute(
            insert(BODIES).values(name=name, organisation=organisation, kind=kind, membership=[])
        )
    )


def get_setting(source: Source, name: str, default=None):
    driver = driver_of(source)
    if driver is not None:
        found = driver.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return default if found is None else _setting_value(found[0])
    from sqlalchemy import select

    from clerk.store.schema import SETTINGS

    with engine_of(source).connect() as conn:
        value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.name == name)).first()
    return default if value is None else value[0]


def _setting_value(stored):
    """A setting's value as SQLAlchemy's JSON type reads it back."""
    return None if stored is None else READ["json"](stored)


def set_setting(engine: Engine, name: str, value) -> None:
    from sqlalchemy import delete, insert

    from clerk.store.schema import SETTINGS

    with engine.begin() as conn:
        conn.execute(delete(SETTINGS).where(SETTINGS.c.name == name))
        conn.execute(insert(SETTINGS).values(name=name, value=value))


def delete_setting(engine: Engine, name: str) -> None:
    from sqlalchemy import delete

    from clerk.store.schema import SETTINGS

    with engine.begin() as conn:
        conn.execute(delete(SETTINGS).where(SETTINGS.c.name == name))


def all_settings(source: Source) -> dict:
    driver = driver_of(source)
    if driver is not None:
        rows = driver.execute("SELECT name, value FROM settings").fetchall()
        return {name: _setting_value(value) for name, value in rows}
    from sqlalchemy import select

    from clerk.store.schema import SETTINGS

    with engine_of(source).connect() as conn:
        return {r.name: r.value for r in conn.execute(select(SETTINGS))}


def meeting_exists(source: Source, meeting_id: int) -> bool:
    driver = driver_of(source)
    if driver is not None:
        row = driver.execute("SELECT id FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        return row is not None
    from sqlalchemy import select

    from clerk.store.schema import MEETINGS

    with engine_of(source).connect() as conn:
        found = conn.execute(select(MEETINGS.c.id).where(MEETINGS.c.id == meeting_id)).first()
    return found is not None

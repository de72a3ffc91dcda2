"""Meetings in the store: loading, listing, settings and bodies; writing is in ``writing``.

The write functions are re-exported here, so callers have one module to import.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from clerk.domain.formal.quorum import rule_from_value
from clerk.domain.model import (
    Action,
    ActionStatus,
    Adjournment,
    AgendaItem,
    Attendance,
    Continuation,
    Declaration,
    DemocracyOfficer,
    DraftState,
    Exclusion,
    InterestKind,
    ItemKind,
    ItemStatus,
    Meeting,
    MeetingKind,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    PresenceEvent,
    PresenceKind,
    RecordedVote,
    Resolution,
    Rewording,
    Role,
    Speaker,
    Vote,
)
from clerk.errors import NotFound  # noqa: F401 - re-exported
from clerk.store import fastread
from clerk.store.columns import READ, TABLES
from clerk.store.db import Source, driver_of, engine_of
from clerk.store.rows import limits, minutes_version_of
from clerk.store.rowwrite import core_table
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
_CORE_TABLES = (
    "ACTIONS",
    "ADJOURNMENTS",
    "BODIES",
    "CONTINUATIONS",
    "DECLARATIONS",
    "EXCLUSIONS",
    "ITEMS",
    "MEETINGS",
    "MINUTES_VERSIONS",
    "MOTIONS",
    "PEOPLE",
    "PRESENCE",
    "REWORDINGS",
    "SETTINGS",
    "SPEAKERS",
)


def __getattr__(name: str):
    if name in _CORE_TABLES:
        from clerk.store import schema

        return getattr(schema, name)
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


def load_on_driver(driver, meeting_id: int) -> Meeting:
    """The meeting read on a SQLite driver connection, in the caller's transaction."""
    return _meeting_from(_SqliteRows(driver, meeting_id))


def _load(conn: Connection, meeting_id: int) -> Meeting:
    driver = fastread.driver_of(conn)
    if driver is not None:
        return _meeting_from(_SqliteRows(driver, meeting_id))
    return _meeting_from(_CoreRows(conn, meeting_id))


class _CoreRows:
    """A meeting's rows through Core statements (PostgreSQL)."""

    def __init__(self, conn: Connection, meeting_id: int):
        self.conn, self.meeting_id = conn, meeting_id

    def meeting(self):
        from sqlalchemy import select

        meetings = core_table(TABLES["meetings"])
        query = select(meetings).where(meetings.c.id == self.meeting_id)
        return self.conn.execute(query).mappings().first()

    def of_meeting(self, plain):
        from sqlalchemy import select

        table = core_table(plain)
        query = select(table).where(table.c.meeting_id == self.meeting_id)
        return self.conn.execute(query.order_by(table.c.position)).mappings()

    def of_items(self, plain):
        from sqlalchemy import select

        items, table = core_table(TABLES["items"]), core_table(plain)
        keys = select(items.c.key).where(items.c.meeting_id == self.meeting_id)
        query = select(table).where(table.c.item_key.in_(keys)).order_by(table.c.position)
        return self.conn.execute(query).mappings()


class _SqliteRows:
    """The same rows on SQLite, read on the driver's connection (``fastread``)."""

    readers: dict[str, fastread.TableReader] = {}

    def __init__(self, driver, meeting_id: int):
        self.driver, self.meeting_id = driver, meeting_id

    def _read(self, table, make):
        reader = self.readers.get(table.name)
        if reader is None:
            reader = self.readers[table.name] = make(table)
        return reader.rows(self.driver, self.meeting_id)

    def meeting(self):
        found = self._read(
            TABLES["meetings"], lambda t: fastread.TableReader(t, "id = ?", order=None)
        )
        return found[0] if found else None

    def of_meeting(self, table):
        return self._read(table, fastread.by_meeting)

    def of_items(self, table):
        return self._read(table, fastread.by_item)


def _meeting_from(source: _CoreRows | _SqliteRows) -> Meeting:
    meeting_id = source.meeting_id
    row = source.meeting()
    if row is None:
        raise NotFound(f"there is no meeting {meeting_id}")
    rows = source.of_meeting

    people = tuple(
        Person(
            id=r["id"],
            role=Role(r["role"]),
            attendance=Attendance(r["attendance"]),
            title=r["title"],
            forename=r["forename"],
            initials=r["initials"],
            surname=r["surname"],
            name=r["name"],
            capacity=r["capacity"],
            substitute_for=r["substitute_for"],
            remote=bool(r["remote"]),
            ward=r["ward"],
            post_nominals=r["post_nominals"],
            in_part=bool(r["in_part"]),
            apology_reason=r["apology_reason"],
            attendance_note=r["attendance_note"],
        )
        for r in rows(TABLES["people"])
    )
    item_rows = list(rows(TABLES["items"]))
    keys = [r["key"] for r in item_rows]
    speakers: dict[str, list[Speaker]] = {k: [] for k in keys}
    motions: dict[str, list[Motion]] = {k: [] for k in keys}
    if keys:
        for r in source.of_items(TABLES["speakers"]):
            speakers[r["item_key"]].append(
                Speaker(
                    r["name"],
                    r["capacity"],
                    r["summary"],
                    key=r["key"],
                    started_at=r["started_at"],
                    ended_at=r["ended_at"],
                )
            )
        for r in source.of_items(TABLES["motions"]):
            motions[r["item_key"]].append(_motion(r))
    items = tuple(
        AgendaItem(
            agenda_number=r["agenda_number"],
            title=r["title"],
            kind=ItemKind(r["kind"]),
            status=ItemStatus(r["status"]),
            pages=(r["page_first"], r["page_last"]) if r["page_first"] is not None else None,
            description=r["description"],
            exempt=r["exempt"],
            exempt_paragraph=r["exempt_paragraph"],
            planned_minutes=r["planned_minutes"],
            minute_number=r["minute_number"],
            started_at=r["started_at"],
            ended_at=r["ended_at"],
            narrative=r["narrative"],
            speakers=tuple(speakers[r["key"]]),
            motions=tuple(motions[r["key"]]),
            resolution=(
                Resolution(tuple(r["resolution_parts"]), r["resolution_reason"])
                if r["resolution_parts"] is not None
                else None
            ),
            key=r["key"],
            time_limit_minutes=r["time_limit_minutes"],
            drafting=DraftState(r["drafting"] or DraftState.NOTES),
            approves_meeting=r["approves_meeting"],
            approval=tuple(r["approval"]) if r["approval"] is not None else None,
        )
        for r in item_rows
    )
    declarations = tuple(
        Declaration(
            person=r["person"],
            kind=InterestKind(r["kind"]),
            item_keys=tuple(r["item_keys"]),
            nature=r["nature"],
            left_room=r["left_room"],
            key=r["key"],
            made_at=r["made_at"],
        )
        for r in rows(TABLES["declarations"])
    )
    adjournments = tuple(
        Adjournment(r["from_time"], r["to_time"], r["reason"], key=r["key"])
        for r in rows(TABLES["adjournments"])
    )
    actions = tuple(
        Action(
            r["text"],
            r["item_key"],
            r["owner"],
            r["due"],
            key=r["key"],
            status=ActionStatus(r["status"] or "open"),
            note=r["note"],
            origin=r["origin"],
        )
        for r in rows(TABLES["actions"])
    )
    versions = tuple(minutes_version_of(r) for r in rows(TABLES["minutes_versions"]))
    presence = tuple(
        PresenceEvent(
            r["person"],
            PresenceKind(r["kind"]),
            r["at_time"],
            r["item_key"],
            r["note"],
            key=r["key"],
        )
        for r in rows(TABLES["presence_events"])
    )
    continuations = tuple(
        Continuation(r["at_time"], r["until_time"], r["item_key"], key=r["key"])
        for r in rows(TABLES["continuations"])
    )
    exclusions = tuple(
        Exclusion(
            r["from_time"],
            r["to_time"],
            tuple(r["paragraphs"]),
            tuple(r["item_keys"]),
            r["resolved_at_item"],
            key=r["key"],
        )
        for r in rows(TABLES["exclusions"])
    )
    rewordings = tuple(
        Rewording(r["source"], r["text"], r["original"], r["item_key"], key=r["key"])
        for r in rows(TABLES["rewordings"])
    )
    officer = (
        DemocracyOfficer(row["officer_name"], row["officer_phone"], row["officer_email"])
        if row["officer_name"] is not None
        else None
    )
    return Meeting(
        committee=row["committee"],
        date=row["date"],
        kind=MeetingKind(row["kind"]),
        organisation=row["organisation"],
        scheduled_time=row["scheduled_time"],
        venue=row["venue"],
        first_minute_number=row["first_minute_number"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        democracy_officer=officer,
        people=people,
        declarations=declarations,
        items=items,
        adjournments=adjournments,
        actions=actions,
        current_item=row["current_item"],
        id=row["id"],
        presence=presence,
        quorum=rule_from_value(row["quorum"]) if row["quorum"] is not None else None,
        time_limits=limits(row["time_limits"]),
        continuations=continuations,
        exclusions=exclusions,
        public_count=row["public_count"],
        rewordings=rewordings,
        minutes_versions=versions,
        minutes_signed_at=row["minutes_signed_at"],
        meeting_type=row["meeting_type"],
        apologies_accepted=row["apologies_accepted"],
    )


def _motion(r) -> Motion:
    vote = None
    if r["has_vote"]:
        rec = r["recorded"]
        vote = Vote(
            for_=r["votes_for"],
            against=r["votes_against"],
            abstain=r["votes_abstain"],
            recorded=(
                RecordedVote(
                    tuple(rec["for"]),
                    tuple(rec["against"]),
                    tuple(rec["abstain"]),
                    tuple(rec.get("did_not_vote", ())),
                )
                if rec is not None
                else None
            ),
            casting_vote=r["casting_vote"],
            casting_side=r["casting_side"],
            unanimous=bool(r["unanimous"]),
        )
    return Motion(
        text=r["text"],
        kind=MotionKind(r["kind"]),
        mover=r["mover"],
        seconder=r["seconder"],
        result=MotionResult(r["result"]),
        vote=vote,
        key=r["key"],
        moved_at=r["moved_at"],
        voted_at=r["voted_at"],
    )


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

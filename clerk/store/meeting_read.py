"""Reading one meeting's rows back as the domain's ``Meeting``: on SQLite from fixed
statements on the driver's connection (``clerk.store.fastread``, no SQLAlchemy), elsewhere
through Core statements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from clerk.errors import NotFound
from clerk.store import fastread
from clerk.store.columns import TABLES
from clerk.store.rows import limits, minutes_version_of
from clerk.store.rowwrite import core_table

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


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

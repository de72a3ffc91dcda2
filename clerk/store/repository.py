"""Reading and writing meetings.

``save_change(before, after)`` is the heart of it: given two values of the same meeting, it
writes in one transaction only the rows whose entity is no longer the same object (the domain's
values are immutable and share what did not change), so a clerk's action costs a row or two,
and undo is the same call with the values swapped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from clerk.domain.formal.quorum import rule_from_value, rule_to_value
from clerk.domain.model import (
    Action,
    Adjournment,
    AgendaItem,
    Attendance,
    Continuation,
    Declaration,
    DemocracyOfficer,
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
    Role,
    Speaker,
    TimeLimits,
    Vote,
)
from clerk.store.schema import (
    ActionRow,
    AdjournmentRow,
    Body,
    ContinuationRow,
    DeclarationRow,
    ExclusionRow,
    ItemRow,
    MeetingRow,
    MotionRow,
    PersonRow,
    PresenceRow,
    Setting,
    SpeakerRow,
)

MEETINGS = MeetingRow.__table__
PEOPLE = PersonRow.__table__
ITEMS = ItemRow.__table__
SPEAKERS = SpeakerRow.__table__
MOTIONS = MotionRow.__table__
DECLARATIONS = DeclarationRow.__table__
ADJOURNMENTS = AdjournmentRow.__table__
ACTIONS = ActionRow.__table__
BODIES = Body.__table__
SETTINGS = Setting.__table__
PRESENCE = PresenceRow.__table__
CONTINUATIONS = ContinuationRow.__table__
EXCLUSIONS = ExclusionRow.__table__


class NotFound(LookupError):
    pass


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    date: date
    committee: str
    status: str  # "not started", "in progress", "closed"
    body_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.date:%d %b %Y} — {self.committee}"


# -- rows <-> values ------------------------------------------------------------------------


def _meeting_row(m: Meeting) -> dict:
    o = m.democracy_officer
    return {
        "committee": m.committee,
        "kind": m.kind.value,
        "date": m.date,
        "organisation": m.organisation,
        "scheduled_time": m.scheduled_time,
        "venue": m.venue,
        "first_minute_number": m.first_minute_number,
        "started_at": m.started_at,
        "finished_at": m.finished_at,
        "officer_name": o.name if o else None,
        "officer_phone": o.phone if o else None,
        "officer_email": o.email if o else None,
        "current_item": m.current_item,
        "updated_at": datetime.now(),
        "quorum": rule_to_value(m.quorum) if m.quorum is not None else None,
        "time_limits": _limits_value(m.time_limits),
    }


def _limits_value(limits: TimeLimits | None) -> dict | None:
    if limits is None:
        return None
    return {
        "speaker_minutes": limits.speaker_minutes,
        "meeting_minutes": limits.meeting_minutes,
        "warn_before_minutes": limits.warn_before_minutes,
    }


def _limits(value: dict | None) -> TimeLimits | None:
    if value is None:
        return None
    return TimeLimits(
        value.get("speaker_minutes"),
        value.get("meeting_minutes"),
        value.get("warn_before_minutes", TimeLimits().warn_before_minutes),
    )


def _person_row(p: Person, meeting_id: int, position: int) -> dict:
    return {
        "meeting_id": meeting_id,
        "id": p.id,
        "position": position,
        "role": p.role.value,
        "attendance": p.attendance.value,
        "title": p.title,
        "forename": p.forename,
        "initials": p.initials,
        "surname": p.surname,
        "name": p.name,
        "capacity": p.capacity,
        "substitute_for": p.substitute_for,
        "arrived_at": p.arrived_at,
        "left_at": p.left_at,
        "left_note": p.left_note,
    }


def _item_row(it: AgendaItem, meeting_id: int, position: int) -> dict:
    r = it.resolution
    return {
        "key": it.key,
        "meeting_id": meeting_id,
        "position": position,
        "agenda_number": it.agenda_number,
        "title": it.title,
        "kind": it.kind.value,
        "status": it.status.value,
        "page_first": it.pages[0] if it.pages else None,
        "page_last": it.pages[1] if it.pages else None,
        "description": it.description,
        "exempt": it.exempt,
        "exempt_paragraph": it.exempt_paragraph,
        "planned_minutes": it.planned_minutes,
        "minute_number": it.minute_number,
        "started_at": it.started_at,
        "ended_at": it.ended_at,
        "narrative": it.narrative,
        "resolution_parts": list(r.parts) if r else None,
        "resolution_reason": r.reason if r else None,
        "time_limit_minutes": it.time_limit_minutes,
    }


def _speaker_row(s: Speaker, item_key: str, position: int) -> dict:
    return {
        "key": s.key,
        "item_key": item_key,
        "position": position,
        "name": s.name,
        "capacity": s.capacity,
        "summary": s.summary,
        "started_at": s.started_at,
        "ended_at": s.ended_at,
    }


def _motion_row(m: Motion, item_key: str, position: int) -> dict:
    v = m.vote
    rec = v.recorded if v else None
    return {
        "key": m.key,
        "item_key": item_key,
        "position": position,
        "kind": m.kind.value,
        "text": m.text,
        "mover": m.mover,
        "seconder": m.seconder,
        "result": m.result.value,
        "has_vote": v is not None,
        "votes_for": v.for_ if v else 0,
        "votes_against": v.against if v else 0,
        "votes_abstain": v.abstain if v else 0,
        "recorded": (
            {
                "for": list(rec.for_),
                "against": list(rec.against),
                "abstain": list(rec.abstain),
                "did_not_vote": list(rec.did_not_vote),
            }
            if rec
            else None
        ),
        "casting_vote": v.casting_vote if v else None,
        "casting_side": v.casting_side if v else None,
        "moved_at": m.moved_at,
        "voted_at": m.voted_at,
    }


def _declaration_row(d: Declaration, meeting_id: int, position: int) -> dict:
    return {
        "key": d.key,
        "meeting_id": meeting_id,
        "position": position,
        "person": d.person,
        "kind": d.kind.value,
        "item_keys": list(d.item_keys),
        "nature": d.nature,
        "left_room": d.left_room,
        "made_at": d.made_at,
    }


def _adjournment_row(a: Adjournment, meeting_id: int, position: int) -> dict:
    return {
        "key": a.key,
        "meeting_id": meeting_id,
        "position": position,
        "from_time": a.from_,
        "to_time": a.to,
        "reason": a.reason,
    }


def _presence_row(e: PresenceEvent, meeting_id: int, position: int) -> dict:
    return {
        "key": e.key,
        "meeting_id": meeting_id,
        "position": position,
        "person": e.person,
        "kind": e.kind.value,
        "at_time": e.at,
        "item_key": e.item_key,
        "note": e.note,
    }


def _continuation_row(c: Continuation, meeting_id: int, position: int) -> dict:
    return {
        "key": c.key,
        "meeting_id": meeting_id,
        "position": position,
        "at_time": c.at,
        "until_time": c.until,
        "item_key": c.item_key,
    }


def _exclusion_row(x: Exclusion, meeting_id: int, position: int) -> dict:
    return {
        "key": x.key,
        "meeting_id": meeting_id,
        "position": position,
        "from_time": x.from_,
        "to_time": x.to,
        "paragraphs": list(x.paragraphs),
        "item_keys": list(x.item_keys),
        "resolved_at_item": x.resolved_at_item,
    }


def _action_row(a: Action, meeting_id: int, position: int) -> dict:
    return {
        "key": a.key,
        "meeting_id": meeting_id,
        "position": position,
        "item_key": a.item_key,
        "text": a.text,
        "owner": a.owner,
        "due": a.due,
    }


# -- reading ---------------------------------------------------------------------------------


def load_meeting(engine: Engine, meeting_id: int) -> Meeting:
    with engine.connect() as conn:
        return _load(conn, meeting_id)


def _load(conn: Connection, meeting_id: int) -> Meeting:
    row = conn.execute(select(MEETINGS).where(MEETINGS.c.id == meeting_id)).mappings().first()
    if row is None:
        raise NotFound(f"there is no meeting {meeting_id}")

    def rows(table, *where):
        return conn.execute(select(table).where(*where).order_by(table.c.position)).mappings()

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
            arrived_at=r["arrived_at"],
            left_at=r["left_at"],
            left_note=r["left_note"],
        )
        for r in rows(PEOPLE, PEOPLE.c.meeting_id == meeting_id)
    )
    item_rows = list(rows(ITEMS, ITEMS.c.meeting_id == meeting_id))
    keys = [r["key"] for r in item_rows]
    speakers: dict[str, list[Speaker]] = {k: [] for k in keys}
    motions: dict[str, list[Motion]] = {k: [] for k in keys}
    if keys:
        for r in rows(SPEAKERS, SPEAKERS.c.item_key.in_(keys)):
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
        for r in rows(MOTIONS, MOTIONS.c.item_key.in_(keys)):
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
        for r in rows(DECLARATIONS, DECLARATIONS.c.meeting_id == meeting_id)
    )
    adjournments = tuple(
        Adjournment(r["from_time"], r["to_time"], r["reason"], key=r["key"])
        for r in rows(ADJOURNMENTS, ADJOURNMENTS.c.meeting_id == meeting_id)
    )
    actions = tuple(
        Action(r["text"], r["item_key"], r["owner"], r["due"], key=r["key"])
        for r in rows(ACTIONS, ACTIONS.c.meeting_id == meeting_id)
    )
    presence = tuple(
        PresenceEvent(
            r["person"],
            PresenceKind(r["kind"]),
            r["at_time"],
            r["item_key"],
            r["note"],
            key=r["key"],
        )
        for r in rows(PRESENCE, PRESENCE.c.meeting_id == meeting_id)
    )
    continuations = tuple(
        Continuation(r["at_time"], r["until_time"], r["item_key"], key=r["key"])
        for r in rows(CONTINUATIONS, CONTINUATIONS.c.meeting_id == meeting_id)
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
        for r in rows(EXCLUSIONS, EXCLUSIONS.c.meeting_id == meeting_id)
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
        time_limits=_limits(row["time_limits"]),
        continuations=continuations,
        exclusions=exclusions,
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


def list_meetings(engine: Engine, search: str | None = None) -> list[MeetingSummary]:
    """Meetings, newest first; ``search`` keeps those whose committee, items or notes say it."""
    query = select(
        MEETINGS.c.id,
        MEETINGS.c.date,
        MEETINGS.c.committee,
        MEETINGS.c.started_at,
        MEETINGS.c.finished_at,
        MEETINGS.c.body_id,
    ).order_by(MEETINGS.c.date.desc(), MEETINGS.c.id.desc())
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
        return [
            MeetingSummary(
                r.id, r.date, r.committee, meeting_status(r.started_at, r.finished_at), r.body_id
            )
            for r in conn.execute(query)
        ]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- writing ---------------------------------------------------------------------------------


def insert_meeting(engine: Engine, meeting: Meeting, body_id: int | None = None) -> Meeting:
    """Save a new meeting with everything in it, in one transaction; returns it with its id."""
    with engine.begin() as conn:
        row = _meeting_row(meeting)
        row["body_id"] = body_id
        meeting_id = conn.execute(insert(MEETINGS).values(**row)).inserted_primary_key[0]
        saved = _with_id(meeting, meeting_id)
        _write_all(conn, saved)
        return saved


def _with_id(meeting: Meeting, meeting_id: int) -> Meeting:
    from dataclasses import replace

    return replace(meeting, id=meeting_id)


def _write_all(conn: Connection, m: Meeting) -> None:
    mid = m.id
    _insert_many(conn, PEOPLE, [_person_row(p, mid, i) for i, p in enumerate(m.people)])
    _insert_many(conn, ITEMS, [_item_row(it, mid, i) for i, it in enumerate(m.items)])
    _insert_many(
        conn,
        SPEAKERS,
        [_speaker_row(s, it.key, i) for it in m.items for i, s in enumerate(it.speakers)],
    )
    _insert_many(
        conn,
        MOTIONS,
        [_motion_row(x, it.key, i) for it in m.items for i, x in enumerate(it.motions)],
    )
    _insert_many(
        conn, DECLARATIONS, [_declaration_row(d, mid, i) for i, d in enumerate(m.declarations)]
    )
    _insert_many(
        conn, ADJOURNMENTS, [_adjournment_row(a, mid, i) for i, a in enumerate(m.adjournments)]
    )
    _insert_many(conn, ACTIONS, [_action_row(a, mid, i) for i, a in enumerate(m.actions)])
    _insert_many(conn, PRESENCE, [_presence_row(e, mid, i) for i, e in enumerate(m.presence)])
    _insert_many(
        conn,
        CONTINUATIONS,
        [_continuation_row(c, mid, i) for i, c in enumerate(m.continuations)],
    )
    _insert_many(conn, EXCLUSIONS, [_exclusion_row(x, mid, i) for i, x in enumerate(m.exclusions)])


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


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
        ITEMS,
        PEOPLE,
        DECLARATIONS,
        ADJOURNMENTS,
        ACTIONS,
        PRESENCE,
        CONTINUATIONS,
        EXCLUSIONS,
    ):
        conn.execute(delete(table).where(table.c.meeting_id == meeting_id))


def replace_meeting(engine: Engine, meeting: Meeting) -> None:
    """Write the whole meeting again (used by recovery tools, not by everyday actions)."""
    with engine.begin() as conn:
        _delete_children(conn, meeting.id)
        conn.execute(
            update(MEETINGS).where(MEETINGS.c.id == meeting.id).values(**_meeting_row(meeting))
        )
        _write_all(conn, meeting)


def save_change(engine: Engine, before: Meeting, after: Meeting) -> None:
    """Write what differs between two values of one meeting, in one transaction."""
    if before is after:
        return
    if before.id != after.id or after.id is None:
        raise ValueError("save_change needs two values of the same saved meeting")
    with engine.begin() as conn:
        write_change(conn, before, after)


def write_change(conn: Connection, before: Meeting, after: Meeting) -> None:
    mid = after.id
    if _scalars_differ(before, after):
        conn.execute(update(MEETINGS).where(MEETINGS.c.id == mid).values(**_meeting_row(after)))
    if before.people is not after.people:
        _sync(
            conn,
            PEOPLE,
            before.people,
            after.people,
            key=lambda p: p.id,
            to_row=lambda p, i: _person_row(p, mid, i),
            where_key=lambda k: (PEOPLE.c.meeting_id == mid) & (PEOPLE.c.id == k),
        )
    if before.items is not after.items:
        changed = _sync(
            conn,
            ITEMS,
            before.items,
            after.items,
            key=lambda it: it.key,
            to_row=lambda it, i: _item_row(it, mid, i),
            where_key=lambda k: ITEMS.c.key == k,
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
                    to_row=lambda s, i, k=it.key: _speaker_row(s, k, i),
                    where_key=lambda k: SPEAKERS.c.key == k,
                )
            if prev.motions is not it.motions:
                _sync(
                    conn,
                    MOTIONS,
                    prev.motions,
                    it.motions,
                    key=lambda x: x.key,
                    to_row=lambda x, i, k=it.key: _motion_row(x, k, i),
                    where_key=lambda k: MOTIONS.c.key == k,
                )
        for it in after.items:
            if it.key not in old:
                _insert_many(
                    conn, SPEAKERS, [_speaker_row(s, it.key, i) for i, s in enumerate(it.speakers)]
                )
                _insert_many(
                    conn, MOTIONS, [_motion_row(x, it.key, i) for i, x in enumerate(it.motions)]
                )
    for attr, table, to_row in (
        ("declarations", DECLARATIONS, _declaration_row),
        ("adjournments", ADJOURNMENTS, _adjournment_row),
        ("actions", ACTIONS, _action_row),
        ("presence", PRESENCE, _presence_row),
        ("continuations", CONTINUATIONS, _continuation_row),
        ("exclusions", EXCLUSIONS, _exclusion_row),
    ):
        a, b = getattr(before, attr), getattr(after, attr)
        if a is not b:
            _sync(
                conn,
                table,
                a,
                b,
                key=lambda x: x.key,
                to_row=lambda x, i, f=to_row: f(x, mid, i),
                where_key=lambda k, t=table: t.c.key == k,
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
)


def _scalars_differ(a: Meeting, b: Meeting) -> bool:
    return any(getattr(a, f) != getattr(b, f) for f in _SCALARS)


def _sync(conn, table, before: Sequence, after: Sequence, *, key, to_row, where_key, children=()):
    """Make ``table`` hold ``after`` where it held ``before``; returns the entities updated."""
    old = {key(x): (i, x) for i, x in enumerate(before)}
    new_keys = {key(x) for x in after}
    gone = [k for k in old if k not in new_keys]
    for k in gone:
        for child in children:
            conn.execute(delete(child).where(child.c.item_key == k))
        conn.execute(delete(table).where(where_key(k)))
    updated = []
    for i, x in enumerate(after):
        k = key(x)
        if k not in old:
            conn.execute(insert(table).values(**to_row(x, i)))
            continue
        j, y = old[k]
        if y is x and i == j:
            continue
        if y != x or i != j:
            conn.execute(update(table).where(where_key(k)).values(**to_row(x, i)))
            updated.append(x)
    return updated


# -- bodies and settings ---------------------------------------------------------------------


def find_or_create_body(conn: Connection, name: str, organisation: str | None, kind: str) -> int:
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
    return conn.execute(
        insert(BODIES).values(name=name, organisation=organisation, kind=kind, membership=[])
    ).inserted_primary_key[0]


def get_setting(engine: Engine, name: str, default=None):
    with engine.connect() as conn:
        value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.name == name)).first()
    return default if value is None else value[0]


def set_setting(engine: Engine, name: str, value) -> None:
    with engine.begin() as conn:
        conn.execute(delete(SETTINGS).where(SETTINGS.c.name == name))
        conn.execute(insert(SETTINGS).values(name=name, value=value))


def all_settings(engine: Engine) -> dict:
    with engine.connect() as conn:
        return {r.name: r.value for r in conn.execute(select(SETTINGS))}


def meeting_ids(engine: Engine) -> Iterable[int]:
    with engine.connect() as conn:
        return [r.id for r in conn.execute(select(MEETINGS.c.id))]

"""Domain values as table rows: one function per kind of thing, used when writing."""

from __future__ import annotations

from datetime import datetime

from clerk.domain.formal.quorum import rule_to_value
from clerk.domain.model import (
    Action,
    Adjournment,
    AgendaItem,
    Continuation,
    Declaration,
    Exclusion,
    Meeting,
    MinutesVersion,
    Motion,
    Person,
    PresenceEvent,
    Rewording,
    Speaker,
    TimeLimits,
)
from clerk.store.columns import TABLES

# The SQLAlchemy tables, imported from here by the store's Core statements, are made when first
# asked for (``__getattr__``): this module is on the way to every meeting read and saved on
# SQLite without SQLAlchemy.
CORE_TABLES = (
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
    if name in CORE_TABLES:
        from clerk.store import schema

        return getattr(schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def meeting_row(m: Meeting) -> dict:
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
        "time_limits": limits_value(m.time_limits),
        "public_count": m.public_count,
        "minutes_signed_at": m.minutes_signed_at,
        "meeting_type": m.meeting_type,
        "apologies_accepted": m.apologies_accepted,
    }


def limits_value(limits: TimeLimits | None) -> dict | None:
    if limits is None:
        return None
    return {
        "speaker_minutes": limits.speaker_minutes,
        "meeting_minutes": limits.meeting_minutes,
        "warn_before_minutes": limits.warn_before_minutes,
    }


def limits(value: dict | None) -> TimeLimits | None:
    if value is None:
        return None
    return TimeLimits(
        value.get("speaker_minutes"),
        value.get("meeting_minutes"),
        value.get("warn_before_minutes", TimeLimits().warn_before_minutes),
    )


def person_row(p: Person, meeting_id: int, position: int) -> dict:
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
        "remote": p.remote or None,
        "ward": p.ward,
        "post_nominals": p.post_nominals,
        "in_part": p.in_part or None,
        "apology_reason": p.apology_reason,
        "attendance_note": p.attendance_note,
    }


def item_row(it: AgendaItem, meeting_id: int, position: int) -> dict:
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
        "drafting": it.drafting.value,
        "approves_meeting": it.approves_meeting,
        "approval": list(it.approval) if it.approval is not None else None,
    }


def speaker_row(s: Speaker, item_key: str, position: int) -> dict:
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


def motion_row(m: Motion, item_key: str, position: int) -> dict:
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
        "unanimous": (v.unanimous or None) if v else None,
        "moved_at": m.moved_at,
        "voted_at": m.voted_at,
    }


def declaration_row(d: Declaration, meeting_id: int, position: int) -> dict:
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


def adjournment_row(a: Adjournment, meeting_id: int, position: int) -> dict:
    return {
        "key": a.key,
        "meeting_id": meeting_id,
        "position": position,
        "from_time": a.from_,
        "to_time": a.to,
        "reason": a.reason,
    }


def presence_row(e: PresenceEvent, meeting_id: int, position: int) -> dict:
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


def continuation_row(c: Continuation, meeting_id: int, position: int) -> dict:
    return {
        "key": c.key,
        "meeting_id": meeting_id,
        "position": position,
        "at_time": c.at,
        "until_time": c.until,
        "item_key": c.item_key,
    }


def exclusion_row(x: Exclusion, meeting_id: int, position: int) -> dict:
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


def action_row(a: Action, meeting_id: int, position: int) -> dict:
    return {
        "key": a.key,
        "meeting_id": meeting_id,
        "position": position,
        "item_key": a.item_key,
        "text": a.text,
        "owner": a.owner,
        "due": a.due,
        "status": a.status.value,
        "note": a.note,
        "origin": a.origin,
    }


def minutes_version_row(v: MinutesVersion, meeting_id: int, position: int) -> dict:
    return {
        "key": v.key,
        "meeting_id": meeting_id,
        "position": position,
        "number": v.number,
        "made_at": v.made_at,
        "sha256": v.sha256,
        "final": v.final,
        "file_name": v.file_name,
        "sent_at": v.sent_at,
    }


def minutes_version_of(r) -> MinutesVersion:
    """A ``minutes_versions`` row (a mapping) back as the domain's value."""
    return MinutesVersion(
        r["number"],
        r["made_at"],
        r["sha256"],
        bool(r["final"]),
        r["file_name"],
        r["sent_at"],
        key=r["key"],
    )


def rewording_row(r: Rewording, meeting_id: int, position: int) -> dict:
    return {
        "key": r.key,
        "meeting_id": meeting_id,
        "position": position,
        "item_key": r.item_key,
        "source": r.source,
        "text": r.text,
        "original": r.original,
    }


#: The meeting's own lists kept one row per entry in a table of their own, with the function
#: that makes an entry's row: ``(Meeting attribute, table, row(entry, meeting id, position))``
#: (the table in its plain form, ``clerk.store.columns``).
#: Writing, updating and comparing a meeting all walk this one list.
MEETING_LISTS = (
    ("declarations", TABLES["declarations"], declaration_row),
    ("adjournments", TABLES["adjournments"], adjournment_row),
    ("actions", TABLES["actions"], action_row),
    ("presence", TABLES["presence_events"], presence_row),
    ("continuations", TABLES["continuations"], continuation_row),
    ("exclusions", TABLES["exclusions"], exclusion_row),
    ("rewordings", TABLES["rewordings"], rewording_row),
    ("minutes_versions", TABLES["minutes_versions"], minutes_version_row),
)

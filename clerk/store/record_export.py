"""Writing the canonical ``clerk.meeting/1`` record of a meeting (see ``record``)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from clerk.domain.formal import presence as ledger
from clerk.domain.model import AgendaItem, Meeting
from clerk.store.record_drafting import write_rewordings
from clerk.store.record_formal import write_formal

FORMAT = "clerk.meeting/1"


def _put(out: dict, key: str, value: Any) -> None:
    if value is not None and value != () and value != []:
        out[key] = value


def record_from_meeting(meeting: Meeting) -> dict:
    """The canonical ``clerk.meeting/1`` record of a meeting (a JSON-ready dict)."""
    day = meeting.date

    def t(moment: datetime | None) -> str | None:
        if moment is None:
            return None
        if moment.date() == day and moment.second == 0 and moment.microsecond == 0:
            return f"{moment.hour:02d}:{moment.minute:02d}"
        return moment.isoformat(timespec="seconds")

    numbers = {it.key: it.agenda_number for it in meeting.items}
    out: dict[str, Any] = {
        "format": FORMAT,
        "organisation": meeting.organisation,
        "committee": meeting.committee,
        "kind": meeting.kind.value,
        "date": day.isoformat(),
        "scheduled_time": (
            f"{meeting.scheduled_time.hour:02d}:{meeting.scheduled_time.minute:02d}"
            if meeting.scheduled_time
            else None
        ),
        "venue": meeting.venue,
        "first_minute_number": meeting.first_minute_number,
        "started_at": t(meeting.started_at),
        "finished_at": t(meeting.finished_at),
    }
    if meeting.public_count is not None:
        out["public_count"] = meeting.public_count
    _put(out, "meeting_type", meeting.meeting_type)
    _put(out, "apologies_accepted", meeting.apologies_accepted)
    _put(out, "minutes_signed_at", t(meeting.minutes_signed_at))
    versions = []
    for v in meeting.minutes_versions:
        vrow: dict[str, Any] = {"number": v.number, "made_at": t(v.made_at), "sha256": v.sha256}
        if v.final:
            vrow["final"] = True
        _put(vrow, "file_name", v.file_name)
        _put(vrow, "sent_at", t(v.sent_at))
        versions.append(vrow)
    _put(out, "minutes_versions", versions)
    if meeting.democracy_officer is not None:
        o = meeting.democracy_officer
        officer: dict[str, Any] = {"name": o.name}
        _put(officer, "phone", o.phone)
        _put(officer, "email", o.email)
        out["democracy_officer"] = officer
    people = []
    said: set[str] = set()  # the ledger entries the people's simple fields carry
    for p in meeting.people:
        row: dict[str, Any] = {"id": p.id}
        for key in ("title", "forename", "initials", "surname", "name"):
            _put(row, key, getattr(p, key))
        row["role"] = p.role.value
        row["attendance"] = ledger.attendance_of(meeting, p).value
        _put(row, "capacity", p.capacity)
        _put(row, "substitute_for", p.substitute_for)
        # A late arrival and a departure the simple fields say whole are written there, and
        # only there; any other comings and goings are the record's presence list.
        simple = ledger.simple_moves(meeting, p)
        if simple:
            said.update(e.key for e in simple)
            moves = ledger.moves_of(meeting, p)
            _put(row, "arrived_at", t(moves.arrived_at))
            _put(row, "left_at", t(moves.left_at))
            _put(row, "left_note", moves.left_note)
        if p.remote:
            row["remote"] = True
        _put(row, "ward", p.ward)
        _put(row, "post_nominals", p.post_nominals)
        if p.in_part:
            row["in_part"] = True
        _put(row, "apology_reason", p.apology_reason)
        _put(row, "attendance_note", p.attendance_note)
        people.append(row)
    out["people"] = people
    declarations = []
    for d in meeting.declarations:
        row = {
            "person": d.person,
            "kind": d.kind.value,
            "items": [numbers[k] for k in d.item_keys if k in numbers],
            "nature": d.nature,
        }
        _put(row, "left_room", d.left_room)
        _put(row, "made_at", numbers.get(d.made_at) if d.made_at else None)
        declarations.append(row)
    out["declarations"] = declarations
    out["items"] = [_item_record(it, t) for it in meeting.items]
    _put(
        out,
        "adjournments",
        [
            {
                k: v
                for k, v in (("from", t(a.from_)), ("to", t(a.to)), ("reason", a.reason))
                if v is not None
            }
            for a in meeting.adjournments
        ],
    )
    actions = []
    for a in meeting.actions:
        row = {}
        _put(row, "item", numbers.get(a.item_key) if a.item_key else None)
        row["text"] = a.text
        _put(row, "owner", a.owner)
        _put(row, "due", a.due.isoformat() if a.due else None)
        if a.status.value != "open":
            row["status"] = a.status.value
        _put(row, "note", a.note)
        _put(row, "origin", a.origin)
        actions.append(row)
    _put(out, "actions", actions)
    write_formal(out, meeting, t, numbers, said)
    write_rewordings(out, meeting, numbers)
    return out


def _item_record(it: AgendaItem, t) -> dict:
    row: dict[str, Any] = {
        "agenda_number": it.agenda_number,
        "title": it.title,
        "kind": it.kind.value,
    }
    _put(row, "pages", list(it.pages) if it.pages else None)
    _put(row, "description", it.description)
    _put(row, "exempt", it.exempt)
    _put(row, "exempt_paragraph", it.exempt_paragraph)
    _put(row, "planned_minutes", it.planned_minutes)
    row["status"] = it.status.value
    _put(row, "minute_number", it.minute_number)
    _put(row, "started_at", t(it.started_at))
    _put(row, "ended_at", t(it.ended_at))
    _put(row, "narrative", it.narrative)
    speakers = []
    for s in it.speakers:
        srow: dict[str, Any] = {"name": s.name}
        _put(srow, "capacity", s.capacity)
        _put(srow, "summary", s.summary)
        _put(srow, "started_at", t(s.started_at))
        _put(srow, "ended_at", t(s.ended_at))
        speakers.append(srow)
    _put(row, "speakers", speakers)
    motions = []
    for m in it.motions:
        mrow: dict[str, Any] = {"kind": m.kind.value, "text": m.text}
        _put(mrow, "mover", m.mover)
        _put(mrow, "seconder", m.seconder)
        mrow["result"] = m.result.value
        _put(mrow, "moved_at", t(m.moved_at))
        _put(mrow, "voted_at", t(m.voted_at))
        if m.vote is not None:
            v = m.vote
            vrow: dict[str, Any] = {"for": v.for_, "against": v.against, "abstain": v.abstain}
            if v.recorded is not None:
                vrow["recorded"] = {
                    "for": list(v.recorded.for_),
                    "against": list(v.recorded.against),
                    "abstain": list(v.recorded.abstain),
                }
                _put(vrow["recorded"], "did_not_vote", list(v.recorded.did_not_vote))
            _put(vrow, "casting_vote", v.casting_vote)
            _put(vrow, "casting_side", v.casting_side)
            if v.unanimous:
                vrow["unanimous"] = True
            mrow["vote"] = vrow
        motions.append(mrow)
    _put(row, "motions", motions)
    if it.resolution is not None:
        rrow: dict[str, Any] = {"parts": list(it.resolution.parts)}
        _put(rrow, "reason", it.resolution.reason)
        row["resolution"] = rrow
    _put(row, "time_limit_minutes", it.time_limit_minutes)
    if it.drafting.value != "notes":
        row["drafting"] = it.drafting.value
    _put(row, "approves_meeting", it.approves_meeting)
    if it.approval is not None:
        row["approval"] = {"amendments": list(it.approval)}
    return row


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"

"""The formal-business keys of ``clerk.meeting/1``: presence, quorum, time_limits,
continuations, exclusions.

All are optional: a record without them (every record before them) reads as before, and a
meeting that holds none writes none, so older records round-trip unchanged. Kept apart from
``clerk.store.record`` so that module stays about the core of the format.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from clerk.domain.formal import RuleError
from clerk.domain.formal.presence import check_ledger
from clerk.domain.formal.quorum import rule_from_value, rule_to_value
from clerk.domain.model import (
    Continuation,
    Exclusion,
    Meeting,
    PresenceEvent,
    PresenceKind,
    TimeLimits,
)
from clerk.domain.text import clean_optional


def _error(path: str, message: str):
    from clerk.store.record import RecordError

    return RecordError(path, message)


def _required_time(rd, value, path: str) -> datetime:
    moment = rd.time(value, path)
    if moment is None:
        raise _error(path, "the time is missing")
    return moment


def read_formal(
    data: dict,
    rd,
    person_ref: Callable[[str | None, str], str | None],
    item_ref: Callable[[str, str], str],
) -> dict[str, Any]:
    """The Meeting fields of the formal keys of a record already checked against the schema."""

    def opt_item(number: str | None, path: str) -> str | None:
        return item_ref(number, path) if number is not None else None

    presence = []
    for i, e in enumerate(data.get("presence") or []):
        where = f"presence[{i}]"
        presence.append(
            PresenceEvent(
                person=person_ref(e["person"], f"{where}.person") or "",
                kind=PresenceKind(e["kind"]),
                at=_required_time(rd, e["at"], f"{where}.at"),
                item_key=opt_item(e.get("item"), f"{where}.item"),
                note=clean_optional(e.get("note")),
            )
        )

    quorum = None
    if data.get("quorum") is not None:
        try:
            quorum = rule_from_value(data["quorum"])
        except RuleError as exc:
            raise _error("quorum", str(exc)) from None

    limits = None
    if data.get("time_limits") is not None:
        t = data["time_limits"]
        limits = TimeLimits(
            speaker_minutes=t.get("speaker_minutes"),
            meeting_minutes=t.get("meeting_minutes"),
            warn_before_minutes=t.get("warn_before_minutes", TimeLimits().warn_before_minutes),
        )

    continuations = []
    for i, c in enumerate(data.get("continuations") or []):
        where = f"continuations[{i}]"
        at = _required_time(rd, c["at"], f"{where}.at")
        until = rd.time(c.get("until"), f"{where}.until")
        if until is not None and until <= at:
            raise _error(f"{where}.until", "the meeting can only continue until a later time")
        continuations.append(Continuation(at, until, opt_item(c.get("item"), f"{where}.item")))

    exclusions = []
    for i, x in enumerate(data.get("exclusions") or []):
        where = f"exclusions[{i}]"
        start = _required_time(rd, x["from"], f"{where}.from")
        end = rd.time(x.get("to"), f"{where}.to")
        if end is not None and end < start:
            raise _error(f"{where}.to", "the press and public are readmitted after being excluded")
        exclusions.append(
            Exclusion(
                from_=start,
                to=end,
                paragraphs=tuple(sorted(set(x["paragraphs"]))),
                item_keys=tuple(
                    dict.fromkeys(
                        item_ref(n, f"{where}.items[{k}]") for k, n in enumerate(x["items"])
                    )
                ),
                resolved_at_item=opt_item(x.get("resolved_at"), f"{where}.resolved_at"),
            )
        )
    return {
        "presence": tuple(presence),
        "quorum": quorum,
        "time_limits": limits,
        "continuations": tuple(continuations),
        "exclusions": tuple(exclusions),
    }


def check_formal(meeting: Meeting) -> None:
    """Rules across keys: each person's presence must be a possible sequence of events."""
    if not meeting.presence:
        return
    try:
        check_ledger(meeting, {e.person for e in meeting.presence})
    except RuleError as exc:
        raise _error("presence", str(exc)) from None


def _put(out: dict, key: str, value: Any) -> None:
    if value is not None and value != () and value != []:
        out[key] = value


def write_formal(
    out: dict,
    meeting: Meeting,
    t: Callable[[datetime | None], str | None],
    numbers: dict[str, str],
    said: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Add the formal keys that hold something to a record being written; ``said``: the keys
    of the ledger entries the people's simple fields already carry."""
    presence = []
    for e in meeting.presence:
        if e.key in said:
            continue
        row: dict[str, Any] = {"person": e.person, "kind": e.kind.value, "at": t(e.at)}
        _put(row, "item", numbers.get(e.item_key) if e.item_key else None)
        _put(row, "note", e.note)
        presence.append(row)
    _put(out, "presence", presence)
    if meeting.quorum is not None:
        out["quorum"] = rule_to_value(meeting.quorum)
    if meeting.time_limits is not None:
        limits = meeting.time_limits
        row = {}
        _put(row, "speaker_minutes", limits.speaker_minutes)
        _put(row, "meeting_minutes", limits.meeting_minutes)
        row["warn_before_minutes"] = limits.warn_before_minutes
        out["time_limits"] = row
    continuations = []
    for c in meeting.continuations:
        row = {"at": t(c.at)}
        _put(row, "until", t(c.until))
        _put(row, "item", numbers.get(c.item_key) if c.item_key else None)
        continuations.append(row)
    _put(out, "continuations", continuations)
    exclusions = []
    for x in meeting.exclusions:
        row = {"from": t(x.from_)}
        _put(row, "to", t(x.to))
        row["paragraphs"] = list(x.paragraphs)
        row["items"] = [numbers[k] for k in x.item_keys if k in numbers]
        _put(row, "resolved_at", numbers.get(x.resolved_at_item) if x.resolved_at_item else None)
        exclusions.append(row)
    _put(out, "exclusions", exclusions)

"""The meeting record, format ``clerk.meeting/1``, both ways.

``meeting_from_record`` checks a decoded JSON document against the schema
(``meeting-record.schema.json`` beside this file, the format's reference) and then against the
rules a schema cannot say (ids that must exist, agenda numbers that must be unique, times that
must be real), and builds a ``Meeting``. Any fault raises ``RecordError`` naming the value by its
path, e.g. ``items[3].status: 'done' is not one of 'pending', 'taken', 'deferred', 'withdrawn'``.

``record_from_meeting`` writes the canonical record: the keys the format always has, and the
optional keys only when they hold something. A canonical record read and written again comes
back equal.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from clerk.domain.formal.presence import MOVES, moves_from_fields
from clerk.domain.model import (
    Action,
    ActionStatus,
    Adjournment,
    AgendaItem,
    Attendance,
    Declaration,
    DemocracyOfficer,
    DraftState,
    InterestKind,
    ItemKind,
    ItemStatus,
    Meeting,
    MeetingKind,
    MinutesVersion,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    PresenceEvent,
    RecordedVote,
    Resolution,
    Role,
    Speaker,
    Vote,
)
from clerk.domain.text import clean_optional, clean_text
from clerk.store.record_drafting import read_rewordings
from clerk.store.record_export import FORMAT, dumps, record_from_meeting  # noqa: F401 - re-exported
from clerk.store.record_formal import check_formal, read_formal

SCHEMA_PATH = Path(__file__).with_name("meeting-record.schema.json")


class RecordError(ValueError):
    """A meeting record that cannot be imported; ``str()`` is one line naming the bad value."""

    def __init__(self, path: str, message: str):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


# -- reading ---------------------------------------------------------------------------------


@cache
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _path(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_error(error) -> RecordError:
    path = _path(error.absolute_path)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return RecordError(path, f"unknown key {', '.join(repr(k) for k in extra)}")
    if error.validator == "required":
        return RecordError(path, error.message.replace("is a required property", "is missing"))
    if error.validator == "enum":
        allowed = ", ".join(repr(v) for v in error.validator_value)
        return RecordError(path, f"{_short(error.instance)} is not one of {allowed}")
    if error.validator == "maxLength":
        return RecordError(path, f"text is longer than {error.validator_value:,} characters")
    if error.validator == "pattern":
        return RecordError(path, f"{_short(error.instance)} is not a valid value here")
    if error.validator == "const":
        return RecordError(path, f"{_short(error.instance)} should be {error.validator_value!r}")
    return RecordError(path, _short_message(error.message))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _short_message(message: str) -> str:
    return message if len(message) <= 200 else message[:197] + "…"


def read_record_file(path: Path) -> dict:
    """Read a record file; a file that is missing, not a regular file, past the size limit,
    not UTF-8 or not JSON raises RecordError (``clerk.safefiles`` holds the checks)."""
    from clerk.safefiles import LIMITS, UnsafeFile, read_regular

    try:
        raw = read_regular(path, LIMITS["record"])
    except UnsafeFile as exc:
        raise RecordError("", str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RecordError("", f"{path} is not UTF-8 text") from None
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecordError as exc:
        raise RecordError("", f"{path}: {exc.message}") from None
    except json.JSONDecodeError as exc:
        raise RecordError(
            "", f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise RecordError("", f"{path} is nested too deeply to be a meeting record") from None
    return data


MAX_DIGITS = 15  # every number in a record is far smaller; Python's own limit is 4,300 digits


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise RecordError("", f"a number has {len(digits):,} digits (at most {MAX_DIGITS})")
    return int(digits)


def _no_constant(name: str):
    raise RecordError("", f"{name} is not a number a meeting record may hold")


def _check_counts(data: Any, schema: dict | None = None, path: tuple = ()) -> None:
    """Lists longer than the schema allows are refused before validation, which would
    otherwise look at (and quote) every entry of a list a million long."""
    root = _validator().schema
    schema = root if schema is None else schema
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    if isinstance(data, list):
        most = schema.get("maxItems")
        if most is not None and len(data) > most:
            raise RecordError(
                _path(path), f"{len(data):,} entries, more than the limit of {most:,}"
            )
        inner = schema.get("items")
        if isinstance(inner, dict):
            for i, value in enumerate(data):
                if isinstance(value, dict | list):
                    _check_counts(value, inner, (*path, i))
    elif isinstance(data, dict):
        properties = schema.get("properties", {})
        for key, value in data.items():
            if isinstance(value, dict | list) and key in properties:
                _check_counts(value, properties[key], (*path, key))


class _Reader:
    def __init__(self, day: date):
        self.day = day

    def time(self, value: str | None, path: str) -> datetime | None:
        if value is None:
            return None
        try:
            if len(value) == 5:
                return datetime.combine(self.day, time.fromisoformat(value))
            return datetime.fromisoformat(value)
        except ValueError:
            raise RecordError(path, f"{value!r} is not a valid time") from None


def _day(value: str, path: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RecordError(path, f"{value!r} is not a valid date") from None


def meeting_from_record(data: Any) -> Meeting:
    """Build a Meeting from a decoded record, or raise RecordError."""
    if not isinstance(data, dict):
        raise RecordError("", "a meeting record is a JSON object")
    if data.get("format") != FORMAT:
        raise RecordError("format", f"{_short(data.get('format'))} should be {FORMAT!r}")
    _check_counts(data)
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        import jsonschema

        raise _schema_error(jsonschema.exceptions.best_match(errors))
    day = _day(data["date"], "date")
    rd = _Reader(day)

    people: list[Person] = []
    ids: set[str] = set()
    # The simple arrived_at/left_at/left_note of each person, turned into ledger entries below.
    simple: dict[str, tuple[datetime | None, datetime | None, str | None]] = {}
    for i, p in enumerate(data.get("people") or []):
        where = f"people[{i}]"
        if p["id"] in ids:
            raise RecordError(f"{where}.id", f"{p['id']!r} is used by another person")
        ids.add(p["id"])
        people.append(
            Person(
                id=p["id"],
                role=Role(p.get("role", "member")),
                attendance=Attendance(p.get("attendance", "unknown")),
                title=clean_optional(p.get("title")),
                forename=clean_optional(p.get("forename")),
                initials=clean_optional(p.get("initials")),
                surname=clean_optional(p.get("surname")),
                name=clean_optional(p.get("name")),
                capacity=clean_optional(p.get("capacity")),
                substitute_for=p.get("substitute_for"),
                remote=bool(p.get("remote") or False),
                ward=clean_optional(p.get("ward")),
                post_nominals=clean_optional(p.get("post_nominals")),
                in_part=bool(p.get("in_part") or False),
                apology_reason=clean_optional(p.get("apology_reason")),
                attendance_note=clean_optional(p.get("attendance_note")),
            )
        )
        simple[p["id"]] = (
            rd.time(p.get("arrived_at"), f"{where}.arrived_at"),
            rd.time(p.get("left_at"), f"{where}.left_at"),
            clean_optional(p.get("left_note")),
        )
    for i, p in enumerate(people):
        if p.substitute_for is not None and p.substitute_for not in ids:
            raise RecordError(
                f"people[{i}].substitute_for", f"no person has id {p.substitute_for!r}"
            )

    def person_ref(value: str | None, path: str) -> str | None:
        if value is not None and value not in ids:
            raise RecordError(path, f"no person has id {value!r}")
        return value

    items: list[AgendaItem] = []
    numbers: dict[str, str] = {}
    minute_numbers: dict[int, str] = {}
    for i, it in enumerate(data.get("items") or []):
        where = f"items[{i}]"
        number = it["agenda_number"]
        if number in numbers:
            raise RecordError(f"{where}.agenda_number", f"{number!r} is used by another item")
        minute = it.get("minute_number")
        if minute is not None:
            if minute in minute_numbers:
                raise RecordError(
                    f"{where}.minute_number",
                    f"{minute} is already the minute of item {minute_numbers[minute]}",
                )
            minute_numbers[minute] = number
        pages = it.get("pages")
        if pages is not None and pages[0] > pages[1]:
            raise RecordError(
                f"{where}.pages", f"first page {pages[0]} is after last page {pages[1]}"
            )
        motions = []
        for j, m in enumerate(it.get("motions") or []):
            mw = f"{where}.motions[{j}]"
            vote = None
            if m.get("vote") is not None:
                v = m["vote"]
                recorded = None
                if v.get("recorded") is not None:
                    r = v["recorded"]
                    seen: set[str] = set()
                    for side in ("for", "against", "abstain", "did_not_vote"):
                        for k, pid in enumerate(r.get(side, [])):
                            person_ref(pid, f"{mw}.vote.recorded.{side}[{k}]")
                            if pid in seen:
                                raise RecordError(
                                    f"{mw}.vote.recorded.{side}[{k}]", f"{pid!r} has voted twice"
                                )
                            seen.add(pid)
                    recorded = RecordedVote(
                        tuple(r.get("for", [])),
                        tuple(r.get("against", [])),
                        tuple(r.get("abstain", [])),
                        tuple(r.get("did_not_vote", [])),
                    )
                if v.get("casting_side") is not None and v.get("casting_vote") is None:
                    raise RecordError(
                        f"{mw}.vote.casting_side", "a casting side needs the casting_vote's person"
                    )
                vote = Vote(
                    for_=v.get("for", 0),
                    against=v.get("against", 0),
                    abstain=v.get("abstain", 0),
                    recorded=recorded,
                    casting_vote=person_ref(v.get("casting_vote"), f"{mw}.vote.casting_vote"),
                    casting_side=v.get("casting_side"),
                    unanimous=bool(v.get("unanimous") or False),
                )
            motions.append(
                Motion(
                    text=clean_text(m["text"]),
                    kind=MotionKind(m.get("kind", "motion")),
                    mover=person_ref(m.get("mover"), f"{mw}.mover"),
                    seconder=person_ref(m.get("seconder"), f"{mw}.seconder"),
                    result=MotionResult(m.get("result", "carried")),
                    vote=vote,
                    moved_at=rd.time(m.get("moved_at"), f"{mw}.moved_at"),
                    voted_at=rd.time(m.get("voted_at"), f"{mw}.voted_at"),
                )
            )
        resolution = None
        if it.get("resolution") is not None:
            r = it["resolution"]
            resolution = Resolution(
                tuple(clean_text(x) for x in r["parts"]), clean_optional(r.get("reason"))
            )
        item = AgendaItem(
            agenda_number=number,
            title=clean_text(it["title"]),
            kind=ItemKind(it.get("kind", "other")),
            status=ItemStatus(it.get("status", "pending")),
            pages=tuple(pages) if pages is not None else None,
            description=clean_optional(it.get("description")),
            exempt=it.get("exempt"),
            exempt_paragraph=it.get("exempt_paragraph"),
            planned_minutes=it.get("planned_minutes"),
            minute_number=minute,
            started_at=rd.time(it.get("started_at"), f"{where}.started_at"),
            ended_at=rd.time(it.get("ended_at"), f"{where}.ended_at"),
            narrative=clean_optional(it.get("narrative")),
            speakers=tuple(
                Speaker(
                    clean_text(s["name"]),
                    clean_optional(s.get("capacity")),
                    clean_optional(s.get("summary")),
                    started_at=rd.time(s.get("started_at"), f"{where}.speakers[{k}].started_at"),
                    ended_at=rd.time(s.get("ended_at"), f"{where}.speakers[{k}].ended_at"),
                )
                for k, s in enumerate(it.get("speakers") or [])
            ),
            motions=tuple(motions),
            resolution=resolution,
            time_limit_minutes=it.get("time_limit_minutes"),
            drafting=DraftState(it.get("drafting") or "notes"),
            approves_meeting=it.get("approves_meeting"),
            approval=(
                tuple(clean_text(a) for a in it["approval"]["amendments"])
                if it.get("approval") is not None
                else None
            ),
        )
        numbers[number] = item.key
        items.append(item)

    def item_ref(number: str, path: str) -> str:
        if number not in numbers:
            raise RecordError(path, f"no agenda item is numbered {number!r}")
        return numbers[number]

    declarations = []
    for i, d in enumerate(data.get("declarations") or []):
        where = f"declarations[{i}]"
        person_ref(d["person"], f"{where}.person")
        declarations.append(
            Declaration(
                person=d["person"],
                kind=InterestKind(d.get("kind") or "unspecified"),
                item_keys=tuple(
                    item_ref(n, f"{where}.items[{k}]") for k, n in enumerate(d["items"])
                ),
                nature=clean_text(d["nature"]),
                left_room=d.get("left_room"),
                made_at=(
                    item_ref(d["made_at"], f"{where}.made_at")
                    if d.get("made_at") is not None
                    else None
                ),
            )
        )

    adjournments = []
    for i, a in enumerate(data.get("adjournments") or []):
        start = rd.time(a["from"], f"adjournments[{i}].from")
        if start is None:
            raise RecordError(f"adjournments[{i}].from", "the time an adjournment began is missing")
        adjournments.append(
            Adjournment(
                start,
                rd.time(a.get("to"), f"adjournments[{i}].to"),
                clean_optional(a.get("reason")),
            )
        )

    actions = []
    for i, a in enumerate(data.get("actions") or []):
        where = f"actions[{i}]"
        item_key = item_ref(a["item"], f"{where}.item") if a.get("item") is not None else None
        due = _day(a["due"], f"{where}.due") if a.get("due") is not None else None
        actions.append(
            Action(
                clean_text(a["text"]),
                item_key,
                clean_optional(a.get("owner")),
                due,
                status=ActionStatus(a.get("status") or "open"),
                note=clean_optional(a.get("note")),
                origin=a.get("origin"),
            )
        )

    versions = []
    for i, v in enumerate(data.get("minutes_versions") or []):
        where = f"minutes_versions[{i}]"
        made = rd.time(v["made_at"], f"{where}.made_at")
        if made is None:
            raise RecordError(f"{where}.made_at", "when the version was made is missing")
        versions.append(
            MinutesVersion(
                number=v["number"],
                made_at=made,
                sha256=v["sha256"],
                final=bool(v.get("final")),
                file_name=clean_optional(v.get("file_name")),
                sent_at=rd.time(v.get("sent_at"), f"{where}.sent_at"),
            )
        )

    officer = None
    if data.get("democracy_officer") is not None:
        o = data["democracy_officer"]
        officer = DemocracyOfficer(clean_text(o["name"]), o.get("phone"), o.get("email"))

    scheduled = None
    if data.get("scheduled_time") is not None:
        moment = rd.time(data["scheduled_time"], "scheduled_time")
        scheduled = moment.time() if moment is not None else None

    formal = read_formal(data, rd, person_ref, item_ref)
    formal["presence"] = _with_simple_moves(formal["presence"], simple)

    meeting = Meeting(
        committee=clean_text(data["committee"]),
        date=day,
        kind=MeetingKind(data.get("kind", "committee")),
        organisation=clean_optional(data.get("organisation")),
        scheduled_time=scheduled,
        venue=clean_optional(data.get("venue")),
        first_minute_number=data.get("first_minute_number"),
        started_at=rd.time(data.get("started_at"), "started_at"),
        finished_at=rd.time(data.get("finished_at"), "finished_at"),
        democracy_officer=officer,
        people=tuple(people),
        declarations=tuple(declarations),
        items=tuple(items),
        adjournments=tuple(adjournments),
        actions=tuple(actions),
        public_count=data.get("public_count"),
        meeting_type=clean_optional(data.get("meeting_type")),
        apologies_accepted=data.get("apologies_accepted"),
        minutes_versions=tuple(versions),
        minutes_signed_at=rd.time(data.get("minutes_signed_at"), "minutes_signed_at"),
        **formal,
    )
    check_formal(meeting)
    rewordings = read_rewordings(data, meeting, item_ref, RecordError)
    return replace(meeting, rewordings=rewordings) if rewordings else meeting


def _with_simple_moves(
    presence: tuple[PresenceEvent, ...],
    simple: dict[str, tuple[datetime | None, datetime | None, str | None]],
) -> tuple[PresenceEvent, ...]:
    """The ledger with each person's simple fields as entries, for those whose moves the
    record's ``presence`` list does not hold (there, the simple fields are only a summary)."""
    moved = {e.person for e in presence if e.kind in MOVES}
    added = [
        e
        for pid, (arrived, left, note) in simple.items()
        if pid not in moved
        for e in moves_from_fields(pid, arrived, left, note)
    ]
    return presence + tuple(added)

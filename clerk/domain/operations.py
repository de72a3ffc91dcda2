"""What a clerk does during a meeting, as pure functions ``Meeting -> Meeting``.

Each function returns a new meeting (or the same object when nothing changes, so the session
records no empty undo step). Times come in as arguments: the clock belongs to the caller, so a
meeting can be replayed with a hand-set clock and give the same record.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from clerk.domain.formal import presence as ledger
from clerk.domain.formal.roll import roll
from clerk.domain.model import (
    Action,
    Adjournment,
    AgendaItem,
    Attendance,
    ItemKind,
    ItemStatus,
    Meeting,
    Person,
    PresenceKind,
    Resolution,
    Speaker,
)
from clerk.domain.text import clean_line, clean_text
from clerk.domain.wording import short_name
from clerk.errors import NotFound, RuleError

# -- standard wording -----------------------------------------------------------------------

#: Fixed phrases offered per item kind (the clerk inserts one and edits it if needed).
PHRASES: dict[ItemKind, tuple[str, ...]] = {
    ItemKind.DECLARATIONS: (
        "Members were asked to declare, at this point in the meeting, any personal interests, "
        "not included on the Register of Interests, or any prejudicial or disclosable pecuniary "
        "interests they may have in respect of business on the agenda.",
        "No interests were declared.",
    ),
    ItemKind.PUBLIC_PARTICIPATION: (
        "It was reported that there had been no registrations to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "It was reported that there had been registrations to speak at the meeting under the "
        "Council's Public Participation Scheme.",
    ),
    ItemKind.URGENT_BUSINESS: ("There was no urgent business.",),
    ItemKind.REPORT: (
        "Members considered a report which ",
        "In response to questions from Members, the Officers noted that:",
    ),
    ItemKind.WORK_PLAN: ("Members considered the Committee's work plan.",),
}

#: Phrases useful under any item.
COMMON_PHRASES: tuple[str, ...] = ("The Chair agreed to receive this report at a later date.",)

DEFERRED_RESOLUTION = "That the item be deferred to a future meeting."
WITHDRAWN_RESOLUTION = "That the item be withdrawn from the agenda."

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "16 October 2023", "Monday 16th October, 2023", "October 16th 2023": the date of the minutes
# an agenda's minutes item names in its description.
_DATE_WORDS = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)


def _named_date(text: str) -> str | None:
    found = _DATE_WORDS.search(text)
    if found is None:
        return None
    day = found.group("d1") or found.group("d2")
    month = (found.group("m1") or found.group("m2")).capitalize()
    return f"{int(day)} {month} {found.group('y')}"


def phrases_for(kind: ItemKind) -> tuple[str, ...]:
    return PHRASES.get(kind, ()) + COMMON_PHRASES


def standard_resolution(item: AgendaItem, previous: date | None = None) -> Resolution | None:
    """The resolution most meetings pass on a standard item, for the clerk to confirm. The
    minutes approved are those of the date the item's description names, else of the body's
    ``previous`` meeting, else "…" for the clerk to fill in."""
    if item.kind is ItemKind.MINUTES:
        held = _named_date(item.description or "") or (
            f"{previous.day} {previous:%B %Y}" if previous is not None else "…"
        )
        return Resolution(
            (
                f"That the minutes of the meeting held on {held} be approved and signed as a "
                "correct record.",
            )
        )
    return None


# -- the meeting as a whole --------------------------------------------------------------------


def start_meeting(meeting: Meeting, now: datetime) -> Meeting:
    if meeting.started_at is not None:
        return meeting
    return replace(meeting, started_at=now, finished_at=None)


def close_meeting(meeting: Meeting, now: datetime) -> Meeting:
    """Stamp the finish; an open adjournment ends with the meeting."""
    if meeting.finished_at is not None:
        return meeting
    adjournments = meeting.adjournments
    if adjournments and adjournments[-1].to is None:
        adjournments = adjournments[:-1] + (replace(adjournments[-1], to=now),)
    return replace(
        meeting,
        started_at=meeting.started_at or now,
        finished_at=now,
        current_item=None,
        adjournments=adjournments,
    )


def is_adjourned(meeting: Meeting) -> bool:
    return bool(meeting.adjournments) and meeting.adjournments[-1].to is None


def adjourn(meeting: Meeting, now: datetime, reason: str | None = None) -> Meeting:
    if is_adjourned(meeting) or meeting.started_at is None:
        return meeting
    pause = Adjournment(from_=now, reason=clean_line(reason) if reason else None)
    return replace(meeting, adjournments=meeting.adjournments + (pause,))


def resume(meeting: Meeting, now: datetime) -> Meeting:
    if not is_adjourned(meeting):
        return meeting
    last = replace(meeting.adjournments[-1], to=now)
    return replace(meeting, adjournments=meeting.adjournments[:-1] + (last,))


# -- items -------------------------------------------------------------------------------------


def _with_item(meeting: Meeting, key: str, **changes) -> Meeting:
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    new = replace(item, **changes)
    if new == item:
        return meeting
    return meeting.with_item(new)


def next_minute_number(meeting: Meeting) -> int:
    """The first minute number of the meeting, then the highest used + 1."""
    used = [it.minute_number for it in meeting.items if it.minute_number is not None]
    if used:
        return max(used) + 1
    return meeting.first_minute_number or 1


def take_item(meeting: Meeting, key: str, now: datetime, previous: date | None = None) -> Meeting:
    """Make ``key`` the item being taken: it gets the time and the next minute number.

    Taking an item already minuted (coming back to it) only makes it current again. Items may
    be taken in any order; the minutes follow the order taken. ``previous``: the date of the
    body's last meeting, for the minutes item's standard resolution.
    """
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    if item.minute_number is not None:
        changed = meeting
        if item.status is ItemStatus.PENDING:
            changed = _with_item(meeting, key, status=ItemStatus.TAKEN)
        return replace(changed, current_item=key) if changed.current_item != key else changed
    resolution = item.resolution or standard_resolution(item, previous)
    meeting = _with_item(
        meeting,
        key,
        status=ItemStatus.TAKEN,
        minute_number=next_minute_number(meeting),
        started_at=now,
        resolution=resolution,
    )
    return replace(meeting, current_item=key, started_at=meeting.started_at or now)


def next_pending(meeting: Meeting) -> AgendaItem | None:
    """The first pending item after the current one in agenda order, else the first pending."""
    items = meeting.items
    start = 0
    for i, it in enumerate(items):
        if it.key == meeting.current_item:
            start = i + 1
    for it in items[start:] + items[:start]:
        if it.status is ItemStatus.PENDING and it.minute_number is None:
            return it
    return None


def take_next_item(meeting: Meeting, now: datetime) -> Meeting:
    item = next_pending(meeting)
    return meeting if item is None else take_item(meeting, item.key, now)


def defer_item(meeting: Meeting, key: str) -> Meeting:
    """Deferred to a future meeting. A minuted item keeps its minute and gets the usual wording."""
    return _set_aside(meeting, key, ItemStatus.DEFERRED, DEFERRED_RESOLUTION)


def withdraw_item(meeting: Meeting, key: str) -> Meeting:
    return _set_aside(meeting, key, ItemStatus.WITHDRAWN, WITHDRAWN_RESOLUTION)


def _set_aside(meeting: Meeting, key: str, status: ItemStatus, wording: str) -> Meeting:
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    resolution = item.resolution
    if item.minute_number is not None and resolution is None:
        resolution = Resolution((wording,))
    return _with_item(meeting, key, status=status, resolution=resolution)


def set_notes(meeting: Meeting, key: str, text: str) -> Meeting:
    """The item's narrative as typed: paragraphs split by a blank line, "- " lines are bullets."""
    text = clean_text(text or "")
    return _with_item(meeting, key, narrative=text if text.strip() else None)


def set_resolution(meeting: Meeting, key: str, parts: list[str], reason: str | None) -> Meeting:
    parts_clean = tuple(p for p in (clean_line(p) for p in parts) if p)
    reason_clean = clean_line(reason or "") or None
    resolution = Resolution(parts_clean, reason_clean) if parts_clean or reason_clean else None
    return _with_item(meeting, key, resolution=resolution)


def add_speaker(
    meeting: Meeting, key: str, name: str, capacity: str | None = None, summary: str | None = None
) -> Meeting:
    name = clean_line(name)
    if not name:
        return meeting
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    speaker = Speaker(
        name=name, capacity=clean_line(capacity or "") or None, summary=_optional(summary)
    )
    return _with_item(meeting, key, speakers=item.speakers + (speaker,))


def remove_speaker(meeting: Meeting, key: str, speaker_key: str) -> Meeting:
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    return _with_item(
        meeting, key, speakers=tuple(s for s in item.speakers if s.key != speaker_key)
    )


def _optional(text: str | None) -> str | None:
    text = clean_text(text or "").strip()
    return text or None


# -- attendance --------------------------------------------------------------------------------


def _with_person(meeting: Meeting, person_id: str, **changes) -> Meeting:
    person = meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r} in this meeting")
    new = replace(person, **changes)
    if new == person:
        return meeting
    return meeting.with_person(new)


def _in_session(meeting: Meeting) -> bool:
    return meeting.started_at is not None and meeting.finished_at is None


def mark_present(meeting: Meeting, person_id: str, now: datetime) -> Meeting:
    """Present. After the start this is an arrival in the presence ledger, with the time and
    the item being taken (for a member outside the room for an interest, their return);
    before it, the register's mark."""
    person = meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r} in this meeting")
    state = ledger.state_at(meeting, person, now if _in_session(meeting) else None)
    if _in_session(meeting):
        if state.attending and state.withdrawn_for is not None:
            return ledger.record_return(meeting, person_id, now)
        if state.attending:
            return meeting
        return ledger.record_arrival(meeting, person_id, now, meeting.current_item)
    if state.attending:
        return meeting
    gone = [e for e in ledger.person_events(meeting, person) if e.kind in ledger.MOVES]
    if gone and gone[-1].kind is PresenceKind.LEFT:
        # Out of session, a departure marked by mistake: it is no longer the last word.
        return ledger.remove_event(meeting, gone[-1].key)
    return _with_person(meeting, person_id, attendance=Attendance.PRESENT)


def set_attendance(meeting: Meeting, person_id: str, attendance: Attendance) -> Meeting:
    """Apologies, absent or unknown (no times: these are not arrivals). The person's entries
    in the presence ledger go too: someone who sent apologies was never in the room."""
    changed = _with_person(meeting, person_id, attendance=attendance)
    if any(e.person == person_id for e in changed.presence):
        kept = tuple(e for e in changed.presence if e.person != person_id)
        changed = replace(changed, presence=kept)
    return changed


def record_departure(
    meeting: Meeting, person_id: str, now: datetime, note: str | None = None
) -> Meeting:
    """Left the meeting early: a departure in the presence ledger, with the time and the item
    being taken (the note says which item unless the clerk gave one). Refused for someone not
    in the meeting: that is a slip of the key, not a departure to minute."""
    person = meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r} in this meeting")
    if not ledger.state_at(meeting, person, now).attending:
        raise RuleError(f"{short_name(person)} is not in the meeting, so cannot leave it")
    current = meeting.item(meeting.current_item) if meeting.current_item else None
    if note is None and current is not None:
        note = f"left during item {current.agenda_number}"
    return ledger.record_departure(meeting, person_id, now, meeting.current_item, note)


def is_in_room(person: Person, meeting: Meeting) -> bool:
    """In the room now: at the meeting and not outside for an interest."""
    return ledger.state_at(meeting, person, None).in_room


def seats(meeting: Meeting) -> int:
    """Seats on the body at this meeting: the members listed, where a substitute takes the seat
    of the member they replace (a substitute replacing no one listed has a seat of their own)."""
    return roll(meeting).seats


def members_present(meeting: Meeting) -> int:
    """Members (with substitutes) in the room now: the figure that decides quorum. Members
    outside the room for an interest are not counted."""
    return len(roll(meeting).in_room)


# -- declarations and actions ------------------------------------------------------------------


def add_action(
    meeting: Meeting,
    text: str,
    item_key: str | None = None,
    owner: str | None = None,
    due: date | None = None,
) -> Meeting:
    text = clean_line(text)
    if not text:
        return meeting
    action = Action(text=text, item_key=item_key, owner=clean_line(owner or "") or None, due=due)
    return replace(meeting, actions=meeting.actions + (action,))


def remove_action(meeting: Meeting, key: str) -> Meeting:
    kept = tuple(a for a in meeting.actions if a.key != key)
    return meeting if len(kept) == len(meeting.actions) else replace(meeting, actions=kept)


# -- timing ------------------------------------------------------------------------------------


def item_seconds(meeting: Meeting, now: datetime) -> dict[str, float]:
    """How long each minuted item took: until the next item taken, the close, or now."""
    started = sorted(
        (it for it in meeting.items if it.started_at is not None),
        key=lambda it: (it.started_at, it.minute_number or 0),
    )
    out: dict[str, float] = {}
    for i, it in enumerate(started):
        end: datetime | None
        if it.ended_at is not None:
            end = it.ended_at
        elif i + 1 < len(started):
            end = started[i + 1].started_at
        else:
            end = meeting.finished_at or now
        start = it.started_at
        if start is None or end is None:
            continue
        out[it.key] = max(0.0, (end - start).total_seconds())
    return out


def meeting_seconds(meeting: Meeting, now: datetime) -> float:
    if meeting.started_at is None:
        return 0.0
    return max(0.0, ((meeting.finished_at or now) - meeting.started_at).total_seconds())


def is_over_time(meeting: Meeting, key: str, now: datetime) -> bool:
    item = meeting.item(key)
    if item is None or not item.planned_minutes:
        return False
    return item_seconds(meeting, now).get(key, 0.0) > item.planned_minutes * 60

"""After the meeting: the minutes' lifecycle and the actions carried to the next meeting.

The minutes of a meeting go draft → sent to the chair → corrected → approved (at a later
meeting, whose minutes item records it) → signed. What is kept on the meeting itself is the
list of versions exported (``MinutesVersion``: number, time, hash, sent to the chair when) and
when the chair signed; approval is recorded on the approving meeting's minutes item
(``AgendaItem.approves_meeting`` and ``approval``), so one undo there takes it back.

Actions: an action is recorded open; an outstanding one (open, or carried forward) is brought
to the body's next meeting as a copy that names its first record (``Action.origin``), and there
the clerk marks it done, carried forward or dropped, with a note.

Pure functions; ``clerk.services.minutes_cycle`` saves what they build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from clerk.domain.model import (
    Action,
    ActionStatus,
    AgendaItem,
    ItemKind,
    Meeting,
    MinutesVersion,
    Resolution,
)
from clerk.domain.text import clean_optional, clean_text
from clerk.domain.wording import long_date
from clerk.errors import NotFound, RuleError

# -- stages -----------------------------------------------------------------------------------

DRAFT = "draft"
SENT = "sent to the chair"
CORRECTED = "corrected"
APPROVED = "approved"
SIGNED = "signed"
STAGES = (DRAFT, SENT, CORRECTED, APPROVED, SIGNED)


@dataclass(frozen=True)
class Approval:
    """Where a meeting's minutes were approved: the approving meeting and the amendments."""

    meeting_id: int
    date: date
    amendments: tuple[str, ...]


def chair_version(meeting: Meeting) -> MinutesVersion | None:
    """The version the chair has: the last one sent."""
    return chair_version_of(meeting.minutes_versions)


def chair_version_of(versions: tuple[MinutesVersion, ...]) -> MinutesVersion | None:
    sent = [v for v in versions if v.sent_at is not None]
    return max(sent, key=lambda v: v.number) if sent else None


def latest_version(meeting: Meeting) -> MinutesVersion | None:
    return meeting.minutes_versions[-1] if meeting.minutes_versions else None


def stage(meeting: Meeting, approval: Approval | None) -> str:
    """Where the meeting's minutes stand (one of ``STAGES``)."""
    return stage_of(meeting.minutes_signed_at, meeting.minutes_versions, approval)


def stage_of(
    signed_at: datetime | None, versions: tuple[MinutesVersion, ...], approval: Approval | None
) -> str:
    """``stage`` from the three things it reads (the Meetings view reads only these)."""
    if signed_at is not None:
        return SIGNED
    if approval is not None:
        return APPROVED
    sent = chair_version_of(versions)
    if sent is None:
        return DRAFT
    latest = versions[-1] if versions else None
    return CORRECTED if latest is not None and latest.number > sent.number else SENT


def record_version(
    meeting: Meeting,
    made_at: datetime,
    sha256: str,
    *,
    final: bool = False,
    file_name: str | None = None,
) -> Meeting:
    """A new version of the minutes, numbered after the last."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise RuleError("a version's hash must be a SHA-256 in hex")
    number = max((v.number for v in meeting.minutes_versions), default=0) + 1
    version = MinutesVersion(
        number, made_at, sha256, final, clean_optional(file_name) if file_name else None
    )
    return replace(meeting, minutes_versions=(*meeting.minutes_versions, version))


def mark_sent(meeting: Meeting, number: int | None, at: datetime) -> Meeting:
    """Version ``number`` (default the latest) sent to the chair at ``at``."""
    if not meeting.minutes_versions:
        raise RuleError("No version of the minutes has been exported yet: export one first.")
    if number is None:
        number = meeting.minutes_versions[-1].number
    found = next((v for v in meeting.minutes_versions if v.number == number), None)
    if found is None:
        raise NotFound(f"there is no version {number} of these minutes")
    if found.sent_at is not None:
        return meeting
    return replace(
        meeting,
        minutes_versions=tuple(
            replace(v, sent_at=at) if v is found else v for v in meeting.minutes_versions
        ),
    )


def sign(meeting: Meeting, at: datetime | None) -> Meeting:
    """The approved minutes signed by the chair at ``at`` (None: not signed after all)."""
    if meeting.minutes_signed_at == at:
        return meeting
    return replace(meeting, minutes_signed_at=at)


def minutes_item(meeting: Meeting) -> AgendaItem | None:
    """The item that approves the last meeting's minutes: the one linked, else the first
    minutes item."""
    linked = [it for it in meeting.items if it.approves_meeting is not None]
    if linked:
        return linked[0]
    return next((it for it in meeting.items if it.kind is ItemKind.MINUTES), None)


def link_minutes(meeting: Meeting, item_key: str, approves: int | None) -> Meeting:
    """The item ``item_key`` approves the minutes of meeting ``approves`` (None: unlinked)."""
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("the minutes item is not on this agenda")
    if approves is not None and approves == meeting.id:
        raise RuleError("A meeting cannot approve its own minutes.")
    if item.approves_meeting == approves:
        return meeting
    return meeting.with_item(replace(item, approves_meeting=approves, approval=None))


def approval_wording(approved_day: date, amendments: tuple[str, ...]) -> str:
    """The resolution recording the approval of the minutes of the meeting of ``approved_day``."""
    which = f"That the minutes of the meeting held on {long_date(approved_day)}"
    if not amendments:
        return f"{which} be approved as a correct record and signed by the Chair."
    listed = "; ".join(a.rstrip(".;") for a in amendments)
    return (
        f"{which} be approved as a correct record and signed by the Chair, subject to the "
        f"following amendments: {listed}."
    )


def approve(
    meeting: Meeting, item_key: str, approved_day: date, amendments: tuple[str, ...] | list[str]
) -> Meeting:
    """The minutes item ``item_key`` approves the linked meeting's minutes, as a correct record
    (no amendments) or subject to ``amendments``; its resolution says so."""
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("the minutes item is not on this agenda")
    if item.approves_meeting is None:
        raise RuleError(
            f"Item {item.agenda_number} is not linked to the meeting whose minutes it approves."
        )
    cleaned = tuple(clean_text(a) for a in amendments if clean_text(a))
    wording = approval_wording(approved_day, cleaned)
    return meeting.with_item(
        replace(
            item,
            approval=cleaned,
            resolution=Resolution((wording,), item.resolution.reason if item.resolution else None),
        )
    )


def withdraw_approval(meeting: Meeting, item_key: str) -> Meeting:
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("the minutes item is not on this agenda")
    if item.approval is None:
        return meeting
    return meeting.with_item(replace(item, approval=None, resolution=None))


# -- actions carried forward ----------------------------------------------------------------


def chain_key(action: Action) -> str:
    """The key naming an action across the meetings it is carried to."""
    return action.origin or action.key


def mark_action(
    meeting: Meeting, action_key: str, status: ActionStatus, note: str | None
) -> Meeting:
    """An action marked done, carried forward, dropped (or open again), with the clerk's note."""
    found = next((a for a in meeting.actions if a.key == action_key), None)
    if found is None:
        raise NotFound("the action is not in this meeting")
    status = ActionStatus(status)
    note = clean_optional(note) if note is not None else found.note
    if found.status is status and found.note == note:
        return meeting
    changed = replace(found, status=status, note=note)
    return replace(meeting, actions=tuple(changed if a is found else a for a in meeting.actions))


ARISING = re.compile(r"matters arising|actions?\b|action (log|list|points)", re.IGNORECASE)


def arising_item(meeting: Meeting) -> AgendaItem | None:
    """The item outstanding actions are reviewed under: one called "Matters Arising" or
    "Actions" (not a report that merely mentions an action plan)."""
    for it in meeting.items:
        if it.kind not in (ItemKind.OTHER, ItemKind.WORK_PLAN, ItemKind.MINUTES):
            continue
        if ARISING.search(it.title) and (
            it.kind is not ItemKind.MINUTES or "arising" in it.title.lower()
        ):
            return it
    return None


def bring_forward(meeting: Meeting, outstanding: list[Action] | tuple[Action, ...]) -> Meeting:
    """Copies of earlier meetings' outstanding actions, open, under the matters-arising item
    (added after the minutes item when the agenda has none). An action already brought here
    (same first record) is not brought twice."""
    present = {chain_key(a) for a in meeting.actions}
    todo = [a for a in outstanding if chain_key(a) not in present]
    if not todo:
        return meeting
    item = arising_item(meeting)
    items = meeting.items
    if item is None:
        item = AgendaItem("", "Matters Arising and Actions", ItemKind.OTHER, planned_minutes=5)
        after = minutes_item(meeting)
        at = items.index(after) + 1 if after is not None else len(items)
        items = (*items[:at], item, *items[at:])
        items = _renumbered(items)
        item = next(it for it in items if it.key == item.key)
    copies = tuple(
        Action(
            a.text,
            item.key,
            a.owner,
            a.due,
            status=ActionStatus.OPEN,
            note=a.note,
            origin=chain_key(a),
        )
        for a in todo
    )
    return replace(meeting, items=items, actions=(*meeting.actions, *copies))


def _renumbered(items: tuple[AgendaItem, ...]) -> tuple[AgendaItem, ...]:
    """Plain numbers 1, 2, … when every item has a plain number or none (a new agenda);
    otherwise the numbers are left as they are and the new item takes the next one free."""
    if all(it.agenda_number == "" or it.agenda_number.isdigit() for it in items):
        return tuple(
            it if it.agenda_number == str(i) else replace(it, agenda_number=str(i))
            for i, it in enumerate(items, 1)
        )
    used = {it.agenda_number for it in items}
    n = len(items)
    while str(n) in used:
        n += 1
    return tuple(
        replace(it, agenda_number=str(n)) if it.agenda_number == "" else it for it in items
    )


# -- deadlines ----------------------------------------------------------------------------------

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fourteen": 14,
    "twenty-one": 21,
    "twenty eight": 28,
    "twenty-eight": 28,
    "a": 1,
}
_DEADLINE = re.compile(
    r"^\s*(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+(?P<working>working\s+|clear\s+)?"
    r"(?P<unit>days?|weeks?|months?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Deadline:
    count: int
    unit: str  # "days", "working days", "weeks", "months"

    def __str__(self) -> str:
        unit = self.unit if self.count != 1 else self.unit[:-1]
        return f"{self.count} {unit}"


def parse_deadline(text: str) -> Deadline | None:
    """'one month', '7 working days', '14 days', '2 weeks' ('' is no deadline); ValueError for
    anything else."""
    if not text or not text.strip():
        return None
    m = _DEADLINE.match(text)
    if m is None:
        raise ValueError(
            f"{text!r} is not a period like 'one month', '7 working days', '14 days' or '2 weeks'"
        )
    raw = m["n"].lower()
    count = int(raw) if raw.isdigit() else _WORDS.get(raw)
    if count is None or count < 1:
        raise ValueError(f"{m['n']!r} is not a number of days, weeks or months")
    unit = m["unit"].lower().rstrip("s") + "s"
    if m["working"] and unit == "days":
        unit = "working days"
    return Deadline(count, unit)


def due_date(day: date, deadline: Deadline) -> date:
    """The date ``deadline`` after the meeting of ``day``. Working days skip Saturdays and
    Sundays (bank holidays are not known to Clerk); a month ends on the same day of the next
    month, or its last day."""
    if deadline.unit == "days":
        return day + timedelta(days=deadline.count)
    if deadline.unit == "weeks":
        return day + timedelta(weeks=deadline.count)
    if deadline.unit == "working days":
        out, left = day, deadline.count
        while left:
            out += timedelta(days=1)
            if out.weekday() < 5:
                left -= 1
        return out
    month = day.month - 1 + deadline.count
    year, month = day.year + month // 12, month % 12 + 1
    for d in range(day.day, 27, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))

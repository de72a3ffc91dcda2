"""Drafting the minutes after the meeting, as actions of the catalogue (each one transaction,
undoable, with its label): an item's drafting state, a sentence reworded for this meeting or
put back, a speaker or a declaration corrected. ``drafting_status`` gathers what the drafting
view shows about the whole meeting: how many items are left and the body's deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clerk.domain import drafting as ops
from clerk.domain import minutes_cycle as cycle
from clerk.domain.minutes_cycle import Deadline
from clerk.domain.model import DraftState, Meeting
from clerk.services.session import Change, MeetingSession

_STATE_WORDS = {
    DraftState.NOTES: "notes",
    DraftState.DRAFTED: "drafted",
    DraftState.CHECKED: "checked",
}


def _number(meeting: Meeting, item_key: str | None) -> str:
    item = meeting.item(item_key) if item_key else None
    return item.agenda_number if item is not None else "?"


def set_drafting_state(
    session: MeetingSession, item_key: str, state: DraftState | str
) -> Change | None:
    state = DraftState(state)
    label = f"Mark item {_number(session.meeting, item_key)} {_STATE_WORDS[state]}"
    return session.apply(label, ops.set_drafting, item_key, state)


def advance_drafting_state(session: MeetingSession, item_key: str) -> Change | None:
    """notes → drafted → checked → notes."""
    item = session.meeting.item(item_key)
    if item is None:
        return set_drafting_state(session, item_key, DraftState.NOTES)  # raises NotFound
    return set_drafting_state(session, item_key, ops.next_state(item.drafting))


def reword_sentence(
    session: MeetingSession, item_key: str | None, source: str, text: str, original: str = ""
) -> Change | None:
    """The clerk's wording in place of the sentence Clerk writes at ``source``, for this
    meeting only; kept when the minutes are composed again."""
    where = f" of item {_number(session.meeting, item_key)}" if item_key else ""
    return session.apply(f"Reword a sentence{where}", ops.reword, item_key, source, text, original)


def revert_wording(session: MeetingSession, item_key: str | None, source: str) -> Change | None:
    where = f" of item {_number(session.meeting, item_key)}" if item_key else ""
    return session.apply(f"Restore Clerk's wording{where}", ops.revert_wording, item_key, source)


def edit_speaker(
    session: MeetingSession,
    item_key: str,
    speaker_key: str,
    name: str,
    capacity: str | None = None,
    summary: str | None = None,
) -> Change | None:
    return session.apply(
        "Edit speaker",
        ops.edit_speaker,
        item_key,
        speaker_key,
        name,
        capacity,
        summary,
        merge=("speaker", speaker_key),
    )


def edit_declaration_nature(
    session: MeetingSession, declaration_key: str, nature: str
) -> Change | None:
    return session.apply(
        "Edit declaration",
        ops.edit_declaration_nature,
        declaration_key,
        nature,
        merge=("declaration", declaration_key),
    )


@dataclass(frozen=True)
class DraftingStatus:
    """What the drafting view says about the meeting as a whole."""

    notes: int  # items still at rough notes
    drafted: int  # drafted, not yet checked
    total: int  # items with a minute
    held: date
    days_since: int
    due: date | None  # None: the body's style names no deadline
    what: str  # "Draft minutes", "Note of decisions"
    deadline: Deadline | None  # the style's document.draft_deadline ("7 working days")

    @property
    def left(self) -> int:
        return self.notes + self.drafted

    def summary(self, today: date) -> str:
        """One line: how long ago the meeting was, when the draft is due, how many are left."""
        ago = _ago(self.days_since)
        parts = [f"Held {ago}"]
        if self.due is not None and self.deadline is not None:
            remaining = (self.due - today).days
            span = str(self.deadline)
            if self.deadline.unit == "working days":
                working = ops.working_days_between(today, self.due)
                if remaining >= 0:
                    count = f"{working} working day{'s' if working != 1 else ''} left"
                else:
                    count = f"overdue by {-working} working day{'s' if -working != 1 else ''}"
            else:
                if remaining >= 0:
                    count = f"{remaining} day{'s' if remaining != 1 else ''} left"
                else:
                    count = f"overdue by {-remaining} day{'s' if -remaining != 1 else ''}"
            parts.append(f"{self.what} due by {self.due:%-d %B %Y} ({span}): {count}")
        if self.total:
            if self.left:
                parts.append(f"{self.left} of {self.total} items left to check")
            else:
                parts.append(f"all {self.total} items checked")
        return " · ".join(parts)


def _ago(days: int) -> str:
    if days < 0:
        return f"in {-days} day{'s' if days != -1 else ''}"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def drafting_status(meeting: Meeting, style, today: date) -> DraftingStatus:
    """The meeting's drafting status against the body's house ``style`` (its
    ``document.draft_deadline``: one month for an English parish, seven working days in
    Wales…; one that cannot be read is no deadline here, the style's check names it)."""
    notes, drafted, total = ops.left_to_check(meeting)
    try:
        deadline = cycle.parse_deadline(style.document.draft_deadline)
    except ValueError:
        deadline = None
    label = style.document.draft_label.strip() or "draft minutes"
    return DraftingStatus(
        notes=notes,
        drafted=drafted,
        total=total,
        held=meeting.date,
        days_since=(today - meeting.date).days,
        due=cycle.due_date(meeting.date, deadline) if deadline is not None else None,
        what=label[:1].upper() + label[1:],
        deadline=deadline,
    )

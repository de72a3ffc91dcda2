"""Drafting the minutes after the meeting: each item's drafting state, sentences reworded for
one meeting, small corrections to a speaker or a declaration, and working days left to the
draft deadline (which clerk.domain.minutes_cycle reads from the house style).

Pure functions ``Meeting -> Meeting`` (the services catalogue gives them labels and undo);
``NotFound`` for an item, speaker or declaration that is not there, ``RuleError`` for a
rewording that says nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from clerk.domain.model import AgendaItem, DraftState, ItemStatus, Meeting, Rewording
from clerk.domain.text import clean_line, clean_text
from clerk.errors import NotFound, RuleError

STATES = tuple(DraftState)


def set_drafting(meeting: Meeting, item_key: str, state: DraftState | str) -> Meeting:
    item = _item(meeting, item_key)
    state = DraftState(state)
    if item.drafting is state:
        return meeting
    return meeting.with_item(replace(item, drafting=state))


def next_state(state: DraftState) -> DraftState:
    """notes → drafted → checked → notes (the agenda list's one key steps round)."""
    return STATES[(STATES.index(state) + 1) % len(STATES)]


def minuted(meeting: Meeting) -> list[AgendaItem]:
    """The items that will have a minute: the ones whose drafting counts."""
    return [it for it in meeting.items if it.status is not ItemStatus.PENDING]


def left_to_check(meeting: Meeting) -> tuple[int, int, int]:
    """(items still at notes, drafted but not checked, all minuted items)."""
    items = minuted(meeting)
    notes = sum(1 for it in items if it.drafting is DraftState.NOTES)
    drafted = sum(1 for it in items if it.drafting is DraftState.DRAFTED)
    return notes, drafted, len(items)


# -- sentences reworded for this meeting ---------------------------------------------------


def reword(
    meeting: Meeting, item_key: str | None, source: str, text: str, original: str = ""
) -> Meeting:
    """Put ``text`` in place of the sentence Clerk writes at ``source`` (under ``item_key``)
    in this meeting's minutes. Rewording a sentence again replaces the earlier rewording but
    keeps what Clerk first wrote; text equal to Clerk's own sentence reverts it."""
    if item_key is not None:
        _item(meeting, item_key)
    source = clean_line(source)
    if not source:
        raise RuleError("a reworded sentence needs to say which sentence it replaces")
    text = clean_text(text or "").strip()
    if not text:
        raise RuleError("the reworded sentence is empty: revert it to Clerk's own wording instead")
    found = find_rewording(meeting, item_key, source)
    original = clean_text(found.original if found and found.original else original or "")
    if original and text == original.strip():
        return revert_wording(meeting, item_key, source)
    if found is not None:
        if found.text == text:
            return meeting
        new = replace(found, text=text, original=original)
        return replace(
            meeting, rewordings=tuple(new if r is found else r for r in meeting.rewordings)
        )
    made = Rewording(source, text, original, item_key, key=place_key(item_key, source))
    return replace(meeting, rewordings=(*meeting.rewordings, made))


def place_key(item_key: str | None, source: str) -> str:
    """The key of a rewording: the same for the same sentence, so that two Clerks rewording
    one sentence at once clash (and one is told) instead of both being kept."""
    import hashlib  # here: about 5 ms of a start that rewords nothing

    return hashlib.sha256(f"{item_key}/{source}".encode()).hexdigest()[:32]


def revert_wording(meeting: Meeting, item_key: str | None, source: str) -> Meeting:
    """Clerk's own sentence again at ``source`` (nothing to do if it was never reworded)."""
    found = find_rewording(meeting, item_key, source)
    if found is None:
        return meeting
    return replace(meeting, rewordings=tuple(r for r in meeting.rewordings if r is not found))


def find_rewording(meeting: Meeting, item_key: str | None, source: str) -> Rewording | None:
    for r in meeting.rewordings:
        if r.item_key == item_key and r.source == source:
            return r
    return None


# -- corrections made while drafting ---------------------------------------------------------


def edit_speaker(
    meeting: Meeting,
    item_key: str,
    speaker_key: str,
    name: str,
    capacity: str | None = None,
    summary: str | None = None,
) -> Meeting:
    item = _item(meeting, item_key)
    speaker = next((s for s in item.speakers if s.key == speaker_key), None)
    if speaker is None:
        raise NotFound(f"there is no speaker {speaker_key!r} at item {item.agenda_number}")
    name = clean_line(name or "")
    if not name:
        raise RuleError("a speaker needs a name")
    new = replace(
        speaker,
        name=name,
        capacity=clean_line(capacity or "") or None,
        summary=clean_text(summary or "").strip() or None,
    )
    if new == speaker:
        return meeting
    speakers = tuple(new if s is speaker else s for s in item.speakers)
    return meeting.with_item(replace(item, speakers=speakers))


def edit_declaration_nature(meeting: Meeting, declaration_key: str, nature: str) -> Meeting:
    found = next((d for d in meeting.declarations if d.key == declaration_key), None)
    if found is None:
        raise NotFound(f"there is no declaration {declaration_key!r}")
    nature = clean_text(nature or "").strip()
    if nature == found.nature:
        return meeting
    new = replace(found, nature=nature)
    return replace(
        meeting, declarations=tuple(new if d is found else d for d in meeting.declarations)
    )


def _item(meeting: Meeting, key: str) -> AgendaItem:
    item = meeting.item(key)
    if item is None:
        raise NotFound(f"there is no agenda item {key!r}")
    return item


# -- the deadline (clerk.domain.minutes_cycle parses it and gives its date) -------------------


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when end is before)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if (start + timedelta(n)).weekday() < 5)

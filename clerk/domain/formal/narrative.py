"""Which formal sentences belong under which minute, in the order they happened.

The minutes' composer asks once for ``meeting_entries(meeting)`` — every sentence with its
time, kind and home item — and places each within its minute (``clerk.minutes.formal``); it
need not know the ledger. ``item_sentences(meeting, item_key)`` gives one item's. A presence
event belongs to the item it names, else to the item under consideration at its time; an
inquorate spell to the item during which quorum was lost; a resolution to continue to the
item then taken; a readmission of press and public to the last item of the period in private.
Times are written by ``clock``, the house style's form when the composer passes one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from clerk.domain.formal import interests, quorum, timing
from clerk.domain.formal import presence as ledger
from clerk.domain.formal import wording as w
from clerk.domain.model import Meeting, PresenceEvent, PresenceKind
from clerk.domain.wording import Clock, clock_12

if TYPE_CHECKING:
    from clerk.domain.formal.rules import FormalRules


def item_at(meeting: Meeting, moment: datetime) -> str | None:
    """The item under consideration at ``moment`` (the latest taken at or before it)."""
    best = None
    for it in meeting.items:
        start, end = ledger.item_span(meeting, it.key)
        if start is None or start > moment or (end is not None and moment >= end):
            continue
        if best is None or start >= best[0]:
            best = (start, it.key)
    return best[1] if best else None


def home_item(meeting: Meeting, moment: datetime) -> str | None:
    """The item to minute something under: the one under consideration at ``moment``, else
    (before the first item, or between items) the next item taken."""
    found = item_at(meeting, moment)
    if found is not None:
        return found
    later = [
        (it.started_at, it.key)
        for it in meeting.items
        if it.started_at is not None and it.started_at > moment
    ]
    return min(later)[1] if later else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One formal sentence of the minutes, with when it happened and where it is minuted.

    ``kind`` says what it is (a ``PresenceKind`` value, "inquorate", "continuation" or
    "readmission"); ``home`` is the item it is minuted under (None: no item was taken near
    that time, so the composer chooses); ``item_key`` is the item the event itself names.
    """

    at: datetime
    rank: int
    kind: str
    text: str
    home: str | None
    person: str | None = None
    item_key: str | None = None


def _minuted_move(meeting: Meeting, e: PresenceEvent) -> bool:
    """Arrivals and departures worth a sentence: not an arrival at (or before) the start,
    not a departure at (or after) the close."""
    if e.kind is PresenceKind.ARRIVED and meeting.started_at and e.at <= meeting.started_at:
        return False
    return not (e.kind is PresenceKind.LEFT and meeting.finished_at and e.at >= meeting.finished_at)


def meeting_entries(
    meeting: Meeting,
    settings: Mapping[str, object] | FormalRules | None = None,
    *,
    include_moves: bool = True,
    clock: Clock = clock_12,
) -> list[Entry]:
    """Every formal sentence of the meeting, in time order, each with the item it belongs to.

    Computed once for the whole meeting (the composer places them all), so the ledger and
    the quorum are walked once rather than once an item.
    """
    timed: list[Entry] = []
    for p in meeting.people:
        for e in ledger.person_events(meeting, p):
            if e.kind in ledger.MOVES and (not include_moves or not _minuted_move(meeting, e)):
                continue
            home = e.item_key if e.item_key is not None else home_item(meeting, e.at)
            if e.kind is PresenceKind.WITHDREW:
                d = interests.declaration_for(meeting, p.id, e.item_key)
                text = w.withdrawal_sentence(p, d.kind if d else None, clock=clock)
            elif e.kind is PresenceKind.RETURNED:
                text = w.return_sentence(p, clock=clock)
            elif e.kind is PresenceKind.ARRIVED:
                text = w.arrival_sentence(p, e.at, e.note, clock=clock)
            else:
                text = w.departure_sentence(p, e.at, e.note, clock=clock)
            timed.append(Entry(e.at, 0, e.kind.value, text, home, p.id, e.item_key))
    rule = quorum.quorum_rule(meeting, settings)
    for spell in quorum.inquorate_spells(meeting, rule):
        home = home_item(meeting, spell.lost_at)
        text = w.inquorate_sentence(spell, meeting.started_at, clock=clock)
        timed.append(Entry(spell.lost_at, 1, "inquorate", text, home))
    limits = timing.time_limits(meeting, settings)
    for c in meeting.continuations:
        home = c.item_key if c.item_key is not None else home_item(meeting, c.at)
        text = w.continuation_sentence(c, limits, clock=clock)
        timed.append(Entry(c.at, 2, "continuation", text, home, item_key=c.item_key))
    for x in meeting.exclusions:
        sentence = w.readmission_sentence(x, clock=clock)
        if x.to is not None and x.item_keys and sentence:
            home = x.item_keys[-1]
            timed.append(Entry(x.to, 3, "readmission", sentence, home, item_key=home))
    timed.sort(key=lambda t: (t.at, t.rank))
    return timed


def item_sentences(
    meeting: Meeting,
    item_key: str,
    settings: Mapping[str, object] | None = None,
    *,
    include_moves: bool = True,
    clock: Clock = clock_12,
) -> list[str]:
    """The formal sentences to minute under the item, in time order.

    Arrivals and departures (from the ledger) are included unless ``include_moves`` is
    false, for a composer that words those itself.
    """
    entries = meeting_entries(meeting, settings, include_moves=include_moves, clock=clock)
    return [e.text for e in entries if e.home == item_key]

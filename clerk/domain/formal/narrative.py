"""Which formal sentences belong under which minute, in the order they happened.

The minutes' composer asks, for each item taken, ``item_sentences(meeting, item_key)`` and
places the sentences after the item's narrative; it need not know the ledger. A presence
event belongs to the item it names, else to the item under consideration at its time; an
inquorate spell to the item during which quorum was lost; a resolution to continue to the
item then taken; a readmission of press and public to the last item of the period in private.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from clerk.domain.formal import interests, quorum, timing
from clerk.domain.formal import presence as ledger
from clerk.domain.formal import wording as w
from clerk.domain.model import Meeting, PresenceKind


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


def item_sentences(
    meeting: Meeting,
    item_key: str,
    settings: Mapping[str, object] | None = None,
    *,
    include_moves: bool = True,
) -> list[str]:
    """The formal sentences to minute under the item, in time order.

    Arrivals and departures (from the ledger, or from ``arrived_at``/``left_at`` where the
    ledger has none) are included unless ``include_moves`` is false, for a composer that
    words those itself.
    """
    timed: list[tuple[datetime, int, str]] = []
    for p in meeting.people:
        for e in ledger.person_events(meeting, p):
            home = e.item_key if e.item_key is not None else home_item(meeting, e.at)
            if home != item_key or (e.kind in ledger.MOVES and not include_moves):
                continue
            if e.kind is PresenceKind.WITHDREW:
                d = interests.declaration_for(meeting, p.id, e.item_key)
                text = w.withdrawal_sentence(p, d.kind if d else None)
            elif e.kind is PresenceKind.RETURNED:
                text = w.return_sentence(p)
            elif e.kind is PresenceKind.ARRIVED:
                text = w.arrival_sentence(p, e.at)
            else:
                text = w.departure_sentence(p, e.at)
            timed.append((e.at, 0, text))
    rule = quorum.quorum_rule(meeting, settings)
    for spell in quorum.inquorate_spells(meeting, rule):
        if home_item(meeting, spell.lost_at) == item_key:
            timed.append((spell.lost_at, 1, w.inquorate_sentence(spell)))
    limits = timing.time_limits(meeting, settings)
    for c in meeting.continuations:
        home = c.item_key if c.item_key is not None else home_item(meeting, c.at)
        if home == item_key:
            timed.append((c.at, 2, w.continuation_sentence(c, limits)))
    for x in meeting.exclusions:
        if x.to is not None and x.item_keys and x.item_keys[-1] == item_key:
            sentence = w.readmission_sentence(x)
            if sentence:
                timed.append((x.to, 3, sentence))
    timed.sort(key=lambda t: (t[0], t[1]))
    return [text for _, _, text in timed]

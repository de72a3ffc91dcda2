"""Where things are minuted: each declaration under the item where it was made, and what an
exclusion item of an older record covers (the exempt items after it and their Schedule 12A
paragraphs)."""

from __future__ import annotations

from collections import defaultdict

from clerk.domain.formal import interests
from clerk.domain.model import ItemKind, Meeting


def declarations_by_item(meeting: Meeting, minuted) -> dict[str, list]:
    """Each declaration under the item where it was made (``made_at``), else under the
    declarations item; without one (or if that item has no minute), under the first minuted
    item it names, else the first minute, so that none is lost."""
    order = [it.key for _, it in minuted]
    by_item: dict[str, list] = defaultdict(list)
    placed: set[str] = set()
    for key in order:
        for d in interests.declarations_made_at(meeting, key):
            if d.key not in placed:
                placed.add(d.key)
                by_item[key].append(d)
    for d in meeting.declarations:
        if d.key in placed:
            continue
        key = next((k for k in order if k in d.item_keys), order[0] if order else None)
        if key is not None:
            by_item[key].append(d)
    return by_item


def exclusions_of(meeting: Meeting, minuted) -> dict[str, tuple[tuple[str, ...], list[int]]]:
    """Each exclusion item of an older record (one without periods in private): the exempt
    items it covers and their Schedule 12A paragraphs.

    It covers the exempt items taken after it up to the next non-exempt one; if none was taken
    yet (minutes drafted mid-meeting), the exempt items that follow it on the agenda.
    """
    out: dict[str, tuple[tuple[str, ...], list[int]]] = {}
    if meeting.exclusions:
        return out
    order = [it for _, it in minuted]
    for i, item in enumerate(order):
        if item.kind is not ItemKind.EXCLUSION:
            continue
        covered = []
        for later in order[i + 1 :]:
            if not later.exempt:
                break
            covered.append(later)
        if not covered:
            at = next(j for j, it in enumerate(meeting.items) if it.key == item.key)
            for later in meeting.items[at + 1 :]:
                if not later.exempt:
                    break
                covered.append(later)
        paragraphs = [item.exempt_paragraph] if item.exempt_paragraph else []
        if not paragraphs:
            paragraphs = [c.exempt_paragraph for c in covered if c.exempt_paragraph]
        out[item.key] = (tuple(c.key for c in covered), [p for p in paragraphs if p])
    return out

"""What a change changed, worked out once for every view.

``what_changed(before, after)`` compares two values of a meeting by the parts a clerk sees —
the meeting's details and clock, the agenda list, the text under items (notes, resolutions,
speakers, motions), the people, their presence, declarations, actions, adjournments, the
formal state (quorum, limits, periods in private) — and names the items and people touched.
Every field of the domain's values is compared (nothing is listed by hand but the few that are
an item's text), so a field added later is never missed. A change of settings travels the same
way, as a change naming ``SETTINGS``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields

from clerk.domain.model import AgendaItem, Meeting, Person

#: An item's own text: typing changes only these, and the agenda list shows none of them.
ITEM_TEXT_FIELDS = frozenset({"narrative", "resolution", "speakers", "motions"})
#: A person's presence (the rest of a person is their details).
PRESENCE_FIELDS = frozenset({"attendance"})


class Part(enum.Flag):
    NONE = 0
    MEETING = enum.auto()  # details, start, close, the item being taken
    ITEMS = enum.auto()  # the agenda list: items added, removed, moved, or shown fields
    ITEM_TEXT = enum.auto()  # notes, resolutions, speakers, motions under items
    PEOPLE = enum.auto()  # who is on the list, and their details
    PRESENCE = enum.auto()  # attendance and the presence ledger
    DECLARATIONS = enum.auto()
    ACTIONS = enum.auto()
    ADJOURNMENTS = enum.auto()
    FORMAL = enum.auto()  # quorum, time limits, continuations, exclusions
    SETTINGS = enum.auto()


@dataclass(frozen=True)
class What:
    parts: Part = Part.NONE
    items: frozenset[str] = frozenset()  # keys of items whose row or text changed
    people: frozenset[str] = frozenset()  # ids of people whose row changed

    def __contains__(self, part: Part) -> bool:
        return bool(self.parts & part)

    @property
    def only_item_text(self) -> bool:
        return self.parts == Part.ITEM_TEXT


SETTINGS_CHANGED = What(Part.SETTINGS)

_MEETING_SCALARS = tuple(
    f.name
    for f in fields(Meeting)
    if f.name
    not in {
        "people",
        "declarations",
        "items",
        "adjournments",
        "actions",
        "presence",
        "quorum",
        "time_limits",
        "continuations",
        "exclusions",
    }
)
_TUPLES = {
    "declarations": Part.DECLARATIONS,
    "actions": Part.ACTIONS,
    "adjournments": Part.ADJOURNMENTS,
    "presence": Part.PRESENCE,
    "continuations": Part.FORMAL,
    "exclusions": Part.FORMAL,
    "quorum": Part.FORMAL,
    "time_limits": Part.FORMAL,
}
_ITEM_FIELDS = tuple(f.name for f in fields(AgendaItem))
_PERSON_FIELDS = tuple(f.name for f in fields(Person))


def what_changed(before: Meeting, after: Meeting) -> What:
    if before is after:
        return What()
    parts = Part.NONE
    if any(getattr(before, f) != getattr(after, f) for f in _MEETING_SCALARS):
        parts |= Part.MEETING
    for name, part in _TUPLES.items():
        a, b = getattr(before, name), getattr(after, name)
        if a is not b and a != b:
            parts |= part
    items: set[str] = set()
    if before.items is not after.items:
        found, items = _rows_changed(
            before.items,
            after.items,
            "key",
            _ITEM_FIELDS,
            ITEM_TEXT_FIELDS,
            Part.ITEM_TEXT,
            Part.ITEMS,
        )
        parts |= found
    people: set[str] = set()
    if before.people is not after.people:
        found, people = _rows_changed(
            before.people,
            after.people,
            "id",
            _PERSON_FIELDS,
            PRESENCE_FIELDS,
            Part.PRESENCE,
            Part.PEOPLE,
        )
        parts |= found
    if Part.PRESENCE in parts:
        people |= _ledger_people(before.presence, after.presence)
    return What(parts, frozenset(items), frozenset(people))


def _ledger_people(before: tuple, after: tuple) -> set[str]:
    """The people of the ledger entries added or removed. A key in the register adds an
    entry at the end (an undo takes it off): then only the tail is read, not every entry
    hashed."""
    short, long = (before, after) if len(before) <= len(after) else (after, before)
    if long[: len(short)] == short:  # the same entries: compared by identity first
        return {e.person for e in long[len(short) :]}
    return {e.person for e in set(before) ^ set(after)}


def _rows_changed(before, after, key: str, fields, own_fields, own_part, rest_part):
    """Which rows (by ``key``) of one list changed, and the parts that says: ``own_part`` when
    one of ``own_fields`` changed, ``rest_part`` for any other field, an added, removed or
    moved row."""
    parts = Part(0)
    old = {getattr(x, key): x for x in before}
    if list(old) != [getattr(x, key) for x in after]:
        parts |= rest_part
    keys: set[str] = set()
    for x in after:
        prev = old.get(getattr(x, key))
        if prev is x:
            continue
        keys.add(getattr(x, key))
        if prev is None:
            continue
        changed = {f for f in fields if getattr(prev, f) != getattr(x, f)}
        if changed & own_fields:
            parts |= own_part
        if changed - own_fields:
            parts |= rest_part
    keys |= set(old) - {getattr(x, key) for x in after}
    return parts, keys

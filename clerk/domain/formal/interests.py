"""Declarations of interest under the body's code of conduct.

Which kinds a body uses is a setting (``formal.interest_kinds``: the 2012 code's disclosable
pecuniary, other registerable and non-registerable; older codes' personal and prejudicial), and
so is which of them bar the member from the item (``formal.interest_kinds_leaving``: by default
disclosable pecuniary and prejudicial). A barring interest means the member leaves the room for
the item: the ledger records the withdrawal and the return, and the member is not counted in
that item's votes whatever the ledger says.

A declaration is minuted where it was made: ``made_at`` is the item (None: the declarations
item at the start of the meeting).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, cast

from clerk.domain.formal import RuleError
from clerk.domain.formal import presence as ledger
from clerk.domain.model import Declaration, InterestKind, ItemKind, Meeting, Person
from clerk.domain.text import clean_text
from clerk.domain.wording import short_name
from clerk.errors import NotFound

if TYPE_CHECKING:
    from clerk.domain.formal.rules import FormalRules

SETTING_KINDS = "formal.interest_kinds"
SETTING_LEAVING = "formal.interest_kinds_leaving"
DEFAULT_KINDS: tuple[InterestKind, ...] = tuple(InterestKind)
DEFAULT_LEAVING = frozenset(k for k in InterestKind if k.requires_leaving)


@dataclass(frozen=True, slots=True)
class InterestRules:
    kinds: tuple[InterestKind, ...] = DEFAULT_KINDS
    leaving: frozenset[InterestKind] = DEFAULT_LEAVING

    def requires_leaving(self, kind: InterestKind) -> bool:
        return kind in self.leaving


def _kinds(value: object, name: str) -> tuple[InterestKind, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"the setting {name} should be a list of kinds of interest")
    known = {k.value for k in InterestKind}
    out = []
    for v in value:
        if v not in known:
            allowed = ", ".join(sorted(known))
            raise RuleError(f"the setting {name} names {v!r}, which is not one of {allowed}")
        out.append(InterestKind(v))
    return tuple(dict.fromkeys(out))


def interest_rules(settings: Mapping[str, object] | FormalRules | None = None) -> InterestRules:
    """The body's rules: those of the typed rules (``FormalRules``) given, else read from the
    stored settings, else the defaults; a bad setting raises RuleError."""
    typed = getattr(settings, "interests", None)
    if isinstance(typed, InterestRules):
        return typed
    return rules_from_settings(cast("Mapping[str, object] | None", settings))


def rules_from_settings(settings: Mapping[str, object] | None) -> InterestRules:
    """The kinds of interest and which bar a member, read and checked from stored settings."""
    settings = settings or {}
    kinds = DEFAULT_KINDS
    leaving = DEFAULT_LEAVING
    if settings.get(SETTING_KINDS) is not None:
        kinds = _kinds(settings[SETTING_KINDS], SETTING_KINDS)
        if not kinds:
            raise RuleError(f"the setting {SETTING_KINDS} lists no kind of interest")
    if settings.get(SETTING_LEAVING) is not None:
        leaving = frozenset(_kinds(settings[SETTING_LEAVING], SETTING_LEAVING))
    return InterestRules(kinds, leaving)


# -- queries -----------------------------------------------------------------------------------


def barred_from_item(
    meeting: Meeting, item_key: str, rules: InterestRules | None = None
) -> frozenset[str]:
    """Members who declared an interest in the item that bars them from it."""
    rules = rules or InterestRules()
    return frozenset(
        d.person
        for d in meeting.declarations
        if item_key in d.item_keys and (rules.requires_leaving(d.kind) or d.left_room)
    )


def declaration_for(meeting: Meeting, person_id: str, item_key: str | None) -> Declaration | None:
    """The person's declaration on the item (the barring one first), for wording."""
    found = [d for d in meeting.declarations if d.person == person_id and item_key in d.item_keys]
    found.sort(key=lambda d: not d.kind.requires_leaving)
    return found[0] if found else None


def declarations_made_at(meeting: Meeting, item_key: str) -> tuple[Declaration, ...]:
    """The declarations to minute under an item: those made there, and under the
    declarations item those made at the start (``made_at`` None)."""
    item = meeting.item(item_key)
    if item is None:
        return ()
    at_start = item.kind is ItemKind.DECLARATIONS
    return tuple(
        d for d in meeting.declarations if d.made_at == item_key or (d.made_at is None and at_start)
    )


def withdrawals_due(
    meeting: Meeting, item_key: str, at: datetime | None, rules: InterestRules | None = None
) -> tuple[Person, ...]:
    """Members barred from the item who are still in the room: the live view asks them out."""
    barred = barred_from_item(meeting, item_key, rules)
    return tuple(p for p in ledger.in_room_at(meeting, at) if p.id in barred)


def returns_due(meeting: Meeting, item_key: str | None, at: datetime | None) -> tuple[Person, ...]:
    """Members outside for an item other than ``item_key`` (the one now taken): ask them in."""
    return tuple(p for p, item in ledger.withdrawn_at(meeting, at) if item != item_key)


# -- operations --------------------------------------------------------------------------------


def declare_interest(
    meeting: Meeting,
    person_id: str,
    kind: InterestKind | str,
    item_keys: Iterable[str],
    nature: str,
    *,
    made_at: str | None = None,
    at: datetime | None = None,
    rules: InterestRules | None = None,
) -> Meeting:
    """Record a declaration. A barring interest in the item being taken now (``at`` given)
    also records the member leaving the room for it."""
    rules = rules or InterestRules()
    person = meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r} in this meeting")
    try:
        kind = InterestKind(kind)
    except ValueError:
        raise RuleError(f"{kind!r} is not a kind of interest") from None
    if kind not in rules.kinds:
        raise RuleError(f"this body does not use {kind.value.replace('_', ' ')} interests")
    keys = tuple(dict.fromkeys(item_keys))
    if not keys:
        raise RuleError("a declaration names at least one agenda item")
    for key in keys + ((made_at,) if made_at is not None else ()):
        if meeting.item(key) is None:
            raise NotFound("there is no such agenda item")
    nature = clean_text(nature or "").strip()
    if not nature:
        raise RuleError(f"say the nature of {short_name(person)}'s interest")
    leaving = rules.requires_leaving(kind)
    declaration = Declaration(
        person_id, kind, keys, nature, left_room=True if leaving else None, made_at=made_at
    )
    after = replace(meeting, declarations=meeting.declarations + (declaration,))
    current = meeting.current_item
    if (
        leaving
        and at is not None
        and current in keys
        and ledger.state_at(after, person, at).in_room
    ):
        after = ledger.record_withdrawal(after, person_id, current, at)
    return after


def remove_declaration(meeting: Meeting, declaration_key: str) -> Meeting:
    """Take a declaration out (made in error); the ledger's entries stay until removed."""
    if not any(d.key == declaration_key for d in meeting.declarations):
        raise NotFound("that declaration is not in this meeting")
    return replace(
        meeting, declarations=tuple(d for d in meeting.declarations if d.key != declaration_key)
    )


def record_withdrawal_for_item(meeting: Meeting, person_id: str, item_key: str) -> Meeting:
    """Record after the event that a member was out of the room for the whole of an item:
    a withdrawal at its start and (when it has ended) a return at its end."""
    start, end = ledger.item_span(meeting, item_key)
    if start is None:
        raise RuleError("the item has not been taken yet")
    after = ledger.record_withdrawal(meeting, person_id, item_key, start)
    if end is not None:
        after = ledger.record_return(after, person_id, end, item_key)
    return after

"""Quorum: the fewest members in the room for the meeting to do business.

The rule belongs to the body (``Meeting.quorum``, or the setting ``formal.quorum`` as a default
for every meeting): a fixed number, or a fraction of the membership with a minimum ("a quarter,
but at least three"). Members count while they are in the room: a member outside for an
interest does not count, and neither do non-members in attendance or officers. The meeting is
inquorate while fewer are in the room; the spells when it was (lost at, regained at) come from
the ledger, for the live view's warning and for the minutes. Time adjourned is not sitting
time, so no spell is counted then.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, cast

from clerk.domain.formal import RuleError
from clerk.domain.formal import presence as ledger
from clerk.domain.formal.roll import roll
from clerk.domain.model import Meeting, QuorumRule, Role

if TYPE_CHECKING:
    from clerk.domain.formal.rules import FormalRules

SETTING_QUORUM = "formal.quorum"


def rule_from_value(value: object) -> QuorumRule:
    """A rule from its stored form: ``{"number": 3}`` or ``{"fraction": [1, 4], "minimum": 3,
    "membership": 12}`` (as in the meeting record and the setting)."""
    if not isinstance(value, Mapping):
        raise RuleError("a quorum rule is a number, or a fraction with a minimum")
    unknown = set(value) - {"number", "fraction", "minimum", "membership"}
    if unknown:
        raise RuleError(f"a quorum rule has no {sorted(unknown)[0]!r}")
    number = value.get("number")
    fraction = value.get("fraction") or [1, 4]
    if not (
        isinstance(fraction, list | tuple)
        and len(fraction) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in fraction)
    ):
        raise RuleError("a quorum fraction is two whole numbers, e.g. [1, 4]")
    if number is not None:
        rule = QuorumRule(number=number)
        check_rule(rule)
        return rule
    rule = QuorumRule(
        number=None,
        numerator=fraction[0],
        denominator=fraction[1],
        minimum=value.get("minimum", 3),
        membership=value.get("membership"),
    )
    check_rule(rule)
    return rule


def rule_to_value(rule: QuorumRule) -> dict:
    if rule.number is not None:
        return {"number": rule.number}
    out: dict = {"fraction": [rule.numerator, rule.denominator], "minimum": rule.minimum}
    if rule.membership is not None:
        out["membership"] = rule.membership
    return out


def check_rule(rule: QuorumRule) -> None:
    def whole(x: object) -> bool:
        return isinstance(x, int) and not isinstance(x, bool)

    if rule.number is not None and (not whole(rule.number) or rule.number < 1):
        raise RuleError("a quorum is at least one member")
    if not whole(rule.numerator) or not whole(rule.denominator) or rule.denominator < 1:
        raise RuleError("a quorum fraction is two whole numbers, e.g. 1/4")
    if not 0 < rule.numerator <= rule.denominator:
        raise RuleError("a quorum fraction is more than none and at most all of the membership")
    if not whole(rule.minimum) or rule.minimum < 0:
        raise RuleError("a quorum's minimum is a whole number, not negative")
    if rule.membership is not None and (not whole(rule.membership) or rule.membership < 1):
        raise RuleError("a body's membership is at least one seat")


def quorum_rule(
    meeting: Meeting, settings: Mapping[str, object] | FormalRules | None = None
) -> QuorumRule:
    """The meeting's rule, else the setting's, else a quarter of the membership but at least 3."""
    if meeting.quorum is not None:
        return meeting.quorum
    typed = getattr(settings, "quorum", None)
    if isinstance(typed, QuorumRule):
        return typed
    value = cast("Mapping[str, object]", settings or {}).get(SETTING_QUORUM)
    if value is not None:
        return rule_from_value(value)
    return QuorumRule()


def membership_size(meeting: Meeting, rule: QuorumRule) -> int:
    """Seats on the body: the rule's figure, else the members listed (a substitute fills the
    seat of the member they stand in for, so substitutes are not added)."""
    if rule.membership is not None:
        return rule.membership
    return sum(1 for p in meeting.people if p.role.is_member and p.role is not Role.SUBSTITUTE)


def quorum_required(meeting: Meeting, rule: QuorumRule | None = None) -> int:
    rule = rule or quorum_rule(meeting)
    if rule.number is not None:
        return rule.number
    share = math.ceil(membership_size(meeting, rule) * rule.numerator / rule.denominator)
    return max(rule.minimum, share)


@dataclass(frozen=True, slots=True)
class QuorumStatus:
    required: int
    present: int  # members in the room

    @property
    def inquorate(self) -> bool:
        return self.present < self.required

    @property
    def margin(self) -> int:
        """Members who may leave before the meeting is inquorate (negative: members short)."""
        return self.present - self.required


def quorum_at(
    meeting: Meeting, at: datetime | None, rule: QuorumRule | None = None
) -> QuorumStatus:
    rule = rule or quorum_rule(meeting)
    present = roll(meeting).in_room if at is None else ledger.members_in_room_at(meeting, at)
    return QuorumStatus(quorum_required(meeting, rule), len(present))


def is_inquorate(meeting: Meeting, at: datetime | None, rule: QuorumRule | None = None) -> bool:
    return quorum_at(meeting, at, rule).inquorate


@dataclass(frozen=True, slots=True)
class InquorateSpell:
    lost_at: datetime
    regained_at: datetime | None  # None: not regained before the meeting ended (or yet)


def _adjourned(meeting: Meeting, at: datetime) -> bool:
    return any(a.from_ <= at and (a.to is None or at < a.to) for a in meeting.adjournments)


def inquorate_spells(
    meeting: Meeting, rule: QuorumRule | None = None, until: datetime | None = None
) -> tuple[InquorateSpell, ...]:
    """When the meeting was inquorate, from its start to its close (or ``until``)."""
    start = meeting.started_at
    if start is None:
        return ()
    end = meeting.finished_at or until
    rule = rule or quorum_rule(meeting)
    required = quorum_required(meeting, rule)
    points = {start}
    points.update(t for t in ledger.change_times(meeting) if t > start)
    for a in meeting.adjournments:
        points.update(t for t in (a.from_, a.to) if t is not None and t > start)
    spells: list[InquorateSpell] = []
    lost: datetime | None = None
    for t in sorted(points):
        if end is not None and t >= end:
            break
        short = not _adjourned(meeting, t) and (
            len(ledger.members_in_room_at(meeting, t)) < required
        )
        if short and lost is None:
            lost = t
        elif not short and lost is not None:
            spells.append(InquorateSpell(lost, t))
            lost = None
    if lost is not None:
        spells.append(InquorateSpell(lost, None))
    return tuple(spells)


def set_quorum_rule(meeting: Meeting, rule: QuorumRule | None) -> Meeting:
    """Set (or with None, clear) the meeting's quorum rule."""
    if rule is not None:
        check_rule(rule)
        if rule.number is not None:  # a fixed number says all; keep one form of it
            rule = QuorumRule(number=rule.number)
    return replace(meeting, quorum=rule)

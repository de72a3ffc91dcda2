"""Quorum: the rule, counting withdrawn members out, and the inquorate spells."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clerk.domain.formal import RuleError, quorum
from clerk.domain.formal import presence as ledger
from clerk.domain.model import Adjournment, QuorumRule
from tests.domain.test_formal_support import at, committee


@pytest.mark.parametrize(
    ("rule", "seats", "required"),
    [
        (QuorumRule(number=4), 7, 4),
        (QuorumRule(), 7, 3),  # a quarter of 7 is 1.75 -> 2, but at least 3
        (QuorumRule(), 15, 4),  # a quarter of 15 -> 4
        (QuorumRule(numerator=1, denominator=3, minimum=2), 12, 4),
        (QuorumRule(numerator=1, denominator=2, minimum=0), 7, 4),  # a half, rounded up
    ],
)
def test_required_number(rule, seats, required):
    m = committee()
    rule = replace(rule, membership=seats) if rule.number is None else rule
    assert quorum.quorum_required(m, rule) == required


def test_membership_counts_members_not_substitutes_or_others():
    m = committee()  # 7 members, one in attendance, one officer
    assert quorum.membership_size(m, QuorumRule()) == 7


def test_withdrawn_members_are_counted_out():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=5))
    # At 18:30 in the room: Ashdown, Birchall, Cedarholm, Dalby, Elmore, Gorsedene (6).
    assert quorum.quorum_at(m, at(18, 30)) == quorum.QuorumStatus(required=5, present=6)
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 40))
    assert not quorum.is_inquorate(m, at(18, 40))
    m = ledger.record_withdrawal(m, "dale", "i4", at(18, 41))
    assert quorum.is_inquorate(m, at(18, 41))
    assert quorum.quorum_at(m, at(18, 41)).margin == -1
    # Non-members in the room (the Executive Member, the officer) never count.
    assert len(ledger.in_room_at(m, at(18, 41))) == 6


def test_inquorate_spells_from_the_ledger():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=5))
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 40))
    m = ledger.record_withdrawal(m, "dale", "i4", at(18, 40))
    m = ledger.record_return(m, "dale", at(18, 52))
    m = ledger.record_departure(m, "elm", at(19, 10))
    m = ledger.record_departure(m, "birch", at(19, 15))
    m = replace(m, finished_at=at(19, 30))
    spells = quorum.inquorate_spells(m)
    assert spells == (
        quorum.InquorateSpell(at(18, 40), at(18, 52)),
        quorum.InquorateSpell(at(19, 10), None),
    )


def test_no_spell_counted_while_adjourned_or_before_the_start():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=6))
    # Before Gorsedene's arrival at 18:20 only 5 members: inquorate from the start.
    assert quorum.inquorate_spells(m, until=at(19, 0)) == (
        quorum.InquorateSpell(at(18, 0), at(18, 20)),
    )
    m = replace(m, adjournments=(Adjournment(at(18, 30), at(18, 45)),))
    m = ledger.record_departure(m, "dale", at(18, 31))
    m = ledger.record_arrival(m, "dale", at(18, 44))
    assert quorum.inquorate_spells(m, until=at(19, 0)) == (
        quorum.InquorateSpell(at(18, 0), at(18, 20)),
    )
    assert quorum.inquorate_spells(replace(m, started_at=None)) == ()


def test_rule_from_the_setting_and_bad_rules_refused():
    m = committee()
    rule = quorum.quorum_rule(m, {"formal.quorum": {"fraction": [1, 3], "minimum": 2}})
    assert quorum.quorum_required(m, rule) == 3
    assert quorum.rule_to_value(rule) == {"fraction": [1, 3], "minimum": 2}
    assert quorum.rule_from_value({"number": 4}) == QuorumRule(number=4)
    for bad in ({"number": 0}, {"fraction": [5, 4]}, {"fraction": [1]}, {"size": 3}, 3):
        with pytest.raises(RuleError):
            quorum.rule_from_value(bad)
    with pytest.raises(RuleError, match="at least one"):
        quorum.set_quorum_rule(m, QuorumRule(number=-1))

"""Motions and votes: who may vote, totals bounded by them, recorded votes, the casting vote,
and interests that bar a member from an item."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk.domain.formal import RuleError, interests, votes
from clerk.domain.formal import presence as ledger
from clerk.domain.model import InterestKind, MotionKind, MotionResult, Resolution
from tests.domain.test_formal_support import at, committee, taken


def ids(people) -> list[str]:
    return [p.id for p in people]


def item_with_motion(when=at(18, 45)):
    m = taken(committee(), "i4", at(18, 30))
    m = votes.move_motion(
        m, "i4", "That the policy be approved.", "cedar", "dale", at=when, key="m1"
    )
    return m


def motion(m, key="m1", item="i4"):
    return next(x for x in m.item(item).motions if x.key == key)


def test_entitled_are_members_in_the_room_not_barred():
    m = taken(committee(), "i4", at(18, 30))
    m = interests.declare_interest(
        m, "birch", InterestKind.DISCLOSABLE_PECUNIARY, ["i4"], "owns a taxi firm", at=at(18, 31)
    )
    m = ledger.record_departure(m, "elm", at(18, 40))
    # Birchall left the room on declaring at the item itself; Elmore has gone; Fernley sent
    # apologies; Holmwood and the officer are not members.
    assert ids(votes.entitled_to_vote(m, "i4", at(18, 45))) == ["ash", "cedar", "dale", "gorse"]
    assert "left the room" not in (votes.why_not_entitled(m, "i4", "ash", at(18, 45)) or "")
    assert "interest" in votes.why_not_entitled(m, "i4", "birch", at(18, 45))
    assert "not at the meeting" in votes.why_not_entitled(m, "i4", "elm", at(18, 45))
    assert "not a member" in votes.why_not_entitled(m, "i4", "holm", at(18, 45))
    # On the next item Birchall may vote again once back in the room.
    m = ledger.record_return(m, "birch", at(18, 50))
    assert "birch" in ids(votes.entitled_to_vote(m, "i5", at(18, 55)))


def test_barred_member_cannot_vote_even_if_the_ledger_shows_them_in_the_room():
    m = taken(committee(), "i5", at(18, 30))
    m = interests.declare_interest(
        m, "cedar", InterestKind.PREJUDICIAL, ["i4"], "a relative holds a licence"
    )
    # Declared at the declarations item for item 4, not yet taken: no withdrawal recorded yet.
    assert not any(e.person == "cedar" for e in m.presence)
    assert "cedar" not in ids(votes.entitled_to_vote(m, "i4", at(18, 45)))
    assert ids(interests.withdrawals_due(m, "i4", at(18, 45))) == ["cedar"]


def test_show_of_hands_totals_cannot_exceed_those_entitled():
    m = item_with_motion()
    entitled = len(votes.entitled_to_vote(m, "i4", at(18, 50)))
    assert entitled == 6
    with pytest.raises(RuleError, match="make 7 votes, but only 6 members are entitled"):
        votes.record_show_of_hands(m, "i4", "m1", 4, 2, 1, at=at(18, 50))
    m = ledger.record_withdrawal(m, "gorse", "i4", at(18, 49))
    with pytest.raises(RuleError, match="only 5 members"):
        votes.record_show_of_hands(m, "i4", "m1", 4, 2, 0, at=at(18, 50))
    done = votes.record_show_of_hands(m, "i4", "m1", 3, 2, 0, at=at(18, 50))
    assert motion(done).result is MotionResult.CARRIED
    assert motion(done).vote.for_ == 3


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 8), st.integers(0, 8), st.integers(0, 8))
def test_any_show_of_hands_is_accepted_exactly_when_within_those_entitled(f, a, ab):
    m = item_with_motion()
    entitled = len(votes.entitled_to_vote(m, "i4", at(18, 50)))
    if f + a + ab <= entitled:
        done = votes.record_show_of_hands(m, "i4", "m1", f, a, ab, at=at(18, 50))
        result = motion(done).result
        assert result is (MotionResult.CARRIED if f > a else MotionResult.LOST)
    else:
        with pytest.raises(RuleError):
            votes.record_show_of_hands(m, "i4", "m1", f, a, ab, at=at(18, 50))


def test_recorded_vote_from_a_show_of_hands_names_everyone_entitled():
    m = item_with_motion()
    m = votes.record_show_of_hands(m, "i4", "m1", 3, 2, 0, at=at(18, 50))
    marks = {"cedar": "for", "dale": "for", "gorse": "for", "ash": "against", "elm": "against"}
    # Naming a different count than the hands showed is refused...
    with pytest.raises(RuleError, match="the names give 3 for, 1 against"):
        votes.record_named_vote(m, "i4", "m1", {**marks, "elm": "abstain"})
    # ...the matching names turn it into a named vote at the same moment.
    done = votes.record_named_vote(m, "i4", "m1", marks)
    v = motion(done).vote
    assert (v.for_, v.against, v.abstain) == (3, 2, 0)
    assert v.recorded.for_ == ("cedar", "dale", "gorse")
    assert v.recorded.against == ("ash", "elm")
    assert v.recorded.did_not_vote == ("birch",)
    assert motion(done).voted_at == at(18, 50)
    # A retaken vote may differ.
    retaken = votes.record_named_vote(m, "i4", "m1", {"ash": "for", "elm": "for"}, retake=True)
    assert motion(retaken).vote.for_ == 2


def test_recorded_vote_refuses_members_not_entitled():
    m = item_with_motion()
    m = ledger.record_withdrawal(m, "elm", "i4", at(18, 40))
    with pytest.raises(RuleError, match="Cllr Elmore is out of the room"):
        votes.record_named_vote(m, "i4", "m1", {"elm": "for"}, at=at(18, 50))
    with pytest.raises(RuleError, match="not a member"):
        votes.record_named_vote(m, "i4", "m1", {"holm": "for"}, at=at(18, 50))
    with pytest.raises(RuleError, match="not a way to vote"):
        votes.record_named_vote(m, "i4", "m1", {"ash": "maybe"}, at=at(18, 50))


def test_casting_vote_only_on_equality_and_only_by_the_chair():
    m = item_with_motion()
    unequal = votes.record_show_of_hands(m, "i4", "m1", 3, 2, 1, at=at(18, 50))
    with pytest.raises(RuleError, match="only when the votes are equal"):
        votes.record_casting_vote(unequal, "i4", "m1", "ash", "for")
    tie = votes.record_show_of_hands(m, "i4", "m1", 3, 3, 0, at=at(18, 50))
    assert motion(tie).result is MotionResult.LOST  # equal votes do not carry a motion
    assert tie.item("i4").resolution is None
    with pytest.raises(RuleError, match="only the Chair"):
        votes.record_casting_vote(tie, "i4", "m1", "birch", "for")
    carried = votes.record_casting_vote(tie, "i4", "m1", "ash", "for")
    v = motion(carried).vote
    assert (v.casting_vote, v.casting_side) == ("ash", "for")
    assert motion(carried).result is MotionResult.CARRIED
    assert carried.item("i4").resolution == Resolution(("That the policy be approved.",))
    lost = votes.record_casting_vote(tie, "i4", "m1", "ash", "against")
    assert motion(lost).result is MotionResult.LOST


def test_vice_chair_has_the_casting_vote_when_the_chair_is_out():
    m = item_with_motion()
    m = ledger.record_departure(m, "ash", at(18, 46))
    tie = votes.record_show_of_hands(m, "i4", "m1", 2, 2, 1, at=at(18, 50))
    assert votes.presiding_member(tie, "i4", at(18, 50)).id == "birch"
    done = votes.record_casting_vote(tie, "i4", "m1", "birch", "against")
    assert motion(done).result is MotionResult.LOST


def test_mover_and_seconder_must_be_members_present_and_different():
    m = taken(committee(), "i4", at(18, 30))
    with pytest.raises(RuleError, match="another member"):
        votes.move_motion(m, "i4", "That …", "cedar", "cedar", at=at(18, 40))
    with pytest.raises(RuleError, match="Cllr Fernley is not at the meeting, so cannot move it"):
        votes.move_motion(m, "i4", "That …", "fern", "cedar", at=at(18, 40))
    with pytest.raises(RuleError, match="needs its wording"):
        votes.move_motion(m, "i4", "  ", "cedar", "dale")
    with pytest.raises(RuleError, match="needs a motion"):
        votes.move_motion(m, "i4", "To add …", "cedar", "dale", kind=MotionKind.AMENDMENT)


def test_amendment_lost_then_substantive_motion_carried_becomes_the_resolution():
    m = item_with_motion()
    m = votes.move_motion(
        m,
        "i4",
        "To add 'subject to review in a year'.",
        "elm",
        "gorse",
        kind="amendment",
        at=at(18, 47),
        key="a1",
    )
    m = votes.record_show_of_hands(m, "i4", "a1", 2, 4, 0, at=at(18, 48))
    assert motion(m, "a1").result is MotionResult.LOST
    assert m.item("i4").resolution is None  # an amendment never becomes the resolution
    m = votes.record_show_of_hands(m, "i4", "m1", 5, 1, 0, at=at(18, 50))
    assert m.item("i4").resolution.parts == ("That the policy be approved.",)
    with pytest.raises(RuleError, match="already been carried"):
        votes.withdraw_motion(m, "i4", "m1")


def test_withdrawn_motion_cannot_be_voted_on():
    m = votes.withdraw_motion(item_with_motion(), "i4", "m1")
    assert motion(m).result is MotionResult.WITHDRAWN
    with pytest.raises(RuleError, match="withdrawn"):
        votes.record_show_of_hands(m, "i4", "m1", 1, 0, 0, at=at(18, 50))


def test_numbered_motion_becomes_numbered_resolution_parts():
    text = "That:\ni. the report be noted;\nii. the policy be approved,\n   as amended;"
    assert votes.resolution_parts(text) == (
        "the report be noted;",
        "the policy be approved, as amended;",
    )
    assert votes.resolution_parts("That the report be noted.") == ("That the report be noted.",)


def test_declarations_use_the_kinds_the_body_has_chosen():
    rules = interests.interest_rules({"formal.interest_kinds": ["personal", "prejudicial"]})
    m = committee()
    with pytest.raises(RuleError, match="does not use disclosable pecuniary"):
        interests.declare_interest(m, "ash", "disclosable_pecuniary", ["i4"], "x", rules=rules)
    with pytest.raises(RuleError, match="not one of"):
        interests.interest_rules({"formal.interest_kinds": ["secret"]})
    m = interests.declare_interest(m, "ash", "personal", ["i4", "i5"], "a governor", rules=rules)
    assert m.declarations[-1].left_room is None
    assert interests.barred_from_item(m, "i4", rules) == frozenset()
    # A body may say that a personal interest, too, means leaving the room.
    strict = interests.interest_rules({"formal.interest_kinds_leaving": ["personal"]})
    assert interests.barred_from_item(m, "i4", strict) == {"ash"}


def test_declaration_made_at_an_item_is_minuted_there():
    m = taken(committee(), "i2", at(18, 5))
    m = interests.declare_interest(m, "dale", "other_registerable", ["i5"], "a trader")
    m = taken(m, "i5", at(18, 50))
    m = interests.declare_interest(
        m, "elm", "disclosable_pecuniary", ["i5"], "holds a consent", made_at="i5", at=at(18, 51)
    )
    assert [d.person for d in interests.declarations_made_at(m, "i2")] == ["dale"]
    assert [d.person for d in interests.declarations_made_at(m, "i5")] == ["elm"]
    # Declared at the item itself: Elmore left the room then, and comes back afterwards.
    assert [(p.id, k) for p, k in ledger.withdrawn_at(m, at(18, 52))] == [("elm", "i5")]
    assert ids(interests.returns_due(m, "i6", at(19, 0))) == ["elm"]


def test_withdrawal_recorded_after_the_event_spans_the_item():
    m = taken(committee(), "i4", at(18, 30), at(18, 50))
    m = interests.declare_interest(m, "cedar", "prejudicial", ["i4"], "a relative")
    m = interests.record_withdrawal_for_item(m, "cedar", "i4")
    assert not ledger.state_at(m, m.person("cedar"), at(18, 40)).in_room
    assert ledger.state_at(m, m.person("cedar"), at(18, 50)).in_room
    with pytest.raises(RuleError, match="not been taken"):
        interests.record_withdrawal_for_item(m, "cedar", "i5")


def test_who_could_vote_is_read_at_the_moment_of_each_vote():
    m = item_with_motion()
    m = votes.move_motion(m, "i4", "To add a review.", "elm", "gorse", kind="amendment", key="a1")
    m = votes.record_show_of_hands(m, "i4", "a1", 2, 4, 0, at=at(18, 47))
    m = ledger.record_departure(m, "gorse", at(18, 48))
    m = votes.record_show_of_hands(m, "i4", "m1", 4, 1, 0, at=at(18, 50))
    assert "gorse" in ids(votes.entitled_for_motion(m, "i4", "a1"))
    assert "gorse" not in ids(votes.entitled_for_motion(m, "i4", "m1"))

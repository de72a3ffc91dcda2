"""The minutes' sentences for formal business."""

from __future__ import annotations

from clerk.domain.formal import exclusion, interests, quorum, timing, votes
from clerk.domain.formal import presence as ledger
from clerk.domain.formal import wording as w
from clerk.domain.model import Continuation, InterestKind, QuorumRule, TimeLimits
from tests.domain.test_formal_support import at, committee, taken


def test_withdrawal_and_return():
    m = committee()
    cedar = m.person("cedar")
    assert (
        w.withdrawal_sentence(cedar, InterestKind.DISCLOSABLE_PECUNIARY)
        == "Cllr Cedarholm left the meeting for this item, having declared a disclosable "
        "pecuniary interest."
    )
    assert (
        w.withdrawal_sentence(cedar, InterestKind.OTHER_REGISTERABLE, at(18, 40))
        == "Cllr Cedarholm left the meeting for this item at 6.40 pm, having declared an "
        "other registerable interest."
    )
    assert w.return_sentence(cedar) == "Cllr Cedarholm returned to the meeting."
    assert (
        w.return_sentence(cedar, at(18, 52)) == "Cllr Cedarholm returned to the meeting at 6.52 pm."
    )


def test_inquorate_spells_worded():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=6))
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 40))
    m = ledger.record_return(m, "cedar", at(18, 52))
    m = ledger.record_departure(m, "dale", at(19, 10))
    spells = quorum.inquorate_spells(m, until=at(19, 30))
    assert [w.inquorate_sentence(s, m.started_at) for s in spells] == [
        "The meeting was inquorate from its start at 6.00 pm to 6.20 pm.",
        "The meeting was inquorate from 6.40 pm to 6.52 pm.",
        "The meeting became inquorate at 7.10 pm and did not regain its quorum.",
    ]
    never = quorum.InquorateSpell(m.started_at, None)
    assert w.inquorate_sentence(never, m.started_at) == (
        "The meeting was inquorate when it began at 6.00 pm and did not become quorate."
    )


def test_recorded_vote_and_casting_vote_sentences():
    m = taken(committee(), "i4", at(18, 30))
    m = interests.declare_interest(m, "birch", "prejudicial", ["i4"], "a licence holder")
    m = votes.move_motion(m, "i4", "That the policy be approved.", "cedar", "dale", key="m1")
    marks = {"cedar": "for", "dale": "for", "ash": "against", "elm": "against", "gorse": "abstain"}
    m = votes.record_named_vote(m, "i4", "m1", marks, at=at(18, 50))
    motion = m.item("i4").motions[0]
    assert w.recorded_vote_sentence(m, motion) == (
        "A recorded vote was taken: For: Councillors Cedarholm and Dalby (2); "
        "Against: Councillors Ashdown and Elmore (2); Abstained: Councillor Gorsedene (1)."
    )
    assert w.result_sentence(motion) == (
        "On being put to the vote, the motion was lost (2 for, 2 against and 1 abstention)."
    )
    m = votes.record_casting_vote(m, "i4", "m1", "ash", "for")
    motion = m.item("i4").motions[0]
    assert w.casting_vote_sentence(m, motion) == (
        "There being an equality of votes, the Chair, Cllr Ashdown, gave a casting vote for "
        "the motion, which was therefore carried."
    )
    assert w.motion_sentence(m, motion) == (
        "Cllr Cedarholm moved, and Cllr Dalby seconded, that the policy be approved."
    )


def test_did_not_vote_listed():
    m = taken(committee(), "i4", at(18, 30))
    m = votes.move_motion(m, "i4", "That the report be noted.", key="m1")
    m = votes.record_named_vote(m, "i4", "m1", {"ash": "for"}, at=at(18, 50))
    sentence = w.recorded_vote_sentence(m, m.item("i4").motions[0])
    assert sentence.endswith(
        "Did not vote: Councillors Birchall, Cedarholm, Dalby, Elmore and Gorsedene (5)."
    )
    assert "Against: none (0)" in sentence


def test_exclusion_resolution_with_two_paragraphs_and_readmission():
    m = exclusion.exclude_press_and_public(committee(), at(19, 31), ["i7", "i5"], [3, 1])
    text = w.exclusion_resolution(m, m.exclusions[0])
    assert text == (
        "That the press and public be excluded from the meeting during consideration of agenda "
        "items 7 (Review of a Driver's Licence) and 5 (Street Trading Consents), on the grounds "
        "that they contain information relating to any individual and information relating to "
        "the financial or business affairs of any particular person (including the authority "
        "holding that information), which is classed as exempt under Paragraphs 1 and 3 of "
        "Schedule 12A to Section 100A of the Local Government Act 1972 (as revised by the "
        "Local Government (Access to Information) (Variation) Order 2006)."
    )
    assert w.readmission_sentence(m.exclusions[0]) is None
    m = exclusion.readmit_press_and_public(m, at(20, 5))
    assert w.readmission_sentence(m.exclusions[0]) == (
        "The press and public were readmitted to the meeting at 8.05 pm."
    )


def test_resolution_to_continue():
    limits = TimeLimits(meeting_minutes=180)
    m = timing.set_time_limits(committee(), limits)
    m = timing.resolve_to_continue(m, at(20, 50), at(21, 30))
    c = m.continuations[0]
    assert w.continuation_resolution(c, limits) == (
        "That the meeting continue beyond three hours, until 9.30 pm."
    )
    assert w.continuation_sentence(Continuation(at(20, 50)), TimeLimits(meeting_minutes=150)) == (
        "At 8.50 pm it was Resolved: That the meeting continue beyond two and a half hours, "
        "to conclude the remaining business."
    )
    assert w.duration_words(100) == "100 minutes"


def _dotted(moment) -> str:
    """A clock as a house style may pass one: "6.40 p.m."."""
    return f"{moment.hour % 12 or 12}.{moment.minute:02d} {'a.m.' if moment.hour < 12 else 'p.m.'}"


def test_sentences_write_times_with_the_clock_given():
    m = committee()
    cedar = m.person("cedar")
    h24 = lambda moment: f"{moment:%H:%M}"  # noqa: E731
    assert w.arrival_sentence(cedar, at(18, 7), clock=h24) == (
        "Cllr Cedarholm joined the meeting at 18:07."
    )
    assert w.inquorate_sentence(quorum.InquorateSpell(at(18, 40), at(18, 52)), clock=h24) == (
        "The meeting was inquorate from 18:40 to 18:52."
    )
    assert w.continuation_sentence(Continuation(at(20, 50), at(21, 30)), clock=h24) == (
        "At 20:50 it was Resolved: That the meeting continue beyond its time limit, until 21:30."
    )


def test_a_time_ending_in_a_full_stop_ends_the_sentence():
    m = committee()
    cedar = m.person("cedar")
    assert w.departure_sentence(cedar, at(19, 5), clock=_dotted) == (
        "Cllr Cedarholm left the meeting at 7.05 p.m."
    )
    assert w.return_sentence(cedar, at(18, 52), clock=_dotted) == (
        "Cllr Cedarholm returned to the meeting at 6.52 p.m."
    )
    assert w.withdrawal_sentence(cedar, None, at(18, 40), clock=_dotted) == (
        "Cllr Cedarholm left the meeting for this item at 6.40 p.m."
    )
    assert w.inquorate_sentence(quorum.InquorateSpell(at(18, 40), at(18, 52)), clock=_dotted) == (
        "The meeting was inquorate from 6.40 p.m. to 6.52 p.m."
    )
    m = exclusion.exclude_press_and_public(m, at(19, 31), ["i7"], [1])
    m = exclusion.readmit_press_and_public(m, at(20, 5))
    assert w.readmission_sentence(m.exclusions[0], clock=_dotted) == (
        "The press and public were readmitted to the meeting at 8.05 p.m."
    )
    assert w.continuation_resolution(Continuation(at(20, 50), at(21, 30)), clock=_dotted) == (
        "That the meeting continue beyond its time limit, until 9.30 p.m."
    )


def test_a_note_is_printed_as_the_clerk_typed_it():
    cedar = committee().person("cedar")
    assert w.arrival_sentence(cedar, at(18, 7), "held up at 5.45 pm.", clock=_dotted) == (
        "Cllr Cedarholm joined the meeting at 6.07 p.m. (held up at 5.45 pm)."
    )
    assert w.departure_sentence(cedar, at(19, 5), "back by 8 p.m.") == (
        "Cllr Cedarholm left the meeting at 7.05 pm (back by 8 p.m.)."
    )

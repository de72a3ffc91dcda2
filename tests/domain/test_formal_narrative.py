"""Formal sentences placed under the minute of the item where they happened."""

from __future__ import annotations

from dataclasses import replace

from clerk.domain.formal import exclusion, interests, narrative, quorum, timing
from clerk.domain.formal import presence as ledger
from clerk.domain.model import QuorumRule, TimeLimits
from tests.domain.test_formal_support import at, committee, taken


def test_sentences_land_under_the_item_in_time_order():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=5))
    m = timing.set_time_limits(m, TimeLimits(meeting_minutes=60))
    m = taken(m, "i3", at(18, 10))
    m = taken(m, "i4", at(18, 30))
    m = interests.declare_interest(
        m,
        "cedar",
        "disclosable_pecuniary",
        ["i4"],
        "owns a taxi firm",
        made_at="i4",
        at=at(18, 31),
    )
    m = ledger.record_departure(m, "dale", at(18, 40))
    m = timing.resolve_to_continue(m, at(18, 55), at(19, 30))
    m = taken(m, "i6", at(19, 0))
    m = ledger.record_return(m, "cedar", at(19, 0))
    m = exclusion.exclude_press_and_public(m, at(19, 1), ["i7"], [1], "i6")
    m = taken(m, "i7", at(19, 2))
    m = exclusion.readmit_press_and_public(m, at(19, 20))
    m = replace(m, finished_at=at(19, 25))

    # Gorsedene's late arrival (simple field) came during item 3.
    assert narrative.item_sentences(m, "i3") == ["Cllr Gorsedene joined the meeting at 6.20 pm."]
    assert narrative.item_sentences(m, "i4") == [
        "Cllr Cedarholm left the meeting for this item, having declared a disclosable "
        "pecuniary interest.",
        "Cllr Dalby left the meeting at 6.40 pm.",
        "The meeting was inquorate from 6.40 pm to 7.00 pm.",
        "At 6.55 pm it was Resolved: That the meeting continue beyond one hour, until 7.30 pm.",
        "Cllr Cedarholm returned to the meeting.",
    ]
    assert narrative.item_sentences(m, "i7") == [
        "The press and public were readmitted to the meeting at 7.20 pm."
    ]
    assert "Cllr Dalby left the meeting at 6.40 pm." not in narrative.item_sentences(
        m, "i4", include_moves=False
    )


def test_a_spell_before_the_first_item_goes_under_the_first_item_taken():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=6))
    m = taken(m, "i1", at(18, 5))
    m = replace(m, finished_at=at(19, 0))
    assert narrative.item_sentences(m, "i1") == [
        "The meeting was inquorate from its start at 6.00 pm to 6.20 pm.",
        "Cllr Gorsedene joined the meeting at 6.20 pm.",
    ]


def test_entries_write_times_with_the_clock_given():
    m = quorum.set_quorum_rule(committee(), QuorumRule(number=6))
    m = timing.set_time_limits(m, TimeLimits(meeting_minutes=60))
    m = taken(m, "i3", at(18, 10))
    m = timing.resolve_to_continue(m, at(18, 55), at(19, 30))
    h24 = lambda moment: f"{moment:%H:%M}"  # noqa: E731
    assert narrative.item_sentences(m, "i3", clock=h24) == [
        "The meeting was inquorate from its start at 18:00 to 18:20.",
        "Cllr Gorsedene joined the meeting at 18:20.",
        "At 18:55 it was Resolved: That the meeting continue beyond one hour, until 19:30.",
    ]

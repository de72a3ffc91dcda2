"""Clerk's formal sentences write each time once, in the house style's ``format.time``: after
"at", "from", "to", "until" and at a sentence's start alike; what the clerk typed (a reason, a
note) is printed as typed; a time ending in a full stop ends its sentence with one stop."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from clerk.domain.formal import exclusion, quorum, timing
from clerk.domain.formal import presence as ledger
from clerk.domain.model import Adjournment, PresenceEvent, PresenceKind, QuorumRule, TimeLimits
from clerk.minutes import compose, plain_text
from clerk.minutes.calendar_words import clock
from clerk.minutes.style import parse_style
from tests.minutes.factory import at, meeting


def _text(m, fmt: str | None = None) -> str:
    style = parse_style(f'[format]\ntime = "{fmt}"') if fmt else None
    return plain_text(compose(m, style=style))


def _formal_business():
    """Cllr Gill leaves at 6.40 pm and comes back at 6.52 pm, leaving the committee (five
    members present, a quorum of five) inquorate between; at 7.00 pm the meeting resolves to
    go on until 8.15 pm; the press and public are excluded at 7.02 pm and readmitted at
    7.05 pm."""
    m = meeting()
    m = replace(m, items=tuple(replace(it, key=f"i{it.agenda_number}") for it in m.items))
    m = quorum.set_quorum_rule(m, QuorumRule(number=5))
    m = ledger.record_departure(m, "gill", at("18:40"))
    m = ledger.record_arrival(m, "gill", at("18:52"))
    m = timing.set_time_limits(m, TimeLimits(meeting_minutes=60))
    m = timing.resolve_to_continue(m, at("19:00"), at("20:15"))
    m = exclusion.exclude_press_and_public(m, at("19:02"), ["i3"], [1])
    return exclusion.readmit_press_and_public(m, at("19:05"))


def test_times_after_from_and_at_a_sentences_start_take_the_style():
    m = _formal_business()
    text = _text(m, "HH:MM")
    assert "The meeting was inquorate from 18:40 to 18:52." in text
    assert (
        "At 19:00 it was Resolved: That the meeting continue beyond one hour, until 20:15."
    ) in text
    assert "Cllr Gill left the meeting at 18:40." in text
    assert "The press and public were readmitted to the meeting at 19:05." in text
    assert " pm" not in text
    default = _text(m)
    assert "The meeting was inquorate from 6.40 pm to 6.52 pm." in default
    assert "At 7.00 pm it was Resolved:" in default


def test_hh_mm_style():
    late = replace(meeting(), presence=(PresenceEvent("gill", PresenceKind.ARRIVED, at("18:07")),))
    assert "Cllr Gill joined the meeting at 18:07." in _text(late, "HH:MM")
    assert "Cllr Gill joined the meeting at 18.07." in _text(late, "HH.MM")


@pytest.mark.parametrize("fmt", ["h.mm a.m.", "h.mma.m."])
def test_a_time_ending_a_sentence_gives_one_full_stop(fmt):
    m = replace(
        _formal_business(),
        adjournments=(Adjournment(at("18:20"), at("18:30")), Adjournment(at("18:55"))),
    )
    text = _text(m, fmt)
    gap = " " if " " in fmt else ""
    assert f"Cllr Gill joined the meeting at 6.52{gap}p.m.\n" in text
    assert f"The meeting was inquorate from 6.40{gap}p.m. to 6.52{gap}p.m.\n" in text
    assert f"until 8.15{gap}p.m.\n" in text
    assert f"readmitted to the meeting at 7.05{gap}p.m.\n" in text
    assert f"reconvened at 6.30{gap}p.m.\n" in text
    assert f"The meeting adjourned at 6.55{gap}p.m.\n" in text
    assert ".." not in text and ". ." not in text


def test_what_the_clerk_typed_is_left_as_typed():
    m = replace(
        meeting(),
        presence=(
            PresenceEvent(
                "gill", PresenceKind.ARRIVED, at("18:07"), note="held up at 5.45 pm by the ferry"
            ),
            PresenceEvent("gill", PresenceKind.LEFT, at("18:50"), note="to be back by 8.00 p.m."),
        ),
        adjournments=(
            Adjournment(at("18:30"), at("18:45"), "adjourned until 5.30 pm for the fire drill"),
        ),
    )
    for fmt in ("HH:MM", "h.mm a.m.", "h[.mm]am"):
        text = _text(m, fmt)
        assert "(adjourned until 5.30 pm for the fire drill)" in text
        assert "(held up at 5.45 pm by the ferry)." in text
        # the stop that ends "p.m." is the clerk's: kept, and the sentence's own is after the
        # bracket
        assert "(to be back by 8.00 p.m.)." in text
    text = _text(m, "HH:MM")
    assert "The meeting adjourned at 18:30 (adjourned until 5.30 pm for the fire drill) and " in (
        text
    )
    assert "Cllr Gill joined the meeting at 18:07 (held up at 5.45 pm by the ferry)." in text


def test_the_clock_of_every_form():
    assert clock(time(0, 5), "HH:MM") == "00:05" and clock(time(12, 0), "HH:MM") == "12:00"
    assert clock(time(0, 5), "h.mm am") == "12.05 am" and clock(time(12, 0), "h.mm am") == (
        "12.00 pm"
    )
    assert clock(time(9, 5), "h.mma.m.") == "9.05a.m."
    late = replace(meeting(), presence=(PresenceEvent("gill", PresenceKind.ARRIVED, at("19:00")),))
    assert "Cllr Gill joined the meeting at 7pm." in _text(late, "h[.mm]am")

"""Time limits: speakers, items and the meeting's guillotine, with a resolution to continue."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from clerk.domain.formal import RuleError, timing
from clerk.domain.model import Speaker, TimeLimits
from tests.domain.test_formal_support import at, committee, taken


def test_speaker_countdown_warns_in_the_last_minute_and_stops_when_they_finish():
    m = taken(committee(), "i4", at(18, 30))
    item = m.item("i4")
    m = replace(
        m,
        items=tuple(
            replace(it, speakers=(Speaker("Sam Rowe", key="s1"),)) if it is item else it
            for it in m.items
        ),
    )
    assert timing.speaker_clock(m.item("i4").speakers[0], at(18, 31)) is None
    m = timing.start_speaker(m, "i4", "s1", at(18, 31))
    limits = timing.time_limits(m, {"formal.speaker_minutes": 3})
    s = m.item("i4").speakers[0]
    clock = timing.speaker_clock(s, at(18, 32, 30), limits)
    assert clock.remaining == timedelta(minutes=1, seconds=30)
    assert not clock.warning and not clock.overdue
    assert timing.speaker_clock(s, at(18, 33, 10), limits).warning
    assert timing.speaker_clock(s, at(18, 34), limits).overdue
    m = timing.finish_speaker(m, "i4", "s1", at(18, 33, 40))
    stopped = timing.speaker_clock(m.item("i4").speakers[0], at(19, 0), limits)
    assert stopped.remaining == timedelta(seconds=20) and not stopped.overdue
    with pytest.raises(RuleError, match="finishes after starting"):
        timing.finish_speaker(m, "i4", "s1", at(18, 0))


def test_item_time_limit():
    m = timing.set_item_time_limit(committee(), "i4", 20)
    assert timing.item_clock(m, "i4", at(18, 40)) is None  # not taken yet
    m = taken(m, "i4", at(18, 30))
    assert timing.item_clock(m, "i4", at(18, 45)).remaining == timedelta(minutes=5)
    assert timing.item_clock(m, "i4", at(18, 51)).overdue
    with pytest.raises(RuleError, match="whole number of minutes"):
        timing.set_item_time_limit(m, "i4", 0)


def test_guillotine_warns_ahead_and_a_resolution_to_continue_moves_it():
    m = timing.set_time_limits(committee(), TimeLimits(speaker_minutes=3, meeting_minutes=180))
    assert timing.meeting_deadline(m) == at(21, 0)
    clock = timing.meeting_clock(m, at(20, 49))
    assert clock.warn_at == at(20, 50) and not clock.warning
    assert timing.meeting_clock(m, at(20, 50)).warning
    assert timing.meeting_clock(m, at(21, 0)).overdue
    m = timing.resolve_to_continue(m, at(20, 55), at(21, 30))
    assert timing.meeting_deadline(m) == at(21, 30)
    assert not timing.meeting_clock(m, at(21, 5)).overdue
    m = timing.resolve_to_continue(m, at(21, 25))  # to finish the business
    assert timing.meeting_deadline(m) is None
    assert timing.meeting_clock(m, at(22, 0)).remaining is None
    with pytest.raises(RuleError, match="later time"):
        timing.resolve_to_continue(m, at(21, 0), at(20, 0))


def test_limits_from_settings_and_defaults():
    m = committee()
    assert timing.time_limits(m) == TimeLimits(3, None, 10)
    assert timing.time_limits(m, {"formal.meeting_minutes": 150}).meeting_minutes == 150
    with pytest.raises(RuleError):
        timing.time_limits(m, {"formal.speaker_minutes": "three"})
    assert timing.meeting_clock(replace(m, started_at=None), at(19, 0)) is None

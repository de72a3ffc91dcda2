"""Municipal years and the proposed first minute number, without Qt or a database."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk.domain.model import AgendaItem, Meeting
from clerk.domain.numbering import (
    UsedMinutes,
    highest_minute,
    municipal_year,
    municipal_year_label,
    next_first_minute,
    valid_start_month,
)

DECEMBER = UsedMinutes(date(2022, 12, 20), 25)


def test_year_runs_may_to_may():
    assert municipal_year(date(2022, 12, 20)) == (date(2022, 5, 1), date(2023, 5, 1))
    assert municipal_year(date(2023, 2, 20)) == (date(2022, 5, 1), date(2023, 5, 1))
    assert municipal_year(date(2023, 5, 1)) == (date(2023, 5, 1), date(2024, 5, 1))
    assert municipal_year_label(date(2023, 2, 20)) == "2022/23"


def test_start_month_is_a_setting():
    assert municipal_year(date(2023, 4, 2), 4) == (date(2023, 4, 1), date(2024, 4, 1))
    assert municipal_year_label(date(2023, 4, 2), 1) == "2023"


@pytest.mark.parametrize("bad", [0, 13, "5", None, True, 5.0])
def test_a_bad_setting_falls_back_to_may(bad):
    assert valid_start_month(bad) == 5


def test_february_follows_december():
    assert next_first_minute(date(2023, 2, 20), [DECEMBER]) == 26


def test_june_starts_a_new_year():
    assert next_first_minute(date(2023, 6, 12), [DECEMBER]) == 1


def test_first_meeting_of_a_body_is_one():
    assert next_first_minute(date(2023, 2, 20), []) == 1


def test_meetings_without_minutes_and_later_meetings_are_ignored():
    earlier = [
        DECEMBER,
        UsedMinutes(date(2023, 1, 10), None),  # not clerked yet
        UsedMinutes(date(2023, 3, 1), 40),  # after the new meeting
    ]
    assert next_first_minute(date(2023, 2, 20), earlier) == 26


def test_highest_minute_of_a_meeting():
    m = Meeting(
        "Committee",
        date(2022, 12, 20),
        items=(
            AgendaItem("1", "A", minute_number=17),
            AgendaItem("2", "B"),
            AgendaItem("3", "C", minute_number=19),
        ),
    )
    assert highest_minute(m) == 19
    assert highest_minute(Meeting("Committee", date(2022, 12, 20))) is None


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    month=st.integers(1, 12),
    used=st.lists(
        st.tuples(st.integers(-400, 400), st.one_of(st.none(), st.integers(1, 500))), max_size=8
    ),
)
def test_proposal_is_one_after_the_highest_earlier_minute_of_the_year(day, month, used):
    from datetime import timedelta

    earlier = [UsedMinutes(day + timedelta(days=d), h) for d, h in used]
    first, end = municipal_year(day, month)
    assert first <= day < end
    counted = [u.highest for u in earlier if first <= u.day < day and u.highest]
    assert next_first_minute(day, earlier, month) == (max(counted) + 1 if counted else 1)

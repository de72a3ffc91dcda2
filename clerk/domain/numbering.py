"""Municipal years and minute numbers.

Minute numbers run on across a body's meetings in one municipal year and restart at 1 when the
year turns (in May for most councils, a setting elsewhere). A new meeting therefore starts one
after the highest minute any earlier meeting of the same body used in the same year; the clerk
can always overrule the proposal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from clerk.domain.model import Meeting

DEFAULT_YEAR_START_MONTH = 5


def valid_start_month(value: object) -> int:
    """The setting as a month 1–12; anything else falls back to May rather than failing."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        return DEFAULT_YEAR_START_MONTH
    return value


def municipal_year(day: date, start_month: int = DEFAULT_YEAR_START_MONTH) -> tuple[date, date]:
    """The municipal year holding ``day``: (first day, first day of the next year)."""
    start_month = valid_start_month(start_month)
    year = day.year if day.month >= start_month else day.year - 1
    return date(year, start_month, 1), date(year + 1, start_month, 1)


def municipal_year_label(day: date, start_month: int = DEFAULT_YEAR_START_MONTH) -> str:
    """ "2022/23" (or "2023" when the year starts in January)."""
    first, _ = municipal_year(day, start_month)
    if valid_start_month(start_month) == 1:
        return str(first.year)
    return f"{first.year}/{(first.year + 1) % 100:02d}"


def highest_minute(meeting: Meeting) -> int | None:
    """The highest minute number a meeting has used, or None if it has taken no item yet."""
    numbers = [it.minute_number for it in meeting.items if it.minute_number is not None]
    return max(numbers) if numbers else None


@dataclass(frozen=True)
class UsedMinutes:
    """What an earlier meeting of the body used: its date and highest minute (None if none)."""

    day: date
    highest: int | None


RESTARTS = ("municipal_year", "calendar_year", "never", "each_meeting")


def numbering_since(
    day: date, restart: str = "municipal_year", start_month: int = DEFAULT_YEAR_START_MONTH
) -> date:
    """The first day whose meetings share the numbering of a meeting on ``day``: the start of
    its municipal year, of its calendar year, or (numbers never restart) the earliest date."""
    if restart == "calendar_year":
        return date(day.year, 1, 1)
    if restart == "never":
        return date.min
    if restart == "each_meeting":
        return day
    return municipal_year(day, start_month)[0]


def next_first_minute(
    day: date,
    earlier: Iterable[UsedMinutes],
    start_month: int = DEFAULT_YEAR_START_MONTH,
    restart: str = "municipal_year",
) -> int:
    """The first minute number proposed for a meeting on ``day``.

    One after the highest minute used by any meeting of the body before ``day`` in the same
    municipal year; 1 when there is none (a new year, or a body's first meeting). Meetings on
    later dates or in other years are ignored, so the list may hold the body's whole history.
    The highest over all earlier meetings (not only the last one) is used, so a meeting that
    was cancelled or not yet clerked does not restart the numbering. ``restart`` is the house
    style's rule: "municipal_year" (above), "calendar_year" (January), or "never" (numbers
    run on for ever, as many parish councils number their minutes) or "each_meeting" (every
    meeting's minutes start at 1).
    """
    first = numbering_since(day, restart, start_month)
    used = [u.highest for u in earlier if first <= u.day < day and u.highest is not None]
    return max(used) + 1 if used else 1

"""The time, as Clerk sees it: the wall clock in use, a hand-set clock in tests and replays."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Local wall-clock time to the second (minutes print to the minute; seconds order events)."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class ManualClock:
    """A clock that moves only when told: for tests and for replaying a meeting."""

    def __init__(self, start: datetime):
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment

    def advance(self, **delta) -> datetime:
        self._now += timedelta(**delta)
        return self._now

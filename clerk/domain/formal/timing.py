"""Time limits: each public speaker, an item, and the whole meeting (the "guillotine").

The limits are data (``Meeting.time_limits``, else the settings ``formal.speaker_minutes``,
``formal.meeting_minutes`` and ``formal.warn_before_minutes``; an item's own
``time_limit_minutes``), and the clocks are pure functions of them and "now", so the live view
only draws what ``Countdown`` says. The meeting's limit runs from its start, adjournments
included (standing orders count the time since the meeting began); a resolution to continue
moves it to the time resolved, or lifts it to finish the business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from clerk.domain.formal import RuleError
from clerk.domain.model import Continuation, Meeting, Speaker, TimeLimits
from clerk.errors import NotFound

if TYPE_CHECKING:
    from clerk.domain.formal.rules import FormalRules

SETTING_SPEAKER = "formal.speaker_minutes"
SETTING_MEETING = "formal.meeting_minutes"
SETTING_WARN = "formal.warn_before_minutes"
DEFAULT_SPEAKER_MINUTES = 3
DEFAULT_WARN_MINUTES = 10


def _minutes(value: object, what: str, *, allow_zero: bool = False) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < (0 if allow_zero else 1):
        raise RuleError(
            f"{what} is a whole number of minutes" + ("" if allow_zero else ", 1 or more")
        )
    if value > 24 * 60:
        raise RuleError(f"{what} is at most a day")
    return value


def check_limits(limits: TimeLimits) -> None:
    _minutes(limits.speaker_minutes, "a speaker's time limit")
    _minutes(limits.meeting_minutes, "the meeting's time limit")
    _minutes(limits.warn_before_minutes, "the warning", allow_zero=True)


def time_limits(
    meeting: Meeting, settings: Mapping[str, object] | FormalRules | None = None
) -> TimeLimits:
    """The meeting's limits, else the settings', else 3 minutes a speaker and no guillotine."""
    if meeting.time_limits is not None:
        return meeting.time_limits
    typed = getattr(settings, "limits", None)
    if isinstance(typed, TimeLimits):
        return typed
    return limits_from_settings(cast("Mapping[str, object] | None", settings))


def limits_from_settings(settings: Mapping[str, object] | None) -> TimeLimits:
    """The time limits the stored settings say, checked (RuleError when wrong)."""
    settings = settings or {}
    warn = _minutes(
        settings.get(SETTING_WARN, DEFAULT_WARN_MINUTES),
        f"the setting {SETTING_WARN}",
        allow_zero=True,
    )
    return TimeLimits(
        speaker_minutes=_minutes(
            settings.get(SETTING_SPEAKER, DEFAULT_SPEAKER_MINUTES), f"the setting {SETTING_SPEAKER}"
        ),
        meeting_minutes=_minutes(settings.get(SETTING_MEETING), f"the setting {SETTING_MEETING}"),
        warn_before_minutes=DEFAULT_WARN_MINUTES if warn is None else warn,
    )


@dataclass(frozen=True, slots=True)
class Countdown:
    """A clock against a limit. ``ends_at`` None: no limit (nothing to count down)."""

    started_at: datetime
    ends_at: datetime | None
    warn_at: datetime | None
    now: datetime

    @property
    def elapsed(self) -> timedelta:
        return self.now - self.started_at

    @property
    def remaining(self) -> timedelta | None:
        """Time left (negative once over), or None without a limit."""
        return None if self.ends_at is None else self.ends_at - self.now

    @property
    def warning(self) -> bool:
        """Within the warning time of the limit, and not yet over it."""
        return self.warn_at is not None and self.warn_at <= self.now < (self.ends_at or self.now)

    @property
    def overdue(self) -> bool:
        return self.ends_at is not None and self.now >= self.ends_at


def countdown(
    started_at: datetime, limit_minutes: int | None, now: datetime, warn_before: int = 0
) -> Countdown:
    if limit_minutes is None:
        return Countdown(started_at, None, None, now)
    ends = started_at + timedelta(minutes=limit_minutes)
    warn = ends - timedelta(minutes=min(warn_before, limit_minutes)) if warn_before else None
    return Countdown(started_at, ends, warn, now)


def speaker_clock(
    speaker: Speaker, now: datetime, limits: TimeLimits | None = None
) -> Countdown | None:
    """A public speaker's countdown (None until they start); stops when they finish."""
    if speaker.started_at is None:
        return None
    limits = limits or TimeLimits(speaker_minutes=DEFAULT_SPEAKER_MINUTES)
    until = speaker.ended_at or now
    # The speaker is warned in the last minute of a limit longer than a minute.
    minutes = limits.speaker_minutes
    warn = 1 if minutes is not None and minutes > 1 else 0
    return countdown(speaker.started_at, minutes, until, warn_before=warn)


def item_clock(meeting: Meeting, item_key: str, now: datetime) -> Countdown | None:
    """The item's countdown against its own limit (None until taken)."""
    item = meeting.item(item_key)
    if item is None or item.started_at is None:
        return None
    until = item.ended_at or now
    return countdown(item.started_at, item.time_limit_minutes, until)


def meeting_deadline(meeting: Meeting, limits: TimeLimits | None = None) -> datetime | None:
    """When the meeting must stop unless it resolves to continue; None: no limit (any more)."""
    limits = limits or time_limits(meeting)
    if meeting.started_at is None or limits.meeting_minutes is None:
        return None
    deadline: datetime | None = meeting.started_at + timedelta(minutes=limits.meeting_minutes)
    for c in sorted(meeting.continuations, key=lambda c: c.at):
        deadline = c.until
    return deadline


def meeting_clock(
    meeting: Meeting, now: datetime, limits: TimeLimits | None = None
) -> Countdown | None:
    """The guillotine's countdown, warning ``warn_before_minutes`` ahead (None until started)."""
    if meeting.started_at is None:
        return None
    limits = limits or time_limits(meeting)
    deadline = meeting_deadline(meeting, limits)
    until = meeting.finished_at or now
    if deadline is None:
        return Countdown(meeting.started_at, None, None, until)
    warn = deadline - timedelta(minutes=limits.warn_before_minutes)
    return Countdown(meeting.started_at, deadline, max(warn, meeting.started_at), until)


# -- operations --------------------------------------------------------------------------------


def set_time_limits(meeting: Meeting, limits: TimeLimits | None) -> Meeting:
    if limits is not None:
        check_limits(limits)
    return replace(meeting, time_limits=limits)


def set_item_time_limit(meeting: Meeting, item_key: str, minutes: int | None) -> Meeting:
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("there is no such agenda item")
    minutes = _minutes(minutes, "an item's time limit")
    new = replace(item, time_limit_minutes=minutes)
    return meeting.with_item(new)


def resolve_to_continue(
    meeting: Meeting, at: datetime, until: datetime | None = None, item_key: str | None = None
) -> Meeting:
    """The meeting resolved to continue beyond its time limit: until ``until``, or (None) to
    finish the business."""
    if meeting.started_at is None:
        raise RuleError("the meeting has not started")
    if at < meeting.started_at:
        raise RuleError("a resolution to continue comes after the meeting has started")
    if until is not None and until <= at:
        raise RuleError("the meeting can only continue until a later time")
    if item_key is not None and meeting.item(item_key) is None:
        raise NotFound("there is no such agenda item")
    c = Continuation(at, until, item_key)
    return replace(meeting, continuations=meeting.continuations + (c,))


def _put_speaker(meeting: Meeting, item_key: str, speaker_key: str, **changes) -> Meeting:
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("there is no such agenda item")
    found = next((s for s in item.speakers if s.key == speaker_key), None)
    if found is None:
        raise NotFound(f"there is no such speaker under item {item.agenda_number}")
    new = replace(found, **changes)
    if new.started_at and new.ended_at and new.ended_at < new.started_at:
        raise RuleError("a speaker finishes after starting")
    speakers = tuple(new if s.key == speaker_key else s for s in item.speakers)
    new_item = replace(item, speakers=speakers)
    return meeting.with_item(new_item)


def start_speaker(meeting: Meeting, item_key: str, speaker_key: str, at: datetime) -> Meeting:
    """A public speaker begins: their countdown starts."""
    return _put_speaker(meeting, item_key, speaker_key, started_at=at, ended_at=None)


def finish_speaker(meeting: Meeting, item_key: str, speaker_key: str, at: datetime) -> Meeting:
    return _put_speaker(meeting, item_key, speaker_key, ended_at=at)

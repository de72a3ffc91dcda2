"""Webcast chapters: each taken item's start as an offset from the time the webcast started.

Two forms: a plain list, one line a chapter (``00:12:30 5. Riverside Flood Defence``, the form
video sites read from a description), and WebVTT chapters (``kind="chapters"`` track), each cue
running to the next chapter's start, else the item's end, else the meeting's end.

Exempt items are left out (the public, and the webcast, are excluded for them); items never
started have no chapter. An item already running when the webcast started begins at 00:00:00.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from clerk.domain.model import Meeting


class ChapterError(ValueError):
    """Input that cannot give chapters; ``str()`` is one line saying why."""


@dataclass(frozen=True, slots=True)
class Chapter:
    start: timedelta
    end: timedelta
    title: str
    item_key: str


def parse_start(value: str) -> time:
    """``HH:MM`` or ``HH:MM:SS`` (24-hour)."""
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*", value or "")
    if not m:
        raise ChapterError(f"the webcast start {value!r} is not a time like 18:30 or 18:30:15")
    h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
    if h > 23 or mi > 59 or s > 59:
        raise ChapterError(f"the webcast start {value!r} is not a time of day")
    return time(h, mi, s)


def chapters(meeting: Meeting, webcast_start: time) -> list[Chapter]:
    started = [it for it in meeting.items if it.started_at is not None and not it.exempt]
    if not started:
        raise ChapterError("no item of this meeting has a start time: nothing to chapter")
    started.sort(key=lambda it: it.started_at)
    origin = datetime.combine(started[0].started_at.date(), webcast_start)
    if started[0].started_at - origin > timedelta(hours=12):
        origin += timedelta(days=1)  # pragma: no cover - a webcast started past midnight
    out: list[Chapter] = []
    for n, it in enumerate(started):
        nxt = started[n + 1].started_at if n + 1 < len(started) else None
        end_at = nxt or it.ended_at or meeting.finished_at or it.started_at + timedelta(minutes=1)
        if end_at <= origin:
            continue  # over before the webcast began
        start = max(it.started_at - origin, timedelta(0))
        end = max(end_at - origin, start + timedelta(seconds=1))
        title = f"{it.agenda_number}. {it.title}" if it.agenda_number else it.title
        title = " ".join(title.split())
        if out and out[-1].start == start:
            # Items recorded as starting at the same moment share one chapter.
            prev = out.pop()
            out.append(Chapter(prev.start, end, f"{prev.title}; {title}", prev.item_key))
            continue
        out.append(Chapter(start, end, title, it.key))
    if not out:
        raise ChapterError("every item ended before the webcast started: check --start")
    return out


def _clock(d: timedelta, millis: bool) -> str:
    total_ms = int(d.total_seconds() * 1000)
    s, ms = divmod(total_ms, 1000)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}" + (f".{ms:03d}" if millis else "")


def chapter_list(items: list[Chapter]) -> str:
    """One line a chapter: ``00:12:30 5. Riverside Flood Defence``."""
    return "".join(f"{_clock(c.start, False)} {c.title}\n" for c in items)


def webvtt(items: list[Chapter]) -> str:
    """A WebVTT file of chapter cues."""
    cues = [
        f"{n}\n{_clock(c.start, True)} --> {_clock(c.end, True)}\n{c.title.replace('-->', '->')}\n"
        for n, c in enumerate(items, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def recording_chapters(meeting: Meeting, spans: list) -> list[Chapter]:
    """Chapters on the recording's own running time (``clerk.recording.timeline``): the spans
    end to end, the exempt business (never recorded) taking no time. Items started while
    nothing was recorded have no chapter."""
    from clerk.recording.timeline import locate, running_offset

    if not spans:
        raise ChapterError("this meeting has no recording: nothing to chapter")
    started = [it for it in meeting.items if it.started_at is not None and not it.exempt]
    started.sort(key=lambda it: it.started_at)
    total = sum(s.seconds for s in spans)
    out: list[Chapter] = []
    for n, it in enumerate(started):
        if locate(spans, it.started_at) is None and it.started_at > spans[0].started_at:
            continue  # said while nothing was recorded
        start = timedelta(seconds=running_offset(spans, it.started_at))
        nxt = started[n + 1].started_at if n + 1 < len(started) else None
        end = timedelta(seconds=running_offset(spans, nxt) if nxt else total)
        end = max(end, start + timedelta(seconds=1))
        title = " ".join(
            (f"{it.agenda_number}. {it.title}" if it.agenda_number else it.title).split()
        )
        if out and out[-1].start == start:
            prev = out.pop()
            out.append(Chapter(prev.start, end, f"{prev.title}; {title}", prev.item_key))
            continue
        out.append(Chapter(start, end, title, it.key))
    if not out:
        raise ChapterError("no item was taken while the meeting was recorded")
    return out

"""Meeting time to recording time.

A recording is a list of spans, each a stretch of audio that began at a moment of the meeting
and lasted so many seconds; the gaps between them are the exempt business (or a pause). A
moment of the meeting maps to a span and an offset into its file (to play from there), and to
an offset on the recording's own running time (the spans end to end: webcast chapters).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from clerk.domain.model import Meeting, MotionResult, PresenceKind


@dataclass(frozen=True, slots=True)
class Span:
    key: str
    file: str
    started_at: datetime
    seconds: float

    @property
    def ended_at(self) -> datetime:
        return self.started_at + timedelta(seconds=self.seconds)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a moment is heard: the span, the offset into its file, the running offset."""

    span: Span
    offset: float
    running: float


@dataclass(frozen=True, slots=True)
class Mark:
    """A moment of the meeting worth playing from: an item's start, an arrival, a motion."""

    kind: str  # "item", "arrival", "departure", "declaration", "motion", "vote"
    label: str
    at: datetime
    item_key: str | None
    place: Place | None  # None: not recorded (before, after, or exempt business)


def locate(spans: list[Span], at: datetime, *, slack: float = 1.0) -> Place | None:
    """The place ``at`` is heard, or None in a gap. Times are kept to the second, so a moment up
    to ``slack`` seconds before a span's start counts as its start."""
    running = 0.0
    for span in sorted(spans, key=lambda s: s.started_at):
        offset = (at - span.started_at).total_seconds()
        if -slack <= offset < span.seconds:
            offset = max(0.0, offset)
            return Place(span, offset, running + offset)
        running += span.seconds
    return None


def running_offset(spans: list[Span], at: datetime) -> float:
    """``at`` on the recording's running time; a moment in a gap maps to where audio resumes."""
    running = 0.0
    for span in sorted(spans, key=lambda s: s.started_at):
        offset = (at - span.started_at).total_seconds()
        if offset < span.seconds:
            return running + max(0.0, offset)
        running += span.seconds
    return running


def marks(meeting: Meeting, spans: list[Span]) -> list[Mark]:
    """Item starts, arrivals and departures, declarations, motions and votes, in time order."""
    out: list[Mark] = []

    def add(kind: str, label: str, at, item_key) -> None:
        if at is not None:
            out.append(Mark(kind, label, at, item_key, locate(spans, at)))

    for it in meeting.items:
        title = f"{it.agenda_number}. {it.title}" if it.agenda_number else it.title
        add("item", " ".join(title.split()), it.started_at, it.key)
        for n, mo in enumerate(it.motions, start=1):
            what = f"{mo.kind.value.capitalize()} {n} ({it.agenda_number})"
            add("motion", f"{what} moved", mo.moved_at, it.key)
            if mo.voted_at is not None and mo.result is not MotionResult.PENDING:
                add("vote", f"{what} {mo.result.value}", mo.voted_at, it.key)
    names = {p.id: _name(p) for p in meeting.people}
    for ev in meeting.presence:
        if ev.kind in (PresenceKind.ARRIVED, PresenceKind.RETURNED):
            add("arrival", f"{names.get(ev.person, ev.person)} arrived", ev.at, ev.item_key)
        else:
            add("departure", f"{names.get(ev.person, ev.person)} left", ev.at, ev.item_key)
    for d in meeting.declarations:
        where = meeting.item(d.made_at) if d.made_at else None
        if where is None:
            where = next((it for it in meeting.items if it.kind.value == "declarations"), None)
        if where is not None:
            add(
                "declaration",
                f"{names.get(d.person, d.person)} declared an interest",
                where.started_at,
                where.key,
            )
    out.sort(key=lambda m: m.at)
    return out


def _name(p) -> str:
    if p.name:
        return p.name
    return " ".join(x for x in (p.title, p.forename, p.surname) if x) or p.id


def item_at(meeting: Meeting, at: datetime) -> str | None:
    """The key of the item being taken at ``at`` (the last started at or before it)."""
    best: tuple[datetime, str] | None = None
    for it in meeting.items:
        started = it.started_at
        if started is not None and started <= at and (best is None or started >= best[0]):
            best = (started, it.key)
    return best[1] if best is not None else None

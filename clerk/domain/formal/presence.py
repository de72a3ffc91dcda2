"""The presence ledger: who was in the room, at any moment, for each item and for each vote.

Every arrival, departure, withdrawal for an interest and return is a ``PresenceEvent`` in
``Meeting.presence``, and nowhere else: the ledger is the one record of who came and went.

- ``Person.attendance`` is the register's mark (present from the start, apologies, absent, or
  not yet known). A person with an arrival or a departure in the ledger attended, whatever
  the mark says: ``attendance_of`` gives the status the minutes and the views show.
- When someone arrived late (``arrived_at``) and when they left for good (``left_at``,
  ``left_note``) are read from the ledger (``moves_of``). The meeting record's simple
  fields ``arrived_at``/``left_at``/``left_note`` are turned into ledger entries when a record
  is read and back when it is written (``simple_moves``, ``moves_from_fields``), nowhere else.
- Withdrawals and returns are not moves: a member who withdrew for an item is still at the
  meeting, but not in the room.

An event takes effect at its time: a member who left at 18:40 was not present at 18:40.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from clerk.domain.formal import RuleError
from clerk.domain.model import (
    Attendance,
    Meeting,
    Person,
    PresenceEvent,
    PresenceKind,
)
from clerk.domain.text import clean_optional
from clerk.domain.wording import short_name
from clerk.errors import NotFound

MOVES = (PresenceKind.ARRIVED, PresenceKind.LEFT)


# -- the timeline of one person ----------------------------------------------------------------


def person_events(meeting: Meeting, person: Person) -> list[PresenceEvent]:
    """The person's events in the ledger, in time order (the ledger is the only record)."""
    return list(_person_line(meeting, person).events)


def _ordered(own: list[PresenceEvent], person: Person) -> list[PresenceEvent]:
    """One person's ledger entries (in ledger order) in time order."""
    # A stable sort: entries at the same minute keep their ledger order.
    return sorted(own, key=lambda e: e.at)


def _present_at_start(person: Person, events: list[PresenceEvent]) -> bool:
    first_move = next((e for e in events if e.kind in MOVES), None)
    if first_move is not None:
        return first_move.kind is PresenceKind.LEFT
    return person.attendance is Attendance.PRESENT


@dataclass(frozen=True, slots=True)
class State:
    """Where one person is at a moment."""

    attending: bool  # at the meeting (in the room or withdrawn outside it)
    withdrawn_for: str | None = None  # the item they withdrew for, while outside the room

    @property
    def in_room(self) -> bool:
        return self.attending and self.withdrawn_for is None


_IN, _OUT = State(True), State(False)


def _step(state: State, event: PresenceEvent) -> State:
    kind = event.kind
    if kind is PresenceKind.ARRIVED:
        return _IN
    if kind is PresenceKind.LEFT:
        return _OUT
    if kind is PresenceKind.WITHDREW:
        return State(state.attending, event.item_key or "")
    return _IN if state.attending else _OUT


@dataclass(frozen=True, slots=True)
class _Line:
    """One person's timeline, ready for look-ups: events, their times, the state after each."""

    person: Person
    events: tuple[PresenceEvent, ...]
    times: tuple[datetime, ...]
    states: tuple[State, ...]  # states[0] before any event, states[i + 1] after events[i]
    # Their first and last arrival or departure (in time order): when the ledger holds one,
    # the register's mark no longer says whether they were there at the start, and the two
    # say when they came late and when they left for good (``moves_of``).
    first_move: PresenceEvent | None = None
    last_move: PresenceEvent | None = None

    @property
    def ledger_moves(self) -> bool:
        return self.first_move is not None

    def grown(self, person: Person, new: list[PresenceEvent]) -> _Line | None:
        """This line with later entries added (None when they are not later than the last)."""
        if not self.ledger_moves or (self.times and new[0].at < self.times[-1]):
            return None
        if any(b.at < a.at for a, b in zip(new, new[1:], strict=False)):
            return None
        states = list(self.states)
        last = self.last_move
        for e in new:
            states.append(_step(states[-1], e))
            if e.kind in MOVES:
                last = e
        events, times = self.events + tuple(new), self.times + tuple(e.at for e in new)
        return _Line(person, events, times, tuple(states), self.first_move, last)


def _line(presence: tuple[PresenceEvent, ...], person: Person) -> _Line:
    return _line_of_own([e for e in presence if e.person == person.id], person)


def _line_of_own(own: list[PresenceEvent], person: Person) -> _Line:
    events = _ordered(own, person)
    states = [State(_present_at_start(person, events))]
    for e in events:
        states.append(_step(states[-1], e))
    moves = [e for e in events if e.kind in MOVES]
    first, last = (moves[0], moves[-1]) if moves else (None, None)
    return _Line(person, tuple(events), tuple(e.at for e in events), tuple(states), first, last)


# The timelines of the last meeting value asked about. Values are immutable and the cache
# holds the very tuples it was built from, so an identity check is enough to reuse it; the
# live view asks many questions of one value between two changes.
_cache: tuple[tuple, tuple, dict[str, _Line]] | None = None


def _timeline(meeting: Meeting) -> dict[str, _Line]:
    global _cache
    if _cache is not None and _cache[0] is meeting.people and _cache[1] is meeting.presence:
        return _cache[2]
    lines = _grown_timeline(meeting)
    if lines is None:
        own: dict[str, list[PresenceEvent]] = {p.id: [] for p in meeting.people}
        for e in meeting.presence:  # one pass over the ledger, not one per person
            if e.person in own:
                own[e.person].append(e)
        lines = {p.id: _line_of_own(own[p.id], p) for p in meeting.people}
    _cache = (meeting.people, meeting.presence, lines)
    return lines


def _grown_timeline(meeting: Meeting) -> dict[str, _Line] | None:
    """The cached timelines carried on to ``meeting`` when its ledger only grew (a key in the
    register adds an entry or two): untouched people keep their lines, the others are
    extended or rebuilt. None when the ledger changed otherwise."""
    if _cache is None:
        return None
    _, old_presence, old_lines = _cache
    count = len(old_presence)
    presence = meeting.presence
    if len(presence) < count or presence[:count] != old_presence:
        return None
    new: dict[str, list[PresenceEvent]] = {}
    for e in presence[count:]:
        new.setdefault(e.person, []).append(e)
    lines = {}
    for p in meeting.people:
        old = old_lines.get(p.id)
        line = None
        if old is not None and (old.person is p or old.ledger_moves):
            added = new.get(p.id)
            if not added:
                line = old if old.person is p else replace(old, person=p)
            else:
                line = old.grown(p, added)
        lines[p.id] = line if line is not None else _line(presence, p)
    return lines


def _person_line(meeting: Meeting, person: Person) -> _Line:
    """One person's timeline, from the (growing) cache of the meeting's timelines."""
    line = _timeline(meeting).get(person.id)
    if line is not None and line.person is person:
        return line
    return _line(meeting.presence, person)


def state_at(meeting: Meeting, person: Person, at: datetime | None) -> State:
    """The person's state at ``at`` (events at exactly ``at`` included); None: after all."""
    line = _person_line(meeting, person)
    if at is None:
        return line.states[-1]
    return line.states[bisect_right(line.times, at)]


# -- queries -----------------------------------------------------------------------------------


def attending_at(meeting: Meeting, at: datetime | None) -> tuple[Person, ...]:
    """Everyone at the meeting at ``at``, including members outside for an interest."""
    return tuple(p for p in meeting.people if state_at(meeting, p, at).attending)


def in_room_at(meeting: Meeting, at: datetime | None) -> tuple[Person, ...]:
    """Everyone in the room at ``at``: at the meeting and not withdrawn for an interest."""
    return tuple(p for p in meeting.people if state_at(meeting, p, at).in_room)


def members_in_room_at(meeting: Meeting, at: datetime | None) -> tuple[Person, ...]:
    """Members (Chair, Vice-Chair, members, substitutes) in the room: those who count."""
    return tuple(p for p in in_room_at(meeting, at) if p.role.is_member)


def withdrawn_at(meeting: Meeting, at: datetime | None) -> tuple[tuple[Person, str], ...]:
    """Members outside the room for an interest at ``at``, with the item they withdrew for."""
    out = []
    for p in meeting.people:
        state = state_at(meeting, p, at)
        if state.attending and state.withdrawn_for is not None:
            out.append((p, state.withdrawn_for))
    return tuple(out)


def change_times(meeting: Meeting) -> list[datetime]:
    """Every moment at which someone's presence changed, in order."""
    times = {e.at for p in meeting.people for e in person_events(meeting, p)}
    return sorted(times)


def item_span(meeting: Meeting, item_key: str) -> tuple[datetime | None, datetime | None]:
    """When an item was under consideration: its start, and its end (its own ``ended_at``,
    else the next item's start, else the meeting's close; None while it goes on)."""
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("there is no such agenda item")
    start = item.started_at
    if start is None:
        return None, None
    if item.ended_at is not None:
        return start, item.ended_at
    later = [
        it.started_at
        for it in meeting.items
        if it.key != item_key and it.started_at is not None and it.started_at > start
    ]
    if later:
        return start, min(later)
    return start, meeting.finished_at


@dataclass(frozen=True, slots=True)
class ItemPresence:
    """Who was in the room for an item."""

    at_start: tuple[Person, ...]
    throughout: tuple[Person, ...]  # in the room for the whole item
    at_some_time: tuple[Person, ...]  # in the room for some of it
    withdrew: tuple[Person, ...]  # left the room for this item, having declared an interest


def presence_for_item(meeting: Meeting, item_key: str) -> ItemPresence:
    start, end = item_span(meeting, item_key)
    if start is None:
        return ItemPresence((), (), (), ())
    moments = [start] + [t for t in change_times(meeting) if t > start and (end is None or t < end)]
    at_start, throughout, some, withdrew = [], [], [], []
    for p in meeting.people:
        states = [state_at(meeting, p, t) for t in moments]
        if states[0].in_room:
            at_start.append(p)
        if all(s.in_room for s in states):
            throughout.append(p)
        if any(s.in_room for s in states):
            some.append(p)
        if any(
            e.kind is PresenceKind.WITHDREW and e.item_key == item_key
            for e in person_events(meeting, p)
        ):
            withdrew.append(p)
    return ItemPresence(tuple(at_start), tuple(throughout), tuple(some), tuple(withdrew))


# -- checking a timeline -----------------------------------------------------------------------


def check_ledger(meeting: Meeting, people: Iterable[str] | None = None) -> None:
    """Raise RuleError at the first event that cannot follow the one before it (arriving
    twice, returning without having withdrawn…)."""
    wanted = None if people is None else set(people)
    for p in meeting.people:
        if wanted is not None and p.id not in wanted:
            continue
        line = _person_line(meeting, p) if wanted is not None else _timeline(meeting)[p.id]
        _check_from(p, line.states[0], line.events)


def _check_from(person: Person, state: State, events: Iterable[PresenceEvent]) -> None:
    """Walk ``events`` from ``state``, raising at the first that cannot follow."""
    for e in events:
        if _refused(state, e):
            _raise_step(person, state, e)
        state = _step(state, e)


def _refused(state: State, e: PresenceEvent) -> bool:
    """Whether the event cannot follow the state; cheap, as it runs for every event checked."""
    kind = e.kind
    if kind is PresenceKind.ARRIVED:
        return state.attending
    if kind is PresenceKind.LEFT:
        return not state.attending
    if kind is PresenceKind.WITHDREW:
        return not state.attending or state.withdrawn_for is not None
    return not (state.attending and state.withdrawn_for)


def _raise_step(person: Person, state: State, e: PresenceEvent) -> None:
    """The message is only built here, once a rule is broken."""
    name = short_name(person)
    when = f"{e.at:%H:%M}"
    if e.kind is PresenceKind.ARRIVED:
        raise RuleError(f"{name} is already at the meeting at {when}")
    if e.kind is PresenceKind.LEFT:
        raise RuleError(f"{name} is not at the meeting at {when}, so cannot leave it")
    if e.kind is PresenceKind.WITHDREW:
        if not state.attending:
            raise RuleError(f"{name} is not at the meeting at {when}, so cannot withdraw")
        raise RuleError(f"{name} has already left the room at {when}")
    raise RuleError(f"{name} has not left the room for an interest at {when}")


# -- operations --------------------------------------------------------------------------------


def _person(meeting: Meeting, person_id: str) -> Person:
    person = meeting.person(person_id)
    if person is None:
        raise NotFound(f"there is no person {person_id!r} in this meeting")
    return person


def _item_ok(meeting: Meeting, item_key: str | None) -> None:
    if item_key is not None and meeting.item(item_key) is None:
        raise NotFound("there is no such agenda item")


def add_event(meeting: Meeting, event: PresenceEvent) -> Meeting:
    """Add an event to the ledger, refusing one that contradicts the person's timeline."""
    person = _person(meeting, event.person)
    _item_ok(meeting, event.item_key)
    # Check against the timeline as it stands, then the person's later events, which now
    # follow this one: the events before it are as they were, checked when they were made.
    line = _person_line(meeting, person)
    at = bisect_right(line.times, event.at)
    _check_from(person, line.states[at], (event, *line.events[at:]))
    return replace(meeting, presence=meeting.presence + (event,))


def remove_event(meeting: Meeting, event_key: str) -> Meeting:
    """Take an event out of the ledger (a correction), if the timeline still holds."""
    gone = next((e for e in meeting.presence if e.key == event_key), None)
    if gone is None:
        raise NotFound("that presence entry is not in the ledger")
    after = replace(meeting, presence=tuple(e for e in meeting.presence if e.key != event_key))
    _person(after, gone.person)
    check_ledger(after, [gone.person])
    return after


# -- what the ledger says of one person --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Moves:
    """A person's comings and goings as the register and the minutes' title block see them."""

    arrived_at: datetime | None = None  # came late: their first move was an arrival
    left_at: datetime | None = None  # left for good: their last move was a departure
    left_note: str | None = None


def has_moves(meeting: Meeting, person_id: str) -> bool:
    """Whether the ledger holds an arrival or a departure of the person."""
    return any(e.person == person_id and e.kind in MOVES for e in meeting.presence)


def attendance_of(meeting: Meeting, person: Person) -> Attendance:
    """The person's attendance: present when they came or went, else the register's mark."""
    line = _person_line(meeting, person)
    if line.ledger_moves:
        return Attendance.PRESENT
    return person.attendance


def moves_of(meeting: Meeting, person: Person) -> Moves:
    """When the person arrived late and when they left for good, read from the ledger."""
    line = _person_line(meeting, person)
    first, last = line.first_move, line.last_move
    if first is None or last is None:
        return Moves()
    arrived = first.at if first.kind is PresenceKind.ARRIVED else None
    if last.kind is not PresenceKind.LEFT:
        return Moves(arrived)
    return Moves(arrived, last.at, last.note)


def moves_from_fields(
    person_id: str,
    arrived_at: datetime | None,
    left_at: datetime | None,
    left_note: str | None = None,
) -> tuple[PresenceEvent, ...]:
    """The ledger entries a record's simple fields stand for (the record boundary only)."""
    out = []
    if arrived_at is not None:
        out.append(PresenceEvent(person_id, PresenceKind.ARRIVED, arrived_at))
    if left_at is not None:
        out.append(PresenceEvent(person_id, PresenceKind.LEFT, left_at, note=left_note))
    return tuple(out)


def simple_moves(meeting: Meeting, person: Person) -> tuple[PresenceEvent, ...] | None:
    """The person's moves when the record's simple fields say all of them (one late arrival
    and/or one departure, with no item and no note but the departure's), else None: then the
    record carries them in its ``presence`` list."""
    moves = [e for e in meeting.presence if e.person == person.id and e.kind in MOVES]
    moves.sort(key=lambda e: e.at)
    if len(moves) > 2 or any(e.item_key is not None for e in moves):
        return None
    kinds = [e.kind for e in moves]
    if kinds not in ([], [PresenceKind.ARRIVED], [PresenceKind.LEFT], list(MOVES)):
        return None
    if any(e.kind is PresenceKind.ARRIVED and e.note for e in moves):
        return None
    return tuple(moves)


def record_arrival(
    meeting: Meeting,
    person_id: str,
    at: datetime,
    item_key: str | None = None,
    note: str | None = None,
) -> Meeting:
    """A person arrived (late, or back after leaving)."""
    return add_event(
        meeting,
        PresenceEvent(person_id, PresenceKind.ARRIVED, at, item_key, clean_optional(note)),
    )


def record_departure(
    meeting: Meeting,
    person_id: str,
    at: datetime,
    item_key: str | None = None,
    note: str | None = None,
) -> Meeting:
    """A person left the meeting (``note`` e.g. "left during item 6")."""
    return add_event(
        meeting, PresenceEvent(person_id, PresenceKind.LEFT, at, item_key, clean_optional(note))
    )


def record_withdrawal(
    meeting: Meeting, person_id: str, item_key: str, at: datetime, note: str | None = None
) -> Meeting:
    """A member left the room for an item, having declared an interest in it."""
    if item_key is None:
        raise RuleError("a withdrawal for an interest names the item")
    return add_event(
        meeting,
        PresenceEvent(person_id, PresenceKind.WITHDREW, at, item_key, clean_optional(note)),
    )


def record_return(
    meeting: Meeting, person_id: str, at: datetime, item_key: str | None = None
) -> Meeting:
    """A member came back into the room after withdrawing for an interest."""
    person = _person(meeting, person_id)
    state = state_at(meeting, person, at)
    if item_key is None:
        item_key = state.withdrawn_for or None
    return add_event(meeting, PresenceEvent(person_id, PresenceKind.RETURNED, at, item_key))

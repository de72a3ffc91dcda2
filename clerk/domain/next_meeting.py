"""A body's next meeting: its standing people and the standard items it opens with.

Pure functions; ``clerk.services.bodies`` saves what they build.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from clerk.domain.model import (
    AgendaItem,
    Attendance,
    ItemKind,
    Meeting,
    Person,
    Role,
)
from clerk.domain.wording import long_date


def fresh_person(person: Person) -> Person:
    """The person as they stand before a meeting: attendance unknown (the new meeting's
    presence ledger starts empty), with nothing said of one meeting's attendance (a reason
    for apologies, in part, a note); ward and letters after the name stay."""
    return replace(
        person,
        attendance=Attendance.UNKNOWN,
        in_part=False,
        apology_reason=None,
        attendance_note=None,
    )


def standing_people(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """Who belongs to the body from meeting to meeting: everyone but the substitutes (they are
    named for one meeting), with attendance reset."""
    return tuple(fresh_person(p) for p in people if p.role is not Role.SUBSTITUTE)


STANDARD_KINDS = (
    ItemKind.APOLOGIES,
    ItemKind.DECLARATIONS,
    ItemKind.MINUTES,
    ItemKind.PUBLIC_PARTICIPATION,
    ItemKind.WORK_PLAN,
    ItemKind.URGENT_BUSINESS,
)


def minutes_description(previous: date | None) -> str:
    if previous is None:
        return "To approve and sign the minutes of the last meeting."
    return f"To approve and sign the minutes of the meeting held on {long_date(previous)}."


def standard_items() -> tuple[AgendaItem, ...]:
    """The items nearly every committee agenda opens with, for a body's first meeting."""
    return (
        AgendaItem("1", "Apologies for Absence", ItemKind.APOLOGIES, planned_minutes=2),
        AgendaItem("2", "Declarations of Interest", ItemKind.DECLARATIONS, planned_minutes=3),
        AgendaItem(
            "3",
            "Minutes",
            ItemKind.MINUTES,
            planned_minutes=2,
            description=minutes_description(None),
        ),
        AgendaItem("4", "Public Participation", ItemKind.PUBLIC_PARTICIPATION, planned_minutes=15),
        AgendaItem("5", "Urgent Business", ItemKind.URGENT_BUSINESS, planned_minutes=2),
    )


def carried_items(previous: Meeting) -> tuple[AgendaItem, ...]:
    """The standing items of ``previous`` as pending items of the next meeting.

    Reports change from meeting to meeting and are not carried; the standing items
    (apologies, declarations, minutes, public participation, work plan, urgent business) are,
    in their order, renumbered, with the minutes item pointing at ``previous`` (its date in
    the description, its id as the meeting whose minutes it approves). A meeting with
    no standing items gives the standard set.
    """
    carried = [
        AgendaItem(
            agenda_number="",
            title=it.title,
            kind=it.kind,
            planned_minutes=it.planned_minutes,
            description=(
                minutes_description(previous.date)
                if it.kind is ItemKind.MINUTES
                else it.description
            ),
            approves_meeting=previous.id if it.kind is ItemKind.MINUTES else None,
        )
        for it in previous.items
        if it.kind in STANDARD_KINDS
    ]
    if not carried:
        items = standard_items()
        return tuple(
            replace(
                it,
                description=minutes_description(previous.date),
                approves_meeting=previous.id,
            )
            if it.kind is ItemKind.MINUTES
            else it
            for it in items
        )
    return tuple(replace(it, agenda_number=str(i)) for i, it in enumerate(carried, 1))


def next_meeting(
    previous: Meeting,
    day: date,
    *,
    scheduled_time: time | None = None,
    venue: str | None = None,
    people: tuple[Person, ...] | None = None,
    first_minute_number: int | None = None,
) -> Meeting:
    """The next meeting of the same body, not yet saved: same details, the given (or the
    previous meeting's standing) people with attendance reset, the standing items pending."""
    if people is None:
        people = standing_people(previous.people)
    return Meeting(
        committee=previous.committee,
        date=day,
        kind=previous.kind,
        organisation=previous.organisation,
        scheduled_time=scheduled_time if scheduled_time is not None else previous.scheduled_time,
        venue=venue if venue is not None else previous.venue,
        first_minute_number=first_minute_number,
        democracy_officer=previous.democracy_officer,
        people=tuple(fresh_person(p) for p in people),
        items=carried_items(previous),
    )

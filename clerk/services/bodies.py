"""Bodies and their meetings: standing membership, new and next meetings, minute numbers.

A body (committee) keeps a standing membership between meetings; a new meeting of the body
starts with it, and "Save as standing membership" takes it from a meeting's people. The first
minute number of a meeting is proposed from the body's earlier meetings in the same municipal
year (``clerk.domain.numbering``); the municipal year starts in the month named by the setting
``meetings.municipal_year_start_month`` (May when unset).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from clerk.domain import numbering
from clerk.domain.model import Meeting, MeetingKind, Person
from clerk.domain.next_meeting import next_meeting, standard_items, standing_people
from clerk.domain.text import clean_line
from clerk.services.styles import numbering_rule
from clerk.store import bodies as body_store
from clerk.store import repository
from clerk.store.bodies import BodyInfo
from clerk.store.db import Database
from clerk.store.record import FORMAT, RecordError, meeting_from_record, record_from_meeting

__all__ = [
    "BodyInfo",
    "body_of_meeting",
    "create_meeting",
    "delete_meeting",
    "duplicate_as_next",
    "list_bodies",
    "minute_proposal",
    "propose_first_minute",
    "propose_for_meeting",
    "save_standing_membership",
    "standing_membership",
    "year_start_month",
]

YEAR_START_SETTING = "meetings.municipal_year_start_month"


def list_bodies(db: Database) -> list[BodyInfo]:
    return body_store.list_bodies(db.engine)


def body_of_meeting(db: Database, meeting_id: int) -> BodyInfo | None:
    body_id = body_store.body_id_of_meeting(db.engine, meeting_id)
    return body_store.get_body(db.engine, body_id) if body_id is not None else None


def year_start_month(db: Database) -> int:
    return numbering.valid_start_month(
        repository.get_setting(db.engine, YEAR_START_SETTING, numbering.DEFAULT_YEAR_START_MONTH)
    )


# -- minute numbers -------------------------------------------------------------------------


def propose_first_minute(
    db: Database, body_id: int | None, day: date, *, exclude_meeting: int | None = None
) -> int:
    """The first minute number for a meeting of ``body_id`` on ``day`` (1 for a new body)."""
    if body_id is None:
        return 1
    restart, month = numbering_rule(db, body_id)
    first = numbering.numbering_since(day, restart, month)
    earlier = [
        numbering.UsedMinutes(d, h)
        for d, h in body_store.used_minutes(db.engine, body_id, first, day, exclude_meeting)
    ]
    return numbering.next_first_minute(day, earlier, month, restart)


def propose_for_meeting(db: Database, meeting: Meeting) -> int:
    """The proposal for a saved meeting, from its body's other meetings."""
    body_id = body_store.body_id_of_meeting(db.engine, meeting.id) if meeting.id else None
    return propose_first_minute(db, body_id, meeting.date, exclude_meeting=meeting.id)


@dataclass(frozen=True)
class MinuteProposal:
    """The first minute number Clerk proposes (None: none to offer) and why, in one line."""

    number: int | None
    reason: str


def minute_proposal(db: Database, meeting: Meeting) -> MinuteProposal:
    """What Set-up offers beside the first minute number, with its evidence.

    From the body's earlier meetings in Clerk this municipal year when it has any that used
    minute numbers; otherwise Clerk knows nothing better than the number the meeting already
    has (an imported agenda reads it from the previous minutes in its pack), so it proposes
    nothing rather than a 1 that would renumber the meeting wrongly.
    """
    body_id = body_store.body_id_of_meeting(db.engine, meeting.id) if meeting.id else None
    month = year_start_month(db)
    first, _ = numbering.municipal_year(meeting.date, month)
    used = []
    if body_id is not None:
        used = [
            (d, h)
            for d, h in body_store.used_minutes(db.engine, body_id, first, meeting.date, meeting.id)
            if h is not None
        ]
    year = numbering.municipal_year_label(meeting.date, month)
    current = meeting.first_minute_number
    if not used:
        if current is not None:
            return MinuteProposal(
                None,
                f"No earlier meeting of this body in Clerk in {year}: "
                f"{current} is kept as set (from the agenda or by hand).",
            )
        return MinuteProposal(1, f"No earlier meeting of this body in Clerk in {year}.")
    day, highest = max(used, key=lambda u: u[1])
    reason = f"After minute {highest} of the meeting of {day:%d %B %Y}."
    if current is not None and current != highest + 1:
        reason += f" The meeting has {current}: check which is right."
    return MinuteProposal(highest + 1, reason)


# -- standing membership --------------------------------------------------------------------


def _people_from_records(records: list) -> tuple[Person, ...]:
    """Person values from stored person records, checked as a meeting record would be."""
    try:
        meeting = meeting_from_record(
            {"format": FORMAT, "committee": "-", "date": "2000-01-01", "people": records}
        )
    except RecordError:
        # A membership written by a newer or damaged program: start empty rather than fail.
        return ()
    return meeting.people


def _records_from_people(people: tuple[Person, ...]) -> list[dict]:
    return record_from_meeting(Meeting(committee="-", date=date(2000, 1, 1), people=people))[
        "people"
    ]


def standing_membership(db: Database, body_id: int) -> tuple[Person, ...]:
    body = body_store.get_body(db.engine, body_id)
    return _people_from_records(body.membership) if body is not None else ()


def save_standing_membership(db: Database, meeting: Meeting) -> int:
    """Keep the meeting's people (all but substitutes) as its body's standing membership.

    Returns how many people the membership now holds.
    """
    body_id = body_store.body_id_of_meeting(db.engine, meeting.id) if meeting.id else None
    if body_id is None:
        body_id = body_store.ensure_body(
            db.engine, meeting.committee, meeting.organisation, meeting.kind.value
        )
    people = standing_people(meeting.people)
    body_store.set_membership(db.engine, body_id, _records_from_people(people))
    return len(people)


# -- new, next and deleted meetings ---------------------------------------------------------


def create_meeting(
    db: Database,
    committee: str,
    day: date,
    *,
    kind: MeetingKind = MeetingKind.COMMITTEE,
    organisation: str | None = None,
    scheduled_time: time | None = None,
    venue: str | None = None,
) -> Meeting:
    """A new meeting of a body (created if new): its standing membership, the standard items
    and the proposed first minute number."""
    committee = clean_line(committee or "")
    if not committee:
        raise ValueError("The meeting needs the name of its body (committee).")
    organisation = clean_line(organisation) if organisation else None
    venue = clean_line(venue) if venue else None
    body_id = body_store.ensure_body(db.engine, committee, organisation or None, kind.value)
    meeting = Meeting(
        committee=committee,
        date=day,
        kind=kind,
        organisation=organisation or None,
        scheduled_time=scheduled_time,
        venue=venue or None,
        first_minute_number=propose_first_minute(db, body_id, day),
        people=standing_membership(db, body_id),
        items=standard_items(),
    )
    return repository.insert_meeting(db.engine, meeting, body_id=body_id)


def duplicate_as_next(
    db: Database,
    meeting_id: int,
    day: date,
    *,
    scheduled_time: time | None = None,
    venue: str | None = None,
    carry_actions: bool = True,
) -> Meeting:
    """Save the next meeting of the same body after ``meeting_id``.

    People: the body's standing membership, or, if it has none, the previous meeting's people
    but its substitutes; attendance reset. Items: the previous meeting's standing items,
    pending (see ``clerk.domain.next_meeting.carried_items``), the minutes item linked to the
    previous meeting. First minute: proposed for ``day``. The body's outstanding actions are
    brought to the matters-arising item (``carry_actions``). Venue, time and the house style
    (kept per body) are the previous meeting's.
    """
    previous = repository.load_meeting(db.engine, meeting_id)
    body_id = body_store.body_id_of_meeting(db.engine, meeting_id)
    if body_id is None:
        body_id = body_store.ensure_body(
            db.engine, previous.committee, previous.organisation, previous.kind.value
        )
    people = standing_membership(db, body_id) or None
    meeting = next_meeting(
        previous,
        day,
        scheduled_time=scheduled_time,
        venue=venue,
        people=people,
        first_minute_number=propose_first_minute(db, body_id, day),
    )
    if carry_actions:
        from clerk.domain.minutes_cycle import bring_forward
        from clerk.services.minutes_cycle import outstanding_actions

        meeting = bring_forward(meeting, outstanding_actions(db, meeting))
    return repository.insert_meeting(db.engine, meeting, body_id=body_id)


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Delete a meeting and all its records (the GUI asks first; there is no undo)."""
    from clerk.services.recording import delete_recording

    delete_recording(db, meeting_id)  # its audio files too
    repository.delete_meeting(db.engine, meeting_id)

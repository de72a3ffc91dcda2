"""The catalogue of what a clerk does to an open meeting: the one door for the GUI and the CLI.

Every action is a function ``action(session, *args, **kw) -> Change | None``. It owns the label
the clerk sees in Edit ▸ Undo, calls exactly one pure domain function ``Meeting -> Meeting``
through ``MeetingSession.apply`` (one transaction, checked against the meeting's revision,
undoable), and raises only the errors of ``clerk.errors`` (``NotFound``, ``RuleError``,
``SetupError``, ``SaveError``, ``Conflict``). It returns the ``Change`` made, whose ``what``
says which parts of the meeting changed, or None when nothing changed.

To add an action: write the pure operation in ``clerk.domain`` (it raises ``NotFound`` or
``RuleError``), then a function here (or in ``clerk.services.formal``, whose actions this
module re-exports) that gives it its label. The GUI runs it with its view's ``act`` and the
error helper; tests call it directly on a ``MeetingSession``.
"""

from __future__ import annotations

from datetime import date, datetime

from clerk.domain import minutes_cycle as cycle
from clerk.domain import operations as ops
from clerk.domain import setup as setup_ops
from clerk.domain.model import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    ItemKind,
    Meeting,
    Person,
)
from clerk.domain.wording import short_name
from clerk.services.corrections import (
    correct_arrival,
    correct_departure,
    correct_item_times,
    correct_meeting_times,
)
from clerk.services.drafting import (
    advance_drafting_state,
    edit_declaration_nature,
    edit_speaker,
    revert_wording,
    reword_sentence,
    set_drafting_state,
)
from clerk.services.formal import (
    declare_interest,
    exclude_press_and_public,
    finish_speaker,
    move_motion,
    readmit_press_and_public,
    record_arrival,
    record_casting_vote,
    record_named_vote,
    record_return,
    record_show_of_hands,
    record_withdrawal,
    remove_declaration,
    resolve_to_continue,
    set_item_time_limit,
    set_quorum_rule,
    set_time_limits,
    start_speaker,
    withdraw_motion,
)
from clerk.services.session import Change, MeetingSession


def _person_name(meeting: Meeting, person_id: str) -> str:
    person = meeting.person(person_id)
    return short_name(person) if person is not None else person_id


def _item_number(meeting: Meeting, item_key: str) -> str:
    item = meeting.item(item_key)
    return item.agenda_number if item is not None else "?"


# -- the meeting as a whole ----------------------------------------------------------------


def start_meeting(session: MeetingSession, at: datetime) -> Change | None:
    return session.apply("Start meeting", ops.start_meeting, at)


def close_meeting(session: MeetingSession, at: datetime) -> Change | None:
    return session.apply("Close meeting", ops.close_meeting, at)


def adjourn(session: MeetingSession, at: datetime, reason: str | None = None) -> Change | None:
    return session.apply("Adjourn meeting", ops.adjourn, at, reason)


def resume(session: MeetingSession, at: datetime) -> Change | None:
    return session.apply("Resume meeting", ops.resume, at)


# -- items ---------------------------------------------------------------------------------


def take_item(session: MeetingSession, item_key: str, at: datetime) -> Change | None:
    label = f"Take item {_item_number(session.meeting, item_key)}"
    item = session.meeting.item(item_key)
    previous = None
    if item is not None and item.kind is ItemKind.MINUTES and item.minute_number is None:
        # The minutes approved are the body's last meeting's, when the agenda does not say.
        from clerk.services.minutes_cycle import previous_meeting_date

        previous = previous_meeting_date(session.db, session.meeting, item.approves_meeting)
    return session.apply(label, ops.take_item, item_key, at, previous)


def defer_item(session: MeetingSession, item_key: str) -> Change | None:
    label = f"Defer item {_item_number(session.meeting, item_key)}"
    return session.apply(label, ops.defer_item, item_key)


def withdraw_item(session: MeetingSession, item_key: str) -> Change | None:
    label = f"Withdraw item {_item_number(session.meeting, item_key)}"
    return session.apply(label, ops.withdraw_item, item_key)


def set_notes(session: MeetingSession, item_key: str, text: str) -> Change | None:
    """Typed notes: saved every few seconds, one undo step per spell of typing on one item."""
    return session.apply("Type notes", ops.set_notes, item_key, text, merge=("notes", item_key))


def set_resolution(
    session: MeetingSession, item_key: str, parts: list[str], reason: str | None
) -> Change | None:
    return session.apply(
        "Edit resolution",
        ops.set_resolution,
        item_key,
        parts,
        reason,
        merge=("resolution", item_key),
    )


def add_speaker(
    session: MeetingSession,
    item_key: str,
    name: str,
    capacity: str | None = None,
    summary: str | None = None,
) -> Change | None:
    return session.apply("Add speaker", ops.add_speaker, item_key, name, capacity, summary)


def remove_speaker(session: MeetingSession, item_key: str, speaker_key: str) -> Change | None:
    return session.apply("Remove speaker", ops.remove_speaker, item_key, speaker_key)


def add_action(
    session: MeetingSession,
    text: str,
    item_key: str | None = None,
    owner: str | None = None,
    due: date | None = None,
) -> Change | None:
    return session.apply("Add action", ops.add_action, text, item_key, owner, due)


def remove_action(session: MeetingSession, action_key: str) -> Change | None:
    return session.apply("Remove action", ops.remove_action, action_key)


# -- attendance (the P, A, X and L keys; W and R are in ``formal``) ------------------------


def mark_present(session: MeetingSession, person_id: str, at: datetime) -> Change | None:
    """Present; after the start an arrival (or the return of a member outside for an interest)."""
    label = f"{_person_name(session.meeting, person_id)} present"
    return session.apply(label, ops.mark_present, person_id, at)


def mark_apologies(session: MeetingSession, person_id: str) -> Change | None:
    label = f"{_person_name(session.meeting, person_id)}: apologies"
    return session.apply(label, ops.set_attendance, person_id, Attendance.APOLOGIES)


def mark_absent(session: MeetingSession, person_id: str) -> Change | None:
    label = f"{_person_name(session.meeting, person_id)} absent"
    return session.apply(label, ops.set_attendance, person_id, Attendance.ABSENT)


def record_departure(
    session: MeetingSession, person_id: str, at: datetime, note: str | None = None
) -> Change | None:
    """Left the meeting early (refused, with a reason, for someone not in it)."""
    label = f"{_person_name(session.meeting, person_id)} left"
    return session.apply(label, ops.record_departure, person_id, at, note)


# -- set-up: details, people, agenda -------------------------------------------------------

_DETAIL_LABELS = {
    "committee": "body",
    "kind": "kind",
    "organisation": "organisation",
    "date": "date",
    "scheduled_time": "time",
    "venue": "venue",
    "first_minute_number": "first minute number",
    "meeting_type": "meeting type",
    "apologies_accepted": "apologies accepted",
    "public_count": "members of the public",
}
_PERSON_LABELS = {
    "name": "full name",
    "substitute_for": "whom a substitute replaces",
    "post_nominals": "letters after the name",
    "apology_reason": "reason for apologies",
    "attendance_note": "note on attendance",
    "in_part": "attended in part",
    "remote": "attended remotely",
}
_ITEM_LABELS = {
    "agenda_number": "agenda number",
    "exempt_paragraph": "exempt paragraph",
    "planned_minutes": "planned minutes",
}


def _change_label(changes: dict, names: dict[str, str]) -> str:
    fields = [names.get(name, name.replace("_", " ")) for name in changes]
    return "Change " + (" and ".join(fields) if fields else "nothing")


def edit_details(session: MeetingSession, *, merge=None, **changes) -> Change | None:
    """The meeting's body, kind, organisation, date, time, venue, first minute number, type
    ("Ordinary", "Annual"), apologies accepted or the count of the public."""
    label = _change_label(changes, _DETAIL_LABELS)
    return session.apply(label, setup_ops.edit_details, merge=merge, **changes)


def add_person(
    session: MeetingSession, person: Person | None = None, *, after: str | None = None
) -> Change | None:
    return session.apply("Add person", setup_ops.add_person, person, after=after)


def edit_person(session: MeetingSession, person_id: str, **changes) -> Change | None:
    label = _change_label(changes, _PERSON_LABELS)
    return session.apply(label, setup_ops.edit_person, person_id, **changes)


def remove_person(session: MeetingSession, person_id: str) -> Change | None:
    return session.apply("Remove person", setup_ops.remove_person, person_id)


def move_person(session: MeetingSession, person_id: str, offset: int) -> Change | None:
    return session.apply("Move person", setup_ops.move_person, person_id, offset)


def add_item(
    session: MeetingSession, item: AgendaItem | None = None, *, after: str | None = None
) -> Change | None:
    return session.apply("Add item", setup_ops.add_item, item, after=after)


def edit_item(session: MeetingSession, item_key: str, **changes) -> Change | None:
    label = _change_label(changes, _ITEM_LABELS)
    return session.apply(label, setup_ops.edit_item, item_key, **changes)


def remove_item(session: MeetingSession, item_key: str) -> Change | None:
    return session.apply("Remove item", setup_ops.remove_item, item_key)


def move_item(session: MeetingSession, item_key: str, offset: int) -> Change | None:
    return session.apply("Move item", setup_ops.move_item, item_key, offset)


def renumber_items(session: MeetingSession) -> Change | None:
    return session.apply("Renumber items", setup_ops.renumber_items)


# -- after the meeting: the minutes' lifecycle and actions carried forward -------------------


def record_minutes_version(
    session: MeetingSession,
    made_at: datetime,
    sha256: str,
    *,
    final: bool = False,
    file_name: str | None = None,
) -> Change | None:
    """A version of the minutes exported (``clerk.services.minutes_cycle.export_minutes``)."""
    number = max((v.number for v in session.meeting.minutes_versions), default=0) + 1
    label = f"Export minutes version {number}" + (" (final)" if final else "")
    return session.apply(
        label, cycle.record_version, made_at, sha256, final=final, file_name=file_name
    )


def mark_minutes_sent(
    session: MeetingSession, at: datetime, number: int | None = None
) -> Change | None:
    """Version ``number`` (default the latest) of the minutes sent to the chair."""
    versions = session.meeting.minutes_versions
    shown = number or (versions[-1].number if versions else None)
    label = f"Send minutes version {shown} to the chair" if shown else "Send minutes to the chair"
    return session.apply(label, cycle.mark_sent, number, at)


def sign_minutes(session: MeetingSession, at: datetime | None) -> Change | None:
    """The chair signed the approved minutes (the service checks they were approved)."""
    return session.apply("Sign minutes" if at else "Unsign minutes", cycle.sign, at)


def link_minutes_item(
    session: MeetingSession, item_key: str, approves: int | None
) -> Change | None:
    label = f"Link item {_item_number(session.meeting, item_key)} to the minutes it approves"
    return session.apply(label, cycle.link_minutes, item_key, approves)


def approve_minutes(
    session: MeetingSession, item_key: str, approved_day: date, amendments=()
) -> Change | None:
    """At the minutes item: the linked meeting's minutes approved as a correct record, or
    subject to ``amendments``."""
    label = f"Approve minutes of {approved_day:%d %b %Y}" + (
        f" ({len(amendments)} amendment{'s' if len(amendments) != 1 else ''})" if amendments else ""
    )
    return session.apply(label, cycle.approve, item_key, approved_day, tuple(amendments))


def withdraw_approval(session: MeetingSession, item_key: str) -> Change | None:
    return session.apply("Withdraw approval of minutes", cycle.withdraw_approval, item_key)


def mark_action(
    session: MeetingSession, action_key: str, status: ActionStatus | str, note: str | None = None
) -> Change | None:
    """An action marked done, carried forward, dropped (or open again), with a note."""
    status = ActionStatus(status)
    words = {"open": "open", "done": "done", "carried": "carried forward", "dropped": "dropped"}
    return session.apply(
        f"Action {words[status.value]}", cycle.mark_action, action_key, status, note
    )


def bring_forward_actions(session: MeetingSession, outstanding: list[Action]) -> Change | None:
    """Earlier meetings' outstanding actions brought to this meeting's matters-arising item."""
    return session.apply("Bring forward actions", cycle.bring_forward, outstanding)


__all__ = [
    "Change",
    "advance_drafting_state",
    "edit_declaration_nature",
    "edit_speaker",
    "reword_sentence",
    "revert_wording",
    "set_drafting_state",
    "MeetingSession",
    "add_action",
    "add_item",
    "add_person",
    "add_speaker",
    "adjourn",
    "approve_minutes",
    "bring_forward_actions",
    "link_minutes_item",
    "mark_action",
    "mark_minutes_sent",
    "record_minutes_version",
    "sign_minutes",
    "withdraw_approval",
    "close_meeting",
    "correct_arrival",
    "correct_departure",
    "correct_item_times",
    "correct_meeting_times",
    "declare_interest",
    "defer_item",
    "edit_details",
    "edit_item",
    "edit_person",
    "exclude_press_and_public",
    "finish_speaker",
    "mark_absent",
    "mark_apologies",
    "mark_present",
    "move_item",
    "move_motion",
    "move_person",
    "readmit_press_and_public",
    "record_arrival",
    "record_casting_vote",
    "record_departure",
    "record_named_vote",
    "record_return",
    "record_show_of_hands",
    "record_withdrawal",
    "remove_action",
    "remove_declaration",
    "remove_item",
    "remove_person",
    "remove_speaker",
    "renumber_items",
    "resolve_to_continue",
    "resume",
    "set_item_time_limit",
    "set_notes",
    "set_quorum_rule",
    "set_resolution",
    "set_time_limits",
    "start_meeting",
    "start_speaker",
    "take_item",
    "withdraw_item",
    "withdraw_motion",
]

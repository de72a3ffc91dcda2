"""After the meeting: minutes versions, approval and signing, actions carried forward.

The one door for the GUI and the CLI (docs/minutes-cycle.md). Changes to a meeting go through
the catalogue (``clerk.services.actions``) on a ``MeetingSession``, so each is one transaction
and can be undone; this module adds what needs more than one meeting or a file: exporting a
numbered version (the .docx written, its hash kept), which version a file is, the approval of
a meeting's minutes read from the meeting that approved them, due dates from the body's house
style, and the outstanding actions of a body's earlier meetings.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from clerk.domain import minutes_cycle as cycle
from clerk.domain.model import Action, ActionStatus, Meeting, MinutesVersion
from clerk.domain.wording import full_name, long_date, short_name
from clerk.errors import NotFound, RuleError, SaveError
from clerk.services import actions as act
from clerk.services.minutes_stage import MinutesState, approval_of, deadline_of
from clerk.services.minutes_stage import state as stage_state
from clerk.services.session import Change, MeetingSession
from clerk.services.styles import style_for_meeting
from clerk.store import bodies as body_store
from clerk.store import cycle as cycle_store
from clerk.store import repository
from clerk.store.db import Database

# -- the minutes' lifecycle ---------------------------------------------------------------------


def draft_deadline(db: Database, meeting: Meeting) -> tuple[str | None, date | None]:
    """The body's deadline for draft minutes (its house style) and the date it falls on."""
    return deadline_of(db, meeting.id, meeting.date)


def minutes_state(db: Database, meeting: Meeting) -> MinutesState:
    if meeting.id is None:
        raise ValueError("the meeting has not been saved")
    return stage_state(
        db, meeting.id, meeting.date, meeting.minutes_signed_at, meeting.minutes_versions
    )


def minutes_states(db: Database, meeting_ids: list[int]) -> dict[int, MinutesState]:
    """The state of several meetings' minutes (the Meetings view's page of meetings)."""
    return {mid: minutes_state(db, repository.load_meeting(db.engine, mid)) for mid in meeting_ids}


def sha256_of(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def export_minutes(
    db: Database,
    session: MeetingSession,
    out: Path | str,
    *,
    final: bool = False,
    at: datetime | None = None,
    template: Path | str | None = None,
    include_exempt: bool = False,
    problems: list[str] | None = None,
) -> MinutesVersion:
    """Write the minutes to ``out`` as the next numbered version and keep its time and hash.

    A draft carries the style's draft notice ("DRAFT" when it has none) and no signature
    block; the final version, allowed once a later meeting has approved the minutes, drops
    the notice and carries the signature block. Raises ``RuleError`` for a final version of
    minutes not yet approved, ``MinutesError`` for a bad template or style. ``problems``, when
    given, receives a line for each stored setting that could not be used (its default was).
    """
    from clerk.minutes import write_minutes
    from clerk.services.minutes_inputs import minutes_inputs

    meeting = session.meeting
    if final and approval_of(db, meeting.id or 0) is None:
        raise RuleError(
            f"The minutes of {long_date(meeting.date)} have not been approved yet: the final "
            "version is made once a later meeting has approved them."
        )
    given = minutes_inputs(db, meeting)
    style = style_for_meeting(db, meeting.id).style
    written = write_minutes(
        meeting,
        out,
        template=template or given.settings.template,
        include_exempt=include_exempt,
        settings=given.settings,
        style=style,
        stage="final" if final else "draft",
        rules=given.rules,
        recording_paused=given.recording_paused,
    )
    digest = sha256_of(written[0])
    act.record_minutes_version(
        session, at or datetime.now(), digest, final=final, file_name=Path(written[0]).name
    )
    if problems is not None:
        problems.extend(given.settings.problems)
    return session.meeting.minutes_versions[-1]


def version_of_file(meeting: Meeting, path: Path | str) -> MinutesVersion | None:
    """Which exported version a .docx is (by its hash), None when it is none of them (edited
    since, or another meeting's)."""
    digest = sha256_of(path)
    return next((v for v in meeting.minutes_versions if v.sha256 == digest), None)


def sign_minutes(db: Database, session: MeetingSession, at: datetime) -> Change | None:
    """The chair signed the minutes; only once a later meeting has approved them."""
    if approval_of(db, session.meeting.id or 0) is None:
        raise RuleError(
            f"The minutes of {long_date(session.meeting.date)} cannot be signed: no later "
            "meeting has approved them yet."
        )
    return act.sign_minutes(session, at)


def approve_minutes(
    db: Database, session: MeetingSession, amendments=(), item_key: str | None = None
) -> Change | None:
    """At this meeting's minutes item (the linked one unless ``item_key``), approve the
    linked meeting's minutes as a correct record or subject to ``amendments``."""
    item = session.meeting.item(item_key) if item_key else cycle.minutes_item(session.meeting)
    if item is None:
        raise NotFound("this meeting has no minutes item")
    if item.approves_meeting is None:
        raise RuleError(
            f"Item {item.agenda_number} does not say whose minutes it approves: link it to the "
            "last meeting first."
        )
    try:
        approved = repository.load_meeting(db.engine, item.approves_meeting)
    except NotFound:
        raise NotFound(
            f"the meeting whose minutes item {item.agenda_number} approves is not in this database"
        ) from None
    return act.approve_minutes(session, item.key, approved.date, tuple(amendments))


def link_to_previous(db: Database, session: MeetingSession) -> Change | None:
    """Link this meeting's minutes item to the body's previous meeting."""
    item = cycle.minutes_item(session.meeting)
    if item is None:
        raise NotFound("this meeting has no minutes item")
    before = previous_meeting(db, session.meeting)
    if before is None:
        raise NotFound("this body has no earlier meeting in Clerk")
    return act.link_minutes_item(session, item.key, before)


# -- the body's meetings ------------------------------------------------------------------------


def body_refs(db: Database, meeting: Meeting) -> list[cycle_store.MeetingRef]:
    body_id = body_store.body_id_of_meeting(db.engine, meeting.id) if meeting.id else None
    return cycle_store.body_meetings(db.engine, body_id, meeting.committee)


def _earlier(refs, meeting: Meeting) -> list[cycle_store.MeetingRef]:
    return [
        r
        for r in refs
        if r.id != meeting.id
        and (r.date < meeting.date or (r.date == meeting.date and r.id < (meeting.id or 0)))
    ]


def previous_meeting(db: Database, meeting: Meeting) -> int | None:
    earlier = _earlier(body_refs(db, meeting), meeting)
    return earlier[-1].id if earlier else None


def previous_meeting_date(
    db: Database, meeting: Meeting, approves: int | None = None
) -> date | None:
    """The date of the meeting ``approves`` names (a minutes item's link), else of the body's
    meeting before this one, if Clerk holds it."""
    refs = body_refs(db, meeting)
    named = [r for r in refs if approves is not None and r.id == approves]
    earlier = named or _earlier(refs, meeting)
    return earlier[-1].date if earlier else None


# -- actions carried forward --------------------------------------------------------------------


def outstanding_actions(db: Database, meeting: Meeting) -> list[Action]:
    """The actions of the body's meetings before ``meeting`` not yet done or dropped: each as
    it stands at the last meeting it was reviewed at. Read in one query; a meeting is loaded
    only to name an owner recorded as one of its people."""
    earlier = [r.id for r in _earlier(body_refs(db, meeting), meeting)]
    latest: dict[str, cycle_store.ActionRow] = {}
    for row in cycle_store.actions_of(db.engine, earlier):
        latest[row.origin or row.key] = row
    out = []
    people: dict[int, Meeting] = {}
    for row in latest.values():
        status = ActionStatus(row.status)
        if not status.outstanding:
            continue
        owner = row.owner
        if owner:
            if row.meeting_id not in people:
                people[row.meeting_id] = repository.load_meeting(db.engine, row.meeting_id)
            person = people[row.meeting_id].person(owner)
            if person is not None:  # a person id means nothing at another meeting: the name
                owner = short_name(person) if person.title else full_name(person)
        out.append(
            Action(
                row.text,
                None,
                owner,
                row.due,
                key=row.key,
                status=status,
                note=row.note,
                origin=row.origin,
            )
        )
    return out


def bring_forward(db: Database, session: MeetingSession) -> Change | None:
    """Bring the body's outstanding actions to this meeting's matters-arising item."""
    return act.bring_forward_actions(session, outstanding_actions(db, session.meeting))


def mark(session: MeetingSession, action_key: str, status: str, note: str | None = None):
    """Shorthand for the catalogue's ``mark_action`` (the CLI and the view use it)."""
    try:
        ActionStatus(status)
    except ValueError:
        raise RuleError(f"{status!r} is not a status: open, done, carried or dropped") from None
    return act.mark_action(session, action_key, status, note)


__all__ = [
    "MinutesState",
    "approval_of",
    "approve_minutes",
    "bring_forward",
    "draft_deadline",
    "export_minutes",
    "link_to_previous",
    "minutes_state",
    "minutes_states",
    "outstanding_actions",
    "previous_meeting",
    "sha256_of",
    "sign_minutes",
    "version_of_file",
]


# -- the same, for the Meetings view --------------------------------------------------------
# Each step runs on ``session`` when it is given and holds the meeting (the meeting open in the
# main window: the step is one more change of it, on Edit ▸ Undo, and every view hears it), or
# else on a session of its own. Each raises only ``ClerkError``s (a file not written included).


def _open(db: Database, meeting_id: int, session: MeetingSession | None = None) -> MeetingSession:
    if session is not None and session.meeting.id == meeting_id:
        return session
    return MeetingSession.open(db, meeting_id)


def export_version(
    db: Database,
    meeting_id: int,
    out: Path | str,
    *,
    final: bool = False,
    session: MeetingSession | None = None,
) -> str:
    """Export the next version of a meeting's minutes; one line saying which."""
    from clerk.minutes import MinutesError

    try:
        problems: list[str] = []
        version = export_minutes(
            db, _open(db, meeting_id, session), out, final=final, problems=problems
        )
    except (MinutesError, OSError) as exc:  # a bad template, a folder that cannot be written
        raise SaveError(f"The minutes were not written: {exc}") from exc
    kind = "final version" if version.final else "draft version"
    said = [f"Minutes {kind} {version.number} written: {Path(out).name}"]
    return " — ".join(said + problems)


def send_latest(
    db: Database,
    meeting_id: int,
    at: datetime | None = None,
    *,
    session: MeetingSession | None = None,
) -> str:
    session = _open(db, meeting_id, session)
    act.mark_minutes_sent(session, at or datetime.now())
    sent = cycle.chair_version(session.meeting)
    return f"The chair has version {sent.number} of the minutes." if sent else ""


def approve_previous(
    db: Database, meeting_id: int, amendments=(), *, session: MeetingSession | None = None
) -> str:
    """At meeting ``meeting_id``: the minutes its minutes item points at (linked to the body's
    previous meeting first when it points nowhere) approved, with ``amendments``."""
    session = _open(db, meeting_id, session)
    item = cycle.minutes_item(session.meeting)
    if item is not None and item.approves_meeting is None:
        link_to_previous(db, session)
    approve_minutes(db, session, amendments)
    item = cycle.minutes_item(session.meeting)
    return item.resolution.parts[0] if item and item.resolution else "Approved."


def sign(
    db: Database,
    meeting_id: int,
    at: datetime | None = None,
    *,
    session: MeetingSession | None = None,
) -> str:
    session = _open(db, meeting_id, session)
    sign_minutes(db, session, at or datetime.now())
    return f"Minutes of {long_date(session.meeting.date)} signed by the chair."

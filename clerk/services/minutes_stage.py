"""Where a meeting's minutes stand, read without loading the meeting.

The Meetings view shows one line for the selected meeting ("draft; draft due 12 June 2026");
it reads the meeting's date, signature and exported versions and its approval with small
queries, not the whole meeting, and this module imports nothing of the minutes' writing
(python-docx); the house style (for the deadline) is imported when a line is first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clerk.domain import minutes_cycle as cycle
from clerk.domain.minutes_cycle import Approval
from clerk.domain.model import MinutesVersion
from clerk.domain.wording import long_date
from clerk.errors import NotFound
from clerk.store import cycle as cycle_store
from clerk.store.db import Database


def approval_of(db: Database, meeting_id: int) -> Approval | None:
    found = cycle_store.approvals(db.engine, [meeting_id]).get(meeting_id)
    if found is None:
        return None
    return Approval(found.by_meeting, found.by_date, found.amendments)


@dataclass(frozen=True)
class MinutesState:
    meeting_id: int
    stage: str  # one of clerk.domain.minutes_cycle.STAGES
    versions: tuple[MinutesVersion, ...]
    chair_has: MinutesVersion | None
    approval: Approval | None
    deadline: str | None  # "1 month", "7 working days" (the body's style), None: none
    due: date | None

    @property
    def latest(self) -> MinutesVersion | None:
        return self.versions[-1] if self.versions else None

    def overdue(self, today: date) -> bool:
        """Draft minutes due and not yet sent out by ``today``."""
        return self.due is not None and self.chair_has is None and today > self.due

    def line(self) -> str:
        """One line for a clerk: "sent to the chair (version 2 of 3); due 12 June 2026"."""
        text = self.stage
        if self.chair_has is not None and self.stage in (cycle.SENT, cycle.CORRECTED):
            text += f" (the chair has version {self.chair_has.number} of {len(self.versions)})"
        elif self.versions and self.stage == cycle.DRAFT:
            text += f" ({len(self.versions)} version{'s' if len(self.versions) != 1 else ''})"
        if self.approval is not None and self.stage in (cycle.APPROVED, cycle.SIGNED):
            how = (
                "as a correct record"
                if not self.approval.amendments
                else f"with {len(self.approval.amendments)} amendment"
                + ("s" if len(self.approval.amendments) != 1 else "")
            )
            text += f", {how} on {long_date(self.approval.date)}"
        if self.due is not None and self.stage in (cycle.DRAFT,):
            text += f"; draft due {long_date(self.due)} ({self.deadline})"
        return text


def deadline_of(db: Database, meeting_id: int | None, day: date) -> tuple[str | None, date | None]:
    """The body's deadline for draft minutes (its house style) and the date it falls on."""
    # Here, not at the top: the house style brings the minutes' templates with it.
    from clerk.services.styles import style_for_meeting

    text = style_for_meeting(db, meeting_id).style.document.draft_deadline
    try:
        deadline = cycle.parse_deadline(text)
    except ValueError:
        return None, None
    if deadline is None:
        return None, None
    return str(deadline), cycle.due_date(day, deadline)


def state(
    db: Database,
    meeting_id: int,
    day: date,
    signed_at,
    versions: tuple[MinutesVersion, ...],
) -> MinutesState:
    """The state from what the meeting holds; the approval and the deadline are read here."""
    approval = approval_of(db, meeting_id)
    stage = cycle.stage_of(signed_at, versions, approval)
    deadline, due = deadline_of(db, meeting_id, day)
    return MinutesState(
        meeting_id, stage, versions, cycle.chair_version_of(versions), approval, deadline, due
    )


def minutes_state_of(db: Database, meeting_id: int) -> MinutesState:
    """Where the minutes of the meeting ``meeting_id`` stand; NotFound when it is gone."""
    facts = cycle_store.minutes_facts(db.engine, meeting_id)
    if facts is None:
        raise NotFound("the meeting is no longer in the database")
    return state(db, meeting_id, facts.date, facts.signed_at, facts.versions)

"""A meeting open for clerking: every action is one transaction, and every action can be undone.

An action is a pure function from one ``Meeting`` value to the next (see
``clerk.domain.operations``). ``MeetingSession.apply`` runs it, saves the difference in one
transaction and only then adopts the new value, so what the clerk sees is what is on disk. If
the save fails (disk full, folder read-only) the session keeps the value it had, and the error
goes up with a message a clerk can act on.

Undo and redo save the difference back; consecutive edits with the same ``merge`` key (typing
into one item's notes) make a single undo step.

Every save is checked against the meeting's revision (``clerk.store.revisions``): in a team
database a change made on a copy another Clerk has changed since is merged when it touches
other rows, and refused with ``Conflict`` when it touches the same ones; the session then holds
the meeting as it is now, and says so to its listeners. ``poll`` brings in other Clerks'
changes when there was no change of our own to bring them.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from clerk.domain.model import Meeting
from clerk.errors import ClerkError, Conflict, NotFound, RuleError, SaveError
from clerk.services.changes import SETTINGS_CHANGED, What, what_changed
from clerk.services.conflicts import conflict_message, keep_text
from clerk.services.text_merge import rebase_typing
from clerk.store import revisions
from clerk.store.db import Database

MAX_UNDO = 500


@dataclass(frozen=True)
class Change:
    """One saved step as the views hear of it; ``what`` names the parts it changed, worked
    out once here (``clerk.services.changes``) so that each view refreshes only those."""

    label: str
    before: Meeting
    after: Meeting
    merge: Any = None
    known: What | None = field(default=None, compare=False, repr=False)

    @property
    def what(self) -> What:
        """Worked out the first time a view asks (an undo step kept but never shown, or
        replaced by a merge, costs nothing), then kept."""
        if self.known is None:
            object.__setattr__(self, "known", what_changed(self.before, self.after))
        assert self.known is not None
        return self.known


Listener = Callable[[Change], None]


class MeetingSession:
    def __init__(self, db: Database, meeting: Meeting, revision: int = 0):
        if meeting.id is None:
            raise ValueError("open a saved meeting")
        self.db = db
        self.meeting = meeting
        self.revision = revision  # the meeting's revision this copy was read at
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._listeners: list[Listener] = []
        # Why saving stopped for good (the journal was deleted under Clerk); None while it works.
        self.stopped: str | None = None

    @classmethod
    def open(cls, db: Database, meeting_id: int) -> MeetingSession:
        meeting, revision = revisions.read_meeting(db, meeting_id)
        return cls(db, meeting, revision)

    # -- observing ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def poll(self) -> Change | None:
        """Read the meeting again if another Clerk changed it (a team database); the views
        hear of it as a change labelled ``OTHERS``. Cheap when nothing changed: one number."""
        try:
            if revisions.read_revision(self.db, self._id) == self.revision:
                return None
            meeting, revision = revisions.read_meeting(self.db, self._id)
        except store_errors() as exc:
            raise SaveError(describe_save_error(exc)) from exc
        return self._adopt(meeting, revision)

    def _adopt(self, meeting: Meeting, revision: int) -> Change | None:
        before = self.meeting
        self.meeting, self.revision = meeting, revision
        if meeting == before:
            return None
        change = Change(OTHERS, before, meeting)
        self._notify(change)
        return change

    def settings_changed(self) -> Change:
        """Tell the views the settings changed (the meeting did not): they read them again."""
        change = Change("Change settings", self.meeting, self.meeting, known=SETTINGS_CHANGED)
        self._notify(change)
        return change

    @property
    def _id(self) -> int:
        assert self.meeting.id is not None
        return self.meeting.id

    # -- acting ------------------------------------------------------------------------
    def apply(
        self, label: str, operation: Callable[..., Meeting], *args, merge: Any = None, **kw
    ) -> Change | None:
        """Run ``operation(meeting, *args, **kw)``, save the result, record it for undo."""
        try:
            after = operation(self.meeting, *args, **kw)
        except ClerkError:
            raise
        except KeyError as exc:  # a domain function that still says "not found" the old way
            missing = exc.args[0] if exc.args else "it"
            raise NotFound(f"{label}: {missing} is not there") from exc
        except ValueError as exc:  # a value the domain refuses (e.g. an unknown kind)
            raise RuleError(str(exc)) from exc
        if after is self.meeting:
            return None
        before = self.meeting
        saved = self._commit(label, before, after, current=True)
        last = self._undo[-1] if self._undo else None
        if merge is not None and last is not None and last.merge == merge and last.after is before:
            step = Change(label, last.before, after, merge)
            self._undo[-1] = step
        else:
            step = Change(label, before, after, merge)
            self._undo.append(step)
            del self._undo[:-MAX_UNDO]
        self._redo.clear()
        shown = Change(label, before, saved, merge)
        self._notify(shown)
        return shown

    def check_journal(self, pending: Meeting | None = None) -> str | None:
        """None while the database's journal is in place. When another program has deleted it,
        stop saving (each later change is refused), rescue what can be rescued, write the
        meeting (``pending``, the change being made, else the current one) to a file of its
        own, and return the message for the clerk."""
        if self.stopped is None and self.db.journal_lost():
            from clerk.services.recovery import journal_lost

            self.stopped = journal_lost(self.db, pending or self.meeting)
        return self.stopped

    def _commit(self, label: str, before: Meeting, after: Meeting, *, current: bool) -> Meeting:
        """Save ``before`` → ``after`` checked against the revision; the meeting as now saved
        (``after`` itself unless another Clerk's changes were merged in)."""
        if self.check_journal(after) is not None:
            raise SaveError(self.stopped)
        try:
            done = self._commit_merging(before, after, current)
        except revisions.StaleChange as stale:
            kept = keep_text(before, after)
            self._adopt(stale.current, stale.revision)
            raise Conflict(conflict_message(label, stale, before, kept), kept) from None
        except store_errors() as exc:
            raise SaveError(describe_save_error(exc)) from exc
        except OSError as exc:
            raise SaveError(f"could not save: {exc.strerror or exc}") from exc
        self.revision = done.revision
        self.meeting = done.merged if done.merged is not None else after
        return self.meeting

    def _commit_merging(self, before: Meeting, after: Meeting, current: bool):
        """Commit; when only items' notes clashed with another Clerk's typing, merge the texts
        (``clerk.services.text_merge``) and commit again, so that neither Clerk's words go."""
        db = self.db
        try:
            return revisions.commit_change(db, before, after, self.revision, current=current)
        except revisions.StaleChange as stale:
            rebased = rebase_typing(before, after, stale)
            if rebased is None:
                raise
            return revisions.commit_change(db, *rebased, stale.revision, current=False)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Change | None:
        """Take back the last step; refused (``Conflict``) when another Clerk has changed the
        same rows since, so undo never overwrites a later change."""
        if not self._undo:
            return None
        step = self._undo[-1]
        before = self.meeting
        label = "Undo " + step.label
        if before is step.after:
            saved = self._commit(label, before, step.before, current=True)
        else:
            saved = self._commit(label, step.after, step.before, current=False)
        self._undo.pop()
        self._redo.append(step)
        reverse = Change(label, before, saved)
        self._notify(reverse)
        return reverse

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        step = self._redo[-1]
        before = self.meeting
        label = "Redo " + step.label
        if before is step.before:
            saved = self._commit(label, before, step.after, current=True)
        else:
            saved = self._commit(label, step.before, step.after, current=False)
        self._redo.pop()
        self._undo.append(step)
        change = Change(step.label, before, saved)
        self._notify(change)
        return change


def store_errors() -> tuple[type[Exception], ...]:
    """What a failed read or save raises: sqlite3's errors (a meeting saved on SQLite's driver),
    and SQLAlchemy's once it is loaded (it cannot have raised before; not importing it here
    keeps it off a clerk's start, ``clerk.store.db``)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    if loaded is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, loaded.SQLAlchemyError)


#: The label of a change another Clerk made, as the views hear of it.
OTHERS = "Changed by another Clerk"


def describe_save_error(exc: BaseException) -> str:
    """One line for a failed save, saying what to do."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return "The disk is full, so the last change was not saved. Free some space; Clerk keeps your work and saves it when you try again."
    if "disk i/o error" in text or "file too large" in text:
        return "Clerk could not write to the disk (it may be full, or the drive was removed), so the last change was not saved. Free some space or check the drive; Clerk keeps your work and saves it when you try again."
    if "readonly" in text or "read-only" in text or "permission" in text:
        return "The database cannot be written (read-only folder or file), so the last change was not saved. Fix the permissions and try again."
    if "locked" in text or "busy" in text:
        return "The database is busy in another program, so the last change was not saved. Try again in a moment."
    first = str(orig).strip().splitlines()
    return "The last change was not saved: " + (first[0] if first else type(orig).__name__)

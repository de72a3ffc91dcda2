"""A meeting open for clerking: every action is one transaction, and every action can be undone.

An action is a pure function from one ``Meeting`` value to the next (see
``clerk.domain.operations``). ``MeetingSession.apply`` runs it, saves the difference in one
transaction and only then adopts the new value, so what the clerk sees is what is on disk. If
the save fails (disk full, folder read-only) the session keeps the value it had, and the error
goes up with a message a clerk can act on.

Undo and redo save the difference back; consecutive edits with the same ``merge`` key (typing
into one item's notes) make a single undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from clerk.domain.model import Meeting
from clerk.store import repository
from clerk.store.db import Database

MAX_UNDO = 500


class SaveError(Exception):
    """A change that could not be saved; nothing of it was kept, the previous state stands."""


@dataclass(frozen=True)
class Change:
    label: str
    before: Meeting
    after: Meeting
    merge: Any = None


Listener = Callable[[Change], None]


class MeetingSession:
    def __init__(self, db: Database, meeting: Meeting):
        if meeting.id is None:
            raise ValueError("open a saved meeting")
        self.db = db
        self.meeting = meeting
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._listeners: list[Listener] = []
        # Why saving stopped for good (the journal was deleted under Clerk); None while it works.
        self.stopped: str | None = None

    @classmethod
    def open(cls, db: Database, meeting_id: int) -> MeetingSession:
        return cls(db, repository.load_meeting(db.engine, meeting_id))

    # -- observing ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- acting ------------------------------------------------------------------------
    def apply(
        self, label: str, operation: Callable[..., Meeting], *args, merge: Any = None, **kw
    ) -> Change | None:
        """Run ``operation(meeting, *args, **kw)``, save the result, record it for undo."""
        after = operation(self.meeting, *args, **kw)
        if after is self.meeting:
            return None
        before = self.meeting
        self._save(before, after)
        self.meeting = after
        last = self._undo[-1] if self._undo else None
        if merge is not None and last is not None and last.merge == merge and last.after is before:
            change = Change(label, last.before, after, merge)
            self._undo[-1] = change
        else:
            change = Change(label, before, after, merge)
            self._undo.append(change)
            del self._undo[:-MAX_UNDO]
        self._redo.clear()
        self._notify(change)
        return change

    def check_journal(self, pending: Meeting | None = None) -> str | None:
        """None while the database's journal is in place. When another program has deleted it,
        stop saving (each later change is refused), rescue what can be rescued, write the
        meeting (``pending``, the change being made, else the current one) to a file of its
        own, and return the message for the clerk."""
        if self.stopped is None and self.db.journal_lost():
            from clerk.services.recovery import journal_lost

            self.stopped = journal_lost(self.db, pending or self.meeting)
        return self.stopped

    def _save(self, before: Meeting, after: Meeting) -> None:
        if self.check_journal(after) is not None:
            raise SaveError(self.stopped)
        try:
            repository.save_change(self.db.engine, before, after)
        except SQLAlchemyError as exc:
            raise SaveError(describe_save_error(exc)) from exc
        except OSError as exc:
            raise SaveError(f"could not save: {exc.strerror or exc}") from exc

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        change = self._undo[-1]
        self._save(self.meeting, change.before)
        self._undo.pop()
        self.meeting = change.before
        self._redo.append(change)
        reverse = Change("Undo " + change.label, change.after, change.before)
        self._notify(reverse)
        return reverse

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        change = self._redo[-1]
        self._save(self.meeting, change.after)
        self._redo.pop()
        self.meeting = change.after
        self._undo.append(change)
        self._notify(change)
        return change

    def reload(self) -> None:
        """Read the meeting again from the store (after another program changed it)."""
        self.meeting = repository.load_meeting(self.db.engine, self.meeting.id)
        self._undo.clear()
        self._redo.clear()


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

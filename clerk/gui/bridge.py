"""Turns a MeetingSession's changes into one Qt signal that every view listens to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from clerk.services.session import Change, MeetingSession


class SessionBridge(QObject):
    """``changed(Change)`` fires after every saved action, undo and redo.

    Views refresh from ``change.after`` (the meeting as saved) and may compare it with
    ``change.before`` to refresh only what moved.
    """

    changed = Signal(object)

    def __init__(self, session: MeetingSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        session.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

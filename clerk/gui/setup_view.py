"""The set-up view: the meeting's details, people and agenda, before the meeting starts.

Every edit is one of the catalogue's actions (``clerk.services.actions``), so it is saved at
once and can be undone; the view redraws from the
session bridge's ``changed`` signal, whether the change came from here, from undo or from
another view. A value the rules refuse is shown on the message line at the bottom and the
field goes back to what is saved; a failed save is a dialog (nothing was kept).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from clerk.errors import ClerkError, NotFound, SetupError
from clerk.gui.acting import run_action
from clerk.gui.setup.agenda import AgendaPanel
from clerk.gui.setup.details import DetailsPanel
from clerk.gui.setup.people import PeoplePanel
from clerk.services import bodies
from clerk.services.changes import Part
from clerk.services.session import MeetingSession


class SetupView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Meeting set-up")
        self._session: MeetingSession | None = None
        self._bridge = None
        self._stale = False  # changed while hidden behind another view: redrawn when shown

        self.details = DetailsPanel(self.apply, self.report)
        self.people = PeoplePanel(self.apply, self.report)
        self.agenda = AgendaPanel(self.apply, self.report)
        self.message = QLabel()
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.people)
        split.addWidget(self.agenda)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

        self.details.dateEdited.connect(self._propose)
        self.people.save_standing_button.clicked.connect(self.save_standing_membership)
        self.setEnabled(False)

    # -- the session -----------------------------------------------------------------------
    def set_session(self, session: MeetingSession | None, bridge=None) -> None:
        """Show ``session``'s meeting and follow its changes (None: show nothing)."""
        if self._bridge is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._bridge.changed.disconnect(self._on_changed)
        self._session = session
        self._bridge = bridge
        self._stale = False
        self.setEnabled(session is not None)
        if session is None:
            return
        if bridge is not None:
            bridge.changed.connect(self._on_changed)
        self.message.clear()
        if self._hidden_in_window():
            self._stale = True  # a meeting reopened in the Live view: drawn when first shown
            return
        self._show()
        self._propose()

    @property
    def session(self) -> MeetingSession | None:
        return self._session

    def _on_changed(self, change) -> None:
        """Redraw only the panels whose part of the meeting the change names."""
        if self._stale or self._hidden_in_window():
            # A key in the Live view does not redraw a view nobody sees: it is redrawn when it
            # is shown next.
            self._stale = True
            return
        parts = change.what.parts
        self._show(
            details=bool(parts & Part.MEETING),
            people=bool(parts & (Part.PEOPLE | Part.PRESENCE)),
            agenda=bool(parts & Part.ITEMS),
        )
        if change.before.date != change.after.date:
            self._propose()

    def _hidden_in_window(self) -> bool:
        """Behind another view of its window (shown or not yet), so nobody sees it."""
        window = self.window()
        return window is not self and not self.isVisibleTo(window)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self._session is not None:
            self._stale = False
            self._show()
            self._propose()

    def _show(self, *, details: bool = True, people: bool = True, agenda: bool = True) -> None:
        meeting = self._session.meeting
        if details:
            self.details.show_meeting(meeting)
        if people:
            self.people.show_meeting(meeting)
        if agenda:
            self.agenda.show_meeting(meeting)

    def _propose(self) -> None:
        if self._session is None:
            return
        try:
            proposal = bodies.minute_proposal(self._session.db, self._session.meeting)
        except Exception:  # noqa: BLE001 - a proposal is a help, never a reason to fail
            proposal = None
        if proposal is None:
            self.details.set_proposal(None)
        else:
            self.details.set_proposal(proposal.number, proposal.reason)

    # -- acting ----------------------------------------------------------------------------
    def apply(self, action, *args, **kw) -> bool:
        """Run a set-up action of the catalogue; True when it was saved (or changed nothing)."""
        if self._session is None:
            return False
        title = action.__name__.replace("_", " ").capitalize()
        if not run_action(
            self, title, lambda: action(self._session, *args, **kw), on_error=self._refused
        ):
            return False
        self.message.clear()
        self.message.setStyleSheet("")
        return True

    def _refused(self, exc: ClerkError) -> bool:
        """A value the set-up refuses is said on the message line; other errors are dialogs."""
        if isinstance(exc, SetupError | NotFound):
            self.report(str(exc))
            return True
        self._show()
        return False

    def report(self, text: str) -> None:
        """Say why a value was refused, and put the saved values back in the fields."""
        self.message.setText(f"⚠ {text}")
        self.message.setStyleSheet(
            "color: white; background: #b3261e; padding: 4px; border-radius: 3px;"
        )
        if self._session is not None:
            self._show()

    def save_standing_membership(self) -> None:
        if self._session is None:
            return
        session = self._session
        saved: list[int] = []
        if not run_action(
            self,
            "Save the standing membership",
            lambda: saved.append(bodies.save_standing_membership(session.db, session.meeting)),
        ):
            return
        count = saved[0]
        self.message.setStyleSheet("")
        self.message.setText(
            f"Saved {count} people as the standing membership of {self._session.meeting.committee};"
            " its next meetings start with them."
        )

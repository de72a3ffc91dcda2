"""The dialogs that make meetings: a new meeting of a body, and the next meeting of a body.

Both show the first minute number the new meeting will get (proposed from the body's earlier
meetings in the municipal year), so the clerk sees it before saving; it stays editable in the
set-up view.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from clerk.domain.model import Meeting, MeetingKind
from clerk.domain.wording import long_date
from clerk.gui.acting import run_action
from clerk.gui.models.labels import MEETING_KIND_LABELS, parse_clock
from clerk.gui.setup.ask import warn
from clerk.services import bodies
from clerk.services import meetings as meeting_service
from clerk.services.database import Database


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMMM yyyy")
    edit.setAccessibleName("Date")
    return edit


def _line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class _MeetingDialog(QDialog):
    def __init__(self, db: Database, title: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.meeting: Meeting | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.proposal = QLabel()
        self.proposal.setAccessibleName("First minute number")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Create meeting")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.proposal)
        layout.addWidget(buttons)

    def _time(self, edit: QLineEdit):
        try:
            return parse_clock(edit.text())
        except ValueError:
            warn(self, self.windowTitle(), "The time should be like 17:30 (24-hour clock).")
            edit.setFocus()
            raise

    def _show_proposal(self, body_id: int | None, day: date) -> None:
        try:
            number = bodies.propose_first_minute(self.db, body_id, day)
        except Exception:  # noqa: BLE001 - only a help
            self.proposal.clear()
            return
        self.proposal.setText(f"First minute number: {number} (proposed; editable in set-up)")


class NewMeetingDialog(_MeetingDialog):
    """Body (an existing one or a new name), kind, organisation, date, time, venue."""

    def __init__(self, db: Database, parent=None, day: date | None = None):
        super().__init__(db, "New meeting", parent)
        self._bodies = bodies.list_bodies(db)
        self.body = QComboBox()
        self.body.setEditable(True)
        self.body.setAccessibleName("Body (committee)")
        self.body.lineEdit().setPlaceholderText("e.g. Planning Committee")
        for b in self._bodies:
            self.body.addItem(b.name, b.id)
        self.body.setCurrentIndex(-1)
        self.kind = QComboBox()
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.setAccessibleName("Kind of meeting")
        self.organisation = _line("Organisation")
        self.date = _date_edit(day or date.today())
        self.time = _line("Time", placeholder="17:30")
        self.venue = _line("Venue")
        self.form.addRow("&Body:", self.body)
        self.form.addRow("&Kind:", self.kind)
        self.form.addRow("&Organisation:", self.organisation)
        self.form.addRow("&Date:", self.date)
        self.form.addRow("&Time:", self.time)
        self.form.addRow("&Venue:", self.venue)
        self.body.currentTextChanged.connect(self._body_changed)
        self.date.dateChanged.connect(lambda *_: self._update())
        self._update()

    def _chosen_body(self):
        text = self.body.currentText().strip()
        return next((b for b in self._bodies if b.name == text), None)

    def _body_changed(self) -> None:
        body = self._chosen_body()
        if body is not None:
            self.organisation.setText(body.organisation or "")
            self.kind.setCurrentIndex(max(0, self.kind.findData(body.kind)))
        self._update()

    def _update(self) -> None:
        body = self._chosen_body()
        self._show_proposal(body.id if body else None, self.date.date().toPython())

    def accept(self) -> None:
        name = self.body.currentText().strip()
        if not name:
            warn(self, "New meeting", "Name the body (committee) the meeting is of.")
            self.body.setFocus()
            return
        try:
            at = self._time(self.time)
        except ValueError:
            return

        def create() -> None:
            self.meeting = bodies.create_meeting(
                self.db,
                name,
                self.date.date().toPython(),
                kind=MeetingKind(self.kind.currentData()),
                organisation=self.organisation.text(),
                scheduled_time=at,
                venue=self.venue.text(),
            )

        if run_action(self, "New meeting", create):
            super().accept()


class NextMeetingDialog(_MeetingDialog):
    """The next meeting of the body of ``previous_id``: date (eight weeks on by default),
    time and venue as before."""

    def __init__(self, db: Database, previous_id: int, parent=None):
        super().__init__(db, "Next meeting", parent)
        self.previous = meeting_service.load_meeting(db, previous_id)
        body = bodies.body_of_meeting(db, previous_id)
        self._body_id = body.id if body else None
        prev = self.previous
        self.form.addRow("Body:", QLabel(f"{prev.committee} (after {long_date(prev.date)})"))
        self.date = _date_edit(prev.date + timedelta(weeks=8))
        self.time = _line(
            "Time", prev.scheduled_time.strftime("%H:%M") if prev.scheduled_time else "", "17:30"
        )
        self.venue = _line("Venue", prev.venue or "")
        self.form.addRow("&Date:", self.date)
        self.form.addRow("&Time:", self.time)
        self.form.addRow("&Venue:", self.venue)
        note = QLabel(
            "The new meeting gets the body's standing membership (or these people, without "
            "substitutes), attendance not yet known, and this meeting's standing items "
            "(declarations, minutes, public participation, work plan…) as pending items."
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.date.dateChanged.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        self._show_proposal(self._body_id, self.date.date().toPython())

    def accept(self) -> None:
        try:
            at = self._time(self.time)
        except ValueError:
            return

        def create() -> None:
            self.meeting = bodies.duplicate_as_next(
                self.db,
                self.previous.id,
                self.date.date().toPython(),
                scheduled_time=at,
                venue=self.venue.text().strip() or None,
            )

        if run_action(self, "Next meeting", create):
            super().accept()

"""Meeting details: body, kind, organisation, date, time, venue, first minute number, the
meeting's type in the body's own word ("Ordinary", "Annual"), whether the apologies were
accepted and how many members of the public attended, for house styles that print them.

Each field saves when the clerk leaves it (Enter or Tab); the first minute number shows the
number proposed from the body's earlier meetings in the municipal year, one click (or
Alt+A) away.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from clerk.domain.model import Meeting, MeetingKind
from clerk.gui.models.labels import MEETING_KIND_LABELS, parse_clock
from clerk.services import actions


class DetailsPanel(QGroupBox):
    """Saves through ``apply(label, op, **changes)``; tells the clerk of a bad value with
    ``report(message)``; ``dateEdited`` lets the view propose the first minute again."""

    dateEdited = Signal()

    def __init__(self, apply, report, parent=None):
        super().__init__("Meeting", parent)
        self._apply = apply
        self._report = report
        self._meeting: Meeting | None = None
        self.setAccessibleName("Meeting details")
        grid = QGridLayout(self)

        self.body = QLineEdit()
        self.body.setAccessibleName("Body (committee)")
        self.kind = QComboBox()
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.setAccessibleName("Kind of meeting")
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName("Organisation")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMMM yyyy")
        self.date.setAccessibleName("Date")
        self.time = QLineEdit()
        self.time.setPlaceholderText("17:30")
        self.time.setValidator(
            QRegularExpressionValidator(r"^\s*([01]?\d|2[0-3])?([:.]?[0-5]?\d?)?\s*$")
        )
        self.time.setAccessibleName("Time")
        self.time.setMaximumWidth(90)
        self.venue = QLineEdit()
        self.venue.setAccessibleName("Venue")
        self.first_minute = QSpinBox()
        self.first_minute.setRange(0, 999999)
        self.first_minute.setSpecialValueText("not set")
        self.first_minute.setAccessibleName("First minute number")
        self.use_proposed = QPushButton("&Accept proposed")
        self.use_proposed.setAccessibleName("Use the proposed first minute number")
        self.proposed = QLabel()
        self.proposed.setAccessibleName("Proposed first minute number")
        self.meeting_type = QLineEdit()
        self.meeting_type.setPlaceholderText("Ordinary, Annual, Extraordinary…")
        self.meeting_type.setAccessibleName("Type of meeting (the body's own word)")
        self.apologies_accepted = QCheckBox("Apologies accepted")
        self.apologies_accepted.setAccessibleName("The meeting accepted the apologies")
        self.public_count = QSpinBox()
        self.public_count.setRange(-1, 100000)
        self.public_count.setSpecialValueText("not counted")
        self.public_count.setAccessibleName("Members of the public present")

        def label(text, buddy):
            lab = QLabel(text)
            lab.setBuddy(buddy)
            return lab

        grid.addWidget(label("&Body:", self.body), 0, 0)
        grid.addWidget(self.body, 0, 1, 1, 3)
        grid.addWidget(label("&Kind:", self.kind), 0, 4)
        grid.addWidget(self.kind, 0, 5)
        grid.addWidget(label("&Organisation:", self.organisation), 1, 0)
        grid.addWidget(self.organisation, 1, 1, 1, 3)
        grid.addWidget(label("&Date:", self.date), 1, 4)
        grid.addWidget(self.date, 1, 5)
        # Not Alt+T: that opens the Meeting menu.
        grid.addWidget(label("&Starts at:", self.time), 1, 6)
        grid.addWidget(self.time, 1, 7)
        grid.addWidget(label("Ven&ue:", self.venue), 2, 0)  # Alt+V: the View menu
        grid.addWidget(self.venue, 2, 1, 1, 3)
        grid.addWidget(label("First &minute:", self.first_minute), 2, 4)
        grid.addWidget(self.first_minute, 2, 5)
        grid.addWidget(self.proposed, 2, 6)
        grid.addWidget(self.use_proposed, 2, 7)
        grid.addWidget(label("T&ype:", self.meeting_type), 3, 0)
        grid.addWidget(self.meeting_type, 3, 1, 1, 3)
        grid.addWidget(self.apologies_accepted, 3, 4, 1, 2)
        grid.addWidget(label("Public:", self.public_count), 3, 6)
        grid.addWidget(self.public_count, 3, 7)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)

        self.body.editingFinished.connect(lambda: self._edit(committee=self.body.text()))
        self.kind.activated.connect(lambda: self._edit(kind=MeetingKind(self.kind.currentData())))
        self.organisation.editingFinished.connect(
            lambda: self._edit(organisation=self.organisation.text())
        )
        self.date.dateChanged.connect(self._date_changed)
        self.time.editingFinished.connect(self._time_finished)
        self.venue.editingFinished.connect(lambda: self._edit(venue=self.venue.text()))
        self.first_minute.editingFinished.connect(self._minute_finished)
        self.meeting_type.editingFinished.connect(
            lambda: self._edit(meeting_type=self.meeting_type.text())
        )
        self.apologies_accepted.toggled.connect(
            lambda on: self._edit(apologies_accepted=True if on else None)
        )
        self.public_count.editingFinished.connect(self._public_finished)
        self.use_proposed.clicked.connect(self._use_proposed)
        self._proposal: int | None = None
        self._reason = ""
        self._loading = False

    # -- showing ---------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting) -> None:
        self._meeting = meeting
        self._loading = True
        try:
            for field, value in (
                (self.body, meeting.committee),
                (self.organisation, meeting.organisation or ""),
                (self.venue, meeting.venue or ""),
                (self.meeting_type, meeting.meeting_type or ""),
                (
                    self.time,
                    meeting.scheduled_time.strftime("%H:%M") if meeting.scheduled_time else "",
                ),
            ):
                if field.text() != value:
                    field.setText(value)
            self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind.value)))
            day = meeting.date
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.first_minute.setValue(meeting.first_minute_number or 0)
            self.apologies_accepted.setChecked(bool(meeting.apologies_accepted))
            count = meeting.public_count
            self.public_count.setValue(-1 if count is None else count)
        finally:
            self._loading = False
        self._show_proposal()

    def set_proposal(self, number: int | None, reason: str = "") -> None:
        self._proposal = number
        self._reason = reason
        self._show_proposal()

    def _show_proposal(self) -> None:
        number = self._proposal
        current = self._meeting.first_minute_number if self._meeting else None
        self.proposed.setText("" if number is None else f"Proposed: {number}")
        # Why: the evidence for the number, or why there is none to offer.
        reason = self._reason
        for widget in (self.proposed, self.use_proposed, self.first_minute):
            widget.setToolTip(reason)
        self.proposed.setAccessibleDescription(reason)
        if number is None and reason:
            self.proposed.setText("Kept (none earlier)")
        self.use_proposed.setEnabled(number is not None and number != current)

    # -- editing ---------------------------------------------------------------------------
    def _edit(self, merge=None, **changes) -> None:
        if self._loading or self._meeting is None:
            return
        self._apply(actions.edit_details, merge=merge, **changes)

    def _date_changed(self, qdate: QDate) -> None:
        if self._loading:
            return
        self._edit(merge=("details", "date"), date=qdate.toPython())
        self.dateEdited.emit()

    def _time_finished(self) -> None:
        try:
            value = parse_clock(self.time.text())
        except ValueError:
            self._report("The time should be like 17:30 (24-hour clock).")
            return
        self._edit(scheduled_time=value)

    def _minute_finished(self) -> None:
        value = self.first_minute.value() or None
        self._edit(first_minute_number=value)

    def _public_finished(self) -> None:
        value = self.public_count.value()
        if value != (
            -1
            if self._meeting is None or self._meeting.public_count is None
            else self._meeting.public_count
        ):
            self._edit(public_count=None if value < 0 else value)

    def _use_proposed(self) -> None:
        if self._proposal is not None:
            self._edit(first_minute_number=self._proposal)


__all__ = ["DetailsPanel", "parse_clock"]

"""The clock bar, the agenda list and the attendance list of the live view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import Attendance, Meeting
from clerk.domain.wording import clock_24, elapsed
from clerk.gui.live.formal_bar import ALARM, WARN, left_text
from clerk.gui.live.models import (
    AgendaModel,
    AttendanceModel,
    attendance_text,
    person_label,
)
from clerk.gui.models.labels import ATTENDANCE_LABELS
from clerk.gui.theme import restyle
from clerk.services import reading

CORRECT_IN_PLACE = (
    QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
)


def _big(label: QLabel, scale: float) -> None:
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    label.setFont(font)


class ClockBar(QWidget):
    """The time of day, large enough to read across a committee room, and the running times."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clock = QLabel("--:--:--", self)
        self.clock.setObjectName("liveClock")
        self.clock.setAccessibleName("Time now")
        _big(self.clock, 3.2)
        self.meeting_time = QLabel("", self)
        self.meeting_time.setObjectName("meetingElapsed")
        self.meeting_time.setAccessibleName("Meeting time")
        _big(self.meeting_time, 1.5)
        self.item_time = QLabel("", self)
        self.item_time.setObjectName("itemElapsed")
        self.item_time.setAccessibleName("Time on the current item")
        _big(self.item_time, 1.5)
        self.present = QLabel("", self)
        self.present.setObjectName("membersPresent")
        self.present.setAccessibleName("Members present")
        _big(self.present, 1.2)
        self.present.setMinimumWidth(
            self.present.fontMetrics().horizontalAdvance("Members present ")
        )
        self.speaker = QLabel("", self)
        self.speaker.setObjectName("speakerCountdown")
        self.speaker.setAccessibleName("Public speaker's time left")
        _big(self.speaker, 1.5)
        self.speaker.hide()
        for label in (self.meeting_time, self.item_time, self.speaker):
            # Long texts are cut rather than widening the window past a small screen.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(60)
        self.start_button = QPushButton("Start meeting", self)
        self.start_button.setObjectName("startMeeting")
        self.adjourn_button = QPushButton("Adjourn", self)
        self.adjourn_button.setObjectName("adjournMeeting")
        self.close_button = QPushButton("Close meeting", self)
        self.close_button.setObjectName("closeMeeting")
        times = QVBoxLayout()
        times.addWidget(self.meeting_time)
        times.addWidget(self.item_time)
        times.addWidget(self.speaker)
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.adjourn_button)
        buttons.addWidget(self.close_button)
        row = QHBoxLayout(self)
        row.addWidget(self.clock)
        row.addSpacing(24)
        row.addLayout(times, 1)
        row.addWidget(self.present, 0)
        row.addSpacing(24)
        row.addLayout(buttons)

    def show_speaker(self, meeting: Meeting | None, now, settings) -> None:
        """A public speaker's countdown while one is speaking, whichever tab is open."""
        speaking = None
        for item in meeting.items if meeting is not None else ():
            for s in item.speakers:
                if s.started_at is not None and s.ended_at is None:
                    speaking = s
        if speaking is None:
            self.speaker.hide()
            self.speaker.setText("")
            return
        try:
            limits = reading.time_limits(meeting, settings)
        except ValueError:
            limits = None
        clock = reading.speaker_clock(speaking, now, limits)
        if clock.remaining is None:
            words = f"{elapsed(clock.elapsed.total_seconds())} spoken"
        else:
            words = left_text(clock.remaining)
        self.speaker.setText(f"Speaker {speaking.name}: {words}")
        restyle(self.speaker, ALARM if clock.overdue else WARN if clock.warning else "")
        self.speaker.show()

    def show_time(self, meeting: Meeting | None, now) -> None:
        self.clock.setText(f"{now:%H:%M:%S}")
        if meeting is None:
            self.meeting_time.setText("No meeting open")
            self.item_time.setText("")
            self.present.setText("")
            return
        if meeting.started_at is None:
            scheduled = (
                f" (due {clock_24(meeting.scheduled_time)})" if meeting.scheduled_time else ""
            )
            self.meeting_time.setText(f"Not started{scheduled}")
        elif meeting.finished_at is not None:
            self.meeting_time.setText(
                f"Closed {clock_24(meeting.finished_at)} · "
                f"{elapsed(reading.meeting_seconds(meeting, now))}"
            )
        else:
            state = "Adjourned" if reading.is_adjourned(meeting) else "Meeting"
            self.meeting_time.setText(
                f"{state} · {elapsed(reading.meeting_seconds(meeting, now))} "
                f"since {clock_24(meeting.started_at)}"
            )
        item = meeting.item(meeting.current_item) if meeting.current_item else None
        if item is None:
            self.item_time.setText("No item being taken")
            restyle(self.item_time, "")
        else:
            spent = reading.item_seconds(meeting, now).get(item.key, 0.0)
            planned = f" of {item.planned_minutes} min" if item.planned_minutes else ""
            self.item_time.setText(f"Item {item.agenda_number} · {elapsed(spent)}{planned}")
            over = reading.is_over_time(meeting, item.key, now)
            restyle(self.item_time, "color: #c62828;" if over else "")
        roll = reading.roll(meeting)
        self.present.setText(f"Members present\n{len(roll.in_room)} of {roll.seats}")
        self.start_button.setEnabled(meeting.started_at is None)
        self.adjourn_button.setText("Resume" if reading.is_adjourned(meeting) else "Adjourn")
        self.adjourn_button.setEnabled(
            meeting.started_at is not None and meeting.finished_at is None
        )
        self.close_button.setEnabled(meeting.finished_at is None)


class AgendaPanel(QWidget):
    """The agenda with minute numbers and times; Enter takes the selected item."""

    selected = Signal(object)  # the item key, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName("Agenda items")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Only a stamped start can be edited (F2 or a double click): a correction in place.
        self.table.setEditTriggers(CORRECT_IN_PLACE)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Wrapped titles: row heights follow the title column's width as the window resizes.
        # Measured once the layout has settled (``measure_rows``), not at each of the several
        # resizes a window's first layout makes: each measure asks every cell for eight roles.
        self._measure_pending = False
        header.sectionResized.connect(
            lambda col, _old, _new: col == AgendaModel.TITLE and self.measure_rows()
        )
        # A meeting opened before the window is shown (a restart) was measured at a narrow
        # title column: the rows are measured again whenever the list gets its real width.
        self.table.viewport().installEventFilter(self)
        self.take_button = QPushButton("Take item", self)
        self.take_button.setObjectName("takeItem")
        self.next_button = QPushButton("Next item", self)
        self.next_button.setObjectName("nextItem")
        self.defer_button = QPushButton("Defer", self)
        self.defer_button.setObjectName("deferItem")
        self.withdraw_button = QPushButton("Withdraw", self)
        self.withdraw_button.setObjectName("withdrawItem")
        buttons = QGridLayout()
        for i, b in enumerate(
            (self.take_button, self.next_button, self.defer_button, self.withdraw_button)
        ):
            buttons.addWidget(b, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.selected.emit(self.model.key_at(current.row()))
        )
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.take_button.click)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.measure_rows()
        return False

    def measure_rows(self) -> None:
        """Fit the rows to their wrapped titles, once, in the event loop after the resizes,
        shows and changes that asked for it (a list not on screen is measured when shown)."""
        if not self._measure_pending:
            self._measure_pending = True
            QTimer.singleShot(0, self._measure)

    def _measure(self) -> None:
        self._measure_pending = False
        if self.table.isVisible():
            self.table.resizeRowsToContents()

    def selected_key(self) -> str | None:
        return self.model.key_at(self.table.currentIndex().row())

    def show_meeting(
        self, meeting: Meeting, now, follow: str | None, changed: set[str] | None = None
    ) -> None:
        """Show ``meeting``; the selection stays on the same item, or moves to ``follow`` if
        given. ``changed``: the keys of the items a change touched (None: all of them)."""
        keep = follow or self.selected_key() or meeting.current_item
        reset = self.model.set_meeting(meeting, now, changed)
        row = self.model.row_of(keep)
        if row < 0 and meeting.items:
            row = 0
        if row >= 0 and (reset or self.table.currentIndex().row() != row):
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, AgendaModel.TITLE))
        if reset or changed is None:
            if self.table.isVisible():
                self.table.resizeRowsToContents()
            else:  # measured when shown, at its real width
                self.measure_rows()
        else:
            # Only a changed title wraps differently: the other rows keep their height.
            for key in changed:
                if (at := self.model.row_of(key)) >= 0:
                    self.table.resizeRowToContents(at)


class AttendancePanel(QWidget):
    """Everyone expected: one key records present (an arrival after the start) or a departure."""

    KEYS = (
        ("P", "Present / arrived"),
        ("A", "Apologies"),
        ("X", "Absent"),
        ("L", "Left the meeting"),
        ("W", "Withdrew for an interest in the item"),
        ("R", "Returned to the room"),
    )

    def __init__(self, act: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self._act = act
        self.model = AttendanceModel(self)
        self.count = QLabel("", self)
        self.count.setObjectName("attendanceCount")
        self.table = QTableView(self)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(
            "Attendance: P present, A apologies, X absent, L left, W withdrew, R returned"
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # An arrival or departure time can be corrected in its cell (F2 or a double click).
        self.table.setEditTriggers(CORRECT_IN_PLACE)
        self.table.verticalHeader().hide()
        # A name too long for its column is cut at its end ("Cllr Fairwea…"), not wrapped to a
        # second line the row has no room for ("Cllr …").
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Role and attendance are fitted when the people change, not on every key: resizing to
        # contents asked every row for its text at each key of the register.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.model.modelReset.connect(self._fit_columns)
        buttons = QGridLayout()
        for i, (key, words) in enumerate(self.KEYS):
            button = QPushButton(f"{words.split(' ')[0]} ({key})", self)
            button.setAccessibleName(words)
            button.setObjectName(f"attendance{key}")
            button.setToolTip(f"{words} — key {key} in the list")
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            buttons.addWidget(button, i // 2, i % 2)
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda k=key: self.act(k))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.echo = QLabel("", self)
        self.echo.setObjectName("attendanceEcho")
        self.echo.setAccessibleName("Last attendance mark")
        self.echo.setWordWrap(True)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.echo)
        layout.addLayout(buttons)

    def _fit_columns(self) -> None:
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        # Wide enough for what a key can make the attendance say ("out for item 10a").
        widest = self.table.fontMetrics().horizontalAdvance("out for item 10a") + 24
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), widest))

    def act(self, key: str) -> None:
        person = self.model.person_at(self.table.currentIndex().row())
        if person is None:
            return
        row = self.table.currentIndex().row()
        if not self._may_remark(key, person):
            self.table.setFocus()
            return
        before = self.model.meeting
        self._act(key, person.id)
        after = self.model.meeting
        if after is not before and after is not None:
            # Every mark is echoed with its undo, so a word typed here by mistake is seen.
            now = after.person(person.id)
            words = attendance_text(now, after) if now is not None else ""
            self.echo.setText(f"{person_label(person, after)}: {words} — Ctrl+Z undoes")
        if key in "PAX" and row + 1 < self.model.rowCount():
            # Taking the register: the next person is selected, ready for the next key.
            self.table.selectRow(row + 1)

    def _may_remark(self, key: str, person) -> bool:
        """Changing the attendance of someone already marked asks first."""
        wanted = {"P": Attendance.PRESENT, "A": Attendance.APOLOGIES, "X": Attendance.ABSENT}
        meeting = self.model.meeting
        marked = reading.attendance_of(meeting, person) if meeting else person.attendance
        if key not in wanted or marked in (Attendance.UNKNOWN, wanted[key]):
            return True
        name = person_label(person, meeting)
        answer = QMessageBox.question(
            self,
            "Change attendance",
            f"{name} is already marked {ATTENDANCE_LABELS[marked]}.\n\n"
            f"Mark {name} {ATTENDANCE_LABELS[wanted[key]]} instead?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_meeting(self, meeting: Meeting, changed: set[str] | None = None) -> None:
        """Show ``meeting``; ``changed``: the ids of the people a change touched (None: all
        of them). The selection stays on the same person."""
        current = self.model.person_at(self.table.currentIndex().row())
        self.model.set_meeting(meeting, changed)
        row = max(self.model.row_of(current.id) if current else 0, 0)
        if self.model.rowCount() and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        roll = reading.roll(meeting)
        self.count.setText(
            f"Members present: {len(roll.in_room)} of {roll.seats}"
            + (f" · apologies: {roll.apologies}" if roll.apologies else "")
        )

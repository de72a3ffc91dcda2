"""The list of meetings: find one, open it, make a new one or the next one, delete one.

``openRequested(meeting_id)`` asks the main window to open a meeting; this view never opens
one itself, so it knows nothing of sessions or the live view. Deleting asks first and cannot
be undone (the whole meeting goes), so the question names the meeting and its status.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.wording import long_date
from clerk.gui.acting import run_action
from clerk.gui.after_meeting import SearchPanel, export_record, minutes_line, minutes_menu
from clerk.gui.models.meetings import COL_BODY, COL_DATE, COL_STATUS, MeetingsModel
from clerk.gui.setup.ask import confirm, warn
from clerk.gui.setup.meeting_dialogs import NewMeetingDialog, NextMeetingDialog
from clerk.services import bodies
from clerk.services.database import Database


class MeetingsView(QWidget):
    openRequested = Signal(int)
    openAtItemRequested = Signal(int, str)  # a search result: the meeting, the item's key

    def __init__(self, db: Database, parent=None, session_of=None):
        super().__init__(parent)
        self.db = db
        # The meeting open in the main window (None: none): the Minutes menu's steps on that
        # meeting are changes of it, on Edit ▸ Undo (after_meeting.minutes_step).
        self.session_of = session_of or (lambda: None)
        self.setAccessibleName("Meetings")
        self.model = MeetingsModel(db, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search meetings (body, item titles, notes)…")
        self.search.setAccessibleName("Search meetings")
        self.search.setClearButtonEnabled(True)
        search_label = QLabel("&Find:")
        search_label.setBuddy(self.search)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Meetings")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_BODY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_DATE, 150)
        self.table.setColumnWidth(COL_STATUS, 110)

        self.new_button = QPushButton("&New meeting…")
        self.open_button = QPushButton("&Open")
        self.next_button = QPushButton("Ne&xt meeting of this body…")
        self.delete_button = QPushButton("&Delete…")
        self.import_button = QPushButton("&Import agenda…")
        for button, name in (
            (self.new_button, "New meeting (Ctrl+N)"),
            (self.open_button, "Open the meeting (Enter)"),
            (self.next_button, "Duplicate as the next meeting of the same body (Ctrl+D)"),
            (self.delete_button, "Delete the meeting (Delete)"),
            (self.import_button, "Import a published agenda"),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.import_button, self.open_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.empty = QLabel()
        self.empty.setAccessibleName("Message")
        # After the meeting: the minutes' stage and due date, the body's records, search.
        self.minutes_label = QLabel()
        self._minutes_stale = True
        self.minutes_label.setAccessibleName("Minutes of the selected meeting")
        self.attendance_button = QPushButton("A&ttendance record…")
        self.actions_button = QPushButton("Action &list…")
        self.minutes_button = QPushButton("&Minutes")
        self.minutes_button.setMenu(minutes_menu(self))
        for button, name in (
            (self.attendance_button, "Attendance record of this body over its municipal year"),
            (self.actions_button, "Action list of this body across its meetings"),
            (self.minutes_button, "The selected meeting's minutes: versions, approval, signing"),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.full_search = SearchPanel(db, self)
        self.full_search.openAtItem.connect(self.openAtItemRequested)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.minutes_label)
        layout.addLayout(buttons)
        records = QHBoxLayout()
        records.addWidget(self.minutes_button)
        records.addWidget(self.attendance_button)
        records.addWidget(self.actions_button)
        records.addStretch(1)
        layout.addLayout(records)
        layout.addWidget(self.full_search, 1)

        def action(text, key, slot, widget):
            act = QAction(text, widget)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        self.new_action = action("New meeting", "Ctrl+N", self.new_meeting, self)
        self.next_action = action("Next meeting", "Ctrl+D", self.next_meeting, self)
        self.delete_action = action(
            "Delete meeting", QKeySequence.StandardKey.Delete, self.delete_meeting, self.table
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.search.textChanged.connect(lambda text: self.refresh(search=text))
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.activated.connect(lambda _index: self.open_meeting())
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_meeting)
        self.next_button.clicked.connect(self.next_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.import_button.clicked.connect(self.import_agenda)
        self.attendance_button.clicked.connect(lambda: self.export_body_record("attendance"))
        self.actions_button.clicked.connect(lambda: self.export_body_record("actions"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._select_row(0)
        self._enable()

    # -- the list ------------------------------------------------------------------------
    def refresh(self, search: str | None = None, select: int | None = None) -> None:
        """Read the meetings again (after an import or a change elsewhere)."""
        keep = select if select is not None else self.current_meeting_id()
        self.model.refresh(search)
        row = self.model.row_of(keep) if keep is not None else None
        self._select_row(row if row is not None else 0)
        self._enable()

    def current_meeting_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.meeting_id(index.row()) if index.isValid() else None

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _enable(self) -> None:
        chosen = self.current_meeting_id() is not None
        for w in (
            self.open_button,
            self.next_button,
            self.delete_button,
            self.attendance_button,
            self.actions_button,
            self.minutes_button,
        ):
            w.setEnabled(chosen)
        self._show_minutes_line()
        self.next_action.setEnabled(chosen)
        if self.model.rowCount():
            self.empty.clear()
        elif self.search.text().strip():
            self.empty.setText("No meeting matches the search.")
        else:
            self.empty.setText("No meetings yet: make a new one (Ctrl+N) or import an agenda.")

    def _show_minutes_line(self) -> None:
        """The selected meeting's minutes line; while the view is hidden in the main window (a
        meeting open in the Live view) it is read when the view is shown, not at every change."""
        if self.window() is not self and not self.isVisible():
            self._minutes_stale = True
            return
        self._minutes_stale = False
        self.minutes_label.setText(minutes_line(self.db, self.current_meeting_id()))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._minutes_stale:
            self._show_minutes_line()

    def meeting_changed(self) -> None:
        """The open meeting changed (an undo, another Clerk): its minutes line read again."""
        self._show_minutes_line()

    # -- acting ----------------------------------------------------------------------------
    def export_body_record(self, what: str, path=None) -> str:
        """The selected meeting's body: its attendance record or action list, to a file."""
        said = export_record(self, self.db, self.current_meeting_id(), what, path)
        if said:
            self.empty.setText(said)
        return said

    def open_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.openRequested.emit(meeting_id)

    def _created(self, meeting) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh(search="", select=meeting.id)
        self.openRequested.emit(meeting.id)

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting is not None:
            self._created(dialog.meeting)

    def next_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        try:
            dialog = NextMeetingDialog(self.db, meeting_id, self)
        except Exception as exc:  # noqa: BLE001 - e.g. deleted meanwhile
            warn(self, "Next meeting", f"That meeting cannot be read: {exc}")
            self.refresh()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting is not None:
            self._created(dialog.meeting)

    def import_agenda(self) -> None:
        from clerk.gui.agenda_import import AgendaImportDialog

        dialog = AgendaImportDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting_id is not None:
            self.refresh(search="", select=dialog.meeting_id)
            self.openRequested.emit(dialog.meeting_id)

    def delete_meeting(self) -> None:
        index = self.table.selectionModel().currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is None:
            return
        warning = ""
        if summary.status != "not started":
            warning = f"\n\nThis meeting is {summary.status}: its attendance and notes go too."
        if not confirm(
            self,
            "Delete meeting",
            f"Delete the meeting of {summary.committee} on {long_date(summary.date)}?"
            f"{warning}\n\nThis cannot be undone. (Export its record first to keep a copy.)",
            yes="Delete",
            undoable=False,
        ):
            self.table.setFocus()
            return
        run_action(self, "Delete meeting", lambda: bodies.delete_meeting(self.db, summary.id))
        row = index.row()
        self.model.refresh()
        self._select_row(min(row, self.model.rowCount() - 1))
        self._enable()
        self.table.setFocus()

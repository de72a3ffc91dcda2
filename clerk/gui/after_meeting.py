"""The Meetings view's after-the-meeting parts: where the selected meeting's minutes stand (with
the body's due date), the attendance record and the action list of its body, and a full-text
search of every meeting whose result opens the meeting at the item.

Everything is read and written through ``clerk.services``; this module only asks for a file
name and shows one line of what was done.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk.gui.acting import run_action
from clerk.gui.models.base import RowsModel
from clerk.services.database import Database
from clerk.services.minutes_stage import minutes_state_of
from clerk.services.search import SearchError, search

# The minutes' steps (clerk.services.minutes_cycle: python-docx and the templates) are imported
# when a step is taken, not while the window is built.

COL_DATE, COL_BODY, COL_WHERE, COL_TEXT = range(4)


class HitsModel(RowsModel):
    """Search results: date, body, where (item or the meeting), the words found in context."""

    HEADERS = ("Date", "Body", "Where", "Found")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        hit = self.row_value(index.row())
        if hit is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == COL_DATE:
            return f"{hit.date:%d %b %Y}"
        if col == COL_BODY:
            return hit.body
        if col == COL_WHERE:
            return f"Item {hit.item_number}" if hit.item_number else "Meeting"
        return hit.snippet


class SearchPanel(QWidget):
    """Words in, hits out; activating a hit asks to open its meeting at its item."""

    openAtItem = Signal(int, str)  # meeting id, item key ("" for the meeting itself)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.model = HitsModel(self)
        self.words = QLineEdit()
        self.words.setPlaceholderText("Search every meeting's text (notes, resolutions, names…)")
        self.words.setAccessibleName("Search every meeting")
        self.words.setClearButtonEnabled(True)
        label = QLabel("Search &all text:")
        label.setBuddy(self.words)
        self.go = QPushButton("Searc&h")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Search results")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setAccessibleName("Search message")
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.words, 1)
        top.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.hide()
        self.words.returnPressed.connect(self.run)
        self.go.clicked.connect(self.run)
        self.table.activated.connect(self._open)

    def run(self) -> None:
        words = self.words.text().strip()
        if not any(ch.isalnum() for ch in words):
            self.model.set_rows(())
            self.table.hide()
            self.message.setText("Type a word to search for.")
            return
        try:
            hits = search(self.db, words)
        except SearchError as exc:
            self.message.setText(str(exc))
            return
        self.model.set_rows(tuple(hits))
        self.table.setVisible(bool(hits))
        self.message.setText(
            f"{len(hits)} found — Enter opens the meeting at the item."
            if hits
            else f"Nothing found for: {words}"
        )
        if hits:
            self.table.selectRow(0)
            self.table.setFocus()

    def _open(self, index) -> None:
        hit = self.model.row_value(index.row())
        if hit is not None:
            self.openAtItem.emit(hit.meeting_id, hit.item_key or "")


def minutes_line(db: Database, meeting_id: int | None, today: date | None = None) -> str:
    """ "Minutes: draft; draft due 12 June 2026 (1 month)" for the selected meeting."""
    if meeting_id is None:
        return ""
    try:
        state = minutes_state_of(db, meeting_id)
    except Exception as exc:  # noqa: BLE001 - a meeting deleted meanwhile: say so, not crash
        return f"Minutes: cannot be read ({exc})"
    line = f"Minutes: {state.line()}"
    if state.overdue(today or date.today()):
        line += " — overdue"
    return line


def export_record(parent, db: Database, meeting_id: int | None, what: str, path=None) -> str:
    """Ask where to write the body's attendance record or action list (``what``: "attendance"
    or "actions") and write it; returns the line to show ('' when cancelled)."""
    if meeting_id is None:
        return ""
    if path is None:
        title = "Attendance record" if what == "attendance" else "Action list"
        path, _ = QFileDialog.getSaveFileName(
            parent, title, f"{what}.docx", "Word document (*.docx);;CSV (*.csv)"
        )
        if not path:
            return ""
    from clerk.services import registers

    write = registers.export_attendance if what == "attendance" else registers.export_action_list
    try:
        return write(db, meeting_id, path)
    except Exception as exc:  # noqa: BLE001 - a file that cannot be written: one line
        return f"Not written: {exc}"


def minutes_menu(view) -> QMenu:
    """The Meetings view's Minutes menu for the selected meeting: export a draft or the final
    version, mark it sent to the chair, approve the last meeting's minutes, signed."""
    menu = QMenu(view)
    menu.addAction("Export draft version…", lambda: minutes_step(view, "draft"))
    menu.addAction("Mark the latest version sent to the chair", lambda: minutes_step(view, "sent"))
    menu.addAction(
        "Approve the last meeting's minutes (at this meeting)…",
        lambda: minutes_step(view, "approve"),
    )
    menu.addAction("Signed by the chair", lambda: minutes_step(view, "sign"))
    menu.addAction("Export final version…", lambda: minutes_step(view, "final"))
    return menu


STEP_TITLES = {
    "draft": "Export draft version",
    "sent": "Mark minutes sent",
    "approve": "Approve minutes",
    "sign": "Minutes signed",
    "final": "Export final version",
}


def minutes_step(view, step: str, *, path=None, amendments: list[str] | None = None) -> str:
    """Run one step of the minutes' lifecycle on the selected meeting; the line shown ('' when
    cancelled or not done).

    When the selected meeting is the one open in the main window (``view.session_of()``), the
    step is a change of that open meeting: it goes on Edit ▸ Undo and every view hears it.
    A step that cannot be done shows the one dialog of ``run_action``."""
    meeting_id = view.current_meeting_id()
    if meeting_id is None:
        return ""
    if step in ("draft", "final") and path is None:
        path, _ = QFileDialog.getSaveFileName(
            view, "Minutes", f"minutes-{step}.docx", "Word document (*.docx)"
        )
        if not path:
            return ""
    if step == "approve" and amendments is None:
        text, ok = QInputDialog.getMultiLineText(
            view,
            "Approve minutes",
            "Amendments, one a line (none: approved as a correct record):",
        )
        if not ok:
            return ""
        amendments = [line for line in text.splitlines() if line.strip()]
    session_of = getattr(view, "session_of", None)
    session = session_of() if session_of is not None else None
    db = view.db
    from clerk.services import minutes_cycle as mc

    def call() -> str:
        if step in ("draft", "final"):
            return mc.export_version(db, meeting_id, path, final=step == "final", session=session)
        if step == "sent":
            return mc.send_latest(db, meeting_id, session=session)
        if step == "approve":
            return mc.approve_previous(db, meeting_id, amendments or (), session=session)
        return mc.sign(db, meeting_id, session=session)

    said: list[str] = []
    run_action(view, STEP_TITLES[step], lambda: said.append(call()))
    line = said[0] if said else ""
    if line:
        view.empty.setText(line)
    view.minutes_label.setText(minutes_line(db, meeting_id))
    return line

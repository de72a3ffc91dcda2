"""A plain list of meetings to open, used until the full meetings view is part of the build."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from clerk.services import meetings as meeting_service
from clerk.store.db import Database


class MeetingListModel(QAbstractTableModel):
    COLUMNS = ("Date", "Committee", "Status")

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._rows = meeting_service.list_meetings(db)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = meeting_service.list_meetings(self._db)
        self.endResetModel()

    def meeting_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self._rows[index.row()]
        return (f"{m.date:%d %b %Y}", m.committee, m.status)[index.column()]


class FallbackMeetingsView(QWidget):
    openRequested = Signal(int)  # noqa: N815 - the name the full view uses

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.model = MeetingListModel(db, self)
        self.table = QTableView(self)
        self.table.setObjectName("meetingTable")
        self.table.setAccessibleName("Meetings")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Double-click a meeting (or press Enter) to open it.", self))
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.refresh()

    def _open(self, row: int) -> None:
        meeting_id = self.model.meeting_id(row)
        if meeting_id is not None:
            self.openRequested.emit(meeting_id)

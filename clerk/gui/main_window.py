"""The main window: the list of meetings (the live clerking views plug in here)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView

from clerk import APP_NAME
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


class MainWindow(QMainWindow):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.setWindowTitle(APP_NAME)
        self.meetings = MeetingListModel(db, self)
        view = QTableView(self)
        view.setModel(self.meetings)
        view.setAccessibleName("Meetings")
        view.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(view)
        self.statusBar().showMessage(f"Database: {db.location}")
        self.resize(1000, 640)

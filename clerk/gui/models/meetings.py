"""The list of meetings: date, body, status, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from clerk.services import meetings as meeting_service
from clerk.store.db import Database

COL_DATE, COL_BODY, COL_STATUS = range(3)
HEADERS = ("Date", "Body", "Status")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingsModel(QAbstractTableModel):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._search = ""
        self._rows = meeting_service.list_meetings(db)

    def refresh(self, search: str | None = None) -> None:
        if search is not None:
            self._search = search.strip()
        self.beginResetModel()
        self._rows = meeting_service.list_meetings(self._db, self._search or None)
        self.endResetModel()

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == meeting_id), None)

    def meeting_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def summary(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        if role == ID_ROLE:
            return m.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            col = index.column()
            if col == COL_DATE:
                return f"{m.date:%a} {m.date.day} {m.date:%b %Y}"
            if col == COL_BODY:
                return m.committee
            return m.status.capitalize()
        return None

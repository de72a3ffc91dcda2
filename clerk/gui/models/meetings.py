"""The list of meetings: date, body, status, newest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from clerk.gui.models.base import RowsModel
from clerk.services import meetings as meeting_service
from clerk.services.database import Database

COL_DATE, COL_BODY, COL_STATUS = range(3)
HEADERS = ("Date", "Body", "Status")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100


class MeetingsModel(RowsModel):
    """Reads the meetings a page at a time (Qt asks for more as the list scrolls), so years
    of meetings open as fast as a few."""

    HEADERS = HEADERS

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._search = ""
        self._rows = self._page(0)
        self._complete = len(self._rows) < PAGE

    def _page(self, offset: int):
        return meeting_service.list_meetings(
            self._db, self._search or None, limit=PAGE, offset=offset
        )

    def refresh(self, search: str | None = None) -> None:
        if search is not None:
            self._search = search.strip()
        self.beginResetModel()
        self._rows = self._page(0)
        self._complete = len(self._rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        more = self._page(len(self._rows))
        self._complete = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row_of(self, meeting_id: int) -> int | None:
        while True:
            found = next((i for i, m in enumerate(self._rows) if m.id == meeting_id), None)
            if found is not None or self._complete:
                return found
            self.fetchMore()

    def meeting_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def summary(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

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

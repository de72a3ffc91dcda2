"""The drafting view's agenda list: each minuted item, its minute number and drafting state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from clerk.domain.model import AgendaItem, DraftState
from clerk.gui.models.base import RowsModel

COL_MINUTE, COL_TITLE, COL_STATE = range(3)
HEADERS = ("Min.", "Item", "Drafting")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_LABELS = {
    DraftState.NOTES: "Notes",
    DraftState.DRAFTED: "Drafted",
    DraftState.CHECKED: "Checked ✓",
}
STATE_COLOURS = {
    DraftState.NOTES: "#b3261e",
    DraftState.DRAFTED: "#8a5a00",
    DraftState.CHECKED: "#1e6b33",
}


class DraftingItemsModel(RowsModel):
    """Rows are ``(minute number or None, item)`` in the order of the minutes."""

    HEADERS = HEADERS

    def set_minuted(self, minuted: list[tuple[int | None, AgendaItem]]) -> None:
        self.set_rows(tuple(minuted))

    def item_key(self, row: int) -> str | None:
        value = self.row_value(row)
        return value[1].key if value is not None else None

    def row_of(self, key: str | None) -> int | None:
        return next((i for i, (_, it) in enumerate(self._rows) if it.key == key), None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, it = self._rows[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return it.key
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return QColor(STATE_COLOURS[it.drafting])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == COL_MINUTE:
            return "" if number is None else str(number)
        if col == COL_TITLE:
            return f"{it.agenda_number}. {it.title}" if it.title else it.agenda_number
        return STATE_LABELS[it.drafting]

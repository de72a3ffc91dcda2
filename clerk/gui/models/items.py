"""The agenda of a meeting in set-up: number, title, kind, pages, planned minutes, exemption."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerk.domain.model import AgendaItem, ItemStatus
from clerk.gui.models.base import RowsModel
from clerk.gui.models.labels import KIND_LABELS, STATUS_LABELS, pages_text

COL_NUMBER, COL_TITLE, COL_KIND, COL_PAGES, COL_MINUTES, COL_EXEMPT, COL_STATUS = range(7)
HEADERS = ("No.", "Title", "Kind", "Pages", "Planned", "Exempt", "Status")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemsModel(RowsModel):
    HEADERS = HEADERS

    @property
    def _items(self) -> tuple[AgendaItem, ...]:
        return self._rows

    def set_items(self, items: tuple[AgendaItem, ...]) -> None:
        self.set_rows(items)

    def item_key(self, row: int) -> str | None:
        return self._items[row].key if 0 <= row < len(self._items) else None

    def row_of(self, key: str | None) -> int | None:
        return next((i for i, it in enumerate(self._items) if it.key == key), None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        it = self._items[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return it.key
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, COL_MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == COL_NUMBER:
            return it.agenda_number
        if col == COL_TITLE:
            return it.title or "(no title yet)"
        if col == COL_KIND:
            return KIND_LABELS[it.kind]
        if col == COL_PAGES:
            return pages_text(it.pages)
        if col == COL_MINUTES:
            return "" if it.planned_minutes is None else str(it.planned_minutes)
        if col == COL_EXEMPT:
            if it.exempt:
                return f"Para {it.exempt_paragraph}" if it.exempt_paragraph else "Yes"
            return ""
        status = STATUS_LABELS[it.status]
        if it.minute_number is not None and it.status is not ItemStatus.PENDING:
            status += f" (min. {it.minute_number})"
        return status

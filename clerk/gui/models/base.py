"""What every list model of Clerk shares: rows from a tuple, column headers, no children."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """A flat table over a sequence of rows; subclasses set ``HEADERS`` and write ``data``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple | list = ()

    def set_rows(self, rows) -> None:
        """Show ``rows``; the same object again (nothing changed) keeps the view as it is."""
        if rows is self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_value(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

"""What every table model of Clerk shares: rows from a sequence, column headers, no children,
and updates row by row.

A view that hears of a change learns which rows it touched (the typed change set of
``clerk.services.changes``); ``update_rows`` then redraws only those rows and keeps the
selection, where a reset would redraw every row and lose it. Rows added, removed or moved
still reset the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """A flat table over a sequence of rows; subclasses set ``HEADERS`` and write ``data``,
    and ``row_key`` when rows have an identity that outlives a change (an id, a key)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple | list = ()

    def row_key(self, value):
        """What a row stands for, the same before and after a change to it."""
        return value

    def set_rows(self, rows) -> None:
        """Show ``rows``; the same object again (nothing changed) keeps the view as it is."""
        if rows is self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_rows(self, rows: Sequence, changed: Iterable | None = None) -> bool:
        """Show ``rows``. When they stand for the same things in the same order, only the rows
        whose key is in ``changed`` are redrawn (None: every row whose value changed); else
        the model is reset. Returns True when it was reset."""
        old = self._rows
        if len(old) != len(rows) or any(
            self.row_key(a) != self.row_key(b) for a, b in zip(old, rows, strict=True)
        ):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return True
        self._rows = rows
        if changed is None:
            touched = [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
        else:
            keys = set(changed)
            touched = [i for i, row in enumerate(rows) if self.row_key(row) in keys]
        self.redraw_rows(touched)
        return False

    def redraw_rows(self, rows: Iterable[int]) -> None:
        """Tell the views that these rows (every column) show something new."""
        last = len(self.HEADERS) - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

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

"""Editable tables over parts of a ``clerk.meeting/1`` record, for the agenda import preview.

The importer's record is shown as it is (the record is the contract), the clerk corrects
cells in place, and the record is checked as a whole only when saved. Cells the importer was
unsure of (its ``unsure`` paths) are highlighted with the reason as a tooltip until the clerk
edits them.

Both models stand on ``RowsModel`` (rows, column headers, no children); what is theirs alone is
the editing, the refused-value signal and the unsure-cell highlighting in ``_Base``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from clerk.gui.models.base import RowsModel
from clerk.gui.models.labels import pages_text, parse_clock, parse_pages

UNSURE_BRUSH = QBrush(QColor(255, 214, 102))
UNSURE_TEXT = QBrush(QColor(0, 0, 0))
PATH_RE = re.compile(r"^(?P<list>people|items)\[(?P<row>\d+)\](?:\.(?P<key>[\w.]+))?$")


@dataclass(frozen=True)
class Column:
    key: str  # a key of the record object, dotted for nested ("democracy_officer.name")
    label: str
    kind: str = "text"  # text, int, pages, choice, bool, time, date
    choices: tuple[tuple[object, str], ...] = ()  # (record value, label) for "choice"


def split_path(path: str) -> tuple[str, int | None, str | None]:
    """ "items[3].kind" -> ("items", 3, "kind"); "date" -> ("details", None, "date")."""
    m = PATH_RE.match(path)
    if m:
        return m.group("list"), int(m.group("row")), m.group("key")
    return "details", None, path


def get_path(obj: dict, key: str):
    for part in key.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def set_path(obj: dict, key: str, value) -> None:
    """Set a (dotted) key; None removes it, and a nested object left empty goes too."""
    head, _, rest = key.partition(".")
    if not rest:
        if value is None:
            obj.pop(head, None)
        else:
            obj[head] = value
        return
    inner = obj.get(head)
    if not isinstance(inner, dict):
        if value is None:
            return
        inner = obj[head] = {}
    set_path(inner, rest, value)
    if not inner:
        obj.pop(head, None)


def show_value(column: Column, value) -> str:
    if value is None:
        return ""
    if column.kind == "pages":
        return (
            pages_text(value) if isinstance(value, list | tuple) and len(value) == 2 else str(value)
        )
    if column.kind == "choice":
        return next((label for v, label in column.choices if v == value), str(value))
    if column.kind == "bool":
        return "Yes" if value else "No"
    return str(value)


def parse_value(column: Column, value):
    """The record value for what the clerk typed or chose; ValueError says what is wrong."""
    if isinstance(value, str):
        value = value.strip()
    if value == "" or value is None:
        return None
    kind = column.kind
    if kind == "text":
        return str(value)
    if kind == "int":
        if isinstance(value, int) or str(value).isdigit():
            return int(value)
        raise ValueError(f"{column.label} is a whole number.")
    if kind == "pages":
        pages = parse_pages(str(value))
        return list(pages) if pages else None
    if kind == "choice":
        for v, label in column.choices:
            if value == v or str(value).lower() in (str(v).lower(), label.lower()):
                return v
        raise ValueError(f"{column.label} is one of: " + ", ".join(x for _, x in column.choices))
    if kind == "bool":
        text = str(value).lower()
        if value is True or text in ("yes", "y", "true", "1"):
            return True
        if value is False or text in ("no", "n", "false", "0"):
            return False
        raise ValueError(f"{column.label} is yes or no.")
    if kind == "time":
        try:
            at = parse_clock(str(value))
        except ValueError:
            raise ValueError("A time is written like 17:30.") from None
        return at.strftime("%H:%M") if at else None
    if kind == "date":
        text = str(value)
        m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", text)
        try:
            day = date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(text)
        except ValueError:
            raise ValueError("A date is written like 2023-02-20 or 20/02/2023.") from None
        return day.isoformat()
    raise ValueError(f"unknown column kind {kind}")  # pragma: no cover


class _Base(RowsModel):
    """An editable record table: a value typed that cannot be taken is refused (signal and
    ``last_error``), and cells the importer was unsure of are highlighted until edited."""

    refused = Signal(str)  # a typed value that was not taken, and why

    def __init__(self, unsure: dict, parent=None):
        super().__init__(parent)
        self._unsure = dict(unsure)  # (row, key) -> reason; key None for a whole row
        self.last_error: str | None = None

    def reason(self, row: int, key: str) -> str | None:
        return self._unsure.get((row, key)) or self._unsure.get((row, None))

    def unsure_count(self) -> int:
        return len(self._unsure)

    def _decorate(self, role, row: int, key: str):
        reason = self.reason(row, key)
        if reason is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return UNSURE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNSURE_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Check this: {reason}"
        return None


class RecordRowsModel(_Base):
    """One record object per row (people or items), one column per key."""

    def __init__(self, rows: list[dict], columns: list[Column], unsure=None, parent=None):
        super().__init__(unsure or {}, parent)
        self._rows: list[dict] = [dict(r) for r in rows]
        self.columns = columns
        self.HEADERS = tuple(c.label for c in columns)

    def rows(self) -> list[dict]:
        return [dict(r) for r in self._rows]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = get_path(self._rows[index.row()], column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return show_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == "choice" else show_value(column, value)
        return self._decorate(role, index.row(), column.key)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        try:
            parsed = parse_value(column, value)
        except ValueError as exc:
            self.last_error = str(exc)
            self.refused.emit(self.last_error)
            return False
        self.last_error = None
        set_path(self._rows[index.row()], column.key, parsed)
        self._unsure.pop((index.row(), column.key), None)
        self.dataChanged.emit(index, index)
        return True

    def insert_row(self, at: int, row: dict) -> None:
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, dict(row))
        self._unsure = {(r + (r >= at), k): v for (r, k), v in self._unsure.items()}
        self.endInsertRows()

    def remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._unsure = {(r - (r > at), k): v for (r, k), v in self._unsure.items() if r != at}
        self.endRemoveRows()


class RecordFieldsModel(_Base):
    """The record's top-level details as (field, value) rows: one row per field."""

    HEADERS = ("Detail", "Value")

    def __init__(self, record: dict, fields: list[Column], unsure=None, parent=None):
        super().__init__(unsure or {}, parent)
        self._record = record
        self.fields = fields
        self._rows = fields

    def record(self) -> dict:
        return self._record

    def row_of(self, key: str) -> int | None:
        return next((i for i, f in enumerate(self.fields) if f.key == key), None)

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self.fields[index.row()]
        if index.column() == 0:
            return field.label if role == Qt.ItemDataRole.DisplayRole else None
        value = get_path(self._record, field.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return show_value(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if field.kind == "choice" else show_value(field, value)
        return self._decorate(role, index.row(), field.key)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.fields[index.row()]
        try:
            parsed = parse_value(field, value)
        except ValueError as exc:
            self.last_error = str(exc)
            self.refused.emit(self.last_error)
            return False
        self.last_error = None
        set_path(self._record, field.key, parsed)
        self._unsure.pop((index.row(), field.key), None)
        self.dataChanged.emit(index, index)
        return True

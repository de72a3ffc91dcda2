"""A cell editor that offers a list: for table columns that hold one of a few values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from clerk.gui.models.record_rows import Column


class ChoiceDelegate(QStyledItemDelegate):
    """A list to choose from for the columns that hold one of a few values."""

    def __init__(self, columns: list[Column], parent=None, column_of=None):
        super().__init__(parent)
        self._columns = columns
        self._column_of = column_of or (lambda index: columns[index.column()])

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        column = self._column_of(index)
        if column.kind not in ("choice", "bool"):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(column.label)
        combo.addItem("", None)
        choices = column.choices if column.kind == "choice" else ((True, "Yes"), (False, "No"))
        for value, label in choices:
            combo.addItem(label, value)
        # A choice made from the list is kept at once, as a clerk expects of a list.
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            if self._column_of(index).kind == "bool":
                value = {"Yes": True, "No": False}.get(value)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

"""What the people and agenda panels share: a list, its keys, and a form for the selected row.

Keyboard first: in the list, Insert adds (after the selected row) and moves to the form's
first field, Delete removes after asking, Ctrl+Up / Ctrl+Down move the row. The same actions
are buttons for the mouse. The selection follows the entity (by key) across refreshes, undo
and redo, so the form always shows the row the clerk chose.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk.gui.setup.ask import confirm


class ListPanel(QGroupBox):
    noun = "row"

    def __init__(self, title: str, model, apply, report, parent=None):
        super().__init__(title, parent)
        self._apply = apply
        self._report = report
        self._model = model
        self._meeting = None
        self._loading = False
        self.setAccessibleName(title)

        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(f"Add {self.noun}")
        self.remove_button = QPushButton("Remove")
        self.up_button = QPushButton("Up")
        self.down_button = QPushButton("Down")
        for button, name in (
            (self.add_button, f"Add {self.noun} (Insert)"),
            (self.remove_button, f"Remove {self.noun} (Delete)"),
            (self.up_button, "Move up (Ctrl+Up)"),
            (self.down_button, "Move down (Ctrl+Down)"),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.extra_buttons = buttons
        layout.addLayout(buttons)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.form_widget)

        def action(text, keys, slot, context):
            act = QAction(text, self.table if context is None else self)
            act.setShortcuts(keys)
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut
                if context is None
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(slot)
            (self.table if context is None else self).addAction(act)
            return act

        self.add_action = action(
            f"Add {self.noun}", [QKeySequence(Qt.Key.Key_Insert)], self.add_row, "panel"
        )
        self.remove_action = action(
            f"Remove {self.noun}",
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_row,
            None,
        )
        self.up_action = action(
            "Move up", [QKeySequence("Ctrl+Up")], lambda: self.move_row(-1), None
        )
        self.down_action = action(
            "Move down", [QKeySequence("Ctrl+Down")], lambda: self.move_row(+1), None
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._current_key = None

    # -- to be provided by each panel ------------------------------------------------------
    def entities(self, meeting) -> tuple:
        raise NotImplementedError

    def key_of(self, entity) -> str:
        raise NotImplementedError

    def show_entity(self, entity) -> None:
        """Fill the form from the entity (None: clear and disable it)."""
        raise NotImplementedError

    def set_model_rows(self, entities) -> None:
        raise NotImplementedError

    def add_row(self) -> None:
        raise NotImplementedError

    def remove_row(self) -> None:
        raise NotImplementedError

    def move_row(self, offset: int) -> None:
        raise NotImplementedError

    # -- shared by the subclasses' remove_row and move_row ---------------------------------
    def remove_entity(self, entity, label: str, question: str, action) -> None:
        """Ask, remove ``entity`` with the catalogue's ``action(session, key)``, then select
        its neighbour."""
        if not confirm(self, label, f"{question}\n\nYou can undo this (Ctrl+Z)."):
            self.table.setFocus()
            return
        keys = [self.key_of(e) for e in self.entities(self._meeting)]
        key = self.key_of(entity)
        index = keys.index(key)
        if self._apply(action, key):
            rest = [k for k in keys if k != key]
            self.select(rest[min(index, len(rest) - 1)] if rest else None)
            self.table.setFocus()

    def move_current(self, action, offset: int) -> None:
        """Move the current row ``offset`` places with ``action(session, key, offset)``."""
        entity = self.current_entity()
        if entity is not None:
            key = self.key_of(entity)
            self._apply(action, key, offset)
            self.select(key)

    # -- shared ----------------------------------------------------------------------------
    def current_key(self) -> str | None:
        return self._current_key

    def current_entity(self):
        if self._meeting is None or self._current_key is None:
            return None
        return next(
            (e for e in self.entities(self._meeting) if self.key_of(e) == self._current_key), None
        )

    def show_meeting(self, meeting) -> None:
        self._meeting = meeting
        self._loading = True
        try:
            self.set_model_rows(self.entities(meeting))
            keys = [self.key_of(e) for e in self.entities(meeting)]
            if self._current_key not in keys:
                self._current_key = keys[0] if keys else None
            self._select_key(self._current_key)
        finally:
            self._loading = False
        self.show_entity(self.current_entity())
        enabled = self._current_key is not None
        for w in (self.remove_button, self.up_button, self.down_button):
            w.setEnabled(enabled)

    def select(self, key: str | None) -> None:
        self._current_key = key
        self._select_key(key)
        self.show_entity(self.current_entity())

    def _select_key(self, key) -> None:
        row = self._model.row_of(key)
        sm = self.table.selectionModel()
        if row is None:
            sm.clearSelection()
            return
        index = self._model.index(row, 0)
        sm.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _show_current(self) -> None:
        if self._loading:
            return
        row = self.table.selectionModel().currentIndex().row()
        self._current_key = self.key_at(row)
        self.show_entity(self.current_entity())

    def key_at(self, row: int) -> str | None:
        entities = self.entities(self._meeting) if self._meeting is not None else ()
        return self.key_of(entities[row]) if 0 <= row < len(entities) else None

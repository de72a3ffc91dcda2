"""Speakers of the current item and the meeting's actions: a list and a small form each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import AgendaItem, Meeting
from clerk.domain.wording import full_name, short_name
from clerk.gui.pickers import name_fits
from clerk.services import actions

Perform = Callable[..., bool]


class SpeakersPanel(QWidget):
    """Public speakers and others heard on the item, in the order they spoke."""

    def __init__(self, perform: Perform, parent=None):
        super().__init__(parent)
        self._perform = perform
        self.item_key: str | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("speakerList")
        self.list.setMinimumHeight(40)
        self.list.setAccessibleName("Speakers on this item")
        self.list.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("speakerName")
        self.name.setAccessibleName("Speaker's name")
        self.capacity = QLineEdit(self)
        self.capacity.setObjectName("speakerCapacity")
        self.capacity.setAccessibleName("Speaker's capacity")
        self.capacity.setPlaceholderText("a local resident, on behalf of …")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("speakerSummary")
        self.summary.setAccessibleName("What the speaker said (Ctrl+Enter adds the speaker)")
        self.summary.setPlaceholderText("What they said: several lines; Ctrl+Enter adds")
        self.summary.setTabChangesFocus(True)
        lines = self.summary.fontMetrics().lineSpacing()
        self.summary.setMinimumHeight(lines * 2 + 12)
        self.summary.setMaximumHeight(lines * 4 + 12)
        add = QPushButton("Add speaker", self)
        add.setObjectName("addSpeaker")
        add.clicked.connect(self.add)
        remove = QPushButton("Remove", self)
        remove.setObjectName("removeSpeaker")
        remove.clicked.connect(self.remove)
        for field in (self.name, self.capacity):
            field.returnPressed.connect(self.add)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add)
        form = QFormLayout()
        form.addRow("Na&me:", self.name)
        form.addRow("Capac&ity:", self.capacity)
        form.addRow("S&ummary:", self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setEnabled(False)

    def show_item(self, meeting: Meeting, item: AgendaItem | None) -> None:
        self.item_key = item.key if item else None
        self.list.clear()
        for s in item.speakers if item else ():
            text = s.name + (f", {s.capacity}" if s.capacity else "")
            if s.summary:
                text += f": {s.summary}"
            row = QListWidgetItem(text)
            row.setToolTip(text)
            row.setData(Qt.ItemDataRole.UserRole, s.key)
            self.list.addItem(row)
        self.setEnabled(item is not None)

    def add(self) -> None:
        if self.item_key is None or not self.name.text().strip():
            return
        if self._perform(
            actions.add_speaker,
            self.item_key,
            self.name.text(),
            self.capacity.text(),
            self.summary.toPlainText(),
        ):
            for field in (self.name, self.capacity, self.summary):
                field.clear()
            self.name.setFocus()

    def remove(self) -> None:
        row = self.list.currentItem()
        if row is not None and self.item_key is not None:
            key = row.data(Qt.ItemDataRole.UserRole)
            self._perform(actions.remove_speaker, self.item_key, key)


class ActionsPanel(QWidget):
    """Actions agreed at the meeting (who does what by when), attached to the item."""

    def __init__(self, perform: Perform, parent=None):
        super().__init__(parent)
        self._perform = perform
        self.item_key: str | None = None
        self._shown: tuple | None = None  # what the list and the owners show now
        self.list = QListWidget(self)
        self.list.setObjectName("actionList")
        self.list.setMinimumHeight(40)
        self.list.setAccessibleName("Actions of the meeting")
        self.list.setWordWrap(True)
        self.form_area = QWidget(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("actionText")
        self.text.setAccessibleName("Action")
        self.owner = QComboBox(self)
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName("Who does it")
        self.owner.setEditable(True)
        # A name typed is matched anywhere (a surname after "Cllr "), never added to the list.
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.has_due = QCheckBox("D&ue by", self)
        self.has_due.setObjectName("actionHasDue")
        self.due = QDateEdit(self)
        self.due.setObjectName("actionDue")
        self.due.setAccessibleName("Due date")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        add = QPushButton("Add action", self)
        add.setObjectName("addAction")
        add.clicked.connect(self.add)
        remove = QPushButton("Remove", self)
        remove.setObjectName("removeAction")
        remove.clicked.connect(self.remove)
        # An action brought forward from an earlier meeting is reviewed here: done, carried
        # forward to the next meeting, or dropped, with a note.
        self.note = QLineEdit(self)
        self.note.setObjectName("actionNote")
        self.note.setAccessibleName("Note on the selected action")
        self.note.setPlaceholderText("Note when marking the selected action")
        self.mark_buttons = {}
        for status, label in (("done", "Done"), ("carried", "Carry forward"), ("dropped", "Drop")):
            button = QPushButton(label, self)
            button.setObjectName(f"markAction_{status}")
            button.setToolTip(f"Mark the selected action: {label.lower()}")
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
            self.mark_buttons[status] = button
        # Enter in any field of the form adds the action (with its owner and date as set).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.form_area)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout(self.form_area)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Act&ion:", self.text)
        form.addRow("&Owner:", self.owner)
        form.addRow(due_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        review = QHBoxLayout()
        review.addWidget(self.note, 1)
        for button in self.mark_buttons.values():
            review.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(review)
        layout.addWidget(self.form_area)
        layout.addLayout(buttons)

    def show_meeting(self, meeting: Meeting, item: AgendaItem | None) -> None:
        self.item_key = item.key if item else None
        # Redrawn only when what it shows changed: a key in the register changes neither.
        numbers = [(it.key, it.agenda_number) for it in meeting.items]
        shown = (meeting.actions, meeting.people, numbers, meeting.date)
        if shown == self._shown:
            return
        self._shown = shown
        number_of = dict(numbers)
        self.list.clear()
        for a in meeting.actions:
            owner = meeting.person(a.owner) if a.owner else None
            who = short_name(owner) if owner else (a.owner or "")
            text = (f"Item {number_of[a.item_key]}: " if a.item_key in number_of else "") + a.text
            text += f" — owner: {who}" if who else " — no owner yet"
            if a.due:
                text += f" (by {a.due:%d %b %Y})"
            if a.origin or a.status.value != "open":
                state = {"carried": "carried forward"}.get(a.status.value, a.status.value)
                text = f"[{'brought forward, ' if a.origin else ''}{state}] {text}"
            if a.note:
                text += f" — note: {a.note}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, a.key)
            self.list.addItem(row)
        typed = self.owner.currentText()
        self.owner.clear()
        self.owner.addItem("", None)
        for p in meeting.people:
            self.owner.addItem(full_name(p), p.id)
        self.owner.setCurrentText(typed)
        if not self.due.date().isValid() or self.due.date() == QDate(2000, 1, 1):
            self.due.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))

    def _owner(self) -> str | None:
        text = self.owner.currentText().strip()
        if not text:
            return None
        index = self.owner.findText(text, Qt.MatchFlag.MatchExactly)
        if index <= 0:
            # A surname typed ("Kelly") names the one person it fits.
            fits = [
                row
                for row in range(1, self.owner.count())
                if name_fits(self.owner.itemText(row), text)
            ]
            index = fits[0] if len(fits) == 1 else -1
        if index > 0:
            return self.owner.itemData(index)
        return text

    def add(self) -> None:
        if not self.text.text().strip():
            return
        due = None
        if self.has_due.isChecked():
            d = self.due.date()
            due = date(d.year(), d.month(), d.day())
        if self._perform(actions.add_action, self.text.text(), self.item_key, self._owner(), due):
            self.text.clear()
            self.owner.setCurrentIndex(0)
            self.has_due.setChecked(False)
            self.text.setFocus()

    def mark(self, status: str) -> None:
        """The selected action marked done, carried forward or dropped, with the note typed."""
        row = self.list.currentItem()
        if row is None:
            return
        note = self.note.text().strip() or None
        if self._perform(actions.mark_action, row.data(Qt.ItemDataRole.UserRole), status, note):
            self.note.clear()

    def remove(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self._perform(actions.remove_action, row.data(Qt.ItemDataRole.UserRole))

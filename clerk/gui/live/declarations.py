"""A basic entry of declarations of interest: member, items, kind, nature.

Kept apart on purpose: the formal rules (which interests bar a member, wording by code of
conduct) come later in their own module and replace this form's choices.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk.domain import operations as ops
from clerk.domain.model import InterestKind, Meeting
from clerk.domain.wording import is_councillor, short_name

Perform = Callable[..., bool]

KIND_WORDS = {
    InterestKind.PERSONAL: "personal",
    InterestKind.PREJUDICIAL: "prejudicial",
    InterestKind.DISCLOSABLE_PECUNIARY: "disclosable pecuniary",
    InterestKind.OTHER_REGISTERABLE: "other registerable",
    InterestKind.NON_REGISTERABLE: "non-registerable",
}


def item_keys_from(meeting: Meeting, text: str) -> tuple[list[str], list[str]]:
    """Agenda numbers typed as "4, 6" or "4 and 6": the item keys, and the numbers not found."""
    keys, unknown = [], []
    for number in re.split(r"[,;\s]+|\band\b", text):
        number = number.strip()
        if not number:
            continue
        item = meeting.item_by_number(number)
        if item is None:
            unknown.append(number)
        elif item.key not in keys:
            keys.append(item.key)
    return keys, unknown


class DeclarationsPanel(QWidget):
    def __init__(self, perform: Perform, parent=None):
        super().__init__(parent)
        self._perform = perform
        self._meeting: Meeting | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("declarationList")
        self.list.setMinimumHeight(40)
        self.list.setAccessibleName("Declarations of interest")
        self.member = QComboBox(self)
        self.member.setObjectName("declarationMember")
        self.member.setAccessibleName("Member declaring")
        self.items = QLineEdit(self)
        self.items.setObjectName("declarationItems")
        self.items.setAccessibleName("Agenda items, for example 4, 6")
        self.items.setPlaceholderText("4, 6")
        self.kind = QComboBox(self)
        self.kind.setObjectName("declarationKind")
        self.kind.setAccessibleName("Kind of interest")
        for kind, words in KIND_WORDS.items():
            self.kind.addItem(words, kind)
        self.nature = QLineEdit(self)
        self.nature.setObjectName("declarationNature")
        self.nature.setAccessibleName("Nature of the interest")
        self.nature.setPlaceholderText("as he was a governor at …")
        self.left_room = QCheckBox("&Left the room / took no part", self)
        self.left_room.setObjectName("declarationLeftRoom")
        self.problem = QLabel("", self)
        self.problem.setObjectName("declarationProblem")
        self.problem.setWordWrap(True)
        add = QPushButton("Add declaration", self)
        add.setObjectName("addDeclaration")
        add.clicked.connect(self.add)
        remove = QPushButton("Remove", self)
        remove.setObjectName("removeDeclaration")
        remove.clicked.connect(self.remove)
        self.nature.returnPressed.connect(self.add)
        form = QFormLayout()
        form.addRow("&Member:", self.member)
        form.addRow("&Items:", self.items)
        form.addRow("&Kind:", self.kind)
        form.addRow("Nat&ure:", self.nature)
        form.addRow(self.left_room)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def show_meeting(self, meeting: Meeting) -> None:
        self._meeting = meeting
        numbers = {it.key: it.agenda_number for it in meeting.items}
        self.list.clear()
        for d in meeting.declarations:
            person = meeting.person(d.person)
            who = short_name(person) if person else d.person
            items = ", ".join(numbers[k] for k in d.item_keys if k in numbers)
            row = QListWidgetItem(f"{who}: {KIND_WORDS[d.kind]}, item {items} — {d.nature}")
            row.setData(Qt.ItemDataRole.UserRole, d.key)
            self.list.addItem(row)
        chosen = self.member.currentData()
        self.member.clear()
        for p in meeting.people:
            if p.role.is_member or is_councillor(p):
                self.member.addItem(short_name(p), p.id)
        index = self.member.findData(chosen)
        self.member.setCurrentIndex(max(index, 0))

    def add(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        person = self.member.currentData()
        keys, unknown = item_keys_from(meeting, self.items.text())
        if person is None or not keys or unknown or not self.nature.text().strip():
            if unknown:
                self.problem.setText(f"No agenda item {', '.join(unknown)} on this agenda.")
            else:
                self.problem.setText("Choose the member, the items and say the nature.")
            return
        self.problem.clear()
        left = True if self.left_room.isChecked() else None
        if self._perform(
            "Declare interest",
            ops.declare_interest,
            person,
            self.kind.currentData(),
            keys,
            self.nature.text(),
            left,
        ):
            self.items.clear()
            self.nature.clear()
            self.left_room.setChecked(False)
            self.member.setFocus()

    def remove(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self._perform(
                "Remove declaration", ops.remove_declaration, row.data(Qt.ItemDataRole.UserRole)
            )

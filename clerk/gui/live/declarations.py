"""Declarations of interest: member, items, kind (the body's list, a setting), nature.

A declaration is recorded through the formal rules (``services.formal.declare_interest``): it
is minuted where it was made (the item being taken, or the declarations item), and an interest
that bars the member from an item being taken now asks whether they left the room, which the
presence ledger then records. Declared earlier, the live view asks them out when the item is
taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from clerk.domain.formal.wording import interest_label
from clerk.domain.model import Attendance, InterestKind, ItemKind, Meeting
from clerk.domain.wording import INTEREST_WORDS, is_councillor, short_name
from clerk.gui.pickers import surname_typeahead
from clerk.services import formal, reading

Perform = Callable[..., bool]


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
    def __init__(
        self,
        formal_call: Perform,
        ask: Callable[[str, str], bool],
        now: Callable,
        parent=None,
    ):
        super().__init__(parent)
        self._formal = formal_call
        self._ask = ask
        self._now = now
        self._meeting: Meeting | None = None
        self.rules = reading.InterestRules()
        self.settings: dict = {}
        self.list = QListWidget(self)
        self.list.setObjectName("declarationList")
        self.list.setMinimumHeight(40)
        self.list.setAccessibleName("Declarations of interest")
        self.member = QComboBox(self)
        self.member.setObjectName("declarationMember")
        self.member.setAccessibleName("Member declaring (type the surname)")
        surname_typeahead(self.member)
        self.items = QLineEdit(self)
        self.items.setObjectName("declarationItems")
        self.items.setAccessibleName("Agenda items, for example 4, 6")
        self.items.setPlaceholderText("4, 6")
        self.kind = QComboBox(self)
        self.kind.setObjectName("declarationKind")
        self.kind.setAccessibleName("Kind of interest")
        self.set_rules(reading.InterestRules(), {})
        self.nature = QLineEdit(self)
        self.nature.setObjectName("declarationNature")
        self.nature.setAccessibleName("Nature of the interest")
        self.nature.setPlaceholderText("as he was a governor at …")
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
        form.addRow("Mem&ber:", self.member)
        form.addRow("&Items:", self.items)
        form.addRow("&Kind:", self.kind)
        form.addRow("Nat&ure:", self.nature)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def set_rules(self, rules: reading.InterestRules, settings: dict) -> None:
        """The kinds of interest this body uses, in the order of its setting."""
        self.rules, self.settings = rules, settings
        chosen = self.kind.currentData()
        self.kind.clear()
        # No kind is chosen for the clerk: a hurried Enter must not record a pecuniary interest.
        self.kind.addItem("(choose the kind)", None)
        for kind in rules.kinds:
            self.kind.addItem(INTEREST_WORDS[kind] or "interest (no kind)", kind)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))

    def show_meeting(self, meeting: Meeting) -> None:
        self._meeting = meeting
        numbers = {it.key: it.agenda_number for it in meeting.items}
        self.list.clear()
        for d in meeting.declarations:
            person = meeting.person(d.person)
            who = short_name(person) if person else d.person
            items = ", ".join(numbers[k] for k in d.item_keys if k in numbers)
            text = f"{who}: {INTEREST_WORDS[d.kind] or 'interest'}, item {items} — {d.nature}"
            if d.made_at in numbers:
                text += f" (declared at item {numbers[d.made_at]})"
            if d.left_room:
                text += " · leaves the room"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, d.key)
            self.list.addItem(row)
        chosen = self.member.currentData()
        self.member.clear()
        # Those in the room first, then those not yet marked, then apologies and absent.
        rank = {Attendance.PRESENT: 0, Attendance.UNKNOWN: 1}
        people = [p for p in meeting.people if p.role.is_member or is_councillor(p)]
        people.sort(key=lambda p: rank.get(reading.attendance_of(meeting, p), 2))
        for p in people:
            self.member.addItem(short_name(p), p.id)
        index = self.member.findData(chosen)
        self.member.setCurrentIndex(max(index, 0))

    def add(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        person = self.member.currentData()
        keys, unknown = item_keys_from(meeting, self.items.text())
        if (
            person is None
            or not keys
            or unknown
            or not self.nature.text().strip()
            or self.kind.currentData() is None
        ):
            if unknown:
                self.problem.setText(f"No agenda item {', '.join(unknown)} on this agenda.")
            elif self.kind.currentData() is None and person is not None and keys:
                self.problem.setText("Choose the kind of interest (Alt+K).")
                self.kind.setFocus()
            else:
                self.problem.setText("Choose the member, the items, the kind and say the nature.")
            return
        self.problem.clear()
        kind = InterestKind(self.kind.currentData())
        at = None
        current = meeting.item(meeting.current_item) if meeting.current_item else None
        if (
            self.rules.requires_leaving(kind)
            and current is not None
            and current.kind is not ItemKind.DECLARATIONS
            and current.key in keys
        ):
            name = self.member.currentText()
            if self._ask(
                "Left the room?",
                f"{name} has declared a {interest_label(kind)} in item {current.agenda_number}, "
                f"which is being taken now.\n\nRecord that {name} left the room for this item?",
            ):
                at = self._now()
        if self._formal(
            formal.declare_interest,
            person,
            kind,
            keys,
            self.nature.text(),
            at=at,
            settings=self.settings,
        ):
            self.items.clear()
            self.nature.clear()
            self.kind.setCurrentIndex(0)
            self.member.setFocus()

    def remove(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self._formal(formal.remove_declaration, row.data(Qt.ItemDataRole.UserRole))

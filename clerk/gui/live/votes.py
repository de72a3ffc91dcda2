"""The two ways a vote is counted: a show of hands (three numbers) and a recorded vote (a
name a row, one key each: F for, A against, B abstain, N did not vote).

The dialogs only collect what the clerk saw; the rules (no more votes than members entitled,
a recorded vote agreeing with the show of hands before it) are checked by the operation, and
a refusal comes back as the rule's own sentence in a dialog, with nothing saved.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from clerk.domain.model import Person
from clerk.domain.wording import short_name
from clerk.services.reading import ABSTAIN, AGAINST, DID_NOT_VOTE, FOR

MARK_WORDS = {FOR: "For", AGAINST: "Against", ABSTAIN: "Abstain", DID_NOT_VOTE: "Did not vote"}
MARK_KEYS = {"F": FOR, "A": AGAINST, "B": ABSTAIN, "N": DID_NOT_VOTE}


class ShowOfHandsDialog(QDialog):
    """For, against, abstain: Tab between the three, Enter records the vote."""

    def __init__(
        self, what: str, entitled: int, parent=None, counts: tuple[int, int, int] = (0, 0, 0)
    ):
        super().__init__(parent)
        self.setWindowTitle("Show of hands")
        self.setObjectName("showOfHandsDialog")
        intro = QLabel(f"{what}\n{entitled} members entitled to vote.", self)
        intro.setWordWrap(True)
        self.for_ = QSpinBox(self)
        self.against = QSpinBox(self)
        self.abstain = QSpinBox(self)
        for box, name, n in (
            (self.for_, "Votes for", counts[0]),
            (self.against, "Votes against", counts[1]),
            (self.abstain, "Abstentions", counts[2]),
        ):
            box.setRange(0, 999)
            box.setValue(n)
            box.setAccessibleName(name)
            box.setObjectName(name.replace(" ", ""))
        form = QFormLayout()
        form.addRow("&For:", self.for_)
        form.addRow("&Against:", self.against)
        form.addRow("A&bstain:", self.abstain)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.for_.setFocus()
        self.for_.selectAll()

    def counts(self) -> tuple[int, int, int]:
        return self.for_.value(), self.against.value(), self.abstain.value()


class RecordedVoteDialog(QDialog):
    """Each member entitled to vote, one a row; F, A, B or N marks the row and moves down."""

    def __init__(
        self,
        what: str,
        members: list[Person],
        marks: dict[str, str] | None = None,
        after_show_of_hands: str | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle("Recorded vote")
        self.setObjectName("recordedVoteDialog")
        self.members = members
        self.marks: dict[str, str] = dict(marks or {})
        intro = QLabel(
            f"{what}\nF for · A against · B abstain · N did not vote. Enter records the vote.",
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(members), 2, self)
        self.table.setObjectName("recordedVoteTable")
        self.table.setAccessibleName("Recorded vote: F for, A against, B abstain, N did not vote")
        self.table.setHorizontalHeaderLabels(["Member", "Vote"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, person in enumerate(members):
            self.table.setItem(row, 0, QTableWidgetItem(short_name(person)))
            self.table.setItem(row, 1, QTableWidgetItem(""))
            self._show(row)
        # The letters are read from the table's own key presses (not window shortcuts), so
        # they work whatever window the system thinks is active.
        self.table.installEventFilter(self)
        self.totals = QLabel("", self)
        self.totals.setObjectName("recordedVoteTotals")
        self.retake = QCheckBox(
            "The vote was &retaken (the names need not match the show of hands)"
        )
        self.retake.setObjectName("retakeVote")
        self.retake.setVisible(after_show_of_hands is not None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record the vote")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if after_show_of_hands:
            shown = QLabel(f"The show of hands was {after_show_of_hands}.", self)
            shown.setWordWrap(True)
            layout.addWidget(shown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.retake)
        layout.addWidget(buttons)
        self._count()
        if members:
            self.table.selectRow(0)
        self.table.setFocus()
        self.resize(420, min(640, 200 + 30 * len(members)))

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            letter = event.text().upper()
            if letter in MARK_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.mark_current(MARK_KEYS[letter])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def _show(self, row: int) -> None:
        side = self.marks.get(self.members[row].id, "")
        self.table.item(row, 1).setText(MARK_WORDS.get(side, ""))

    def _count(self) -> None:
        n = {s: sum(1 for v in self.marks.values() if v == s) for s in MARK_WORDS}
        unmarked = len(self.members) - sum(n.values())
        self.totals.setText(
            f"For {n[FOR]} · Against {n[AGAINST]} · Abstain {n[ABSTAIN]} · "
            f"Did not vote {n[DID_NOT_VOTE] + unmarked}"
        )

    def mark_current(self, side: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.members):
            return
        self.marks[self.members[row].id] = side
        self._show(row)
        self._count()
        if row + 1 < len(self.members):
            self.table.selectRow(row + 1)

    def chosen(self) -> dict[str, str]:
        return {pid: side for pid, side in self.marks.items() if side != DID_NOT_VOTE}

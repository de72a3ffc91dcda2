"""Motions and amendments of the selected item, and their votes.

Mover and seconder are chosen from the members who may take part now (in the room and not
barred by an interest), as the rules would refuse anyone else. A vote is counted in a dialog
(``votes.py``); a carried motion becomes the item's resolution by the rule itself, so the
Resolution tab shows it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import AgendaItem, Meeting, Motion, MotionKind, MotionResult
from clerk.domain.wording import short_name
from clerk.gui.live.votes import RecordedVoteDialog, ShowOfHandsDialog
from clerk.gui.pickers import surname_typeahead
from clerk.services import formal, reading

Formal = Callable[..., bool]


def motion_line(meeting: Meeting, motion: Motion) -> str:
    """ "Motion (Cllr A / Cllr B): That … — carried 5–2–1 (recorded)"."""
    who = [short_name(p) for p in (meeting.person(motion.mover or ""),) if p]
    who += [short_name(p) for p in (meeting.person(motion.seconder or ""),) if p]
    head = "Amendment" if motion.kind is MotionKind.AMENDMENT else "Motion"
    text = " ".join(motion.text.split())
    line = f"{head}" + (f" ({' / '.join(who)})" if who else "") + f": {text}"
    if motion.result is MotionResult.PENDING:
        return line + " — moved, not yet voted on"
    line += f" — {motion.result.value}"
    v = motion.vote
    if v is not None:
        line += f" {v.for_}–{v.against}–{v.abstain}"
        if v.recorded is not None:
            line += " (recorded vote)"
        if v.casting_vote:
            line += f", casting vote {v.casting_side or ''}".rstrip()
    return line


class MotionsPanel(QWidget):
    def __init__(self, formal_call: Formal, now: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self._formal = formal_call
        self._now = now
        self.meeting: Meeting | None = None
        self.item: AgendaItem | None = None
        self.rules = reading.InterestRules()
        # What the motion list and the mover/seconder choices show now (redrawn only when
        # it changes).
        self._lines: list[tuple[str, str]] | None = None
        self._members: list[tuple[str, str]] | None = None
        self._members_stale = False
        self.settings: dict = {}
        self.list = QListWidget(self)
        self.list.setObjectName("motionList")
        self.list.setMinimumHeight(40)
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Motions and amendments on this item")
        self.kind = QComboBox(self)
        self.kind.setObjectName("motionKind")
        self.kind.setAccessibleName("Motion or amendment")
        self.kind.addItem("Motion", MotionKind.MOTION)
        self.kind.addItem("Amendment", MotionKind.AMENDMENT)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("motionText")
        self.text.setAccessibleName("Wording of the motion")
        self.text.setPlaceholderText("That the report be noted. (Ctrl+Enter moves it)")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(64)
        self.text.setMinimumHeight(36)
        self.mover = QComboBox(self)
        self.mover.setObjectName("motionMover")
        self.mover.setAccessibleName("Mover (type the surname)")
        surname_typeahead(self.mover)
        self.seconder = QComboBox(self)
        self.seconder.setObjectName("motionSeconder")
        self.seconder.setAccessibleName("Seconder (type the surname)")
        surname_typeahead(self.seconder)
        self.move_button = QPushButton("Move", self)
        self.move_button.setObjectName("moveMotion")
        self.move_button.clicked.connect(self.move_motion)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            # Anywhere in the tab: the wording, the kind, the mover or the seconder.
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.move_motion)
        self.hands_button = QPushButton("Hands…", self)
        self.hands_button.setObjectName("showOfHands")
        self.hands_button.clicked.connect(self.show_of_hands)
        self.recorded_button = QPushButton("Named…", self)
        self.recorded_button.setObjectName("recordedVote")
        self.recorded_button.clicked.connect(self.recorded_vote)
        self.casting_button = QPushButton("Casting…", self)
        self.casting_button.setObjectName("castingVote")
        self.casting_button.clicked.connect(self.casting_vote)
        self.withdraw_button = QPushButton("Withdrawn", self)
        self.withdraw_button.setObjectName("withdrawMotion")
        self.withdraw_button.clicked.connect(self.withdraw)
        for button, words in (
            (self.move_button, "Move the motion or amendment (Ctrl+Enter in this tab)"),
            (self.hands_button, "Vote by show of hands (F10)"),
            (self.recorded_button, "Recorded (named) vote (F11)"),
            (self.casting_button, "The Chair's casting vote on equal votes (Ctrl+F11)"),
            (self.withdraw_button, "The motion or amendment was withdrawn"),
        ):
            button.setToolTip(words)
            button.setAccessibleName(words)
        form = QFormLayout()
        form.addRow("&Kind:", self.kind)
        form.addRow("Te&xt:", self.text)
        form.addRow("M&over:", self.mover)
        form.addRow("Seconded &by:", self.seconder)
        buttons = QGridLayout()
        for i, b in enumerate(
            (
                self.move_button,
                self.hands_button,
                self.recorded_button,
                self.casting_button,
                self.withdraw_button,
            )
        ):
            buttons.addWidget(b, i // 3, i % 3)
        buttons.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------
    def show_item(
        self,
        meeting: Meeting,
        item: AgendaItem | None,
        rules: reading.InterestRules,
        settings: dict,
    ) -> None:
        self.meeting, self.item, self.rules, self.settings = meeting, item, rules, settings
        lines = [(motion_line(meeting, m), m.key) for m in (item.motions if item else ())]
        if lines != self._lines:  # a key in the register changes none of them: left as is
            self._lines = lines
            chosen = self.selected_motion()
            chosen_key = chosen.key if chosen else None
            self.list.clear()
            for text, key in lines:
                row = QListWidgetItem(text)
                row.setData(Qt.ItemDataRole.UserRole, key)
                self.list.addItem(row)
                if key == chosen_key:
                    self.list.setCurrentItem(row)
        self._fill_members()
        self.setEnabled(item is not None and item.started_at is not None)

    def _fill_members(self) -> None:
        if self.window().isVisible() and not self.isVisible():
            # Another tab is showing: a key in the register changes who may move, but the
            # choices are filled when the tab is shown.
            self._members_stale = True
            return
        self._members_stale = False
        movers = [self.mover.currentData(), self.seconder.currentData()]
        members = []
        if self.meeting is not None and self.item is not None:
            members = reading.entitled_to_vote(self.meeting, self.item.key, None, self.rules)
        names = [(short_name(p), p.id) for p in members]
        if names == self._members:
            return  # the same members: the choices stay, and what was picked with them
        self._members = names
        for combo, keep in zip((self.mover, self.seconder), movers, strict=True):
            combo.clear()
            combo.addItem("", None)
            for name, pid in names:
                combo.addItem(name, pid)
            combo.setCurrentIndex(max(combo.findData(keep), 0))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._members_stale:
            self._fill_members()

    def selected_motion(self) -> Motion | None:
        """The motion chosen in the list; else the latest one not yet voted on, else
        the latest of all."""
        if self.item is None or not self.item.motions:
            return None
        row = self.list.currentItem()
        if row is not None:
            key = row.data(Qt.ItemDataRole.UserRole)
            for m in self.item.motions:
                if m.key == key:
                    return m
        pending = [m for m in self.item.motions if m.result is MotionResult.PENDING]
        return (pending or list(self.item.motions))[-1]

    # -- acting ----------------------------------------------------------------------------
    def move_motion(self) -> None:
        """Record the motion typed as moved (not ``move``: that is QWidget's, placing it)."""
        if self.item is None or not self.text.toPlainText().strip():
            return
        if self._formal(
            formal.move_motion,
            self.item.key,
            self.text.toPlainText(),
            self.mover.currentData(),
            self.seconder.currentData(),
            at=self._now(),
            kind=self.kind.currentData(),
            settings=self.settings,
        ):
            self.text.clear()
            self.kind.setCurrentIndex(0)
            self.mover.setCurrentIndex(0)
            self.seconder.setCurrentIndex(0)
            self.list.setCurrentRow(self.list.count() - 1)
            self.hands_button.setFocus()

    def _what(self, motion: Motion) -> str:
        head = "Amendment" if motion.kind is MotionKind.AMENDMENT else "Motion"
        return f"{head}: {' '.join(motion.text.split())}"

    def show_of_hands(self) -> None:
        motion = self.selected_motion()
        if motion is None or self.item is None or self.meeting is None:
            return
        now = self._now()
        entitled = reading.entitled_to_vote(self.meeting, self.item.key, now, self.rules)
        counts = (0, 0, 0)
        while True:  # refused by a rule: the dialog comes back with the figures as typed
            dialog = ShowOfHandsDialog(self._what(motion), len(entitled), self, counts)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            counts = dialog.counts()
            if self._formal(
                formal.record_show_of_hands,
                self.item.key,
                motion.key,
                *counts,
                at=now,
                settings=self.settings,
            ):
                return

    def recorded_vote(self) -> None:
        """A recorded vote; asked for just after a show of hands, it names that vote."""
        motion = self.selected_motion()
        if motion is None or self.item is None or self.meeting is None:
            return
        shown = None
        at = self._now()
        marks: dict[str, str] = {}
        if motion.vote is not None:
            at = motion.voted_at or at
            if motion.vote.recorded is None:
                v = motion.vote
                shown = reading.tally(v.for_, v.against, v.abstain)
            else:
                r = motion.vote.recorded
                for side, ids in (
                    (reading.FOR, r.for_),
                    (reading.AGAINST, r.against),
                    (reading.ABSTAIN, r.abstain),
                    (reading.DID_NOT_VOTE, r.did_not_vote),
                ):
                    marks.update(dict.fromkeys(ids, side))
        entitled = reading.entitled_to_vote(self.meeting, self.item.key, at, self.rules)
        retake = False
        while True:  # refused by a rule: the dialog comes back with the names as marked
            dialog = RecordedVoteDialog(self._what(motion), list(entitled), marks, shown, self)
            dialog.retake.setChecked(retake)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            marks, retake = dict(dialog.marks), dialog.retake.isChecked()
            if self._formal(
                formal.record_named_vote,
                self.item.key,
                motion.key,
                dialog.chosen(),
                at=None if motion.vote is not None else at,
                retake=retake,
                settings=self.settings,
            ):
                return

    def casting_vote(self) -> None:
        motion = self.selected_motion()
        if motion is None or self.item is None or self.meeting is None:
            return
        chair = reading.presiding_member(self.meeting, self.item.key, motion.voted_at, self.rules)
        if chair is None or motion.vote is None:
            QMessageBox.information(
                self, "Casting vote", "There is no vote, or no one presiding, to give one."
            )
            return
        side, ok = QInputDialog.getItem(
            self,
            "Casting vote",
            f"{short_name(chair)}, presiding, gives a casting vote:",
            ["for", "against"],
            0,
            False,
        )
        if ok:
            self._formal(
                formal.record_casting_vote,
                self.item.key,
                motion.key,
                chair.id,
                side,
                settings=self.settings,
            )

    def withdraw(self) -> None:
        motion = self.selected_motion()
        if motion is not None and self.item is not None:
            self._formal(formal.withdraw_motion, self.item.key, motion.key)

"""The current item's notes and resolution, saved as they are typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import AgendaItem, Meeting
from clerk.domain.wording import clock_24
from clerk.gui.live.autosave import Autosave
from clerk.services import actions, reading

Perform = Callable[..., bool]


def _set_plain(editor: QPlainTextEdit, text: str) -> None:
    """Replace the text without firing textChanged, keeping the cursor where it was if it can.

    The cursor stays with the text around it: after a redo restores typing, it is after the
    restored words (where the clerk was typing), not before them.
    """
    old = editor.toPlainText()
    position = editor.textCursor().position()
    same = 0
    limit = min(len(old), len(text))
    while same < limit and old[same] == text[same]:
        same += 1
    if position >= same:
        position = max(same, position + len(text) - len(old))
    editor.blockSignals(True)
    editor.setPlainText(text)
    editor.blockSignals(False)
    cursor = editor.textCursor()
    cursor.setPosition(min(position, len(text)))
    editor.setTextCursor(cursor)


class MeetingUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach Edit ▸ Undo/Redo from inside a text editor.

    A text editor claims those keys for its own history; here the history is the meeting's
    (typing is saved as it goes), so one undo list serves everything the clerk did.
    """

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and any(
            event.matches(k) for k in self.KEYS
        ):
            event.ignore()
            return True
        return False


def hand_undo_to_meeting(editor: QPlainTextEdit) -> None:
    editor.setUndoRedoEnabled(False)
    keys = MeetingUndoKeys(editor)
    editor.installEventFilter(keys)


class NotesPanel(QWidget):
    """Plain text: paragraphs split by a blank line, "- " lines are bullets (the record's form)."""

    saved = Signal()

    def __init__(self, perform: Perform, now: Callable, parent=None):
        super().__init__(parent)
        self._perform = perform
        self._now = now
        self.item_key: str | None = None
        self._kind = None
        self.heading = QLabel("No item selected")
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("notesEditor")
        self.editor.setAccessibleName("Notes of the item")
        self.editor.setPlaceholderText(
            "Notes of the debate. A blank line starts a new paragraph; start a line with "
            '"- " for a bullet.'
        )
        # Undo belongs to the meeting (Edit ▸ Undo), not to the editor's own history.
        hand_undo_to_meeting(self.editor)
        self.editor.setTabChangesFocus(True)
        self.phrases = QComboBox(self)
        self.phrases.setObjectName("phraseChoice")
        self.phrases.setAccessibleName("Standard phrase")
        self.phrases.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.phrases.setMinimumContentsLength(8)
        self.insert_button = QPushButton("Insert", self)
        self.insert_button.setObjectName("insertPhrase")
        self.insert_button.clicked.connect(self.insert_phrase)
        self.bullet_button = QPushButton("Bullet", self)
        self.bullet_button.setObjectName("bullet")
        self.bullet_button.clicked.connect(self.toggle_bullet)
        self.stamp_button = QPushButton("Time", self)
        self.stamp_button.setObjectName("stampTime")
        self.stamp_button.clicked.connect(self.stamp_time)
        self.insert_button.setToolTip("Insert the standard phrase (Ctrl+Shift+P)")
        self.insert_button.setAccessibleName("Insert the standard phrase")
        self.bullet_button.setAccessibleName("Bullet on or off")
        self.stamp_button.setAccessibleName("Stamp the time in the notes")
        self.bullet_button.setToolTip("Bullet on or off (Ctrl+Shift+L)")
        self.stamp_button.setToolTip("Stamp the time in the notes (F8)")
        row = QHBoxLayout()
        row.addWidget(self.phrases, 1)
        row.addWidget(self.insert_button)
        row.addWidget(self.bullet_button)
        row.addWidget(self.stamp_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        self.autosave = Autosave(self._save, self)
        self.editor.textChanged.connect(self._typed)
        self.setEnabled(False)

    def _typed(self) -> None:
        if self.item_key is not None:
            self.autosave.touch()

    def _save(self) -> bool:
        key = self.item_key
        if key is None:
            return True
        return self._perform(actions.set_notes, key, self.editor.toPlainText())

    def show_item(self, meeting: Meeting, item: AgendaItem | None) -> None:
        """Follow the selected item; a change of item saves the typing of the last one first."""
        key = item.key if item else None
        if key != self.item_key:
            self.autosave.flush()
            self.autosave.forget()
            self.item_key = key
            self._fill_phrases(item)
            _set_plain(self.editor, (item.narrative or "") if item else "")
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
        elif item is not None and not self.autosave.dirty:
            stored, shown = item.narrative or "", self.editor.toPlainText()
            if stored != shown and (stored or shown.strip()):
                _set_plain(self.editor, stored)
        self.setEnabled(item is not None)
        if item is None:
            self.heading.setText("No item selected")
        else:
            minute = f"Minute {item.minute_number} · " if item.minute_number else ""
            self.heading.setText(f"{minute}Item {item.agenda_number}: {item.title}")

    def _fill_phrases(self, item: AgendaItem | None) -> None:
        kind = item.kind if item else None
        if kind == self._kind and self.phrases.count():
            return
        self._kind = kind
        self.phrases.clear()
        if item is not None:
            for phrase in reading.phrases_for(item.kind):
                short = phrase if len(phrase) <= 70 else phrase[:67] + "…"
                self.phrases.addItem(short, phrase)

    def insert_phrase(self) -> None:
        phrase = self.phrases.currentData()
        if phrase:
            self._insert_paragraph(phrase)

    def _insert_paragraph(self, text: str) -> None:
        """A phrase is its own paragraph: a blank line before it unless the notes are empty."""
        cursor = self.editor.textCursor()
        before = self.editor.toPlainText()[: cursor.position()]
        if before.strip() and not before.endswith("\n\n"):
            text = ("\n" if before.endswith("\n") else "\n\n") + text
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def stamp_time(self) -> None:
        self.editor.textCursor().insertText(f"[{clock_24(self._now())}] ")
        self.editor.setFocus()

    def toggle_bullet(self) -> None:
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        block = cursor.block().text()
        if block.startswith("- "):
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 2)
            cursor.removeSelectedText()
        else:
            cursor.insertText("- ")
        self.editor.setFocus()


class ResolutionPanel(QWidget):
    """The resolution (one part per line) and its reason, saved as typed."""

    def __init__(self, perform: Perform, parent=None):
        super().__init__(parent)
        self._perform = perform
        self.item_key: str | None = None
        self.parts = QPlainTextEdit(self)
        self.parts.setObjectName("resolutionParts")
        self.parts.setAccessibleName("Resolution parts, one a line")
        self.parts.setPlaceholderText("That the report be noted.\n(one part a line: i., ii. …)")
        hand_undo_to_meeting(self.parts)
        self.parts.setTabChangesFocus(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("resolutionReason")
        self.reason.setAccessibleName("Reason for the resolution")
        self.reason.setPlaceholderText("To keep the committee informed.")
        form = QFormLayout(self)
        form.addRow("Reso&lved:", self.parts)
        form.addRow("Reas&on:", self.reason)
        self.autosave = Autosave(self._save, self)
        self.parts.textChanged.connect(self._typed)
        self.reason.textEdited.connect(self._typed)
        self.setEnabled(False)

    def _typed(self, *_):
        if self.item_key is not None:
            self.autosave.touch()

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.parts.toPlainText().splitlines() if line.strip()]

    def _save(self) -> bool:
        key = self.item_key
        if key is None:
            return True
        return self._perform(
            actions.set_resolution,
            key,
            self._lines(),
            self.reason.text(),
        )

    def show_item(self, meeting: Meeting, item: AgendaItem | None) -> None:
        key = item.key if item else None
        if key != self.item_key:
            self.autosave.flush()
            self.autosave.forget()
            self.item_key = key
            self._fill(item)
        elif item is not None and not self.autosave.dirty:
            res = item.resolution
            parts = list(res.parts) if res else []
            reason = (res.reason or "") if res else ""
            if parts != self._lines() or reason != self.reason.text().strip():
                self._fill(item)
        self.setEnabled(item is not None and item.minute_number is not None)

    def _fill(self, item: AgendaItem | None) -> None:
        res = item.resolution if item else None
        _set_plain(self.parts, "\n".join(res.parts) if res else "")
        self.reason.setText((res.reason or "") if res else "")


__all__ = ["NotesPanel", "ResolutionPanel", "Qt"]

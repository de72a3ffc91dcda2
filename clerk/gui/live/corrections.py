"""Correcting a stamped time in place: the agenda's "At" cell (F2 or a double click) for an
item's start, the attendance cell for an arrival or a departure, and Meeting ▸ Correct times
for the meeting's start and close and the selected item's start and end.

Each correction is one undoable change (``clerk.services.corrections``); the minutes are
written from the same values, so they follow.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import Meeting
from clerk.domain.wording import clock_24
from clerk.gui.models.labels import parse_clock
from clerk.services import actions as corrections


def _text(at: datetime | None) -> str:
    return clock_24(at) if at else ""


class TimesDialog(QDialog):
    """The meeting's start and close, and one item's start and end, as HH:MM."""

    def __init__(self, meeting: Meeting, item_key: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Correct times")
        self.setAccessibleName("Correct times")
        item = meeting.item(item_key) if item_key else None
        self.item_key = item.key if item is not None and item.started_at else None
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        rows = [
            ("meeting_start", "Meeting &started:", meeting.started_at),
            ("meeting_close", "Meeting &closed:", meeting.finished_at),
        ]
        if self.item_key is not None:
            rows += [
                ("item_start", f"Item {item.agenda_number} s&tarted:", item.started_at),
                ("item_end", f"Item {item.agenda_number} &ended:", item.ended_at),
            ]
        for name, label, value in rows:
            edit = QLineEdit(_text(value))
            edit.setObjectName(name)
            edit.setPlaceholderText("HH:MM")
            edit.setToolTip("A time like 17:42; empty for none")
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields[name] = edit
            form.addRow(label, edit)
        note = QLabel("Each change can be undone (Ctrl+Z); the minutes follow.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def text(self, name: str) -> str | None:
        edit = self.fields.get(name)
        return None if edit is None else edit.text()


class TimeCorrections:
    """Wires the corrections into the live view: ``formal`` runs a service on the session."""

    def __init__(self, parent: QWidget, meeting: Callable[[], Meeting | None], formal, selected):
        self._parent = parent
        self._meeting = meeting
        self._formal = formal
        self._selected = selected

    def _at(self, text: str) -> datetime | None | bool:
        """The typed time on the meeting's date; None for empty; False (said why) if wrong."""
        meeting = self._meeting()
        try:
            clock = parse_clock(text)
        except ValueError:
            clock = False
        if clock is False or meeting is None:
            QMessageBox.warning(
                self._parent, "Correct time", f"“{text}” is not a time: type it like 17:42."
            )
            return False
        return None if clock is None else meeting.at(clock)

    def item_start(self, key: str, text: str) -> None:
        at = self._at(text)
        meeting = self._meeting()
        if at is False or at is None or meeting is None or meeting.item(key) is None:
            return
        self._formal(corrections.correct_item_times, key, at, meeting.item(key).ended_at)

    def presence(self, person_id: str, which: str, text: str) -> None:
        at = self._at(text)
        if at is False or at is None:
            return
        service = corrections.correct_departure if which == "left" else corrections.correct_arrival
        self._formal(service, person_id, at)

    def open_dialog(self) -> None:
        meeting = self._meeting()
        if meeting is None:
            return
        dialog = TimesDialog(meeting, self._selected(), self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = {}
        for name in ("meeting_start", "meeting_close", "item_start", "item_end"):
            text = dialog.text(name)
            if text is None:
                continue
            at = self._at(text)
            if at is False:
                return
            values[name] = at
        start, close = values["meeting_start"], values["meeting_close"]
        changed = (start, close) != (meeting.started_at, meeting.finished_at)
        if changed and not self._formal(corrections.correct_meeting_times, start, close):
            return
        if dialog.item_key is not None:
            item = self._meeting().item(dialog.item_key)
            if (values["item_start"], values["item_end"]) != (item.started_at, item.ended_at):
                self._formal(
                    corrections.correct_item_times,
                    dialog.item_key,
                    values["item_start"],
                    values["item_end"],
                )

"""Every key a clerk uses during a meeting, in one place, and the Help ▸ Keyboard shortcuts list.

Function keys for the moments of a meeting (they work wherever the focus is, even while typing
notes); Alt+letter to jump to a panel; single letters inside the attendance list.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

KEYS: dict[str, str] = {
    "start": "F5",
    "close": "Shift+F5",
    "correct_times": "Ctrl+Shift+F5",
    "take": "F6",
    "next": "F7",
    "stamp": "F8",
    "adjourn": "F9",
    "defer": "Ctrl+D",
    "withdraw": "Ctrl+Shift+D",
    "phrase": "Ctrl+Shift+P",
    "bullet": "Ctrl+Shift+L",
    "agenda": "Alt+A",
    "attendance": "Alt+P",
    "notes": "Alt+N",
    "resolution": "Alt+R",
    "speakers": "Alt+S",
    "actions": "Alt+C",
    "declarations": "Alt+D",
    "motions": "Alt+M",
    "show_of_hands": "F10",
    "recorded_vote": "F11",
    "casting_vote": "Ctrl+F11",
    "speaker_timer": "F12",
    "exclude_public": "Ctrl+Shift+X",
    "continue_meeting": "Ctrl+Shift+T",
    "item_limit": "Ctrl+T",
    "view_meetings": "Ctrl+1",
    "view_setup": "Ctrl+2",
    "view_live": "Ctrl+3",
    "view_preview": "Ctrl+4",
    "export_minutes": "Ctrl+E",
    "export_record": "Ctrl+Shift+E",
    "import_agenda": "Ctrl+I",
    "bigger": "Ctrl+=",
    "smaller": "Ctrl+-",
}

#: Keys that act inside one list rather than through a menu.
LIST_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter (agenda list)", "Take the selected item"),
    ("P (attendance list)", "Present; after the start, an arrival with the time"),
    ("A (attendance list)", "Apologies"),
    ("X (attendance list)", "Absent"),
    ("L (attendance list)", "Left the meeting, with the time and the item"),
    ("W (attendance list)", "Left the room for an interest in the item being taken"),
    ("R (attendance list)", "Returned to the room after an interest"),
    ("F, A, B, N (recorded vote)", "For, against, abstain, did not vote; moves to the next"),
    ("Ctrl+Enter (Motions tab)", "Move the motion or amendment"),
    ("Alt+B (Motions tab)", "Choose the seconder (type the surname)"),
    ("F2 (agenda, attendance)", "Correct the stamped time in place"),
)


def key(name: str) -> QKeySequence:
    return QKeySequence(KEYS[name])


class ShortcutsDialog(QDialog):
    """Lists the window's own actions with their keys, so the list cannot go out of date."""

    def __init__(self, actions: list[QAction], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows: list[tuple[str, str]] = []
        for action in actions:
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys:
                rows.append((keys, action.text().replace("&", "").rstrip(".…")))
        rows.extend(LIST_KEYS)
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutTable")
        table.setAccessibleName("Keyboard shortcuts")
        table.setHorizontalHeaderLabels(["Keys", "Does"])
        table.verticalHeader().hide()
        for r, (keys, words) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(words))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 620)

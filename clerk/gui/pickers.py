"""Choosing a person from a list by typing their surname.

Every councillor's name starts "Cllr ", so Qt's own type-ahead (which matches the start of the
text) cannot tell them apart, and a space opens the list. Here letters typed into a closed list
pick the first name whose surname (its last word), or failing that any word, starts with what
was typed in the last second; a space is kept as part of what was typed ("Cllr F…" works too).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox

RESET_SECONDS = 1.0


def _words(text: str) -> list[str]:
    # "Cllr Smith (for Cllr Jones)" is found by Smith: the bracket is not the person's name.
    head = text.split(" (")[0]
    return [w.strip(".,").lower() for w in head.split() if w.strip(".,")]


def name_fits(text: str, typed: str) -> bool:
    """Whether ``typed`` starts a word of the name ``text``, or is all of it."""
    typed = typed.lower().strip()
    return bool(typed) and (text.lower() == typed or any(w.startswith(typed) for w in _words(text)))


def find_person(combo: QComboBox, typed: str, start: int = 0) -> int:
    """The row to choose for ``typed``: surname first, then any word, then the whole text."""
    typed = typed.lower().strip()
    if not typed:
        return -1
    rows = list(range(start, combo.count())) + list(range(0, start))
    texts = {row: combo.itemText(row) for row in rows}
    for test in (
        lambda t: bool(_words(t)) and _words(t)[-1].startswith(typed),
        lambda t: any(w.startswith(typed) for w in _words(t)),
        lambda t: t.lower().startswith(typed),
    ):
        for row in rows:
            if texts[row] and test(texts[row]):
                return row
    return -1


class SurnameTypeAhead(QObject):
    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self._combo = combo
        self._typed = ""
        self._last = 0.0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        text = event.text()
        if not text or not (text.isprintable()) or text in "\t\r\n":
            return False
        now = time.monotonic()
        if now - self._last > RESET_SECONDS:
            self._typed = ""
        self._last = now
        if text == " " and not self._typed:
            return False  # a space on its own opens the list, as usual
        self._typed += text
        words = self._typed.split()
        # "Cllr F" and "F" both look for F: the honorific is on every name.
        wanted = words[-1] if words and len(words) > 1 else self._typed.strip()
        if not wanted:
            return True
        row = find_person(self._combo, wanted)
        if row >= 0:
            self._combo.setCurrentIndex(row)
            self._combo.activated.emit(row)
        return True


def surname_typeahead(combo: QComboBox) -> QComboBox:
    """Give ``combo`` type-ahead on surname (a non-editable list of people)."""
    combo.installEventFilter(SurnameTypeAhead(combo))
    return combo

"""The questions and warnings the set-up screens put to the clerk, in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget | None, title: str, text: str, yes: str = "Remove", undoable: bool = True
) -> bool:
    """Ask before something is removed. Enter answers yes when it can be undone; for what
    cannot (a whole meeting), Enter cancels and only a deliberate choice deletes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(ok if undoable else cancel)
    box.setAccessibleName(title)
    box.exec()
    _back_to(parent)
    return box.clickedButton() is ok


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setAccessibleName(title)
    box.exec()
    _back_to(parent)


def _back_to(parent: QWidget | None) -> None:
    """Give the keyboard back to the window the question came from, so the clerk goes on
    where they were (some window managers, and offscreen Qt, leave no window active)."""
    if parent is not None:
        parent.window().activateWindow()

"""The one way the GUI runs a clerk's action and tells the clerk when it could not be done.

``run_action`` calls the action (normally one of ``clerk.services.actions``, or undo/redo)
and turns every error into one kind of dialog: a warning with the action's name as its title
and one sentence (``clerk.errors``). A ``Conflict`` (another Clerk changed the meeting first)
says what happened; the session has already read the meeting again. A fault that is not a
``ClerkError`` is a bug: it goes to the log, and the clerk is told the change was not made and
where the log is, never shown a traceback, and the window stays open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from clerk.errors import ClerkError, Conflict

log = logging.getLogger("clerk.gui")


def sentence(text: str) -> str:
    """One line with a capital and a full stop (the domain's rules speak in lower case)."""
    text = " ".join(str(text).split()) or "It could not be done"
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """The one dialog for an action that was not done."""
    QMessageBox.warning(parent, title, sentence(text))
    if parent is not None:
        parent.window().activateWindow()


def show_notice(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A message that stays until read but does not take the keyboard: for what happens while
    the clerk is typing (a modal dialog would swallow the next keystrokes)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence(text), parent=parent)
    box.setModal(False)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def run_action(
    parent: QWidget | None,
    title: str,
    call: Callable[[], object],
    *,
    quiet: bool = False,
    on_error: Callable[[ClerkError], bool | None] | None = None,
) -> bool:
    """Run ``call``; True when it ran. ``quiet`` skips the dialog (the caller already said it
    once, e.g. typing that keeps failing to save). ``on_error`` hears every ``ClerkError``
    first; when it returns True it has shown the error itself (the set-up view's message line
    beside the field, a notice that does not take the keyboard from a clerk who is typing) and
    no dialog opens."""
    try:
        call()
    except ClerkError as exc:
        handled = on_error(exc) if on_error is not None else False
        if isinstance(exc, Conflict) and not handled:
            show_problem(parent, "Changed by another Clerk", str(exc))
        elif not (handled or quiet or isinstance(exc, Conflict)):
            show_problem(parent, title, str(exc))
        return False
    except Exception:  # a fault must not close the window or lose the meeting
        log.exception("unexpected fault in %s", title)
        show_problem(
            parent,
            title,
            f"{title} could not be done because of a fault in Clerk; nothing was changed. "
            "The details are in the log (Help ▸ Open log folder).",
        )
        return False
    return True

"""Starting the application: the database, the first-start demo offer, the main window.

The window comes first: a light start window is shown and painted before the store, the
services and the views are imported; in the event loop right after its first paint the
database is opened and the main window, with the meeting left open, takes its place.

After a crash the meeting that was open comes back in the Live view; on a first start with an
empty database the demo meeting is offered and, if accepted, opened.

``CLERK_EXIT_AFTER_START`` makes Clerk quit by itself, so that anyone can time its start from
outside (docs/benchmarks.md): ``painted`` (or ``1``) right after the first window is painted,
``ready`` once the meeting is open and the window has answered a key.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from clerk import APP_NAME, __version__, faultlog

if TYPE_CHECKING:
    from clerk.services.clock import Clock
    from clerk.services.database import Database

EXIT_AFTER_START = "CLERK_EXIT_AFTER_START"


def exit_after_start() -> str | None:
    """``painted``, ``ready`` or None, from ``CLERK_EXIT_AFTER_START``."""
    value = os.environ.get(EXIT_AFTER_START, "").strip().lower()
    if not value:
        return None
    return "ready" if value == "ready" else "painted"


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop, after the watched window's first paint."""

    def __init__(self, window, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class StartWindow(QMainWindow):
    """The first window, shown before the database is opened; the main window replaces it.

    Its words are centred by the label's own rich text, not by an alignment flag: the first
    use of PySide6's ``Qt`` namespace makes all its hundred enumerations (about 20 ms here),
    which the main window pays for after the first paint, not before it."""

    def __init__(self, location: str | None):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        where = location or "the database"  # as html.escape would; html costs 3 ms
        where = where.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        label = QLabel(f'<div align="center">Opening {where}…</div>', self)
        self.setCentralWidget(label)
        self.resize(1366, 768)


def quit_after_a_key(app: QApplication, window) -> None:
    """Send the window a key that does nothing (Shift) and quit once it has been handled."""
    from PySide6.QtCore import Qt

    target = app.focusWidget() or window
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.postEvent(target, QKeyEvent(kind, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
    # exit(), not quit(): quit() closes the window, which forgets the meeting left open.
    QTimer.singleShot(0, lambda: app.exit(0))


def ensure_platform() -> None:
    """Without a display Qt would abort; fall back to offscreen so Clerk still starts."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def offer_demo(db: Database, parent=None, clock: Clock | None = None) -> int | None:
    """On a first start (no meetings at all) offer the demo meeting of a fictional council,
    dated today so that it can be clerked at once.

    Returns the demo meeting's id when it was created.
    """
    from clerk.services import meetings as meeting_service
    from clerk.services.clock import SystemClock

    if meeting_service.has_meetings(db):
        return None
    if os.environ.get("CLERK_DEMO") == "yes":
        answer = QMessageBox.StandardButton.Yes
    else:
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            "Welcome to Clerk. There are no meetings yet.\n\n"
            "Open a demo meeting of a fictional council to try Clerk out?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
    if answer == QMessageBox.StandardButton.Yes:
        today = (clock or SystemClock()).now().date()
        return meeting_service.create_demo_meeting(db, on=today).id
    return None


def run(db_target: str | None = None, clock: Clock | None = None) -> int:
    ensure_platform()
    # What start-up makes (modules, classes, the views) lives as long as Clerk: no collection
    # while starting, then one, and those objects are set aside for good (``settle``).
    gc.disable()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Matches packaging/linux/org.clerkproject.Clerk.desktop, so the desktop shows our icon.
    app.setDesktopFileName("org.clerkproject.Clerk")
    install_fault_log()
    start = StartWindow(db_target)
    started: dict = {"code": 0, "db": None}
    if exit_after_start() == "painted":
        AfterFirstPaint(start, lambda: app.exit(0))
    else:
        AfterFirstPaint(start, lambda: finish_safely(app, start, db_target, clock, started))
    start.show()
    try:
        app.exec()
    finally:
        gc.enable()  # a start that stopped before ``settle``
        if started["db"] is not None:
            started["db"].close()
    return started["code"]


def finish_safely(app, start: StartWindow, db_target, clock, started: dict) -> None:
    """``finish_start``; anything it did not foresee ends the start with one clear line."""
    try:
        finish_start(app, start, db_target, clock, started)
    except Exception as exc:  # a slot's exception would leave the start window up for ever
        faultlog.log.error("start failed", exc_info=exc)
        QMessageBox.critical(start, APP_NAME, f"Clerk could not start.\n\n{exc}")
        started["code"] = 1
        app.exit(1)


def finish_start(app, start: StartWindow, db_target, clock, started: dict) -> None:
    """After the start window's first paint: the database, the main window, the meeting."""
    db = open_or_restore(db_target)
    if db is None:
        started["code"] = 1
        app.exit(1)
        return
    started["db"] = db
    from clerk.gui.main_window import MainWindow
    from clerk.gui.theme import apply_sheet, apply_theme, follow_system
    from clerk.services import live as live_service

    apply_theme(app, *live_service.look(), sheet=False)
    follow_system(app, live_service.look)
    window = MainWindow(db, clock)
    apply_sheet(app)  # once the window is assembled, before it is first shown
    window.setGeometry(start.geometry())
    started["window"] = window
    if not window.reopen_left_open():
        demo = offer_demo(db, window, clock)
        if demo is not None:
            window.meetings.refresh()
            window.open_meeting(demo)
    window.show()
    start.close()
    # Its native window and backing store go now, not after the main window's first paint:
    # the two would otherwise be held at once (about 4 MB at the peak).
    start.destroy()
    start.deleteLater()
    tell_what_was_set_aside(db, window)
    settle()
    QTimer.singleShot(1500, lambda: look_after(db, window))
    if exit_after_start() == "ready":
        quit_after_a_key(app, window)


def settle() -> None:
    """Once the window is up: freeze what start-up made.

    The modules, classes and views made while starting (about 52,000 objects) live until
    Clerk quits; frozen, no later collection walks them again. A full collection of them costs
    about 13 ms, which would otherwise land on a key press every so often, and the collections
    at exit about 60 ms. They are frozen without a collection first: one found 49 objects of
    garbage among the 52,000 and took 30–40 ms of the start. Anything made after this is
    collected as usual; ``unsettle`` hands them back when the meeting they were made for is
    closed."""
    gc.freeze()
    gc.enable()


def unsettle() -> None:
    """The objects frozen at start-up may be collected again (a meeting closed or another
    opened: the first meeting's objects can then become garbage)."""
    if gc.get_freeze_count():
        gc.unfreeze()


def install_fault_log() -> None:
    """Uncaught faults go to the log; the clerk is told once, in a sentence, and carries on."""

    def tell() -> None:
        from clerk.gui.acting import show_problem

        show_problem(
            QApplication.activeWindow(),
            APP_NAME,
            "Clerk met a fault, so what you just did may not have been done; what was saved "
            "is safe. The details are in the log (Help ▸ Open log folder).",
        )

    faultlog.install(tell)


def open_or_restore(db_target: str | None) -> Database | None:
    """Open the database; when it is damaged and a backup exists, offer to restore it."""
    from clerk.services import database
    from clerk.services.database import DatabaseError, open_database

    try:
        return open_database(db_target)
    except DatabaseError as exc:
        error = exc
    if error.backup is None:
        QMessageBox.critical(None, APP_NAME, f"Clerk cannot open its database.\n\n{error}")
        return None
    answer = QMessageBox.question(
        None,
        APP_NAME,
        f"Clerk cannot open its database.\n\n{error}\n\n"
        f"Restore the newest backup ({error.backup.name})? The damaged file is kept beside it.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    target = database.target_path(db_target)
    try:
        database.restore_backup(target, error.backup)
        return open_database(target)
    except (OSError, DatabaseError) as again:
        QMessageBox.critical(None, APP_NAME, f"The backup could not be restored.\n\n{again}")
        return None


def tell_what_was_set_aside(db: Database, parent=None) -> None:
    """At every start: each file a restore set aside, with the offer to bring its meetings
    back (or open it in a second Clerk); and a warning for a database in a sync folder."""
    from clerk.services import recovery

    for aside in recovery.set_aside(db):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(
            f"A database file was set aside beside this one and may hold meetings:\n\n{aside}"
        )
        box.setInformativeText(
            "Bring its meetings back into this database (those it already holds are skipped), "
            "or open it in a second Clerk window to look at it."
        )
        recover = box.addButton("Recover its meetings", QMessageBox.ButtonRole.AcceptRole)
        open_it = box.addButton("Open it", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is recover:
            done = recovery.recover_meetings(db, aside)
            text = f"Recovered {len(done.recovered)} meeting(s); {done.already} already here."
            if done.unreadable:
                text += "\n\nNot readable:\n" + "\n".join(done.unreadable[:5])
            QMessageBox.information(parent, APP_NAME, text)
            if parent is not None and hasattr(parent, "meetings"):
                parent.meetings.refresh()
        elif box.clickedButton() is open_it:
            import subprocess

            subprocess.Popen([sys.executable, "-m", "clerk", "--db", str(aside)])
    for line in recovery.notices(db):
        if "managed by" in line:
            QMessageBox.warning(parent, APP_NAME, line[0].upper() + line[1:] + ".")


def look_after(db: Database, parent=None) -> None:
    """Once the window is up: a quick integrity check, and the daily rolling backup."""
    from clerk.services import database

    try:
        problems = database.check(db, quick=True)
    except Exception as exc:  # the check itself failed: as serious as a problem it finds
        problems = [f"the check could not run ({exc.__class__.__name__}: {_first_line(exc)})"]
    if problems:
        QMessageBox.critical(
            parent,
            APP_NAME,
            "Clerk found a problem in its database:\n\n"
            + "\n".join(p[:300] for p in problems[:5])
            + "\n\nExport the open meeting's record now (File menu), close Clerk and start "
            "it again: it will offer the newest sound backup, keeping this file beside it. "
            "Tell your IT support.",
        )
        return
    try:
        database.rolling_backup(db)
    except Exception as exc:  # a failed backup must never stop a meeting
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(f"Backup not made: {_first_line(exc)}", 10000)


def _first_line(exc: BaseException) -> str:
    lines = str(getattr(exc, "orig", exc)).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__


__all__ = ["run", "offer_demo", "open_or_restore", "look_after", "tell_what_was_set_aside"]

"""Starting the application: the database, the first-start demo offer, the main window.

After a crash the meeting that was open comes back in the Live view; on a first start with an
empty database the demo meeting is offered and, if accepted, opened.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The store and services before Qt: every module imported after PySide6 passes through its
# import hook, which reads the module's source; SQLAlchemy's hundred modules cost start-up time.
from clerk import APP_NAME, __version__
from clerk.services import live as live_service
from clerk.services import meetings as meeting_service
from clerk.services.clock import Clock, SystemClock
from clerk.store.db import Database, DatabaseError, open_database

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clerk.store import backup, maintenance


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
    if meeting_service.list_meetings(db):
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
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Matches packaging/linux/org.clerkproject.Clerk.desktop, so the desktop shows our icon.
    app.setDesktopFileName("org.clerkproject.Clerk")
    db = open_or_restore(db_target)
    if db is None:
        return 1
    try:
        from clerk.gui.main_window import MainWindow
        from clerk.gui.theme import apply_theme, follow_system

        apply_theme(app, *live_service.look(db))
        follow_system(app, lambda: live_service.look(db))
        window = MainWindow(db, clock)
        if not window.reopen_left_open():
            demo = offer_demo(db, window, clock)
            if demo is not None:
                window.meetings.refresh()
                window.open_meeting(demo)
        window.show()
        QTimer.singleShot(1500, lambda: look_after(db, window))
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and os.environ.get(
            "CLERK_EXIT_AFTER_START"
        ):
            app.processEvents()  # a start-up check: shown once, the open meeting kept open
            return 0
        return app.exec()
    finally:
        db.close()


def open_or_restore(db_target: str | None) -> Database | None:
    """Open the database; when it is damaged and a backup exists, offer to restore it."""
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
    from clerk.store.db import resolve

    target = Path(resolve(db_target))
    try:
        backup.restore(target, error.backup)
        return open_database(target)
    except (OSError, DatabaseError) as again:
        QMessageBox.critical(None, APP_NAME, f"The backup could not be restored.\n\n{again}")
        return None


def look_after(db: Database, parent=None) -> None:
    """Once the window is up: a quick integrity check, and the daily rolling backup."""
    try:
        problems = maintenance.check(db, quick=True)
        if problems:
            QMessageBox.warning(
                parent,
                APP_NAME,
                "Clerk found a problem in its database:\n\n"
                + "\n".join(problems[:5])
                + "\n\nYour work is still being saved. Export the open meeting's record "
                "(File menu) and tell your IT support; backups are in the backups folder "
                "beside the database.",
            )
            return
        maintenance.rolling_backup(db)
    except Exception as exc:  # a failed backup must never stop a meeting
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(f"Backup not made: {exc}", 10000)


__all__ = ["run", "offer_demo", "open_or_restore", "look_after"]

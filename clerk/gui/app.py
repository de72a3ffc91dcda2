"""Starting the application: the database, the first-start demo offer, the main window.

After a crash the meeting that was open comes back in the Live view; on a first start with an
empty database the demo meeting is offered and, if accepted, opened.
"""

from __future__ import annotations

import os
import sys

# The store and services before Qt: every module imported after PySide6 passes through its
# import hook, which reads the module's source; SQLAlchemy's hundred modules cost start-up time.
from clerk import APP_NAME, __version__
from clerk.services import live as live_service
from clerk.services import meetings as meeting_service
from clerk.services.clock import Clock
from clerk.store.db import Database, DatabaseError, open_database

# isort: split
from PySide6.QtWidgets import QApplication, QMessageBox


def ensure_platform() -> None:
    """Without a display Qt would abort; fall back to offscreen so Clerk still starts."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def offer_demo(db: Database, parent=None) -> int | None:
    """On a first start (no meetings at all) offer the demo meeting of a fictional council.

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
        return meeting_service.create_demo_meeting(db).id
    return None


def run(db_target: str | None = None, clock: Clock | None = None) -> int:
    ensure_platform()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    try:
        db = open_database(db_target)
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, f"Clerk cannot open its database.\n\n{exc}")
        return 1
    try:
        from clerk.gui.main_window import MainWindow
        from clerk.gui.theme import apply_theme, follow_system

        apply_theme(app, *live_service.look(db))
        follow_system(app, lambda: live_service.look(db))
        window = MainWindow(db, clock)
        if not window.reopen_left_open():
            demo = offer_demo(db, window)
            if demo is not None:
                window.meetings.refresh()
                window.open_meeting(demo)
        window.show()
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and os.environ.get(
            "CLERK_EXIT_AFTER_START"
        ):
            app.processEvents()  # a start-up check: shown once, the open meeting kept open
            return 0
        return app.exec()
    finally:
        db.close()


__all__ = ["run", "offer_demo"]

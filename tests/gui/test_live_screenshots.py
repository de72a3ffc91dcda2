"""Screenshots of the live and preview views at 1366×768, showing a realistic meeting.

Always taken (into the test's folder) and checked for size and content; with
``CLERK_SCREENSHOTS=1`` they are written to ``resources/readme/`` to refresh the README.
The set-up view's picture comes from its own test (``screenshot-setup.png``).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from clerk.gui.main_window import MainWindow
from clerk.gui.theme import apply_theme
from clerk.services.clock import ManualClock
from clerk.services.meetings import create_demo_meeting
from tests.gui.live_helpers import KeptLook, answer_questions, type_text

ALT = Qt.KeyboardModifier.AltModifier
SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parents[2]


def t(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2026, 12, 8, int(h), int(m), 0)


def clerk_the_demo_meeting(window, clock) -> None:
    """Half an hour into the demo meeting: register taken, four items done, item 5 running."""
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    table.selectRow(0)
    for key in "PPPAPPPPPPPP":
        QTest.keyClick(table, key)
    clock.set(t("18:00"))
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)  # 1 Apologies
    clock.set(t("18:02"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # 2 Declarations
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    QTest.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    decl = live.declarations
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    decl.member.setCurrentIndex(decl.member.findText("Cllr Gill"))
    type_text(decl.items, "6")
    type_text(decl.nature, "as she owns a property that has stood empty since 2024")
    QTest.keyClick(decl.nature, Qt.Key.Key_Return)
    clock.set(t("18:05"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # 3 Minutes (resolution pre-filled)
    clock.set(t("18:06"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # 4 Public participation
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    sp = live.speakers
    type_text(sp.name, "Ms Joan Hepworth")
    type_text(sp.capacity, "Mill Lane Residents' Association")
    type_text(sp.summary, "asked that the new wall keep the river path open")
    QTest.keyClick(sp.name, Qt.Key.Key_Return)
    clock.set(t("18:14"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # 5 Flood defence
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    type_text(
        live.notes.editor,
        "Members considered a report on the outcome of consultation on the second phase of "
        "the Riverside flood defence scheme.\n\n"
        "The Head of Environmental Services presented the report and noted that 412 "
        "responses had been received, most supporting Option B.\n\n"
        "In response to questions from Members, officers noted that:\n\n"
        "- the wall on Mill Lane would be 1.2 metres high, with glass panels;\n"
        "- the river path would stay open during construction;\n"
        "- the scheme was funded until March 2028.",
    )
    QTest.keyClick(window, Qt.Key.Key_R, ALT)
    type_text(live.resolution.parts, "That Option B be agreed as the preferred option.")
    clock.set(t("18:47"))
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    live.flush()
    live.tick()


def grab(widget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"screenshot-{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_screenshots_of_setup_live_and_preview(qtbot, db, tmp_path, monkeypatch):
    answer_questions(monkeypatch)
    with KeptLook():
        screenshots(qtbot, db, tmp_path)


def screenshots(qtbot, db, tmp_path):
    folder = ROOT / "resources" / "readme" if os.environ.get("CLERK_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    apply_theme(QApplication.instance())
    meeting = create_demo_meeting(db)
    clock = ManualClock(t("17:52"))
    window = MainWindow(db, clock)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.open_meeting(meeting.id)
    clerk_the_demo_meeting(window, clock)

    shots = {}
    window.show_view(window.LIVE)
    shots["live"] = grab(window, folder, "live")
    window.show_view(window.PREVIEW)
    shots["preview"] = grab(window, folder, "preview")
    window.show_view(window.SETUP)
    if not isinstance(window.setup, QLabel):  # the set-up view is part of this build
        shots["setup"] = grab(window, tmp_path, "setup-in-window")
    for path in shots.values():
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE
    assert "Riverside Flood Defence" in window.preview.browser.toPlainText()
    assert "Option B be agreed" in window.preview.browser.toPlainText()

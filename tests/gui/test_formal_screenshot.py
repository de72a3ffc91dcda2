"""A picture of the live view during a recorded vote, at 1366×768.

Always taken (into the test's folder) and checked for size; with ``CLERK_SCREENSHOTS=1`` it
is written to ``resources/readme/screenshot-live-vote.png`` for the README. The vote dialog is
a window of its own, so it is painted over the main window where it stands, centred.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from clerk.gui.live.votes import RecordedVoteDialog, ShowOfHandsDialog
from clerk.gui.main_window import MainWindow
from clerk.gui.theme import apply_theme
from clerk.services.clock import ManualClock
from clerk.services.meetings import create_demo_meeting
from tests.gui.live_helpers import (
    KeptLook,
    answer_questions,
    back_to,
    choose,
    in_dialog,
    type_text,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parents[2]


def t(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2026, 12, 8, int(h), int(m), 0)


def test_screenshot_of_a_recorded_vote(qtbot, db, tmp_path, monkeypatch):
    answer_questions(monkeypatch)
    with KeptLook():
        picture(qtbot, db, tmp_path)


def picture(qtbot, db, tmp_path):
    folder = ROOT / "resources" / "readme" if os.environ.get("CLERK_SCREENSHOTS") else tmp_path
    apply_theme(QApplication.instance())
    meeting = create_demo_meeting(db)
    clock = ManualClock(t("17:55"))
    window = MainWindow(db, clock)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    back_to(window)
    window.open_meeting(meeting.id)
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    live.attendance.table.selectRow(0)
    for key in "PPPAPPPPPPPP":
        QTest.keyClick(live.attendance.table, key)
    clock.set(t("18:00"))
    QTest.keyClick(window, Qt.Key.Key_F5)
    for hhmm in ("18:00", "18:02", "18:05", "18:06", "18:14"):
        clock.set(t(hhmm))
        QTest.keyClick(window, Qt.Key.Key_F7)
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    motions = live.motions
    type_text(motions.text, "That Option B be agreed as the preferred option.")
    choose(motions.mover, "Cllr Okafor")
    choose(motions.seconder, "Cllr Bellamy")
    QTest.keyClick(motions.text, Qt.Key.Key_Return, CTRL)
    clock.set(t("18:41"))

    def hands(dialog):
        for box, n in zip((dialog.for_, dialog.against, dialog.abstain), (5, 1, 1), strict=True):
            box.selectAll()
            type_text(box, str(n))
        QTest.keyClick(dialog.abstain, Qt.Key.Key_Return)

    in_dialog(ShowOfHandsDialog, hands)
    QTest.keyClick(window, Qt.Key.Key_F10)
    back_to(window)
    clock.set(datetime(2026, 12, 8, 18, 42, 30))
    live.tick()
    shot = tmp_path / "vote.png"

    def photograph(dialog):
        for letter in "FFFF":
            QTest.keyClick(dialog.table, letter)
        QApplication.processEvents()
        image = window.grab().toImage()
        painter = QPainter(image)
        face = dialog.grab()
        at = QPoint((image.width() - face.width()) // 2, (image.height() - face.height()) // 2)
        painter.drawPixmap(at, face)
        painter.setPen(QPen(QColor("#555555"), 2))
        painter.drawRect(at.x(), at.y(), face.width(), face.height())
        painter.end()
        assert image.save(str(shot))
        dialog.reject()

    in_dialog(RecordedVoteDialog, photograph)
    QTest.keyClick(window, Qt.Key.Key_F11)
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SIZE
    if folder != tmp_path:
        folder.mkdir(parents=True, exist_ok=True)
        assert image.save(str(folder / "screenshot-live-vote.png"))

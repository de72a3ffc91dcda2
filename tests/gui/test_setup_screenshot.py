"""The README's picture of the set-up view: a realistic meeting at 1366×768.

Writes into the test's folder; with CLERK_SCREENSHOTS=1 it writes
``resources/readme/screenshot-setup.png`` instead (to refresh the README).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from clerk.gui.bridge import SessionBridge
from clerk.gui.setup_view import SetupView
from clerk.services.meetings import create_demo_meeting, demo_record, import_record
from clerk.services.session import MeetingSession

ROOT = Path(__file__).resolve().parents[2]


def test_setup_view_screenshot(qtbot, db, tmp_path):
    previous = demo_record() | {"date": "2026-11-10"}
    previous["items"] = [
        dict(it, status="taken", minute_number=22 + i) for i, it in enumerate(previous["items"][:9])
    ]
    import_record(db, previous)
    meeting = create_demo_meeting(db)
    session = MeetingSession.open(db, meeting.id)
    view = SetupView()
    qtbot.addWidget(view)
    view.set_session(session, SessionBridge(session))
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.people.select("lindqvist")
    view.agenda.select(session.meeting.items[10].key)  # the exempt item
    target = (
        ROOT / "resources" / "readme" / "screenshot-setup.png"
        if os.environ.get("CLERK_SCREENSHOTS")
        else tmp_path / "screenshot-setup.png"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(target))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1366, 768)
    assert view.details.proposed.text() == "Proposed: 31"
    assert view.agenda.paragraph.currentData() == 3

"""The Meetings, Set-up and Preview views are built the first time they are shown (a meeting
reopened after a crash goes straight to the Live view); built late, each shows the meeting
open at that moment, changes made before it was built included, and follows it from then on."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from clerk.gui.main_window import MainWindow
from clerk.services import actions
from clerk.services.clock import ManualClock
from clerk.services.meetings import import_record
from tests.gui.live_helpers import example_window


@pytest.fixture
def window(qtbot, db, example_record, monkeypatch):
    return example_window(qtbot, db, example_record, monkeypatch, "LIVE")


def test_setup_built_late_shows_changes_made_before_and_after(window):
    session = window.session
    actions.edit_details(session, venue="The Old Drill Hall")
    window.show_view(window.SETUP)
    QApplication.processEvents()
    assert window.setup.details.venue.text() == "The Old Drill Hall"
    actions.edit_details(session, venue="Committee Room 2")
    QApplication.processEvents()
    assert window.setup.details.venue.text() == "Committee Room 2"


def test_preview_built_late_shows_the_open_meeting(window):
    window.show_view(window.PREVIEW)
    QApplication.processEvents()
    assert window.session.meeting.committee in window.preview.browser.toPlainText()
    # Focus went into the view shown, as it does for a view built at the start.
    focus = QApplication.focusWidget()
    assert focus is not None and window.preview.isAncestorOf(focus)


def test_meetings_built_late_lists_the_meeting_and_opens_it_again(window):
    window.show_view(window.MEETINGS)
    QApplication.processEvents()
    view = window.meetings
    assert view.model.rowCount() == 1
    assert view.model.meeting_id(0) == window.session.meeting.id
    view.openRequested.emit(window.session.meeting.id)
    assert window.views.currentIndex() == window.LIVE


def test_setup_built_before_any_meeting_follows_the_one_opened_later(qtbot, db, example_record):
    meeting = import_record(db, example_record)
    w = MainWindow(db, ManualClock(datetime(2026, 12, 10, 9, 30)))
    qtbot.addWidget(w)
    w.show()
    w.show_view(w.SETUP)
    QApplication.processEvents()
    assert not w.setup.isEnabled()  # no meeting open: nothing to set up
    w.open_meeting(meeting.id)
    w.show_view(w.SETUP)
    QApplication.processEvents()
    assert w.setup.isEnabled()
    assert w.setup.details.venue.text() == (meeting.venue or "")

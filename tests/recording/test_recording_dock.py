"""The Recording panel in the main window: off by default, the red REC sign while recording and
not while the press and public are excluded, moments to play from, a transcript line put into
the notes. The file source stands in for the microphone, through the same path."""

from __future__ import annotations

from datetime import datetime

import pytest

from clerk.gui.main_window import MainWindow
from clerk.gui.recording_dock import insert_line
from clerk.recording.sources import FileSource
from clerk.services import actions
from clerk.services.clock import ManualClock
from clerk.store import recordings
from tests.gui.live_helpers import answer_questions


@pytest.fixture
def window(qtbot, db, session, speech, monkeypatch):
    answer_questions(monkeypatch)
    clock = ManualClock(datetime(2026, 11, 30, 18, 0))
    w = MainWindow(db, clock)
    qtbot.addWidget(w)
    source = FileSource(speech.path)
    w.recording.make_source = lambda: source
    w.open_meeting(session.meeting.id)
    yield w, clock, source
    w.recording.shutdown()
    source.close()


def test_record_switch_rec_sign_and_exempt_pause(window):
    w, clock, source = window
    dock = w.recording
    s = w.session
    assert not dock.record_action.isChecked() and dock.rec_sign.isHidden()
    assert dock.state.text() == "Not recording"
    actions.start_meeting(s, clock.now())
    dock.record_action.setChecked(True)
    assert not dock.rec_sign.isHidden() and dock.state.text() == "Recording"
    flood = s.meeting.item_by_number("2").key
    actions.take_item(s, flood, clock.now())
    source.pump(3)
    clock.advance(seconds=3)
    actions.exclude_press_and_public(s, clock.now(), [s.meeting.item_by_number("4").key], [1])
    assert dock.rec_sign.isHidden()
    assert dock.state.text().startswith("Paused: press and public excluded")
    source.pump(2)
    clock.advance(seconds=2)
    actions.readmit_press_and_public(s, clock.now())
    assert not dock.rec_sign.isHidden()
    source.pump(1)
    clock.advance(seconds=1)
    dock.record_action.setChecked(False)
    assert dock.rec_sign.isHidden()
    segs = recordings.segments(s.db.engine, s.meeting.id)
    assert [(x.stop_reason, x.frames / x.sample_rate) for x in segs] == [
        ("exempt", 3.0),
        ("stopped", 1.0),
    ]
    shown = [dock.marks.item(n).text() for n in range(dock.marks.count())]
    assert "18:00:00  2. Riverside Flood Defence" in shown


def test_a_transcript_line_goes_into_the_notes_as_its_own_paragraph(window):
    w, _, _ = window
    editor = w.live.notes.editor
    editor.setPlainText("The officer introduced the report.")
    insert_line(editor, "Members asked about the embankment.")
    assert editor.toPlainText() == (
        "The officer introduced the report.\n\nMembers asked about the embankment."
    )


def test_play_from_here_without_sound_output_says_so_in_the_status_bar(window, monkeypatch):
    import sys

    from clerk.recording.playback import NO_OUTPUT
    from clerk.services import recording
    from tests.recording.test_playback import SoundLibrary

    w, clock, source = window
    dock, s = w.recording, w.session
    actions.start_meeting(s, clock.now())
    dock.record_action.setChecked(True)
    actions.take_item(s, s.meeting.item_by_number("2").key, clock.now())
    source.pump(2)
    clock.advance(seconds=2)
    dock.record_action.setChecked(False)
    dock.refresh()
    monkeypatch.setitem(sys.modules, "sounddevice", SoundLibrary(None))  # no output device
    monkeypatch.setattr(recording, "_player", None)
    row = next(
        dock.marks.item(n)
        for n in range(dock.marks.count())
        if dock.marks.item(n).text().endswith("Riverside Flood Defence")
    )
    dock.marks.itemActivated.emit(row)
    assert w.statusBar().currentMessage() == NO_OUTPUT
    dock.stop_button.click()  # nothing playing, no device: nothing happens, nothing breaks
    assert [x.stop_reason for x in recordings.segments(s.db.engine, s.meeting.id)] == ["stopped"]


def test_the_panel_is_made_when_first_asked_for_and_at_start_once_there_are_recordings(
    qtbot, db, session, speech, monkeypatch
):
    from clerk.services import recording

    answer_questions(monkeypatch)
    source = FileSource(speech.path)
    monkeypatch.setattr(recording, "microphone_source", lambda: source)
    clock = ManualClock(datetime(2026, 11, 30, 18, 0))
    w = MainWindow(db, clock)
    qtbot.addWidget(w)
    w.open_meeting(session.meeting.id)
    assert w._recording is None  # nothing recorded here yet: no panel made

    def menu_actions():
        menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "Mee&ting")
        return [a for a in menu.actions() if "record" in a.text().lower()]

    stand_in = next(a for a in menu_actions() if a.text() == "&Record this meeting")
    assert stand_in.shortcut().toString() == "Ctrl+Shift+R"
    actions.start_meeting(w.session, clock.now())
    stand_in.trigger()  # the clerk's first Meeting ▸ Record this meeting
    dock = w._recording
    assert dock is not None and dock.record_action.isChecked()
    assert dock.state.text() == "Recording"
    # The menu now holds the panel's own commands, once each, with the same words and key.
    assert [a.text() for a in menu_actions()] == [
        "&Record this meeting",
        "Show the recording &panel",
    ]
    assert menu_actions()[0] is dock.record_action
    assert dock.record_action.shortcut().toString() == "Ctrl+Shift+R"
    source.pump(2)
    clock.advance(seconds=2)
    dock.record_action.setChecked(False)
    dock.shutdown()
    w.close()

    again = MainWindow(db, clock)  # a database with a recording: the panel is made at start
    qtbot.addWidget(again)
    assert again._recording is not None
    again.recording.shutdown()
    source.close()


def test_show_the_recording_panel_makes_and_shows_it(qtbot, db, session, monkeypatch):
    answer_questions(monkeypatch)
    w = MainWindow(db, ManualClock(datetime(2026, 11, 30, 18, 0)))
    qtbot.addWidget(w)
    w.show()
    w.open_meeting(session.meeting.id)
    menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "Mee&ting")
    panel = next(a for a in menu.actions() if a.text() == "Show the recording &panel")
    panel.trigger()
    assert w._recording is not None and w._recording.isVisible()
    assert w.recording.state.text() == "Not recording"
    w.recording.shutdown()

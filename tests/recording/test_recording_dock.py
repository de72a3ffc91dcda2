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

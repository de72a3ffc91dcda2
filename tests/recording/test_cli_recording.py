"""The command line over a recorded meeting: chapters on the recording's own time, and a
transcript asked for where the optional part is missing (one line, exit 1)."""

from __future__ import annotations

import os

from tests.test_cli import clerk


def test_chapters_from_the_recording(clerked):
    session, speech = clerked
    db_path, mid = session.db.path, session.meeting.id
    session.db.close()
    done = clerk("chapters", str(mid), "--from-recording", db=db_path)
    assert done.returncode == 0, done.stderr
    at = int(speech.piece("flood")[1])
    assert done.stdout.splitlines() == [
        "00:00:00 2. Riverside Flood Defence",
        f"00:00:{at:02d} 5. Work Plan",
    ]
    # The webcast's own start still works beside it.
    done = clerk("chapters", str(mid), "--start", "17:59", db=db_path)
    assert done.returncode == 0 and done.stdout.startswith("00:01:00 2. Riverside")


def test_chapters_of_a_meeting_never_recorded_say_so(session):
    db_path, mid = session.db.path, session.meeting.id
    session.db.close()
    done = clerk("chapters", str(mid), "--from-recording", db=db_path)
    assert done.returncode == 3
    assert done.stderr.strip().splitlines() == [
        "clerk: this meeting has no recording: nothing to chapter"
    ]


def test_transcribe_without_the_extra_is_one_line(session, tmp_path):
    db_path, mid = session.db.path, session.meeting.id
    session.db.close()
    blocker = tmp_path / "block"
    blocker.mkdir()
    # faster_whisper hidden from the program, as if never installed (the program asks whether
    # it is there without importing it).
    (blocker / "sitecustomize.py").write_text("import sys\nsys.modules['faster_whisper'] = None\n")
    env = {"PYTHONPATH": f"{blocker}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    done = clerk("transcribe", str(mid), db=db_path, env=env)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert "pip install 'clerk[transcribe]'" in line

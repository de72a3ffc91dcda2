"""A Clerk killed while recording loses at most two seconds: the chunks on disk are sealed on
the next start and the segment closed as "interrupted"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import soundfile

from clerk.services import recording
from clerk.store import recordings
from clerk.store.db import open_database
from tests.recording.speech import make_speech

ROOT = Path(__file__).resolve().parents[2]


def test_kill_mid_recording_loses_at_most_two_seconds(tmp_path, session):
    speech = make_speech(
        tmp_path / "speech",
        [
            ("a", "Members discussed the budget monitoring report at length."),
            ("b", "The chair thanked the officers for their work on the consultation."),
        ],
    )
    db_path, mid = session.db.path, session.meeting.id
    session.db.close()
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("record_child.py")),
            str(db_path),
            str(mid),
            str(speech.path),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    heard = 0.0
    deadline = time.monotonic() + 60
    try:
        while heard < 3.6 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            heard = float(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        _, err = child.communicate(timeout=30)
    assert heard >= 3.6, err
    db = open_database(db_path)
    try:
        assert [s.stopped_at for s in recordings.open_segments(db.engine)] == [None]
        assert recording.recover(db) == 1
        (seg,) = recordings.segments(db.engine, mid)
        assert seg.stop_reason == "interrupted"
        kept = seg.frames / seg.sample_rate
        assert heard - 2.0 <= kept <= heard + 1.0
        audio, _ = soundfile.read(str(recording.segment_path(db, mid, seg.file)), dtype="int16")
        source, _ = soundfile.read(str(speech.path), dtype="int16")
        assert np.array_equal(audio, source[: len(audio)])  # what was kept is whole and in order
        assert not recording.segment_path(db, mid, seg.file).with_suffix(".chunks").exists()
    finally:
        db.close()

"""A meeting clerked with synthetic speech played in through the microphone's path: the
segments and their offsets, the exempt gap with nothing recorded, deletion and retention."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta

import numpy as np
import pytest
import soundfile

from clerk.recording.sources import FileSource
from clerk.services import actions, recording
from clerk.services.chapters import chapter_list, recording_chapters
from clerk.services.clock import ManualClock
from clerk.store import recordings


def test_segments_stop_for_exempt_business_and_hold_exactly_what_was_heard(clerked):
    session, speech = clerked
    db = session.db
    segs = recordings.segments(db.engine, session.meeting.id)
    assert [s.stop_reason for s in segs] == ["exempt", "stopped"]
    source, rate = soundfile.read(str(speech.path), dtype="int16")
    flood_start, flood_len = speech.piece("flood")
    secret_start, secret_len = speech.piece("secret")
    plan_start, plan_len = speech.piece("plan")
    first, _ = soundfile.read(
        str(recording.segment_path(db, session.meeting.id, segs[0].file)), dtype="int16"
    )
    second, _ = soundfile.read(
        str(recording.segment_path(db, session.meeting.id, segs[1].file)), dtype="int16"
    )
    # Everything before the exclusion, sample for sample (FLAC is lossless) ...
    assert np.array_equal(first, source[: int(flood_len * rate)])
    # ... then nothing of the exempt business: the second segment is the work plan alone.
    start = int((flood_len + secret_len) * rate)
    assert np.array_equal(second, source[start : start + int(plan_len * rate)])
    assert segs[1].started_at - segs[0].stopped_at == timedelta(seconds=secret_len)


def test_item_arrival_and_exempt_offsets(clerked):
    session, speech = clerked
    marks = recording.recording_marks(session.db, session.meeting)
    by_label = {m.label: m for m in marks}
    flood = by_label["2. Riverside Flood Defence"]
    assert flood.place.offset == 0 and flood.place.running == 0
    arrival = next(m for m in marks if m.kind == "arrival")
    assert arrival.place.offset == 2
    assert by_label["4. Staffing Restructure"].place is None  # in private: not recorded
    plan = by_label["5. Work Plan"]
    assert plan.place.offset == 0
    assert plan.place.running == pytest.approx(speech.piece("flood")[1])


def test_chapters_from_the_recording_leave_out_the_gap(clerked):
    session, speech = clerked
    text = chapter_list(
        recording_chapters(session.meeting, recording.spans(session.db, session.meeting.id))
    )
    lines = text.splitlines()
    assert lines[0] == "00:00:00 2. Riverside Flood Defence"
    assert "Staffing" not in text
    at = int(speech.piece("flood")[1])
    assert f"00:00:{at:02d} 5. Work Plan" in lines


def test_files_are_the_owners_only(clerked):
    session, _ = clerked
    folder = recording.meeting_folder(session.db, session.meeting.id)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert not any(f.name.endswith(".chunks") for f in files)  # sealed


def test_delete_and_retention(clerked):
    session, _ = clerked
    db = session.db
    mid = session.meeting.id
    assert recording.prune(db, date(2027, 6, 1)) == []  # kept until deleted by default
    from clerk.services import settings

    settings.save(db, {recording.KEEP_DAYS: "30"})
    assert recording.prune(db, date(2026, 12, 15)) == []
    assert recording.prune(db, date(2027, 1, 5)) == [mid]
    assert recordings.segments(db.engine, mid) == []
    assert not recording.meeting_folder(db, mid).exists()


def test_a_recording_that_cannot_start_says_so_in_one_line(session, tmp_path):
    from clerk.recording import RecordingError

    bad = tmp_path / "not-sound.flac"
    bad.write_text("hello")
    with pytest.raises(RecordingError) as info:
        FileSource(bad)
    assert "cannot be read as sound" in str(info.value) and "\n" not in str(info.value)


def test_moments_can_be_found_and_read_while_still_recording(speech, session):
    from clerk.recording.chunks import read

    clock = ManualClock(datetime(2026, 11, 30, 18, 0, 0))
    source = FileSource(speech.path)
    rec = recording.MeetingRecording(session, lambda: source, clock=clock.now)
    actions.start_meeting(session, clock.now())
    rec.start()
    actions.take_item(session, session.meeting.item_by_number("2").key, clock.now())
    source.pump(3)
    clock.advance(seconds=3)
    actions.record_arrival(session, "fitzpatrick", clock.now())
    source.pump(2.5)
    rec.wait()
    marks = recording.recording_marks(session.db, session.meeting)
    arrival = next(m for m in marks if m.kind == "arrival")
    assert arrival.place is not None and arrival.place.offset == 3
    # The segment is still chunks on disk: read from the arrival on, as playing would.
    (span,) = recording.spans(session.db, session.meeting.id)
    assert span.seconds == 5.0  # whole chunks so far; the half second is still being filled
    data, rate = read(recording.segment_path(session.db, session.meeting.id, span.file), 3.0)
    whole, _ = soundfile.read(str(speech.path), dtype="int16")
    assert np.array_equal(data[:, 0], whole[3 * rate : 5 * rate])
    rec.close()
    source.close()


def test_the_microphone_opens_or_says_why_in_one_line():
    from clerk.recording import RecordingError

    heard = []
    mic = recording.microphone_source()
    try:
        mic.start(heard.append)
    except RecordingError as exc:  # no PortAudio here, or no input device
        message = str(exc)
        assert message.startswith("the microphone cannot be")
        assert "\n" not in message and "Traceback" not in message
    else:
        mic.stop()
        assert mic.sample_rate == 16000 and mic.channels == 1

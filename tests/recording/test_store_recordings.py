"""The recording's rows on SQLite and on a real PostgreSQL server: segments opened and closed,
the transcript replaced and read in order, found by search at its item, deleted with the
recording and with the meeting."""

from __future__ import annotations

from datetime import datetime

from clerk.domain.model import new_key
from clerk.services.meetings import import_record
from clerk.store import recordings, search, writing
from tests.recording.conftest import record


def test_segments_and_transcript_on_both_databases(any_db):
    meeting = import_record(any_db, record())
    engine, mid = any_db.engine, meeting.id
    flood = meeting.item_by_number("2").key
    first, second = new_key(), new_key()
    at = datetime(2026, 11, 30, 18, 0, 0, 250000)
    assert recordings.add_segment(engine, mid, first, "segment-0001.flac", at, 16000, 1) == 1
    assert [s.key for s in recordings.open_segments(engine)] == [first]
    recordings.close_segment(engine, first, datetime(2026, 11, 30, 18, 5), 16000 * 300, "exempt")
    assert recordings.add_segment(engine, mid, second, "segment-0002.flac", at, 16000, 1) == 2
    (seg, seg2) = recordings.segments(engine, mid)
    assert seg.started_at == at and seg.seconds == 300 and seg.stop_reason == "exempt"
    assert seg2.stopped_at is None and recordings.open_segments(engine)[0].key == second

    line = recordings.LineInfo(new_key(), first, 1500, 4000, "The embankment works.", flood)
    later = recordings.LineInfo(new_key(), first, 9000, 9900, "Agreed.", flood)
    recordings.replace_lines(engine, mid, first, [later, line])
    assert [ln.text for _, ln in recordings.lines(engine, mid)] == [
        "The embankment works.",
        "Agreed.",
    ]
    hits = search.search(engine, "embankment")
    assert [(h.meeting_id, h.item_key) for h in hits] == [(mid, flood)]
    recordings.replace_lines(engine, mid, first, [later])
    assert search.search(engine, "embankment") == []

    assert recordings.delete_recording(engine, mid) == ["segment-0001.flac", "segment-0002.flac"]
    assert recordings.segments(engine, mid) == [] and recordings.lines(engine, mid) == []
    recordings.add_segment(engine, mid, new_key(), "segment-0003.flac", at, 16000, 1)
    writing.delete_meeting(engine, mid)  # the recording's rows go with the meeting
    assert recordings.segments(engine, mid) == []

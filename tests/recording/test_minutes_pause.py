"""The draft minutes say that the recording paused for exempt business: a meeting clerked with
synthetic speech played in, its minutes written by the services and the command line and read
back from the .docx."""

from __future__ import annotations

from datetime import datetime

import docx

from clerk.minutes import write_minutes
from clerk.minutes.style import parse_style
from clerk.services import actions
from clerk.services.minutes_cycle import export_minutes
from clerk.services.minutes_inputs import minutes_inputs
from clerk.store import recordings
from tests.test_cli import clerk

PAUSED = "The recording of the meeting was paused while the press and public were excluded."


def texts(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def test_the_draft_minutes_say_the_recording_paused_after_the_exclusion(clerked, tmp_path):
    session, _ = clerked
    db, mid = session.db, session.meeting.id
    stopped = [
        s.stopped_at for s in recordings.segments(db.engine, mid) if s.stop_reason == "exempt"
    ]
    assert minutes_inputs(db, session.meeting).recording_paused == tuple(stopped) != ()
    export_minutes(db, session, tmp_path / "m.docx", at=datetime(2026, 11, 30, 19, 0))
    lines = texts(tmp_path / "m.docx")
    assert lines.count(PAUSED) == 1
    at = lines.index(PAUSED)
    # Straight after the resolution to exclude the public, in the exclusion item's minute,
    # before the exempt item's.
    assert lines[at - 2].startswith("2. Exclusion of Press and Public")
    assert lines[at - 1].startswith("Resolved: That the press and public be excluded")
    assert lines[at + 1].startswith("3. Staffing Restructure")
    # The public minutes hold nothing of the exempt business itself.
    assert not any("twelve posts" in t for t in lines)


def test_the_command_line_minutes_say_it_too(clerked, tmp_path):
    session, _ = clerked
    db_path, mid = session.db.path, session.meeting.id
    session.db.close()
    out = tmp_path / "cli.docx"
    done = clerk("minutes", str(mid), "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    assert texts(out).count(PAUSED) == 1


def test_a_style_may_say_nothing_of_it(clerked, tmp_path):
    session, _ = clerked
    given = minutes_inputs(session.db, session.meeting)
    style = parse_style(
        "[style]\nbased_on = 'english-principal'\n[sentences]\nrecording_paused = ''\n"
    )
    out = write_minutes(
        session.meeting,
        tmp_path / "quiet.docx",
        settings=given.settings,
        rules=given.rules,
        recording_paused=given.recording_paused,
        style=style,
    )[0]
    lines = texts(out)
    assert PAUSED not in lines and any("press and public be excluded" in t for t in lines)


def test_a_meeting_not_recorded_says_nothing_of_a_recording(session, tmp_path):
    """The same business clerked with the recording off: no pause to tell."""
    clock = datetime(2026, 11, 30, 18, 0)
    number = {it.agenda_number: it.key for it in session.meeting.items}
    actions.start_meeting(session, clock)
    actions.take_item(session, number["2"], clock)
    actions.take_item(session, number["3"], clock)
    actions.exclude_press_and_public(session, clock, [number["4"]], [1], number["3"])
    actions.take_item(session, number["4"], clock)
    actions.readmit_press_and_public(session, clock)
    actions.take_item(session, number["5"], clock)
    assert minutes_inputs(session.db, session.meeting).recording_paused == ()
    export_minutes(session.db, session, tmp_path / "m.docx", at=clock)
    lines = texts(tmp_path / "m.docx")
    assert PAUSED not in lines and any("press and public be excluded" in t for t in lines)

"""The meeting's revision, on SQLite and PostgreSQL: two sessions on one database stand for
two copies of a meeting (the two-process tests in tests/team do the same across processes)."""

from __future__ import annotations

import sys
from datetime import datetime

import pytest
from sqlalchemy import text

from clerk import faultlog
from clerk.domain.model import Attendance
from clerk.errors import Conflict
from clerk.services import actions
from clerk.services.meetings import load_meeting, save_new_meeting
from clerk.services.session import OTHERS, MeetingSession
from tests.team.test_two_clerks import meeting


def at(hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2026-03-17T{hhmm}")


@pytest.fixture
def copies(any_db):
    saved = save_new_meeting(any_db, meeting())
    return any_db, MeetingSession.open(any_db, saved.id), MeetingSession.open(any_db, saved.id)


def disk_revision(db, meeting_id: int) -> int:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT revision FROM meetings WHERE id = :id"), {"id": meeting_id}
        ).scalar()


def test_every_change_and_undo_moves_the_revision_on(copies):
    db, a, _ = copies
    mid = a.meeting.id
    start = disk_revision(db, mid)
    actions.start_meeting(a, at("17:30"))
    actions.take_item(a, "i1", at("17:30"))
    a.undo()
    assert disk_revision(db, mid) == start + 3 == a.revision


def test_a_stale_change_to_the_same_row_is_refused_and_the_copy_reloaded(copies):
    db, a, b = copies
    seen = []
    actions.set_notes(a, "i3", "Draft.")
    b.poll()
    b.subscribe(seen.append)
    actions.set_notes(a, "i3", "A's notes.")  # both rewrite the same words
    with pytest.raises(
        Conflict, match=r"Item 3's notes were changed by another Clerk at \d\d:\d\d"
    ):
        actions.set_notes(b, "i3", "B's notes.")
    assert b.meeting.item("i3").narrative == "A's notes." and b.revision == a.revision
    assert seen[-1].label == OTHERS
    assert load_meeting(db, a.meeting.id).item("i3").narrative == "A's notes."


def test_notes_typed_into_one_item_on_two_copies_are_merged(copies):
    db, a, b = copies
    actions.set_notes(a, "i3", "A's notes.")
    change = actions.set_notes(b, "i3", "B's notes.")
    assert change.after.item("i3").narrative == "A's notes. B's notes."
    assert load_meeting(db, a.meeting.id).item("i3").narrative == "A's notes. B's notes."
    # B goes on typing after the merged text: nothing of A's goes.
    actions.set_notes(b, "i3", "A's notes. B's notes. More from B.")
    a.poll()
    assert a.meeting.item("i3").narrative == "A's notes. B's notes. More from B."


def test_a_stale_change_to_other_rows_is_merged(copies):
    db, a, b = copies
    actions.mark_absent(a, "cole")
    change = actions.mark_apologies(b, "baker")
    assert change.after.person("cole").attendance is Attendance.ABSENT  # A's, merged in
    disk = load_meeting(db, a.meeting.id)
    assert disk.person("cole").attendance is Attendance.ABSENT
    assert disk.person("baker").attendance is Attendance.APOLOGIES


def test_taking_items_on_two_copies_never_gives_one_minute_twice(copies):
    db, a, b = copies
    actions.take_item(a, "i1", at("17:30"))
    with pytest.raises(Conflict, match="The item being taken was changed"):
        actions.take_item(b, "i2", at("17:31"))
    actions.take_item(b, "i2", at("17:31"))
    disk = load_meeting(db, a.meeting.id)
    assert [disk.item(k).minute_number for k in ("i1", "i2")] == [31, 32]


def test_poll_reads_only_when_another_copy_changed_the_meeting(copies):
    _, a, b = copies
    assert b.poll() is None
    actions.mark_absent(a, "cole")
    change = b.poll()
    assert change is not None and change.label == OTHERS
    assert change.after.person("cole").attendance is Attendance.ABSENT
    assert b.poll() is None


def test_the_fault_log_keeps_no_words_of_the_meeting(tmp_path):
    folder = faultlog.install(folder=tmp_path)
    try:
        try:
            raise ValueError("Cllr Baker's private notes postgresql://clerk:secret@host/db")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        faultlog.uninstall()
    logged = (folder / faultlog.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "test_the_fault_log_keeps_no_words" in logged
    assert "Baker" not in logged and "secret" not in logged

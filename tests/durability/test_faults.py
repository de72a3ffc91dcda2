"""Saving when the disk is full or the folder cannot be written: a clear message, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerk.services.meetings import create_demo_meeting, export_record
from clerk.store import repository
from clerk.store.db import DatabaseError, open_database

ROOT = Path(__file__).resolve().parents[2]


def test_disk_full_keeps_the_work_and_the_next_save_works(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    meeting = create_demo_meeting(db)
    db.close()
    done = subprocess.run(
        [sys.executable, "-m", "tests.durability.disk_full_child", str(path), str(meeting.id)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["full"] is not None, "saving past the size limit should have failed"
    assert "not saved" in report["full"]
    assert "disk" in report["full"].lower()
    assert report["kept_in_memory"] == "Saved before the disk filled."
    db = open_database(path)
    try:
        saved = repository.load_meeting(db.engine, meeting.id)
        assert saved.items[4].narrative.startswith("A long paragraph typed during the meeting.")
        assert len(saved.items[4].narrative) == report["after"]
    finally:
        db.close()


from tests.conftest import remount  # noqa: E402


def test_full_filesystem_gives_a_clear_message_and_recovers(tiny_disk):
    from dataclasses import replace

    from clerk.services.session import MeetingSession, SaveError

    db = open_database(tiny_disk / "clerk.sqlite3")
    try:
        meeting = create_demo_meeting(db)
        session = MeetingSession.open(db, meeting.id)
        key = session.meeting.items[4].key

        def notes(m, text):
            return replace(
                m,
                items=tuple(replace(it, narrative=text) if it.key == key else it for it in m.items),
            )

        session.apply("Notes", notes, "Saved while there was room.")
        big = "Debate on the flood defence options, with questions from members. " * 30000
        with pytest.raises(SaveError) as err:
            session.apply("Notes", notes, big)
        assert "disk is full" in str(err.value) and "not saved" in str(err.value)
        assert session.meeting.items[4].narrative == "Saved while there was room."
        remount(tiny_disk, "size=16m")
        session.apply("Notes", notes, big)
        assert repository.load_meeting(db.engine, meeting.id).items[4].narrative == big
    finally:
        db.close()


def test_read_only_filesystem_is_refused_clearly(tiny_disk):
    db = open_database(tiny_disk / "clerk.sqlite3")
    meeting = create_demo_meeting(db)
    before = export_record(db, meeting.id)
    db.close()
    remount(tiny_disk, "ro")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "clerk",
            "--db",
            str(tiny_disk / "clerk.sqlite3"),
            "import-record",
            str(ROOT / "resources" / "demo" / "demo-meeting.json"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "cannot be written" in done.stderr
    remount(tiny_disk, "rw")
    db = open_database(tiny_disk / "clerk.sqlite3")
    try:
        assert export_record(db, meeting.id) == before
    finally:
        db.close()


def test_lock_refusal_from_a_read_only_folder_does_not_touch_data(tmp_path):
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    meeting = create_demo_meeting(db)
    before = export_record(db, meeting.id)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert export_record(db, meeting.id) == before
    db.close()

"""Files handed on follow the umask; the database, its journal and its backups stay private."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from clerk.atomic import write_atomic
from clerk.minutes import write_minutes
from clerk.services.meetings import create_demo_meeting
from clerk.store import backup
from clerk.store.db import open_database
from clerk.store.record import meeting_from_record

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_minutes_follow_the_umask(tmp_path, umask_022):
    record = json.loads((ROOT / "resources" / "demo" / "demo-meeting.json").read_text("utf-8"))
    written = write_minutes(meeting_from_record(record), tmp_path / "m.docx")
    assert written and all(mode(p) == 0o644 for p in written)


def test_writing_over_a_file_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "record.json"
    target.write_bytes(b"{}")
    target.chmod(0o664)
    write_atomic(target, b'{"a": 1}')
    assert mode(target) == 0o664 and target.read_bytes() == b'{"a": 1}'


def test_a_private_write_is_owner_only(tmp_path, umask_022):
    assert mode(write_atomic(tmp_path / "rescued.json", b"{}", private=True)) == 0o600


def test_database_journal_and_backups_stay_private(tmp_path, umask_022):
    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    try:
        create_demo_meeting(db)
        copy = backup.make_backup(path)
        assert mode(path) == 0o600 and mode(Path(f"{path}-wal")) == 0o600
        assert mode(copy) == 0o600
        assert mode(copy.parent) == 0o700 and mode(copy.parent.parent) == 0o700
    finally:
        db.close()

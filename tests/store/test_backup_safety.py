"""Backups belong to one database, and a restore never loses the file it replaces."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3

import pytest

from clerk.services.meetings import create_demo_meeting, export_record
from clerk.store import backup
from clerk.store.db import DatabaseError, open_database


def make_db(path, committee=None):
    db = open_database(path)
    meeting = create_demo_meeting(db)
    record = export_record(db, meeting.id)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return record


def damage(path):
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 64)


def test_backups_of_two_databases_in_one_folder_never_mix(tmp_path):
    council, planning = tmp_path / "council.sqlite3", tmp_path / "council-planning.sqlite3"
    make_db(council)
    make_db(planning)
    theirs = [backup.make_backup(planning, reason="daily", keep=10) for _ in range(4)]
    mine = [backup.make_backup(council, reason="daily", keep=3) for _ in range(5)]
    assert backup.list_backups(council) == list(reversed(mine[-3:]))
    assert all(p.exists() for p in theirs)
    assert backup.list_backups(planning) == list(reversed(theirs))


def test_an_old_style_copy_of_another_database_is_never_offered(tmp_path):
    council, planning = tmp_path / "council.sqlite3", tmp_path / "council-planning.sqlite3"
    make_db(council)
    make_db(planning)
    # Named the way earlier Clerks named copies: <stem>-<stamp>-<reason>.sqlite3
    legacy = tmp_path / "backups"
    legacy.mkdir()
    shutil.copy(planning, legacy / "council-planning-20261101-120000-000000-daily.sqlite3")
    assert backup.list_backups(council) == []
    damage(council)
    with pytest.raises(DatabaseError) as err:
        open_database(council)
    assert err.value.backup is None


def test_a_copy_of_another_database_in_the_folder_is_skipped(tmp_path):
    council, other = tmp_path / "council.sqlite3", tmp_path / "other" / "council.sqlite3"
    record = make_db(council)
    good = backup.make_backup(council, reason="daily")
    other.parent.mkdir()
    make_db(other)
    stranger = backup.backup_folder(council) / "29991231-235959-000000-daily.sqlite3"
    shutil.copy(other, stranger)
    damage(council)
    with pytest.raises(DatabaseError) as err:
        open_database(council)
    assert err.value.backup == good
    assert backup.best_backup(council).skipped == (
        f"{stranger.name} is a copy of another database",
    )
    restored = open_database(err.value.backup)
    try:
        assert export_record(restored, 1) == record
    finally:
        restored.close()


def test_a_damaged_copy_is_passed_over_for_an_older_sound_one(tmp_path):
    council = tmp_path / "council.sqlite3"
    make_db(council)
    sound = backup.make_backup(council, reason="daily")
    broken = backup.make_backup(council, reason="daily")
    data = broken.read_bytes()
    broken.write_bytes(data[: 3 * 4096] + b"\xff" * 4096 + data[4 * 4096 :])
    assert backup.quick_check(broken)
    assert backup.best_backup(council).copy == sound


def test_each_database_has_its_own_identity_copied_into_its_backups(tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    make_db(a)
    make_db(b)
    ida, idb = backup.read_identity(a), backup.read_identity(b)
    assert ida and idb and ida != idb
    assert backup.read_identity(backup.make_backup(a)) == ida


def test_a_failed_restore_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    council = tmp_path / "council.sqlite3"
    make_db(council)
    copy = backup.make_backup(council, reason="daily")
    damage(council)
    before = council.read_bytes()
    inode = council.stat().st_ino

    def no_room(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(backup.RestoreError, match="left as it was"):
        backup.restore(council, copy)
    assert council.read_bytes() == before and council.stat().st_ino == inode
    assert not [p for p in tmp_path.iterdir() if "damaged" in p.name or "restoring" in p.name]


def test_a_restore_swaps_in_a_checked_copy_and_keeps_the_replaced_file(tmp_path):
    council = tmp_path / "council.sqlite3"
    record = make_db(council)
    copy = backup.make_backup(council, reason="daily")
    damage(council)
    before = council.read_bytes()
    aside = backup.restore(council, copy)
    assert aside.read_bytes() == before
    assert backup.set_aside_files(council) == [aside]
    db = open_database(council)
    try:
        assert export_record(db, 1) == record
    finally:
        db.close()
    assert not list(tmp_path.glob(".*restoring*"))

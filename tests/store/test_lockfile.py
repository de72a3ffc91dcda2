"""The lock that keeps a database to one Clerk: taken at once or refused, given back on close,
and never left behind by a Clerk that was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from clerk.store.db import DatabaseError, DatabaseLocked, open_database
from clerk.store.lockfile import FileLock, LockHeld


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path):
    path = str(tmp_path / "clerk.sqlite3.lock")
    first, second = FileLock(path), FileLock(path)
    first.acquire()
    assert first.held
    with pytest.raises(LockHeld):
        second.acquire()
    assert not second.held
    first.release()
    second.acquire()
    assert second.held
    second.release()
    second.release()  # twice is harmless


def test_the_lock_file_is_private(tmp_path):
    lock = FileLock(str(tmp_path / "x.lock"))
    lock.acquire()
    try:
        assert os.stat(lock.path).st_mode & 0o777 == 0o600
    finally:
        lock.release()


HOLD = textwrap.dedent(
    """
    import sys, time
    from clerk.store.db import open_database
    db = open_database(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_clerk_leaves_no_lock_behind(tmp_path):
    db_path = tmp_path / "clerk.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseLocked, match="already open in another Clerk"):
            open_database(db_path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    again = open_database(db_path)
    again.close()


def test_a_lock_that_cannot_be_made_is_one_clear_error(tmp_path, monkeypatch):
    def refuse(*args, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("clerk.store.lockfile.os.open", refuse)
    with pytest.raises(DatabaseError, match="cannot lock"):
        open_database(tmp_path / "clerk.sqlite3")

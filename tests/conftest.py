"""Fixtures shared by all tests: a fresh SQLite database file, the shared examples, Qt offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

# Qt needs a platform and a private runtime folder even when no window is shown.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "XDG_RUNTIME_DIR" not in os.environ or not os.path.isdir(os.environ["XDG_RUNTIME_DIR"]):
    _runtime = tempfile.mkdtemp(prefix="clerk-xdg-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime
# Never touch the real user data folder from a test.
os.environ.pop("CLERK_DB", None)
# Nor the user's log folder, nor their preferences (team mode keeps these per user).
os.environ["CLERK_LOG_DIR"] = tempfile.mkdtemp(prefix="clerk-log-")
os.environ["CLERK_KEPT_DIR"] = tempfile.mkdtemp(prefix="clerk-kept-")
os.environ["CLERK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="clerk-config-")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"the shared examples are not beside the repository ({path.name} missing)")
    return path


@pytest.fixture
def example_record_path() -> Path:
    return shared_path("examples", "cec-2022-12-20.record.json")


@pytest.fixture
def example_record(example_record_path) -> dict:
    return json.loads(example_record_path.read_text(encoding="utf-8"))


@pytest.fixture
def seed_agenda_path() -> Path:
    return shared_path("seeds", "000_887e77f9a3f9c52a.txt")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "clerk.sqlite3"


@pytest.fixture
def db(db_path):
    """A fresh Clerk database in a real SQLite file, closed after the test."""
    from clerk.store.db import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def example_meeting(db, example_record):
    """The December 2022 example meeting, imported into a fresh database."""
    from clerk.services.meetings import import_record

    return import_record(db, example_record)


@pytest.fixture(scope="session")
def postgres_server():
    from tests.pg import PostgresServer

    try:
        server = PostgresServer()
        server.start()
    except Exception as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not available here ({exc}); under CI these tests run")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """The same store tests on a SQLite file and on a real PostgreSQL server."""
    from clerk.store.db import open_database

    if request.param == "sqlite":
        database = open_database(tmp_path / "clerk.sqlite3")
    else:
        server = request.getfixturevalue("postgres_server")
        database = open_database(server.new_database())
    yield database
    database.close()


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 1 MB filesystem (tmpfs), for disk-full and read-only cases; needs root."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({done.stderr.strip() or 'not root'})")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remount(mount_point: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(mount_point)], check=True)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder no file can be created in: permissions for an ordinary user; for root (whom
    permissions do not stop) a read-only mounted filesystem."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    disk = request_tiny_disk(tmp_path)
    remount(disk, "ro")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def request_tiny_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({done.stderr.strip() or 'not root'})")
    return mount_point

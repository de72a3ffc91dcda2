"""Fixtures shared by all tests: a fresh SQLite database file, the example meetings, Qt offscreen.

The project's own example (a held meeting of the demo council, in `tests/data/`) is what
most tests use; the real York example in `../shared` is used only where the real meeting is
the point (the published minutes, the real agenda pack). Without `../shared` those few skip;
under CI (`CI` set) a skip for missing data is a failure.
"""

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
DATA = ROOT / "tests" / "data"
# The project's own ground truth: the demo council's meeting of 8 December 2026, held.
OWN_RECORD = DATA / "kestrel-vale-2026-12-08.record.json"
MISSING_DATA = "the shared examples are not beside the repository"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{MISSING_DATA} ({path.name} missing)")
    return path


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI a test skipped for missing data fails: the data must be there. A CI without
    `../shared` by design (GitHub's) says so with CLERK_TESTS_WITHOUT_SHARED=1."""
    outcome = yield
    report = outcome.get_result()
    strict = os.environ.get("CI") and os.environ.get("CLERK_TESTS_WITHOUT_SHARED") != "1"
    if strict and report.skipped and MISSING_DATA in str(report.longrepr):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"under CI the data must be there: {reason}"


@pytest.fixture
def example_record_path() -> Path:
    """The demo council's held meeting: attendance, declarations, speakers, motions, a
    recorded vote, a deferral, a withdrawal for an interest, an exempt item."""
    return OWN_RECORD


@pytest.fixture
def example_record(example_record_path) -> dict:
    return json.loads(example_record_path.read_text(encoding="utf-8"))


@pytest.fixture
def york_record_path() -> Path:
    """The real example (City of York, 20 December 2022), for checks against its minutes."""
    return shared_path("examples", "cec-2022-12-20.record.json")


@pytest.fixture
def york_record(york_record_path) -> dict:
    return json.loads(york_record_path.read_text(encoding="utf-8"))


@pytest.fixture
def seed_agenda_path() -> Path:
    """The real York agenda pack of 20 February 2023, for the field report's replay."""
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
    """The demo council's held meeting, imported into a fresh database."""
    from clerk.services.meetings import import_record

    return import_record(db, example_record)


@pytest.fixture
def york_meeting(db, york_record):
    """The real December 2022 example meeting, imported into a fresh database."""
    from clerk.services.meetings import import_record

    return import_record(db, york_record)


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

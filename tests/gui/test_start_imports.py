"""What the first window does not need is not imported: Clerk is started in its own process,
offscreen, with ``CLERK_EXIT_AFTER_START`` (docs/benchmarks.md), and lists what it loaded.

Writing Word files (python-docx, lxml), the minutes' templates (jinja2), reading PDFs,
recording and transcribing (numpy, soundfile, sounddevice, faster-whisper), migrations
(alembic, for a database already at the current schema) and, for a SQLite file, SQLAlchemy
itself (the meeting is read and saved on the driver, ``clerk.store.db``) all wait until they
are used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Not needed to show a meeting open in the Live view and answer keys.
LATER = (
    "docx",
    "lxml",
    "jinja2",
    "pypdf",
    "numpy",
    "soundfile",
    "sounddevice",
    "faster_whisper",
    "ctranslate2",
    "alembic",
    "sqlalchemy",
)

# Run as `python -m clerk --db FILE` would, then print the top-level packages loaded.
APP = """
import json, runpy, sys
sys.argv = ["clerk", "--db", sys.argv[1]]
try:
    runpy.run_module("clerk", run_name="__main__")
except SystemExit:
    pass
print("MODULES " + json.dumps(sorted(sys.modules)))
"""


def loaded(db_file: Path, when: str) -> set[str]:
    """The top-level packages Clerk loaded by ``when``."""
    return {m.split(".")[0] for m in loaded_modules(db_file, when)}


def loaded_modules(db_file: Path, when: str) -> set[str]:
    """Every module Clerk loaded by ``when``, by its full name."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        CLERK_EXIT_AFTER_START=when,
    )
    env.pop("CLERK_DEMO", None)
    done = subprocess.run(
        [sys.executable, "-c", APP, str(db_file)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


# Parts of SQLAlchemy a SQLite file open in the window does not use: the ORM (the store's
# tables are Core, ``clerk/store/schema.py``), its asyncio extension, and the PostgreSQL
# driver. (``asyncio`` itself is imported by SQLAlchemy's own ``util`` package, whatever the
# application uses, so it is not listed.)
LATER_SQL = ("sqlalchemy.orm", "sqlalchemy.ext", "sqlalchemy.dialects.postgresql", "psycopg")


@pytest.fixture
def meeting_left_open(tmp_path) -> Path:
    """A database whose meeting (the demo, with its minutes' past) was left open."""
    from clerk.services import preferences
    from clerk.services.meetings import create_demo_meeting
    from clerk.store.db import open_database

    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    meeting = create_demo_meeting(db)
    preferences.remember_open_meeting(db.location, meeting.id)
    db.close()
    return path


def test_the_meeting_open_and_answering_keys_loads_nothing_it_does_not_use(meeting_left_open):
    modules = loaded(meeting_left_open, "ready")
    assert "PySide6" in modules and "clerk" in modules  # it did start
    assert sorted(modules & set(LATER)) == []


def test_the_first_paint_loads_neither_the_store_nor_the_minutes(meeting_left_open):
    modules = loaded(meeting_left_open, "painted")
    assert "PySide6" in modules
    assert sorted(modules & {*LATER, "sqlalchemy"}) == []


def test_a_sqlite_meeting_open_loads_neither_the_orm_nor_the_postgresql_driver(
    meeting_left_open,
):
    modules = loaded_modules(meeting_left_open, "ready")
    assert "clerk.store.repository" in modules  # the store is open
    assert sorted(m for m in modules if m.startswith(LATER_SQL)) == []


# The views a meeting reopened in the Live view does not show, and what only they use: each is
# built the first time it is shown (``clerk.gui.lazy_tab.LazyTab``).
NOT_SHOWN = (
    "clerk.gui.meetings_view",
    "clerk.gui.setup_view",
    "clerk.gui.preview",
    "clerk.minutes.compose",
)


def test_a_meeting_reopened_in_the_live_view_builds_no_other_view(meeting_left_open):
    modules = loaded_modules(meeting_left_open, "ready")
    assert "clerk.gui.live.view" in modules
    assert sorted(modules & set(NOT_SHOWN)) == []


# The Recording panel and the recording's own modules, for a database that holds no
# recording: made when the clerk first asks for the panel or to record.
RECORDING = (
    "clerk.gui.recording_dock",
    "clerk.services.recording",
    "clerk.services.transcripts",
    "clerk.recording.transcribe",
    "clerk.recording.timeline",
    "clerk.store.recordings",
)


def test_a_database_never_recorded_in_loads_nothing_of_the_recording(meeting_left_open):
    modules = loaded_modules(meeting_left_open, "ready")
    assert sorted(modules & set(RECORDING)) == []

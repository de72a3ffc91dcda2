"""The real thing: build the bundle with PyInstaller and run packaging/check_bundle.py on it.

Slow (about a minute on two cores; ten under a shared machine's load): run with ``pytest -m slow tests/packaging``.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def postgres_database():
    """An empty database on a PostgreSQL server of our own, or None without PostgreSQL."""
    from tests.pg import PostgresServer

    try:
        server = PostgresServer()
    except FileNotFoundError:
        yield None
        return
    server.start()
    try:
        yield server.new_database()
    finally:
        server.stop()


@pytest.mark.slow
def test_built_bundle_starts_opens_the_demo_meeting_and_writes_minutes(plan, tmp_path):
    """Also: the minutes are byte for byte those the source tree writes."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is a build tool, not installed here")
    dist, work = tmp_path / "dist", tmp_path / "work"
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging/build.py"), f"--dist={dist}", f"--work={work}"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    internal = dist / "clerk" / "_internal"
    # Left out on purpose: Qt modules Clerk does not use, the GTK theme, Qt's translations.
    unused = [m for m in plan.qt_modules_installed() - plan.qt_modules_used()]
    assert not [m for m in unused if list((internal / "PySide6").glob(f"{m}.*"))]
    assert not list(internal.rglob("libqgtk3*"))
    assert not (internal / "PySide6" / "Qt" / "translations").exists()

    report = tmp_path / "check.json"
    command = [
        sys.executable,
        str(ROOT / "packaging/check_bundle.py"),
        f"--dist={dist}",
        f"--json={report}",
        "--strict",
        "--compare-source",
    ]
    example = ROOT.parent / "shared" / "examples" / "cec-2022-12-20.record.json"
    if example.is_file():  # a finished meeting: full minutes, compared with the source's
        command.append(f"--record={example}")
    with postgres_database() as url:
        if url:
            command.append(f"--postgres={url}")
        checked = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if url:
        assert "ok      postgres" in checked.stdout, checked.stdout
    result = json.loads(report.read_text(encoding="utf-8"))
    assert checked.returncode == 0 and result["failed"] == [], checked.stdout
    assert "ok      start" in checked.stdout
    # Recording from inside the bundle: FLAC chunks while it records, one sealed file after.
    assert "ok      recording: 3 FLAC chunks while recording" in checked.stdout
    assert result["recording"]["sealed_seconds"] == 3.5
    assert result["bundle_mib"] > 0 and result["start_median_s"] > 0
    assert result["pending"] == []
    assert "ok      same as source (demo-meeting.json)" in checked.stdout

"""Kill test: SIGKILL a child clerking a meeting at random moments; nothing it saved is lost.

After each kill the database passes ``PRAGMA integrity_check``, opens in Clerk (the lock died
with the child), and holds exactly the meeting the child had reported saved — or one action
more, when the kill fell between the commit and the report.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from clerk.services.meetings import create_demo_meeting
from clerk.store import repository
from clerk.store.db import open_database
from tests.durability.scripted import actions, replay

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "clerk.sqlite3"
    db = open_database(path)
    meeting = create_demo_meeting(db)
    start = repository.load_meeting(db.engine, meeting.id)
    db.close()
    return path, start


def kill_once(template, folder: Path, rng: random.Random) -> tuple[int, int]:
    source, start = template
    path = folder / "clerk.sqlite3"
    shutil.copy(source, path)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.durability.child", str(path), str(start.id)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        # Unbuffered: a line read ahead into a buffer would be lost to communicate() below,
        # which reads the pipe itself, and the kill would seem to have saved two actions more.
        bufsize=0,
    )
    assert child.stdout.readline() == b"ready\n", child.stderr.read().decode()
    # Kill after a random number of reported saves, plus a random sliver of time, so the kill
    # lands anywhere in the work (mid-commit included) whatever the machine's speed.
    total = len(actions(start))
    target = rng.randint(0, total - 1)
    saved = 0
    while saved < target:
        line = child.stdout.readline()
        if not line.startswith(b"saved "):
            break
        saved = int(line.split()[1])
    time.sleep(rng.uniform(0.0, 0.003))
    child.send_signal(signal.SIGKILL)
    # Read the rest through the same buffered file readline() used: communicate() reads the
    # pipe itself and would miss lines readline() had already pulled into the buffer, so saves
    # the child reported would go uncounted.
    out = child.stdout.read()
    child.wait()
    child.stderr.close()
    reported = [
        int(line.split()[1]) for line in out.decode().splitlines() if line.startswith("saved ")
    ]
    saved = max(reported, default=saved)

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db = open_database(path)
    try:
        on_disk = repository.load_meeting(db.engine, start.id)
    finally:
        db.close()
    candidates = [replay(start, saved)] + ([replay(start, saved + 1)] if saved < total else [])
    on_disk = replace(on_disk, id=start.id)
    assert on_disk in candidates, f"after {saved} reported saves the database holds something else"
    return saved, total


def run_kills(template, tmp_path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    seen = []
    for n in range(count):
        folder = tmp_path / f"kill{n}"
        folder.mkdir()
        seen.append(kill_once(template, folder, rng))
    saved = [s for s, _ in seen]
    # The kills must land in the middle of the work, not only before or after it.
    assert sum(0 < s < total for s, total in seen) >= count // 2, saved


def test_kills_lose_nothing_saved(template, tmp_path):
    run_kills(template, tmp_path, count=20, seed=20261122)


@pytest.mark.slow
def test_two_hundred_kills_lose_nothing_saved(template, tmp_path):
    run_kills(template, tmp_path, count=200, seed=7)

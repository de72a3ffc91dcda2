"""Start-up and memory of the application against a bare PySide6 window, each in its own process.

Three processes a round, in turns: the bare window (the floor), Clerk until its first window is
painted (``CLERK_EXIT_AFTER_START=painted``), and Clerk until the meeting is open and the
window answers keys (``CLERK_EXIT_AFTER_START=ready``). Each is timed from outside: wall clock
and the child's CPU time (``getrusage(RUSAGE_CHILDREN)``), and its own peak memory (VmHWM).

``PYTHONDONTWRITEBYTECODE`` is set on these machines, so every start would compile Clerk's
source again while the bare window has nothing of its own to compile. Both therefore read
``.pyc`` files from one private cache (``PYTHONPYCACHEPREFIX``), filled before timing starts by
``compileall`` of Clerk and one untimed run of each process.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Result, Run

ROOT = Path(__file__).resolve().parents[2]

PEAK = """
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""

# A main window about the size of Clerk's, left as soon as its first paint has been handled.
BARE_WINDOW = (
    """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableWidget, QTextEdit
app = QApplication(sys.argv[:1])
w = QMainWindow()
s = QSplitter()
s.addWidget(QTableWidget(30, 4))
s.addWidget(QTextEdit())
w.setCentralWidget(s)
w.resize(1366, 768)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

painted = Painted()
w.installEventFilter(painted)
w.show()
app.exec()
"""
    + PEAK
)

# The application, run as `python -m clerk` would, then its own peak memory. (ru_maxrss from
# wait4 is no use here: after fork, Linux carries the parent's high-water mark into the child.)
APP = (
    """
import runpy, sys
sys.argv = ["clerk", "--db", sys.argv[1]]
try:
    runpy.run_module("clerk", run_name="__main__")
except SystemExit:
    pass
"""
    + PEAK
)


def run_process(args: list[str], env: dict) -> Run:
    """Wall and CPU milliseconds and peak memory (MB, the process's own VmHWM) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-500:]}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("VmHWM"))
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return {"cpu": cpu, "wall": wall, "peak": int(line.split()[1]) / 1024}


def thirty_item_database(folder: Path) -> Path:
    """A database whose open meeting has 30 items, as the application reopens it."""
    from clerk.services import preferences
    from clerk.services.meetings import demo_record, import_record
    from clerk.store.db import open_database

    record = demo_record()
    items = []
    for n in range(30):
        base = dict(record["items"][n % len(record["items"])])
        base.update(agenda_number=str(n + 1), status="pending")
        base.pop("exempt", None)
        items.append(base)
    record["items"] = items
    path = folder / "clerk.sqlite3"
    db = open_database(path)
    meeting = import_record(db, record)
    preferences.remember_open_meeting(db.location, meeting.id)
    db.close()
    return path


def only(runs: list[Run], *keys: str) -> list[Run]:
    return [{k: r[k] for k in keys} for r in runs]


def bench_startup_and_memory(rounds: int = 7) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "pycache"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "PYTHONPYCACHEPREFIX": str(cache),
        }
        db = thirty_item_database(Path(tmp))
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [sys.executable, "-c", APP, str(db)]
        painted = {**env, "CLERK_EXIT_AFTER_START": "painted"}
        ready = {**env, "CLERK_EXIT_AFTER_START": "ready"}
        # Fill the cache: Clerk's source, then whatever each process imports (the standard
        # library and the site-packages too, since the prefix replaces __pycache__ folders).
        writing = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "clerk")],
            env=writing,
            check=True,
        )
        run_process(bare, writing)
        run_process(app, {**writing, "CLERK_EXIT_AFTER_START": "ready"})
        floor: list[Run] = []
        first: list[Run] = []
        whole: list[Run] = []
        for _ in range(rounds):
            floor.append(run_process(bare, env))
            first.append(run_process(app, painted))
            whole.append(run_process(app, ready))
    note = f".pyc cached; {rounds} rounds, bare/painted/ready in turns"
    return [
        Result(
            "start-up: first window painted",
            only(first, "cpu", "wall"),
            only(floor, "cpu", "wall"),
            "ms",
            1.5,
            "process start to first paint, vs a bare PySide6 window; " + note,
        ),
        Result(
            "start-up: 30-item meeting open, keys answered",
            only(whole, "cpu", "wall"),
            only(floor, "cpu", "wall"),
            "ms",
            2.5,
            "process start to the meeting shown and a key answered; " + note,
        ),
        Result(
            "peak memory: meeting open",
            only(whole, "peak"),
            only(floor, "peak"),
            "MB",
            1.6,
            "VmHWM of each process, vs the bare window",
            basis="peak",
        ),
    ]

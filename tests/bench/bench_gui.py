"""Start-up and memory of the application against a bare PySide6 window, each in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Result, median

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = (
    """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableWidget, QTextEdit
app = QApplication(sys.argv[:1])
w = QMainWindow()
s = QSplitter()
s.addWidget(QTableWidget(30, 4))
s.addWidget(QTextEdit())
w.setCentralWidget(s)
w.resize(1366, 768)
w.show()
app.processEvents()
"""
    + """
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""
)

# The application, run as `python -m clerk` would, then its own peak memory. (ru_maxrss from
# wait4 is no use here: after fork, Linux carries the parent's high-water mark into the child.)
APP = """
import runpy, sys
sys.argv = ["clerk", "--db", sys.argv[1]]
try:
    runpy.run_module("clerk", run_name="__main__")
except SystemExit:
    pass
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def run_process(args: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock milliseconds and peak memory (MB, the process's own VmHWM) of one process."""
    start = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-500:]}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("VmHWM"))
    return elapsed, int(line.split()[1]) / 1024


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


def bench_startup_and_memory(runs: int = 7) -> list[Result]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "CLERK_EXIT_AFTER_START": "1",
    }
    with tempfile.TemporaryDirectory() as tmp:
        db = thirty_item_database(Path(tmp))
        floor = [run_process([sys.executable, "-c", BARE_WINDOW], env) for _ in range(runs)]
        ours = [run_process([sys.executable, "-c", APP, str(db)], env) for _ in range(runs)]
    return [
        Result(
            "start-up, 30-item meeting open",
            median([t for t, _ in ours]),
            "ms",
            median([t for t, _ in floor]),
            1.5,
            "process start to window shown and exit",
        ),
        Result(
            "peak memory, live window",
            median([m for _, m in ours]),
            "MB",
            median([m for _, m in floor]),
            None,
            "VmHWM of each process; no target set",
        ),
    ]

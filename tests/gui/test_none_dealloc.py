"""The crash on quitting after a long session ("Fatal Python error: none_dealloc").

PySide6 6.12 on Python 3.11 loses a reference to None with every Qt call that returns nothing;
after enough of them Python aborts. Each test runs a fresh interpreter: the first measures
whether the installed Qt binding has the fault, the second makes as many calls as a long
meeting does and quits, as Clerk would, and must end cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DRIFT = """
import gc, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
gc.collect(); before = sys.getrefcount(None)
for _ in range(1000):
    label.setText("x")
gc.collect(); print(before - sys.getrefcount(None), flush=True)
import os; os._exit(0)  # a faulty binding would abort while Python shuts down
"""

LONG_SESSION = """
import clerk.gui
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
app = QApplication([])
label, combo = QLabel(), QComboBox()
for i in range(400_000):  # more than None's references in a fresh interpreter
    label.setText("x")
    if i % 100 == 0:
        combo.clear()
        combo.addItem("", None)
print("quit")
"""


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_a_long_session_quits_cleanly():
    drift = run(DRIFT)
    assert drift.returncode == 0, drift.stderr
    if int(drift.stdout.strip().splitlines()[-1]) < 1000:
        pytest.skip("this Qt binding and Python keep None's count: nothing to guard against")
    done = run(LONG_SESSION)
    assert "none_dealloc" not in done.stderr
    assert done.returncode == 0 and done.stdout.strip() == "quit"

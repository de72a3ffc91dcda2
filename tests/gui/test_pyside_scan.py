"""PySide6 reads the source of each module imported after it, to learn whether it uses Qt;
Clerk answers for the modules that cannot (``clerk.pyside_scan``), and PySide6 still reads
any other. Each case runs in its own interpreter, so that nothing was imported before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clerk.pyside_scan import known_without_qt

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import linecache, sys
import clerk.gui
from shibokensupport.feature import pyside_feature_dict as seen
import colorsys            # the standard library: answered, not read
import clerk.domain.text   # Clerk below the GUI: answered, not read
import clerk.gui.theme     # Clerk's Qt face: answered (it uses Qt), not read
import uses_qt, plain      # unknown to Clerk: read by PySide6, as before
for name in ("colorsys", "clerk.domain.text", "clerk.gui.theme", "uses_qt", "plain"):
    read = sys.modules[name].__file__ in linecache.cache
    print(name, seen.get(name), read)
"""


def test_known_modules_are_answered_and_others_still_read(tmp_path):
    (tmp_path / "uses_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("X = 1\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(tmp_path)]))
    done = subprocess.run(
        [sys.executable, "-c", CHECK], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert found["colorsys"] == "-1 False"
    assert found["clerk.domain.text"] in ("-1 False", "None False")  # not read either way
    assert found["clerk.gui.theme"] in ("0 False", "None False")
    assert found["uses_qt"] == "0 True"  # it names PySide6: switchable, as PySide6 decides
    assert found["plain"] == "-1 True"


def test_which_modules_are_known_without_qt():
    assert known_without_qt("sqlalchemy.sql.compiler")
    assert known_without_qt("clerk.store.db")
    assert known_without_qt("clerk")
    assert known_without_qt("asyncio.base_events")
    assert not known_without_qt("clerk.gui")
    assert not known_without_qt("clerk.gui.live.view")
    assert not known_without_qt("PySide6.QtWidgets")
    assert not known_without_qt("some_plugin")

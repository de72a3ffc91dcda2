"""The layers of DESIGN.md: nothing below clerk/gui imports Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import clerk

ROOT = Path(__file__).resolve().parent.parent
LOWER = ("clerk.domain", "clerk.store", "clerk.services", "clerk.minutes", "clerk.agenda")


def lower_modules() -> list[str]:
    names = ["clerk.cli", "clerk.resources", "clerk.atomic"]
    for info in pkgutil.walk_packages(clerk.__path__, "clerk."):
        if info.name.startswith(LOWER) and ".migrations" not in info.name:
            names.append(info.name)
    return names


def test_no_qt_below_the_gui():
    modules = lower_modules()
    assert "clerk.domain.model" in modules and "clerk.store.repository" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Qt imported below clerk/gui: {done.stdout.strip()}"


def test_no_sql_in_the_gui():
    gui = ROOT / "clerk" / "gui"
    offenders = [
        str(path.relative_to(ROOT))
        for path in gui.rglob("*.py")
        if any(
            word in path.read_text(encoding="utf-8")
            for word in ("sqlalchemy", "sqlite3", "clerk.store.schema")
        )
    ]
    assert offenders == []

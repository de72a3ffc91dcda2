"""The layers of DESIGN.md: nothing below clerk/gui imports Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import clerk

ROOT = Path(__file__).resolve().parent.parent
LOWER = (
    "clerk.domain",
    "clerk.store",
    "clerk.services",
    "clerk.minutes",
    "clerk.agenda",
    "clerk.recording",
)


def lower_modules() -> list[str]:
    names = ["clerk.cli", "clerk.resources", "clerk.atomic", "clerk.errors"]
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


# The GUI and the command line change a meeting only through the catalogue of actions
# (clerk.services.actions): they may import the domain's types and wording, never a module
# that changes a meeting, and never the store.
FACE_ALLOWED_DOMAIN = ("clerk.domain.model", "clerk.domain.wording", "clerk.domain.formal.wording")


def _imports(path: Path) -> list[str]:
    """Every module ``path`` imports, by its full name (``from a import b`` gives a and a.b)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def _forbidden(name: str, modules: set[str]) -> bool:
    if name.startswith("clerk.store"):
        return True
    if not name.startswith("clerk.domain") or name in ("clerk.domain", "clerk.domain.formal"):
        return False  # the packages themselves hold no operation
    if name not in modules:  # a name inside a module: judged by its module
        name = name.rsplit(".", 1)[0]
        if name in ("clerk.domain", "clerk.domain.formal"):
            return False
    return name not in FACE_ALLOWED_DOMAIN


def test_gui_and_cli_act_only_through_the_catalogue():
    modules = {info.name for info in pkgutil.walk_packages(clerk.__path__, "clerk.")}
    faces = [ROOT / "clerk" / "cli.py", ROOT / "clerk" / "__main__.py"]
    faces += sorted((ROOT / "clerk" / "gui").rglob("*.py"))
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in faces
        for name in _imports(path)
        if _forbidden(name, modules)
    ]
    assert offenders == []


def test_the_layer_rule_catches_what_it_should(tmp_path):
    modules = {info.name for info in pkgutil.walk_packages(clerk.__path__, "clerk.")}
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from clerk.domain import operations as ops\n"
        "from clerk.domain.formal import votes\n"
        "from clerk.store.db import Database\n"
        "import clerk.domain.setup\n"
        "from clerk.domain.model import Meeting\n"
        "from clerk.domain.wording import short_name\n"
        "from clerk.services import actions\n",
        encoding="utf-8",
    )
    found = [name for name in _imports(bad) if _forbidden(name, modules)]
    assert found == [
        "clerk.domain.operations",
        "clerk.domain.formal.votes",
        "clerk.store.db",
        "clerk.store.db.Database",
        "clerk.domain.setup",
    ]

"""Formal business stays in its layer: the rules import no Qt and no database."""

from __future__ import annotations

import ast
from pathlib import Path

import clerk.domain.formal as formal

FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "docx", "clerk.store", "clerk.services",
             "clerk.gui", "clerk.minutes")  # fmt: skip


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_rules_import_nothing_above_the_domain():
    folder = Path(formal.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert len(files) >= 8
    for path in files:
        bad = {m for m in imported_modules(path) if m.startswith(FORBIDDEN)}
        assert not bad, f"{path.name} imports {sorted(bad)}"

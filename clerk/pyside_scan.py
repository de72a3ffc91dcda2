"""PySide6 reads the source of every module imported after it; Clerk's own store, domain and
the libraries it uses need not be read.

PySide6's ``__feature__`` switch (``snake_case``, ``true_property``) is chosen per module, so
PySide6 hooks ``import`` and, the first time each module is imported, reads its whole source
to see whether it names PySide6 (``shibokensupport.feature._mod_uses_pyside``, through
``inspect.getsource``, which keeps every line read in Python's line cache). Clerk imports its
store, SQLAlchemy and the rest after the first window is painted, so each start read and kept
about 270 source files, SQLAlchemy's among them: about 0.1 s of CPU and 17 MB on the way to
the meeting. The answer is known without reading for the standard library, for Clerk outside
``clerk.gui`` (no Qt there: ``tests/test_layers.py``; this module imports none either, and
lives outside ``clerk.gui`` so that it may name the libraries) and for the libraries named
here, which have no Qt in them; ``clerk.gui``, Clerk's Qt face, is known to use it. Any other
module is still read. Clerk selects no feature itself, so the answer only keeps the modules
that do use Qt switchable, as PySide6 intends.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# Clerk's dependencies that have no Qt in them (pyproject.toml), by top-level package.
WITHOUT_QT = frozenset(
    {
        "sqlalchemy",
        "alembic",
        "mako",
        "docx",
        "lxml",
        "platformdirs",
        "merge3",
        "jsonschema",
        "jsonschema_specifications",
        "referencing",
        "rpds",
        "attr",
        "attrs",
        "pypdf",
        "jinja2",
        "markupsafe",
        "numpy",
        "soundfile",
        "sounddevice",
        "cffi",
        "typing_extensions",
        "greenlet",
        "psycopg",
        "psycopg_binary",
    }
)


def is_clerk_gui(name: str) -> bool:
    return name == "clerk.gui" or name.startswith("clerk.gui.")


def known_without_qt(name: str) -> bool:
    """True when the module ``name`` cannot use PySide6, without reading its source."""
    top = name.partition(".")[0]
    if top == "clerk":
        return not is_clerk_gui(name)
    return top in sys.stdlib_module_names or top in WITHOUT_QT


def install() -> bool:
    """Answer PySide6's question for the modules known here; True when it could be asked.

    Does nothing (and returns False) if PySide6 no longer asks it this way."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or getattr(scan, "clerk_answers", False):
        return feature is not None and scan is not None

    def uses_pyside(module: ModuleType, read: Callable[[ModuleType], bool] = scan) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and known_without_qt(name):
            return False
        if isinstance(name, str) and is_clerk_gui(name):
            return True  # Clerk's Qt face: it uses PySide6, no need to read it to know
        return read(module)

    uses_pyside.clerk_answers = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True

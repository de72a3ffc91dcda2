"""The fault log: what went wrong inside Clerk, kept for whoever supports the clerk.

A rotating log file in the user's log folder (platformdirs; ``CLERK_LOG_DIR`` overrides it for
tests and development). ``install`` sends every uncaught exception there, from the main thread
and from others. A meeting's words never go in: a fault is written as the exception's type and
the place in Clerk's code (file, line, function), without the exception's message (which can
quote notes, names or a database address with its password) and without local values. A
fatal error (Python or Qt aborting) leaves its place in the code in ``fatal.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_log_dir

LOG_ENV = "CLERK_LOG_DIR"
LOG_NAME = "clerk.log"
MAX_BYTES = 512 * 1024
KEEP = 3

log = logging.getLogger("clerk")


def log_folder() -> Path:
    override = os.environ.get(LOG_ENV)
    return Path(override) if override else Path(user_log_dir("Clerk", appauthor=False))


def describe(exc_type, exc, tb) -> str:
    """A fault without its words: the type and where it happened, innermost last."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        where = Path(frame.filename)
        parts = where.parts
        shown = "/".join(parts[parts.index("clerk") :]) if "clerk" in parts else where.name
        lines.append(f"  at {shown}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__ if exc is not None else None
    if cause is not None and cause is not exc:
        lines.append("  caused by " + describe(type(cause), cause, cause.__traceback__))
    return "\n".join(lines)


class WordlessFormatter(logging.Formatter):
    """Formats exceptions with ``describe``: no message, no values."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return describe(*ei)


class FirstFaultHandler(logging.Handler):
    """The rotating log file, made when the first record comes: ``logging.handlers`` and
    what it imports (socket, pickle, selectors…) cost about 12 ms of every start, and most
    starts log nothing."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


_handler: FirstFaultHandler | None = None


def install(on_fault: Callable[[], None] | None = None, folder: Path | None = None) -> Path:
    """Start the log and catch every uncaught exception into it; ``on_fault`` (the GUI's
    message to the clerk) runs after each is logged. Returns the log folder."""
    global _handler
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    if _handler is None:
        _handler = FirstFaultHandler(folder / LOG_NAME)
        _handler.setFormatter(WordlessFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(_handler)
        log.setLevel(logging.INFO)

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught fault", exc_info=(exc_type, exc, tb))
        if on_fault is not None:
            try:
                on_fault()
            except Exception:  # noqa: BLE001 - telling the clerk must not fault again
                log.exception("could not show the fault")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            log.error(
                "uncaught fault in a thread",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _catch_fatal(folder)
    return folder


_fatal_file = None


def _catch_fatal(folder: Path) -> None:
    """A fatal error in Python or Qt (a segfault, an abort) writes where the code was to
    ``fatal.log``: file names and lines only, no values."""
    global _fatal_file
    if _fatal_file is None:
        try:
            _fatal_file = open(folder / "fatal.log", "a", encoding="utf-8")  # noqa: SIM115
        except OSError:
            return
        faulthandler.enable(_fatal_file)


def uninstall() -> None:
    """Put the standard hooks back and close the file (tests)."""
    global _handler, _fatal_file
    sys.excepthook = sys.__excepthook__
    if _fatal_file is not None:
        faulthandler.disable()
        _fatal_file.close()
        _fatal_file = None
    threading.excepthook = threading.__excepthook__
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None

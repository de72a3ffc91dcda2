"""Writing a file so that a crash, a full disk or a locked target never leaves half of it.

The content goes to a temporary file in the target's folder, is flushed to disk, and is then
renamed over the target in one step (the way Picard and most careful editors save). Every
file Clerk writes — minutes, lists, records — goes through ``write_atomic``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class WriteError(OSError):
    """A file that could not be written; ``str()`` is one line saying why and what to do."""


def write_atomic(path: Path | str, write: Callable[[BinaryIO], object] | bytes) -> Path:
    """Write ``path`` from ``write`` (bytes, or a function given the open binary file)."""
    path = Path(path)
    if path.is_dir():
        raise WriteError(f"cannot write {path}: it is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(write, bytes | bytearray):
                f.write(write)
            else:
                write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        hint = " (is it open in another program? close it and try again)" if denied(exc) else ""
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}{hint}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def denied(exc: OSError) -> bool:
    """Refused by the system: no permission, or (on Windows) the file is open elsewhere."""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (5, 32, 33)

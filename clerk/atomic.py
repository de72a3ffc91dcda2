"""Writing a file so that a crash, a full disk or a locked target never leaves half of it.

The content goes to a temporary file in the target's folder, is flushed to disk, and is then
renamed over the target in one step (the way Picard and most careful editors save). Every
file Clerk writes — minutes, lists, records — goes through ``write_atomic``.

Files written for other people follow the user's umask, as any program's do (minutes saved to
a shared folder must open for colleagues), and a file written over keeps the mode it had.
``private=True`` (a rescued record) makes a file its owner's only, like the database.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class WriteError(OSError):
    """A file that could not be written; ``str()`` is one line saying why and what to do."""


def write_atomic(
    path: Path | str, write: Callable[[BinaryIO], object] | bytes, *, private: bool = False
) -> Path:
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
        os.chmod(tmp, _mode_for(path, private))  # mkstemp makes 0600
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


def _mode_for(path: Path, private: bool) -> int:
    if private:
        return 0o600
    try:
        return stat.S_IMODE(os.stat(path).st_mode)  # written over: keep its mode
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask (read without changing it where the system allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def denied(exc: OSError) -> bool:
    """Refused by the system: no permission, or (on Windows) the file is open elsewhere."""
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (5, 32, 33)

"""What is wrong with a database that cannot be opened or written, and what to do about it.

A full disk, a read-only file or drive, a failing drive and a damaged file all come back from
SQLite as much the same words ("disk I/O error", "unable to open"). Only real damage should
lead to a backup being offered; the others are fixed by freeing space, changing permissions or
checking the drive, and the data is safe. ``diagnose`` tells them apart from SQLite's error
code, the operating system's error number, the free space on the drive, whether the file and
its folder can be written, and (last) SQLite's own ``quick_check`` of the file read-only.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

# SQLite primary result codes (sqlite3.h)
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 8, 10, 11, 13, 14
SQLITE_NOTADB = 26
LOW_SPACE = 512 * 1024  # below this a drive counts as full: SQLite needs room for its journals

FULL, READ_ONLY, IO_ERROR, DAMAGED = "full", "read-only", "i/o", "damaged"


@dataclass(frozen=True)
class Diagnosis:
    kind: str  # FULL, READ_ONLY, IO_ERROR or DAMAGED
    message: str  # one line: what is wrong and what to do


def sqlite_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def os_errno(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)
    return orig.errno if isinstance(orig, OSError) else None


def reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    lines = str(orig).strip().splitlines()
    return lines[0][:200] if lines else type(orig).__name__


def free_space(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def read_only_place(path: Path) -> bool:
    """The file, its folder or its whole drive cannot be written."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return True
    return not os.access(folder, os.W_OK)


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def sound(path: Path) -> bool | None:
    """``quick_check`` read without writing anything (immutable, so it works on a full or
    read-only drive): True sound, False damaged, None the file could not be read at all."""
    try:
        conn = sqlite3.connect(readonly_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        return rows == ["ok"]
    except sqlite3.DatabaseError as exc:
        code = sqlite_code(exc)
        return False if code in (SQLITE_CORRUPT, SQLITE_NOTADB) else None
    finally:
        conn.close()


def diagnose(path: Path, exc: BaseException) -> Diagnosis:
    """Classify a failure to open or write the SQLite database at ``path``."""
    code, number, why = sqlite_code(exc), os_errno(exc), reason(exc)
    free = free_space(path.parent)
    if code == SQLITE_FULL or number == errno.ENOSPC or (free is not None and free < LOW_SPACE):
        left = f"{free // 1024} KB free" if free is not None else "no space left"
        return Diagnosis(
            FULL,
            f"the disk holding {path} is full ({left}), so Clerk cannot write to it; your "
            "meetings are safe: free some space and try again (reading, e.g. `clerk meetings`, "
            "still works)",
        )
    if (
        code == SQLITE_READONLY
        or number in (errno.EROFS, errno.EACCES, errno.EPERM)
        or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and read_only_place(path))
    ):
        return Diagnosis(
            READ_ONLY,
            f"{path} cannot be written (a read-only file, folder or drive); your meetings are "
            "safe: make it writable, or copy it to a folder you can write and open that with "
            "--db",
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return Diagnosis(DAMAGED, f"is damaged ({why})")
    state = sound(path) if path.exists() else None
    if state is False:
        return Diagnosis(DAMAGED, f"is damaged ({why})")
    return Diagnosis(
        IO_ERROR,
        f"{path} could not be read or written ({why}); the file itself looks sound: check the "
        "drive (a removed USB stick, a network drive gone away) and try again",
    )


SYNC_CLIENTS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("icloud~", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
)


def sync_client(path: Path) -> str | None:
    """The sync client (OneDrive, Dropbox, Google Drive, iCloud Drive) whose folder holds
    ``path``, judged by the folder names those clients use; None for an ordinary folder."""
    for part in Path(path).absolute().parent.parts:
        low = part.lower()
        for marker, client in SYNC_CLIENTS:
            if low.startswith(marker) or low == marker:
                return client
    return None

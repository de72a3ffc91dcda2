"""The lock that keeps a database file to one Clerk at a time.

An exclusive lock on ``<database>.lock``, held through an open file while the database is open.
The system drops it when the file is closed or the process ends in any way (a crash, a kill,
the power), so a meeting never stays locked after Clerk stopped. It is taken without waiting:
a second Clerk is told at once.

Written on the standard library (``fcntl.flock``, ``msvcrt.locking``) rather than the filelock
package, which did this before: importing filelock 4 took about 30 ms CPU of every start (it
brings decimal, hashlib, secrets and a dozen modules of its own), about a tenth of a bare
PySide6 window's whole start, for the two calls used here.
"""

from __future__ import annotations

import errno
import os
import sys

if sys.platform == "win32":  # pragma: no cover - tested on Windows builds only
    import msvcrt
else:
    import fcntl

#: The errors a lock already held elsewhere raises (EDEADLK: Windows after its retries).
HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


class LockHeld(Exception):
    """Another process, or another open of the same file, holds the lock."""


class FileLock:
    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock now or raise ``LockHeld``; other failures raise ``OSError``."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in HELD_ELSEWHERE:
                raise LockHeld(self.path) from None
            raise
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass  # closing the file below drops the lock all the same
        finally:
            os.close(fd)

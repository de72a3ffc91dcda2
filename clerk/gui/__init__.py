"""The PySide6 face of Clerk. Nothing below this package imports Qt."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12 on Python 3.11 drops one reference to None each time a Qt method that returns
# nothing is called (setText, clear, addItem…): it leaves out the increment Python 3.12 no
# longer needs, because there None is immortal. A long meeting makes millions of such calls;
# when None's count reaches zero Python aborts, "Fatal Python error: none_dealloc", seen on
# quitting after a long session. On Python before 3.12 None is given a count no session can
# use up (as 3.12 does for every None); later Pythons need nothing.
NONE_RESERVE = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < NONE_RESERVE:
        count.value += NONE_RESERVE


keep_none_alive()

# PySide6 would read the source of every module imported after it (``pyside_scan``).
import PySide6  # noqa: E402, F401 - sets up the import hook answered below

from clerk import pyside_scan  # noqa: E402

pyside_scan.install()

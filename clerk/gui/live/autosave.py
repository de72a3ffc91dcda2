"""Saving typed text continuously: at most a second of typing is ever at risk.

Typing is not saved on every key (that would be an undo step and a disk write per key) but
within ``DELAY_MS`` of the first unsaved key, however fast the clerk types; consecutive saves
share a merge key so the session keeps them as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 600


class Autosave(QObject):
    """Calls ``save()`` within ``DELAY_MS`` of the first change since the last good save.

    ``save()`` returns True when the text is on disk; on False (a failed save) the text stays
    marked unsaved and the next change or ``flush()`` tries again.
    """

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self.dirty = False
        self._saving = False
        self._dropped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def touch(self) -> None:
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        self._timer.stop()
        if not self.dirty or self._saving:
            return True
        self._saving = True  # a save refreshes the views, which may ask to flush again
        self._dropped = False
        # Not dirty while saving: when the save comes back with more than was typed (another
        # Clerk's words merged in), the refreshed view shows it, and the next save keeps it.
        self.dirty = False
        try:
            ok = self._save()
        finally:
            self._saving = False
        if not ok and not self._dropped:
            self.dirty = True
        return ok

    def forget(self) -> None:
        """Drop the pending change (the text was replaced by an undo or another item, or a
        save was refused and the text kept in a file): called during a save, the refused
        text is not marked unsaved again when the save returns."""
        self._timer.stop()
        self.dirty = False
        if self._saving:
            self._dropped = True

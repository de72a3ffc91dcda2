"""Draft minutes: composing (pure) and rendering to Word.

Interface used by the command line and the GUI:

- ``write_minutes(meeting, out, *, template=None, include_exempt=False, settings=None)``
  writes the draft minutes (and, when the meeting has exempt items and ``include_exempt`` is
  false, a confidential annex beside it); returns the paths written.
- ``MinutesError``: ``str()`` is one clear line; ``bad_input`` is true for a bad template.
"""

from __future__ import annotations

from pathlib import Path


class MinutesError(Exception):
    def __init__(self, message: str, *, bad_input: bool = False):
        super().__init__(message)
        self.bad_input = bad_input


def write_minutes(meeting, out: Path, *, template=None, include_exempt=False, settings=None):
    raise MinutesError("draft minutes are not available yet")

"""Service helpers for the live window: which meeting was open, settings, atomic exports.

The window remembers the meeting it has open in the user's own preferences
(``clerk.services.preferences``), per database, so after a crash, a kill or a power cut the
next start reopens that meeting where it was, and in a team database one clerk's recovery never
opens another clerk's meeting; a clean close forgets it. Theme and text size are per user too.
"""

from __future__ import annotations

from pathlib import Path

from clerk.atomic import write_atomic
from clerk.services import preferences
from clerk.services.session import MeetingSession
from clerk.store import repository
from clerk.store.db import Database
from clerk.store.record import dumps, record_from_meeting


def open_session(db: Database, meeting_id: int) -> MeetingSession:
    session = MeetingSession.open(db, meeting_id)
    preferences.remember_open_meeting(db.location, meeting_id)
    return session


def forget_open_meeting(db: Database) -> None:
    preferences.remember_open_meeting(db.location, None)


def meeting_left_open(db: Database) -> int | None:
    """The meeting this user had open when Clerk last stopped without closing cleanly."""
    meeting_id = preferences.load().open_meetings.get(db.location)
    return meeting_id if meeting_id is not None and meeting_exists(db, meeting_id) else None


def meeting_exists(db: Database, meeting_id: int) -> bool:
    return repository.meeting_exists(db, meeting_id)


def has_recordings(db: Database) -> bool:
    """Whether the database holds any recording (so a start has recordings to look after)."""
    return repository.has_recordings(db)


def look() -> tuple[float, str]:
    """The text scale and the colour scheme this user chose."""
    prefs = preferences.load()
    return prefs.text_scale, prefs.theme


def choose_theme(scheme: str) -> None:
    preferences.update(theme=scheme if scheme in preferences.THEMES else "system")


def scale_text(factor: float) -> None:
    low, high = preferences.SCALE_RANGE
    preferences.update(text_scale=min(high, max(low, preferences.load().text_scale * factor)))


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target and rename over it: a crash never leaves half a file."""
    write_atomic(path, text.encode("utf-8"))


def export_record_file(session: MeetingSession, path: Path) -> None:
    write_atomically(path, dumps(record_from_meeting(session.meeting)))

"""Service helpers for the live window: which meeting was open, settings, atomic exports.

The window remembers the meeting it has open in the database itself (``gui.open_meeting``), so
after a crash, a kill or a power cut the next start reopens that meeting where it was; a clean
close forgets it.
"""

from __future__ import annotations

from pathlib import Path

from clerk.atomic import write_atomic
from clerk.services.session import MeetingSession
from clerk.store import repository
from clerk.store.db import Database
from clerk.store.record import dumps, record_from_meeting

OPEN_MEETING = "gui.open_meeting"
TEXT_SCALE = "gui.text_scale"
THEME = "gui.theme"  # "system", "light" or "dark"


def open_session(db: Database, meeting_id: int) -> MeetingSession:
    session = MeetingSession.open(db, meeting_id)
    repository.set_setting(db.engine, OPEN_MEETING, meeting_id)
    return session


def forget_open_meeting(db: Database) -> None:
    repository.set_setting(db.engine, OPEN_MEETING, None)


def meeting_left_open(db: Database) -> int | None:
    """The meeting that was open when Clerk last stopped without closing cleanly, if any."""
    value = repository.get_setting(db.engine, OPEN_MEETING)
    if value is None:
        return None
    try:
        meeting_id = int(value)
    except (TypeError, ValueError):
        return None
    return meeting_id if meeting_exists(db, meeting_id) else None


def meeting_exists(db: Database, meeting_id: int) -> bool:
    return repository.meeting_exists(db.engine, meeting_id)


def look(db: Database) -> tuple[float, str]:
    """The text scale and the colour scheme the clerk chose."""
    try:
        scale = float(repository.get_setting(db.engine, TEXT_SCALE, 1.0) or 1.0)
    except (TypeError, ValueError):
        scale = 1.0
    scheme = repository.get_setting(db.engine, THEME, "system") or "system"
    return scale, scheme if scheme in ("system", "light", "dark") else "system"


def settings(db: Database) -> dict:
    return repository.all_settings(db.engine)


def get_setting(db: Database, name: str, default=None):
    return repository.get_setting(db.engine, name, default)


def set_setting(db: Database, name: str, value) -> None:
    repository.set_setting(db.engine, name, value)


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target and rename over it: a crash never leaves half a file."""
    write_atomic(path, text.encode("utf-8"))


def export_record_file(session: MeetingSession, path: Path) -> None:
    write_atomically(path, dumps(record_from_meeting(session.meeting)))

"""What the minutes take besides the meeting and its house style, worked out once here.

The minutes package is pure: it never reads the settings table or the recording's segments.
The services read the ``minutes.*`` settings into a typed ``MinutesSettings``, the formal rules
into ``FormalRules`` (both in ``clerk.services.settings``) and the facts of the meeting's
recording (``clerk.services.recording``), and pass them down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import Meeting
from clerk.minutes.settings import MinutesSettings
from clerk.services import settings as settings_service
from clerk.store import repository
from clerk.store.db import Database


@dataclass(frozen=True)
class MinutesInputs:
    """The minutes' typed settings, the body's formal rules, and the moments the meeting's
    recording paused for exempt business (empty when it was not recorded)."""

    settings: MinutesSettings
    rules: FormalRules
    recording_paused: tuple[datetime, ...] = ()


def minutes_inputs(db: Database, meeting: Meeting | None = None) -> MinutesInputs:
    """Read once from the store; never fails on a bad stored value (its default is used and
    ``settings.problems`` says so in one line each)."""
    stored = repository.all_settings(db.engine)
    paused: tuple[datetime, ...] = ()
    if meeting is not None and meeting.id is not None:
        from clerk.services.recording import paused_for_exempt

        paused = paused_for_exempt(db, meeting.id)
    return MinutesInputs(
        settings_service.minutes_from(stored),
        settings_service.formal_for_minutes(stored),
        paused,
    )

"""Preferences of the person at this computer, kept per user, never in the database.

In a team database several Clerks share the database; what is one person's — the meeting they
had open (reopened after a crash), their theme, their text size — must not follow another
person. It is a small JSON file in the user's configuration folder (platformdirs;
``CLERK_CONFIG_DIR`` overrides it), written atomically. The meeting left open is remembered
per database (by its location, without a password), so two databases never mix.

A missing or damaged file means the defaults: preferences are a convenience, never a reason
for Clerk not to start.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from platformdirs import user_config_dir

from clerk.atomic import write_atomic

CONFIG_ENV = "CLERK_CONFIG_DIR"
FILE_NAME = "preferences.json"
THEMES = ("system", "light", "dark")
SCALE_RANGE = (0.8, 2.5)


@dataclass(frozen=True)
class Preferences:
    theme: str = "system"
    text_scale: float = 1.0
    open_meetings: dict[str, int] = field(default_factory=dict)  # database location → id


def path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    folder = Path(override) if override else Path(user_config_dir("Clerk", appauthor=False))
    return folder / FILE_NAME


def load() -> Preferences:
    try:
        raw = json.loads(path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    theme = raw.get("theme") if raw.get("theme") in THEMES else "system"
    try:
        scale = min(SCALE_RANGE[1], max(SCALE_RANGE[0], float(raw.get("text_scale", 1.0))))
    except (TypeError, ValueError):
        scale = 1.0
    opened = raw.get("open_meetings")
    meetings = {
        str(k): v
        for k, v in (opened.items() if isinstance(opened, dict) else ())
        if isinstance(v, int) and not isinstance(v, bool)
    }
    return Preferences(theme, scale, meetings)


def save(prefs: Preferences) -> None:
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "theme": prefs.theme,
        "text_scale": round(prefs.text_scale, 3),
        "open_meetings": prefs.open_meetings,
    }
    write_atomic(target, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def update(**changes) -> Preferences:
    """Change some preferences and save them (a failed write keeps the old file)."""
    prefs = replace(load(), **changes)
    with contextlib.suppress(OSError):  # a read-only profile: the choice holds for this run
        save(prefs)
    return prefs


def remember_open_meeting(location: str, meeting_id: int | None) -> None:
    opened = dict(load().open_meetings)
    if meeting_id is None:
        if opened.pop(location, None) is None:
            return
    else:
        opened[location] = meeting_id
    update(open_meetings=opened)

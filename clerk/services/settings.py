"""The settings a clerk can change, each with its default and what it does, in one catalogue.

Every part of Clerk keeps its own settings under a prefix in the store's settings table
(``minutes.*``, ``formal.*``, ``meetings.*``, ``backups.*``); this module lists them for the
Settings dialog, shows each value as text and reads the clerk's text back, refusing what cannot
be meant with one sentence. An empty text means "use the default" (the setting is removed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from clerk.domain import numbering
from clerk.domain.formal import interests, quorum, timing
from clerk.domain.model import InterestKind
from clerk.minutes import settings as minutes_settings
from clerk.store import backup, repository
from clerk.store.db import Database


class SettingError(ValueError):
    """A value that cannot be stored; ``str()`` says what is expected."""


@dataclass(frozen=True)
class SettingInfo:
    name: str  # the key in the settings table
    group: str  # the tab it is shown on
    label: str
    kind: str  # "text", "flag", "number", "list", "quorum", "file"
    default: Any
    doc: str


def _label(name: str) -> str:
    return name.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def catalogue() -> list[SettingInfo]:
    out = []
    for s in minutes_settings.SETTINGS:
        kind = "flag" if isinstance(s.default, bool) else "file" if s.name == "template" else "text"
        out.append(
            SettingInfo(
                minutes_settings.PREFIX + s.name, "Minutes", _label(s.name), kind, s.default, s.doc
            )
        )
    kinds = [k.value for k in InterestKind]
    out += [
        SettingInfo(
            interests.SETTING_KINDS,
            "Formal business",
            "Kinds of interest",
            "list",
            kinds,
            "The kinds of interest members may declare, in the order offered.",
        ),
        SettingInfo(
            interests.SETTING_LEAVING,
            "Formal business",
            "Kinds that bar from the item",
            "list",
            [k.value for k in InterestKind if k in interests.DEFAULT_LEAVING],
            "A member declaring one of these leaves the room and does not vote on the item.",
        ),
        SettingInfo(
            quorum.SETTING_QUORUM,
            "Formal business",
            "Quorum",
            "quorum",
            quorum.rule_to_value(quorum.QuorumRule()),
            'A number ("3"), or a fraction of the membership with a minimum ("1/4, at least 3").',
        ),
        SettingInfo(
            timing.SETTING_SPEAKER,
            "Formal business",
            "Public speaker's time (minutes)",
            "number",
            timing.DEFAULT_SPEAKER_MINUTES,
            "How long each registered public speaker may speak.",
        ),
        SettingInfo(
            timing.SETTING_MEETING,
            "Formal business",
            "Meeting time limit (minutes)",
            "number",
            None,
            "After this long the meeting must resolve to continue (the guillotine); "
            "empty: no limit.",
        ),
        SettingInfo(
            timing.SETTING_WARN,
            "Formal business",
            "Warn before a limit (minutes)",
            "number",
            timing.DEFAULT_WARN_MINUTES,
            "How long before a time limit the live view warns.",
        ),
        SettingInfo(
            "meetings.municipal_year_start_month",
            "Meetings",
            "Municipal year starts in month",
            "number",
            numbering.DEFAULT_YEAR_START_MONTH,
            "Minute numbers restart each municipal year; 5 is May.",
        ),
        SettingInfo(
            "backups.keep",
            "Meetings",
            "Backups kept",
            "number",
            backup.DEFAULT_KEEP,
            "How many rolling backup copies are kept beside the database.",
        ),
        SettingInfo(
            "recording.keep_days",
            "Recording",
            "Keep recordings (days)",
            "number",
            0,
            "Days a meeting's recording is kept after it ends (0: until deleted).",
        ),
        SettingInfo(
            "recording.model_folder",
            "Recording",
            "Transcription model folder",
            "text",
            "",
            "A folder holding a Whisper model in CTranslate2 form (empty: the packaged tiny.en).",
        ),
    ]
    return out


def info(name: str) -> SettingInfo:
    for s in catalogue():
        if s.name == name:
            return s
    raise KeyError(name)


def as_text(setting: SettingInfo, value: Any) -> str:
    """How a stored (or default) value reads in the dialog."""
    if value is None:
        return ""
    if setting.kind == "flag":
        return "yes" if value else "no"
    if setting.kind == "list":
        return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    if setting.kind == "quorum" and isinstance(value, dict):
        if value.get("number") is not None:
            return str(value["number"])
        a, b = value.get("fraction") or [1, 4]
        minimum = value.get("minimum")
        return f"{a}/{b}" + (f", at least {minimum}" if minimum else "")
    return str(value)


def parse(setting: SettingInfo, text: str) -> Any:
    """The value to store for the clerk's text; None for empty (use the default)."""
    text = text.strip()
    if not text:
        return None
    if setting.kind == "flag":
        if text.lower() in ("yes", "y", "true", "on", "1"):
            return True
        if text.lower() in ("no", "n", "false", "off", "0"):
            return False
        raise SettingError(f"{setting.label}: say yes or no")
    if setting.kind == "number":
        if not re.fullmatch(r"\d{1,5}", text):
            raise SettingError(f"{setting.label}: a whole number, e.g. {setting.default}")
        return int(text)
    if setting.kind == "list":
        items = [part.strip() for part in text.split(",") if part.strip()]
        if setting.name in (interests.SETTING_KINDS, interests.SETTING_LEAVING):
            known = {k.value for k in InterestKind}
            wrong = [i for i in items if i not in known]
            if wrong:
                raise SettingError(
                    f"{setting.label}: {wrong[0]!r} is not a kind of interest; use "
                    + ", ".join(sorted(known))
                )
        return items
    if setting.kind == "quorum":
        whole = re.fullmatch(r"(\d{1,4})", text)
        if whole:
            return {"number": int(whole.group(1))}
        part = re.fullmatch(
            r"(\d{1,3})\s*/\s*(\d{1,3})(?:\s*,?\s*(?:at least|min(?:imum)?)\s*(\d{1,4}))?", text
        )
        if not part or int(part.group(2)) == 0:
            raise SettingError(
                f'{setting.label}: a number ("3") or a fraction with a minimum ("1/4, at least 3")'
            )
        value: dict[str, Any] = {"fraction": [int(part.group(1)), int(part.group(2))]}
        if part.group(3):
            value["minimum"] = int(part.group(3))
        quorum.rule_from_value(value)  # the rule's own check
        return value
    return _checked_text(setting, text)


FILE_NAME_PARTS = {minutes_settings.PREFIX + "confidential_suffix"}
MAX_TEXT = 2000


def _checked_text(setting: SettingInfo, text: str) -> str:
    """Text settings: one length limit, no control characters; a piece of a file name must be
    safe as one; a file must be a regular file."""
    from clerk.domain.text import clean_text
    from clerk.safefiles import name_part_problem

    if len(text) > MAX_TEXT:
        raise SettingError(f"{setting.label}: at most {MAX_TEXT:,} characters")
    if clean_text(text) != text.replace("\r\n", "\n"):
        raise SettingError(f"{setting.label}: holds a control character")
    if setting.name in FILE_NAME_PARTS and (problem := name_part_problem(text)):
        raise SettingError(f"{setting.label}: {problem} (it becomes part of a file name)")
    if setting.kind == "file":
        import os
        import stat

        try:
            if not stat.S_ISREG(os.stat(text).st_mode):
                raise SettingError(f"{setting.label}: {text} is not a file")
        except OSError as exc:
            raise SettingError(f"{setting.label}: {text}: {exc.strerror}") from None
    return text


def current(db: Database) -> dict[str, Any]:
    stored = repository.all_settings(db.engine)
    return {s.name: stored.get(s.name) for s in catalogue()}


def save(db: Database, changes: dict[str, str]) -> None:
    """Store the clerk's texts (all checked first, so a bad one saves nothing)."""
    values = {name: parse(info(name), text) for name, text in changes.items()}
    for name, value in values.items():
        if value is None:
            repository.delete_setting(db.engine, name)
        else:
            repository.set_setting(db.engine, name, value)

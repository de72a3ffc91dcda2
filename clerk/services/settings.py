"""The settings a clerk can change, each with its default and what it does, in one catalogue.

Every part of Clerk keeps its own settings under a prefix in the store's settings table
(``minutes.*``, ``formal.*``, ``meetings.*``, ``backups.*``); this module lists them for the
Settings dialog, shows each value as text and reads the clerk's text back, refusing what cannot
be meant with one sentence. An empty text means "use the default" (the setting is removed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from clerk.domain import numbering
from clerk.domain.formal import RuleError, interests, quorum, timing
from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import InterestKind
from clerk.minutes import settings as minutes_settings
from clerk.minutes.settings import MinutesSettings
from clerk.store import backup, repository
from clerk.store.db import Database
from clerk.store.maintenance import keep_from_value


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


# -- the settings as typed values, built and checked once ------------------------------------


@dataclass(frozen=True)
class Maintenance:
    """The database's upkeep and the minute-number year."""

    year_start_month: int = numbering.DEFAULT_YEAR_START_MONTH
    backups_keep: int = backup.DEFAULT_KEEP


@dataclass(frozen=True)
class Settings:
    """Every shared setting, read once from the settings table into the values each part
    takes: the minutes' typed ``minutes.*`` values, the body's formal rules, upkeep."""

    minutes: MinutesSettings
    formal: FormalRules
    maintenance: Maintenance


def build(stored: Mapping[str, Any]) -> Settings:
    """The typed settings from the stored values; a bad formal rule raises SettingError."""
    try:
        formal = FormalRules.from_settings(
            {k: v for k, v in stored.items() if k.startswith("formal.")}
        )
    except RuleError as exc:
        raise SettingError(f"A formal setting is wrong: {exc}") from None
    return Settings(minutes_from(stored), formal, maintenance_from(stored))


FLAG_WORDS = {"1": True, "true": True, "yes": True, "y": True, "on": True}
FLAG_WORDS |= {"0": False, "false": False, "no": False, "n": False, "off": False}


def minutes_from(stored: Mapping[str, Any]) -> MinutesSettings:
    """The minutes' settings, typed and checked once; never fails.

    Only ``minutes.*`` keys count. An absent, null or blank value is the default (unset); a
    value of the wrong kind is read the way a clerk meant it (a number for a phrase, "no" for
    a switch) or else falls back to the default with one line in ``problems``; so does a
    confidential suffix that cannot be part of a file name (a value stored before the
    settings were checked).
    """
    from clerk.safefiles import name_part_problem

    values: dict[str, Any] = {}
    problems: list[str] = []
    for s in minutes_settings.SETTINGS:
        key = minutes_settings.PREFIX + s.name
        value = stored.get(key)
        if value is None:
            continue
        if isinstance(s.default, bool):
            flag = _flag(value)
            if flag is None:
                problems.append(
                    f"The setting {key} is not yes or no ({_shown(value)}); "
                    f"{'yes' if s.default else 'no'} is used."
                )
            else:
                values[s.name] = flag
            continue
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            problems.append(
                f"The setting {key} is not a text ({_shown(value)}); the default is used."
            )
            continue
        text = str(value).strip()
        if not text:
            continue
        if key in FILE_NAME_PARTS and (problem := name_part_problem(text)):
            problems.append(f"The setting {key} is unusable: {problem}; {s.default!r} is used.")
            continue
        values[s.name] = text
    return MinutesSettings(**values, given=frozenset(values), problems=tuple(problems))


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        return FLAG_WORDS.get(value.strip().lower())
    return None


def _shown(value: Any) -> str:
    """A stored value as one short line, for a problem message."""
    text = " ".join(repr(value).split())
    return text if len(text) <= 40 else text[:37] + "..."


def formal_for_minutes(stored: Mapping[str, Any]) -> FormalRules:
    """The formal rules the minutes are worded by: a malformed stored rule is its default
    (the minutes still come out; the settings screen is where that setting gets mended)."""
    try:
        interests_ = interests.rules_from_settings(stored)
    except RuleError:
        interests_ = FormalRules().interests
    try:
        value = stored.get(quorum.SETTING_QUORUM)
        quorum_ = quorum.rule_from_value(value) if value is not None else FormalRules().quorum
    except RuleError:
        quorum_ = FormalRules().quorum
    try:
        limits = timing.limits_from_settings(stored)
    except RuleError:
        limits = FormalRules().limits
    return FormalRules(interests=interests_, quorum=quorum_, limits=limits)


def maintenance_from(stored: Mapping[str, Any]) -> Maintenance:
    """Upkeep never fails: a value that cannot be meant falls back to its default."""
    return Maintenance(
        year_start_month=numbering.valid_start_month(
            stored.get("meetings.municipal_year_start_month", numbering.DEFAULT_YEAR_START_MONTH)
        ),
        backups_keep=keep_from_value(stored.get("backups.keep", backup.DEFAULT_KEEP)),
    )


def load(db: Database) -> Settings:
    return build(repository.all_settings(db.engine))


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

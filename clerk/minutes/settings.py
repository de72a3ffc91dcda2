"""The minutes' settings: every fixed phrase and switch an organisation may change, in one place.

Settings live in the store's settings table (name -> JSON value) so that a council words its
minutes once, for every meeting, without code. Any setting that is absent, empty or of the
wrong type falls back to the default below, so a half-filled table never breaks the minutes.

Phrases may hold ``{count}`` (a number in words) or ``{committee}`` where noted; nothing else
is substituted, so braces typed by a clerk are printed as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PREFIX = "minutes."


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    doc: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "organisation",
        None,
        "Organisation name on the first line; default: the meeting's own organisation.",
    ),
    Setting(
        "title",
        None,
        'Second line; default by kind of meeting: "Committee Minutes", "Decision Session '
        'Minutes", "Board Minutes", "Minutes".',
    ),
    Setting(
        "print_times",
        True,
        'Print the time each item was taken in its heading ("17. Minutes (17:32)").',
    ),
    Setting(
        "present_final_and",
        False,
        'Join the last two names of the Present row with "and" ("… Orrell and Hollyer"); '
        'by default the row is a plain comma list ("… Orrell, Hollyer"), as in a table.',
    ),
    Setting(
        "none_declared",
        "None were declared.",
        "The declarations item when nobody declared an interest.",
    ),
    Setting(
        "public_participation",
        "It was reported that there had been no registrations to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "The public participation item when nobody spoke and the clerk wrote nothing.",
    ),
    Setting(
        "public_participation_some",
        "It was reported that there had been {count} registrations to speak at the meeting "
        "under the Council's Public Participation Scheme.",
        "The public participation item's first sentence when people spoke; {count} is the "
        "number in words.",
    ),
    Setting(
        "public_participation_one",
        "It was reported that there had been one registration to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "As above, for a single speaker.",
    ),
    Setting(
        "no_apologies",
        "There were no apologies for absence.",
        "The apologies item when nobody sent apologies.",
    ),
    Setting(
        "chair_label",
        "Chair",
        'Word after the name on the signature line ("Cllr S. Daubeney, Chair").',
    ),
    Setting(
        "confidential_title",
        "Confidential Annex - Not for Publication",
        "Title of the confidential annex holding the full minutes of exempt items.",
    ),
    Setting(
        "confidential_suffix",
        "-confidential",
        "Added to the file name of the minutes for the confidential annex.",
    ),
    Setting(
        "template",
        None,
        "A Word template (.docx or .dotx) in the house style; default: Clerk's own.",
    ),
)

DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


def resolve(settings: Mapping[str, Any] | None) -> dict[str, Any]:
    """The effective settings: the store's ``minutes.*`` values over the defaults.

    Only ``minutes.*`` keys count (the table holds other parts' settings too). A value of the
    wrong type (a number where a phrase belongs, "no" for a switch) is read the way a clerk
    meant it or ignored.
    """
    result = dict(DEFAULTS)
    for key, value in (settings or {}).items():
        if not isinstance(key, str) or not key.startswith(PREFIX):
            continue
        name = key[len(PREFIX) :]
        if name not in DEFAULTS or value is None:
            continue
        if isinstance(DEFAULTS[name], bool):
            flag = _flag(value)
            if flag is not None:
                result[name] = flag
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value).strip()
            if text:
                result[name] = text
    return result


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in {"1", "true", "yes", "on"}:
            return True
        if word in {"0", "false", "no", "off"}:
            return False
    return None


NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)


def count_words(n: int) -> str:
    """ "two", "ten", "11": house style spells out numbers up to ten."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def phrase(text: str, **values: str) -> str:
    """Fill ``{name}`` placeholders without ``str.format`` (braces typed by a clerk survive)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text

"""The minutes' settings: every fixed phrase and switch an organisation may change, in one place.

Settings live in the store's settings table (name -> JSON value) so that a council words its
minutes once, for every meeting, without code. The services read them once into a
``MinutesSettings`` (``clerk.services.settings.minutes_from``): any setting that is absent,
empty or of the wrong type falls back to the default below, so a half-filled table never breaks
the minutes.

Phrases may hold ``{count}`` (a number in words) or ``{committee}`` where noted; nothing else
is substituted, so braces typed by a clerk are printed as they are.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class MinutesSettings:
    """The minutes' settings as typed values, one attribute a setting (defaults as above).

    Built and checked once from the settings table by ``clerk.services.settings`` and passed
    down; the minutes never read the table themselves. ``given`` names the settings the table
    sets with a usable value (the older phrase settings are read over a house style only when
    given); ``problems`` holds one line for each stored value that could not be used (its
    default stands in for it), for the clerk to be told.
    """

    organisation: str | None = None
    title: str | None = None
    print_times: bool = True
    present_final_and: bool = False
    none_declared: str = DEFAULTS["none_declared"]
    public_participation: str = DEFAULTS["public_participation"]
    public_participation_some: str = DEFAULTS["public_participation_some"]
    public_participation_one: str = DEFAULTS["public_participation_one"]
    no_apologies: str = DEFAULTS["no_apologies"]
    chair_label: str = DEFAULTS["chair_label"]
    confidential_title: str = DEFAULTS["confidential_title"]
    confidential_suffix: str = DEFAULTS["confidential_suffix"]
    template: str | None = None
    given: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()

    def value(self, name: str) -> Any:
        """A setting by its name (one of ``SETTINGS``)."""
        if name not in DEFAULTS:
            raise KeyError(name)
        return getattr(self, name)


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

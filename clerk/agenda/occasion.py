"""The meeting's type as the agenda's heading names it: "Annual General Meeting", "Notice of an
Extraordinary Meeting of the Town Council", "Special Meeting", "Monthly Council Meeting". The
house styles print it in the minutes' title ("Minutes of the Annual meeting of …"); a heading
that names none leaves it empty. Another meeting's type ("the next Annual Meeting") is not it.
"""

from __future__ import annotations

import re
from datetime import date

from clerk.agenda.when import find_dates

_TYPE = re.compile(
    r"\b(?P<t>annual\s+general|annual\s+parish|annual\s+town|annual"
    r"|extra[-\s]?ordinary(?:\s+general)?|special|ordinary|monthly)"
    r"\s+(?:(?:full\s+)?(?:parish\s+|town\s+|community\s+|city\s+|county\s+)?council\s+)?"
    r"meeting\b",
    re.IGNORECASE,
)
_OTHER_MEETING = re.compile(
    r"\b(?:next|previous|last|following|future|forthcoming|any|each|every|all)\b", re.I
)


def meeting_type(head: list[str], on: date | None) -> str | None:
    """The type named in the lines above the first item, in the agenda's words, capitalised:
    from a heading (a short line with no date) or the line giving the meeting's own date
    ``on`` — not from a line about a meeting on another day ("Please note that the Annual
    Parish Meeting will be held on 20 April")."""
    for line in head:
        m = _TYPE.search(line)
        if not m or _OTHER_MEETING.search(line[: m.start()]):
            continue
        days = {found.day for found in find_dates(line)}
        if (not days and len(line) <= 100) or (on is not None and on in days):
            words = re.sub(r"extra[-\s]?ordinary", "extraordinary", m.group("t"), flags=re.I)
            return " ".join(w.capitalize() for w in words.split())
    return None

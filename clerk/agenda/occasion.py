"""The meeting's type as the agenda's heading names it: "Annual General Meeting", "Notice of an
Extraordinary Meeting of the Town Council", "Special Meeting", "Monthly Council Meeting". The
house styles print it in the minutes' title ("Minutes of the Annual meeting of …"); a heading
that names none leaves it empty. Another meeting's type ("the next Annual Meeting") is not it.
"""

from __future__ import annotations

import re

_TYPE = re.compile(
    r"\b(?P<t>annual\s+general|annual\s+parish|annual\s+town|annual"
    r"|extra[-\s]?ordinary(?:\s+general)?|special|ordinary|monthly)"
    r"\s+(?:(?:full\s+)?(?:parish\s+|town\s+|community\s+|city\s+|county\s+)?council\s+)?"
    r"meeting\b",
    re.IGNORECASE,
)
_OTHER_MEETING = re.compile(r"\b(?:next|previous|last|following|future|forthcoming)\b", re.I)


def meeting_type(head: list[str]) -> str | None:
    """The type named in the lines above the first item, in the agenda's words, capitalised."""
    for line in head:
        m = _TYPE.search(line)
        if m and not _OTHER_MEETING.search(line[: m.start()]):
            words = re.sub(r"extra[-\s]?ordinary", "extraordinary", m.group("t"), flags=re.I)
            return " ".join(w.capitalize() for w in words.split())
    return None

"""The previous meeting's minutes in the agenda pack, read for one thing: the last minute
number, so that this meeting's minutes can go on from the next (DESIGN.md: minute numbers run
on across a municipal year).

The minutes are found by their heading ("Committee Minutes", "Minutes of the meeting of …")
after the agenda; their minute headings are numbered lines that run on by one ("17.
Declarations of Interest (17:30)", "18. Minutes", …). The run ends at the chair's signature,
at "[The meeting started at … and finished at …]", or where the pack goes on to a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from clerk.agenda.lines import find_date

_HEADING = re.compile(
    r"^(?:(?:committee|board|panel|cabinet|council|meeting)\s+minutes"
    r"|(?!(?:to|approve|confirm|sign|previous|the)\b)(?-i:(?:[A-Z][\w&'’-]*\s+){1,8}(?:Minutes|MINUTES))"
    r"|(?:draft\s+|unconfirmed\s+|confirmed\s+)?(?-i:MINUTES|Minutes)(?:\s+of\b.*)?"
    r"|(?:members\s+|councillors\s+)?(?-i:PRESENT|Present)\b.*)\s*:?$",
    re.IGNORECASE,
)
# Signs that a "Minutes" heading opens real minutes, not a report's list of background papers.
_MINUTES_BODY = re.compile(
    r"^(?:(?:members\s+|councillors\s+)?present\b|in attendance\b|apologies\b|officers\b"
    r"|meeting\t|date\t|resolved\b)",
    re.IGNORECASE,
)
_MINUTE = re.compile(
    r"^(?:minute\s+(?:no\.?\s*)?|(?!page|annex|appendix|para|section|table|figure)[A-Z]{1,5}\s?)?"
    r"(?P<n>\d{1,4})(?:/\d{2,4})?"
    r"(?:\.|\s*[-–—:)]|\t|\s)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_CLOSE = re.compile(
    r"^\[?\s*the meeting (?:started|commenced|began|opened|closed|ended|finished|concluded|rose)"
    r"|^(?:cllr|councillor)\b.*,\s*(?:vice[\s-]*)?chair(?:man|person)?$|^chair(?:man|person)?$"
    r"|^signed\s*(?::|by\b|\.{2,}|_{2,}|$)|^(?-i:Agenda Item|AGENDA ITEM)\s+\d+[a-z]?\s*$"
    r"|^(?-i:Annex|ANNEX|Appendix|APPENDIX)\b",
    re.IGNORECASE,
)


_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}", re.I)


@dataclass
class PreviousMinutes:
    last_minute: int
    first_minute: int
    meeting_date: date | None
    body: str | None = None  # the body the minutes say they are of, when they say it
    end: int = 0


_BODY_OF = re.compile(
    r"^(?:meeting|committee|body)\s*[\t:]\s*(?P<a>.+)$"
    r"|^(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\s+of\s+"
    r"(?:the\s+)?(?P<b>.+?)(?:\s+held\b|,|$)",
    re.IGNORECASE,
)


def find_previous_minutes(lines: list[str], committee: str | None = None) -> PreviousMinutes | None:
    """The previous meeting's minutes among those in ``lines`` (the pack after the agenda), or
    None when the pack carries none. A pack may carry several sets: those of this body are
    preferred, and of them the latest (highest minute number)."""
    runs: list[PreviousMinutes] = []
    i = 0
    while i < len(lines) and len(runs) < 20:
        if (
            _HEADING.match(lines[i])
            and len(lines[i]) < 200
            and any(_MINUTES_BODY.match(x) for x in lines[i : i + 60])
        ):
            found = _read_run(lines, i)
            if found is not None:
                runs.append(found)
                i = max(found.end, i + 1)
                continue
        i += 1
    if not runs:
        return None
    if committee:
        own = [r for r in runs if r.body and _same_body(r.body, committee)]
        if own:
            return max(own, key=lambda r: r.last_minute)
    return runs[0]


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("&", "and")).strip()


def _same_body(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    return bool(a and b) and (a in b or b in a)


def _read_run(lines: list[str], start: int) -> PreviousMinutes | None:
    first = last = None
    meeting_date = None
    body = None
    end = len(lines)
    for j in range(start, min(len(lines), start + 3000)):
        line = lines[j]
        if not line:
            continue
        if body is None and first is None and j - start < 30:
            m = _BODY_OF.match(line)
            if m:
                body = (m.group("a") or m.group("b") or "").strip() or None
        if meeting_date is None and first is None and j - start < 30:
            found = find_date(line)
            if found and not re.search(r"publi|issued", line, re.IGNORECASE):
                meeting_date = found[0]
        if j > start and first is not None and _closes(line):
            end = j
            break
        if j > start and _HEADING.match(line) and first is not None:
            end = j
            break
        m = _MINUTE.match(line)
        if not m:
            continue
        n = int(m.group("n"))
        rest = m.group("rest")
        if len(rest) > 250 or not re.match(r"[A-Za-z0-9\"'‘“(]", rest) or _MONTH.match(rest):
            continue
        if first is None:
            if len(rest.split()) > 20 or n > 5000:
                continue
            first = last = n
        elif n == last + 1:
            last = n
    if first is None:
        return None
    return PreviousMinutes(last, first, meeting_date, body, end)


def _closes(line: str) -> bool:
    """A line that closes a set of minutes. Every line of the pack after the minutes is
    tried, so the one test that is not anchored at the start is a plain substring test."""
    return bool(_CLOSE.match(line)) or "ntentionally" in line or "NTENTIONALLY" in line


def municipal_year(day: date) -> int:
    """The year a municipal year (May to May) begins in."""
    return day.year if day.month >= 5 else day.year - 1

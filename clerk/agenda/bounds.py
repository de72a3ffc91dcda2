"""Where the agenda's list of items stops, and the parts it is divided into.

The agenda ends at the first line that only ends an agenda: the democracy officer's block, "This
page is intentionally left blank", the previous meeting's minutes, a report's "Agenda Item 4"
header, the clerk's signature. Part A / Part B headings and "Exempt items" headings divide the
items into the public and the private part.
"""

from __future__ import annotations

import re

_END_MARKERS = re.compile(
    r"^(?:(?:democracy|democratic services?|committee|governance|scrutiny|member services?)"
    r"\s+(?:officer|adviser|advisor|manager|support officer|services officer|team|clerk)s?\s*"
    r"(?:[:\-–—].*)?$"
    r"|(?:town |parish |deputy )?clerk(?: to the (?:\w+ )?council)?\s*:"
    r"|contact details\s*:?$|contact officer\s*:?$|for (?:more|further) information\b.*\bcontact\b"
    r"|this page is intentionally (?:left )?blank|page intentionally left blank"
    r"|public document pack$|(?:committee|meeting|board|cabinet|council) minutes$"
    r"|(?!(?:to|approve|confirm|sign|previous|the|any|matters)\b)(?!.*\b(?:from|of|on|arising)\s+"
    r"(?:the\s+)?(?:last\s+|previous\s+)?minutes$)"
    r"(?-i:(?:[A-Z][\w&'’-]*\s+){1,8}(?:Minutes|MINUTES))$"
    r"|(?:draft |unconfirmed |confirmed )?(?-i:MINUTES|Minutes) of (?:a |the )?(?:\w+ )?meeting\b"
    r"|(?:draft |unconfirmed |confirmed )?(?-i:MINUTES|Minutes) of\b.*\b(?-i:held|HELD)\b"
    r"|(?:draft |unconfirmed )(?-i:MINUTES|Minutes)$|(?-i:MINUTES)$|(?-i:PRESENT|Present)\s*:"
    r"|agenda item \d{1,3}[a-z]?$|annex(?:e|es)?$"
    r"|signed\b.*\b(?:clerk|chief executive|proper officer)\b"
    r"|(?:yours (?:faithfully|sincerely))\b)",
    re.IGNORECASE,
)
_PART = re.compile(
    r"^part\s+(?P<p>[a-d]|[1-4]|one|two|three|i{1,3}|iv)\b\s*[:.\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BY_PURPOSE = re.compile(
    r"\b(?:for\s+(?:information|decision|noting|note|debate|discussion|approval|consideration)"
    r"|to\s+note|general\s+business|routine\s+business|reports?\s+(?:from|of|for))\b",
    re.IGNORECASE,
)
_PRIVATE_HEADING = re.compile(
    r"^(?:(?:exempt|confidential|private|closed)\s+(?:items?|business|session|reports?|part)\b"
    r"|items?\s+(?:likely\s+)?(?:to be\s+)?(?:considered|taken|heard)\s+in\s+private\b"
    r"|(?:exempt|confidential)\s*(?:information)?$|not for publication\b)",
    re.IGNORECASE,
)
_PUBLIC_HEADING = re.compile(
    r"^(?:(?:public|open)\s+(?:items?|business|session|part)\b|items? to be considered in public)",
    re.IGNORECASE,
)


def is_end_marker(line: str) -> bool:
    return bool(_END_MARKERS.match(line))


def _part_of(line: str) -> tuple[bool, str] | None:
    """(private?, heading) for a Part A / Part B heading or an "Exempt items" heading."""
    if len(line) > 160:
        return None
    m = _PART.match(line)
    if m:
        p = m.group("p").lower()
        rest = m.group("rest").lower()
        private = p in ("b", "2", "two", "ii") or bool(
            re.search(r"exempt|confidential|private|closed|not for publication", rest)
        )
        if re.search(r"\bpublic\b|\bopen\b", rest) and not re.search(r"exclu|not open", rest):
            private = private and bool(re.search(r"exempt|confidential|private", rest))
        # "PART B – ITEMS FOR INFORMATION": the agenda's parts by purpose, not a private part
        if _BY_PURPOSE.search(rest) and not re.search(
            r"exempt|confidential|private|closed|not for publication|exclu|in camera", rest
        ):
            private = False
        return private, line
    if _PRIVATE_HEADING.match(line):
        return True, line
    if _PUBLIC_HEADING.match(line):
        return False, line
    return None

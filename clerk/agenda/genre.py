"""Whether a document is an agenda at all, weighed as evidence for and against.

An agenda announces a meeting: an "Agenda" heading (Welsh "Rhaglen", Irish "Clár"), a summons
or notice ("You are hereby summoned", "NOTICE IS HEREBY GIVEN", "… will be held at …", the
Irish letter opening "A Chomhairleoir, a chara"), a ModernGov items table, standard items.
Minutes report one: a "Minutes of …" title, a "Present:" list, "Minutes:" blocks written in
the past ("It was resolved", "were received"). ModernGov publishes "Agenda and minutes" pages
that carry both: their heading makes them agendas, and so do the papers linked to their items
("PDF 62 KB") when a copy has lost the heading. Minutes on their own, reports and letters
(which have neither) are refused, with one line saying why.
"""

from __future__ import annotations

import re

_AGENDA_HEADING = re.compile(
    r"^(?:\{\w+\}\s*)?(?:[\w&'’,:./-]+\s+){0,8}(?:agenda|rhaglen|clár(?:\s+oibre)?"
    r"|a\s+g\s+e\s+n\s+d\s+a)\b(?!\s*(?:item|no\b|ref|\d))|^order\s+of\s+business$",
    re.IGNORECASE,
)
_SUMMONS = re.compile(
    r"\bsummon(?:s|ed)\b|\bhereby\s+(?:given|invited|requested)|\binvited\s+to\s+attend"
    r"|\b(?:will|is\s+to|shall)\s+be\s+held\b|\bto\s+be\s+held\b|\bdue\s+to\s+meet\b"
    r"|\ba\s+chomhairleoir\b|\ba\s+chara\b|\biarrtar\s+ort\b|\bfe['’]?ch\s+gwahoddir\b"
    r"|\bcynhelir\b|\brequested\s+to\s+attend\b",
    re.IGNORECASE,
)
_ITEMS_TABLE = re.compile(r"^(?:items|no\.?\s*\|?\s*item\s*\|?|rhif\.?\s+eitem|eitemau)$", re.I)
_NUMBERED = re.compile(r"^\(?[0-9]{1,3}(?:\.0)?[a-z]?[.):]?\s|^[A-Z]{0,3}/?\d+/\d+")
_MINUTES_TITLE = re.compile(
    r"^(?:draft\s+|unconfirmed\s+|confirmed\s+|approved\s+)?(?:minutes|cofnodion|miontuairiscí?)"
    r"\s+(?:of|o|y|an?)\b(?!\s+(?:the\s+)?(?:previous|last|meeting\s+held\s+on\s+\w+day)\b)"
    r"|^(?:[\w&'’-]+\s+){0,8}(?<!\d\s)minutes\b(?:\s*,.*)?$|^(?:committee\s+)?minutes$"
    r"|^.{0,80}\b(?:MINUTES|Minutes)\s+(?:of|OF)\s+(?!(?:the\s+)?(?:previous|last)\b)",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"^(?:\d+\s+)?(?:present|presennol|those\s+(?:attending|present)|members\s+present"
    r"|i\s+láthair)\b\s*(?:[:./–-]|$|\w)",
    re.IGNORECASE,
)
_PRESENT_INLINE = re.compile(r"\bPRESENT\b|\bPresent\s*:")
_MINUTES_BLOCK = re.compile(r"(?:^|\s)(?:Minutes|Cofnodion):(?:\s|$)")
_PAST = re.compile(
    r"\b(?:it\s+was|were|was)\s+(?:resolved|agreed|noted|proposed|received|approved|reported)\b"
    r"|\bthe\s+meeting\s+(?:closed|ended|finished)\b|\bRESOLVED\b",
)


def _filled(lines: list[str], n: int) -> list[str]:
    return [line for line in lines if line.strip()][:n]


# The papers linked to the items ("pdf icon PDF 62 KB", "PDF 1 MB"): a page that publishes the
# agenda's papers; minutes copied from their own document link none.
PAPERS = re.compile(r"\bPDF\s+[\d.,]+\s*[KM]B\b")


def agenda_evidence(
    head: list[str], lines: list[str], standard: int, heading: bool, papers: bool = False
) -> int:
    score = 2 if papers else 0
    top = [line for line in _filled(head, 15) + _filled(lines, 3) if not _NUMBERED.match(line)]
    if heading or any(_AGENDA_HEADING.match(line) and len(line) < 120 for line in top):
        score += 3
    if any(_SUMMONS.search(line) for line in head):
        score += 3
    if any(_ITEMS_TABLE.match(line.strip()) for line in head):
        score += 2
    score += 2 if standard >= 2 else standard
    return score


def minutes_evidence(head: list[str], lines: list[str], heading: bool) -> tuple[int, str]:
    score, why = 0, []
    top = [line for line in _filled(lines, 3) if not _NUMBERED.match(line)]
    titled = [
        _MINUTES_TITLE.search(line[:200]) and not re.search(r"\bagenda\b", line, re.I)
        for line in top
    ]
    if any(titled):
        # The document's own title weighs most: minutes often repeat the agenda's heading.
        score += 5 if titled[0] and top[0] == _filled(lines, 1)[0] else 3
        why.append("a 'Minutes of …' title")
    early = _filled(lines, 15)
    if any(_PRESENT.match(line) for line in early) or _PRESENT_INLINE.search(
        "\n".join(early)[:1500]
    ):
        score += 2
        why.append("a list of those present")
    if not heading:
        blocks = sum(len(_MINUTES_BLOCK.findall(line)) for line in lines)
        if blocks >= 2:
            score += 2
            why.append("'Minutes:' under the items")
        if _PAST.search("\n".join(lines)):
            score += 1
    return score, " and ".join(why) or "it reports what was decided"


def refusal(
    source_name: str,
    head: list[str],
    lines: list[str],
    standard: int,
    heading: bool,
    papers: bool = False,
) -> str | None:
    """The one line that says why this is no agenda, or None when it is one."""
    top = [line for line in _filled(head, 15) + _filled(lines, 3) if not _NUMBERED.match(line)]
    heading = heading or any(_AGENDA_HEADING.match(line) and len(line) < 120 for line in top)
    for_agenda = agenda_evidence(head, lines, standard, heading, papers)
    against, why = minutes_evidence(head, lines, heading)
    if against >= 3 and against > for_agenda:
        return f"{source_name} is not an agenda: it reads as the minutes of a meeting ({why})"
    return None

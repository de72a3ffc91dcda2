"""What kind of business an agenda item is, told from its title, and the Schedule 12A
paragraph that makes an item exempt.

The standard items have set wordings across councils ("Apologies for Absence", "Declarations
of Interest", "Exclusion of the Press and Public", …), so a title that matches one is sure.
Any other item is a report when it has report pages or speaks of a report, and otherwise
"other"; both of those are guesses and are reported as such.
"""

from __future__ import annotations

import re

_RULES: list[tuple[str, re.Pattern]] = [
    (
        "apologies",
        re.compile(
            r"\bapolog(?:y|ies|ise)|\bsubstitut(?:es|ions)\b.*\babsence|\bymddiheuriadau\b"
            r"|^leithscéalta\b",
            re.I,
        ),
    ),
    (
        "declarations",
        re.compile(
            r"\b(?:declarations?|disclosures?|disclosable|declare)\b.*\binterests?\b"
            r"|\binterests?\b.*\b(?:declar|disclos)|^(?:members'?\s+)?(?:declarations?|interests)$"
            r"|^(?:members['’]?\s+)?declarations?\b(?!\s+of\s+(?:acceptance|office|results?|intent))"
            r"|^to receive (?:any )?declarations\b|\bdispensations?\b|\bconflicts?\s+of\s+interests?"
            r"|\bdatganiad(?:au)?\s+o\s+ddiddordeb|\bdatgan\s+(?:buddiant|cysylltiad)|\bbuddiannau\b"
            r"|\bcoinbhleacht\s+leasa",
            re.I,
        ),
    ),
    (
        "exclusion",
        re.compile(
            r"\bexclu\w*\b.{0,40}\b(?:press|public)\b|\b(?:press|public)\b.{0,20}\bexclu"
            r"|\bexempt information\b|^exclusion\b|\bprivate session\b"
            r"|\bpublic bodies \(admission to meetings\)|\bgwahardd\s+y\s+wasg",
            re.I,
        ),
    ),
    (
        "public_participation",
        re.compile(
            r"\bpublic\s+(?:participation|questions?|speaking|speakers|forum|session|statements?"
            r"|time|comments?|representations?|question time|open forum)"
            r"|questions?\s+(?:from|by|of)\s+(?:members\s+of\s+)?(?:the\s+)?public|\bdeputations?\b"
            r"|\b(?:opportunity|time|period|minutes)\s+for\s+(?:the\s+)?public\b"
            r"|\bpublic\s+(?:to\s+)?(?:speak|address|ask|raise|comment)\b"
            r"|\b(?:parishioners|electors|residents)['’]?\s+(?:questions|forum|time|session|matters)"
            r"|\bopen forum\b|\bpetitions?\b|\bresidents'?\s+(?:questions|forum|time)"
            r"|\bpublic\s+adjournment|\bmembers of the public\b|\bcwestiynau\b.{0,30}\by\s+cyhoedd"
            r"|\bfforwm\s+cyhoeddus|\bcyfranogiad\s+y\s+cyhoedd"
            r"|\bfrom\s+(?:members\s+of\s+)?the\s+public\b|\bpublic\s+participation"
            r"|^(?:open\s+)?questions?\s+(?:from|on)\s+the\s+floor\b|^residents['’]?\s+forum\b",
            re.I,
        ),
    ),
    (
        "urgent_business",
        re.compile(
            r"\burgent\s+(?:business|items?|matters?|decisions?)|\bany\s+other\s+(?:urgent\s+)?business"
            r"|\bany\s+other\s+urgent\b"
            r"|^(?:a\.?o\.?b\.?|other business)$|^urgent$|\bitems?\s+of\s+urgent"
            r"|\b(?:decides?|considers?|deems?|agrees?)\b.{0,30}\burgent\b|^late\s+items?\b"
            r"|\b(?:materion|eitemau|busnes)\s+brys\b",
            re.I,
        ),
    ),
    (
        "minutes",
        re.compile(
            r"^(?:(?:to\s+)?(?:approve|confirm|receive|agree|sign|adopt)\w*\s+(?:and\s+\w+\s+)?(?:the\s+)?"
            r"(?:(?:public|draft|open|non-exempt|unrestricted)\s+)?)?minutes\b"
            r"|\bminutes\s+of\s+(?:the\s+)?(?:previous|last|meeting|(?:\w+\s+){1,3}meeting|committee"
            r"|sub-committee)"
            r"|\b(?:confirmation|approval|adoption)\s+of\s+(?:the\s+)?minutes"
            r"|\b(?:previous|last)\s+(?:meeting'?s?\s+)?minutes\b"
            r"|^(?:council|committee|board|meeting)\s+minutes\b|^notes$"
            r"|^minute$|^(?:the\s+)?minute\s+of\s+(?:the\s+)?(?:previous|last|meeting|(?:\w+\s+){1,2}meeting)\b"
            r"|^(?:to\s+)?(?:approve|confirm|agree|sign|adopt)\w*\s+(?:the\s+)?(?:draft\s+)?minute\b(?!'?s?\s+silence)"
            r"|^notes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting|^(?:y\s+)?cofnodion\b"
            r"|^(?:the\s+)?record\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\b"
            r"|^(?:to\s+)?(?:approve|confirm|receive|agree|sign|adopt)\w*\s+(?:and\s+\w+\s+)?cofnodion",
            re.I,
        ),
    ),
    (
        "work_plan",
        re.compile(
            r"\bwork\s*(?:plan|programme|program)\b|\bforward\s+(?:plan|work)|\bworkplan\b"
            r"|\bprogramme\s+of\s+work\b|\bwork\s+schedule\b",
            re.I,
        ),
    ),
]

_SILENCE = re.compile(r"\bminute['’]?s?\s+(?:of\s+)?silence\b", re.I)
_APPROVES_MINUTES = re.compile(
    r"(?:to\s+)?(?:agree|approve|confirm|adopt|sign|receive)\w*\s+(?:and\s+\w+\s+)?(?:the\s+)?"
    r"minutes\b",
    re.I,
)
_MATTERS_ARISING = re.compile(r"\bmatters\s+arising\b|\bactions?\s+(?:log|arising)", re.I)
# Titles that name a standard item's words but are other business: another body's minutes
# received ("Minutes of Committees", "Adoption of Minutes of the Planning Committee"), a
# review of the register of interests, a request to address the council.
_NOT_STANDARD = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:committees|sub-committees"
    r"|(?:(?!(?:this|previous|last|meeting|meetings|its|our)\b)[\w&'’-]+\s+){0,6}"
    r"(?:committee|sub-committee|board|panel|forum|group|partnership|authority|trust)s?\b)"
    r"|\b(?:annual\s+)?review\s+of\s+(?:the\s+)?(?:register\s+of\s+|members'?\s+)?"
    r"(?:declarations?\s+of\s+)?interests?\b|\bregister\s+of\s+interests\b"
    r"|\brequests?\s+for\s+deputations?\b|\bminutes\s+(?:(?:for|to)\s+not(?:e|ing)|of\s+committee\s+meetings)",
    re.I,
)
_REPORT = re.compile(
    r"\breports?\b|\bupdates?\b|\bstrategy\b|\bpolicy\b|\breview\b|\bplan\b"
    r"|\bitems?\s+deferred\b|\bdeferred\s+items?\b|\badroddiad\b",
    re.I,
)


_PROCEDURAL = re.compile(
    r"^(?:date|dates|time)s?\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?(?:next|future)\s+meetings?"
    r"|^(?:chair\w*|mayor\w*|leader\w*)'?s?\s+(?:announcements?|communications?|remarks|update)"
    r"|^announcements?\b|^(?:welcome|introductions?)\b|^appointment\s+of\s+(?:the\s+)?(?:vice[\s-]*)?chair"
    r"|^election\s+of\s+(?:the\s+)?(?:vice[\s-]*)?chair|^(?:notice\s+of\s+)?(?:recording|webcast)"
    r"|^matters\s+arising|^correspondence$|^items?\s+for\s+(?:the\s+)?(?:next|future)\s+agenda"
    r"|^(?:appointment|notification)\s+of\s+substitutes?|^substitutes?$"
    r"|^(?:appointment|notification)\s+of\s+substitute\s+members?|^substitute\s+members?"
    r"|^order\s+of\s+(?:the\s+)?(?:agenda|business)\b|^(?:opening\s+)?prayers?$"
    r"|\bsilent\s+reflection|\bminute'?s?\s+silence|\bmoment\s+of\s+reflection"
    r"|^(?:\w+\s+){0,2}welcome\b|^review\s+of\s+(?:the\s+)?meeting\b|^correspondence\b"
    r"|^appeals?\s+against\s+refusal\s+of\s+inspection|\bcalendar\s+of\s+(?:dates|meetings)"
    r"|\bdates\s+(?:of\s+(?:future\s+)?meetings|(?:for\s+)?\d{4})"
    r"|\bnext\s+(?:agm|annual\s+general\s+meeting|annual\s+meeting|meeting)\b"
    r"|^(?:date|dates|time)s?\s+(?:and|&)\s+(?:time|venue|place)s?\s+of\s+(?:the\s+)?(?:next|future)"
    r"|^cyhoeddiadau\b|^croeso\b",
    re.IGNORECASE,
)


def kind_of(
    title: str, description: str | None, pages, body: str | None = None
) -> tuple[str, bool]:
    """(kind, sure). A standard wording is sure; a report or "other" is a guess. ``body``: the
    meeting's own body, whose minutes are the minutes item even when the title names it."""
    text = " ".join(title.split())
    # "Minutes of the meeting held on … – To approve … – any matters arising …": the heading
    # before the first dash names the business; what the explanation goes on to mention does
    # not make a standard item something else.
    head = _HEAD_END.split(text, 1)[0]
    if head != text and len(head) >= 8:
        kind, sure = _kind_of(head, description, pages, body)
        if sure and kind in _STANDARD_KINDS:
            return kind, sure
    return _kind_of(text, description, pages, body)


_HEAD_END = re.compile(r"\s+[-–—]\s+|\s*:\s+|;\s+")
_STANDARD_KINDS = {kind for kind, _ in _RULES} - {"work_plan"}


def _kind_of(text: str, description: str | None, pages, body: str | None) -> tuple[str, bool]:
    own = bool(body) and len(body) > 3 and body.lower() in text.lower()
    if not own and _NOT_STANDARD.search(text):
        if pages is not None:
            return "report", True
        return ("report" if _REPORT.search(text) or "minutes" in text.lower() else "other"), False
    if _SILENCE.search(text):  # "Minutes silence": a minute's silence, not the minutes
        return "other", True
    arising = _MATTERS_ARISING.search(text)
    if not arising or (arising.start() > 0 and _APPROVES_MINUTES.match(text)):
        # "Agree the minutes of the last AGM and to deal with matters arising": the minutes
        for kind, rule in _RULES:
            if rule.search(text):
                return kind, True
    if _PROCEDURAL.search(text):  # "Correspondence 133 - 150": papers, but procedure
        return "other", True
    if pages is not None:
        return "report", True
    if _REPORT.search(text) or (description and re.search(r"\breport\b", description, re.I)):
        return "report", False
    return "other", False


_PARAGRAPH = re.compile(
    r"\bparagraphs?\s+(?P<list>[1-7](?:\s*(?:,|and|&|or)\s*[1-7])*)(?![0-9])", re.IGNORECASE
)
_EXEMPT_WORDS = re.compile(r"12\s?A|exempt|confidential|private|not for publication", re.I)


def exempt_paragraphs(text: str) -> list[int]:
    """Schedule 12A paragraphs named in ``text`` ("paragraphs 1 and 3 of Schedule 12A")."""
    if not text or not _EXEMPT_WORDS.search(text):
        return []
    found: list[int] = []
    for m in _PARAGRAPH.finditer(text):
        window = text[max(0, m.start() - 200) : m.end() + 200]
        if not _EXEMPT_WORDS.search(window):
            continue
        for n in re.findall(r"[1-7]", m.group("list")):
            if int(n) not in found:
                found.append(int(n))
    return found


_SAYS_EXEMPT = re.compile(
    r"\bexempt\b|\bconfidential\b|\bnot for publication\b|\bprivate\b|\bschedule\s+12\s?a\b",
    re.IGNORECASE,
)


def says_exempt(text: str) -> bool:
    return bool(text and _SAYS_EXEMPT.search(text))

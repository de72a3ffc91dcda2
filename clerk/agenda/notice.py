"""The notice at the head of an agenda: which body meets, when, where, and who its members are.

Two shapes are common. ModernGov-style notices label each fact ("To:", "Date:", "Time:",
"Venue:"), one to a line or a table row. Parish and town councils write a summons ("You are
hereby summoned to attend a meeting of Anytown Parish Council to be held in the Village Hall
on Tuesday 14 March 2023 at 7.30 pm"). Both are read; labelled facts win over the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from clerk.agenda.header import Choice, choose_date, choose_time, front_matter_end, units_of
from clerk.agenda.labels import BARE_LABEL as _BARE_LABEL
from clerk.agenda.labels import BODY_WORDS as _BODY_WORDS
from clerk.agenda.labels import LABEL as _LABEL
from clerk.agenda.labels import SKIP_LINE as _SKIP_LINE
from clerk.agenda.labels import label_key
from clerk.agenda.lines import (
    DATE_RE,
    fold_spaces,
    tidy_dash,
)
from clerk.agenda.membership import read_members
from clerk.agenda.venue import read_venue
from clerk.agenda.when import find_dates, years_in

_KIND_OF_MEETING = (
    r"(?:(?:annual|general|special|extraordinary|ordinary|monthly|statutory|public|open"
    r"|reconvened|adjourned|full|main|regular|the|this|next|last|month['’]s|(?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight)(?:['’]s)?)\s+)*"
    r"(?:meeting|agm|egm)"
    # Welsh and Irish: "Cyfarfod (Blynyddol)", "Cruinniú (Míosúil)"
    r"|(?:cyfarfod|cruinniú)(?:\s+(?:blynyddol|arbennig|cyffredin|misol|míosúil|bliantúil))?"
)
#: "Monthly Meeting", "AGM", "Cyfarfod / Meeting": what kind of meeting, not who meets.
MEETING_ONLY = re.compile(
    rf"(?:{_KIND_OF_MEETING})(?:\s*/\s*(?:{_KIND_OF_MEETING}))?:?", re.IGNORECASE
)
_ORG = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+|of\s+|and\s+|upon\s+|on\s+|in\s+|the\s+){0,7}"
    r"(?:Council|Authority|(?:NHS\s+)?(?:Foundation\s+)?Trust|School|Academy|College|University"
    r"|Charity|Limited|Ltd|CIC)$"
)
_NOTICE_OF = re.compile(
    r"^(?:notice\s+of\s+(?:an?\s+|the\s+)?(?:(?:public|virtual|remote|hybrid|special|extraordinary"
    r"|annual|ordinary|additional|reconvened)\s+)*meeting\s+of|meeting\s+of)\s*(?:the\s+)?(?P<v>.*)$",
    re.IGNORECASE,
)
_SUMMONS = re.compile(
    r"(?:summon(?:ed|s)?\s+(?:you\s+)?to\s+attend|(?:formally\s+)?invite[ds]?\s+(?:you\s+)?to\s+attend"
    r"|requested\s+to\s+attend"
    r"|notice\s+is\s+(?:hereby\s+)?given\s+(?:of|that))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}meeting\s*of\s+(?:the\s+)?(?P<v>.+?)"
    r"(?=\s*,|\s+(?:to\s+be|which|that|will|shall|is\s+to|on|at|in|held)\b|$)",
    re.IGNORECASE,
)
_MEETING_WILL = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<v>[A-Z][^.,]{3,120}?)\s+(?:will|is\s+to|shall|was|were)"
    r"(?:\s+be)?\s+held",
)


_ORG_THEN_BODY = re.compile(
    r"^(?P<org>[A-Z].{2,80}?\b(?:Trust|Council|Authority|College|University|Association|Society"
    r"|Company|Limited|Ltd))\s+(?P<body>Council\s+of\s+Governors|Board\s+of\s+(?:Directors"
    r"|Trustees|Governors|Management)|Governing\s+Body|Members['’]?\s+Council)$"
)
# "A meeting of the Elmvale Integration Joint Board of Elmvale Council will be held …": the
# board, and the council it belongs to.
_BODY_OF_ORG = re.compile(
    r"^(?P<body>[A-Z].{2,100}?\b(?:Board|Committee|Sub-Committee|Panel|Forum|Cabinet))\s+of"
    r"\s+(?:the\s+)?(?P<org>[A-Z][\w&'’ -]{2,80}?\b(?:Council|Authority))$"
)
# "the agenda and supporting papers for the 'shadow' Council of Governors meeting on …"
_PAPERS_FOR = re.compile(
    r"\bagenda\b[^.]{0,60}?\bfor\s+the\s+(?:['‘\"][\w-]+['’\"]\s+)?(?P<v>[A-Z][\w&'’-]*"
    r"(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for))*)\s+meeting\b"
)
# The rest of a name with a comma in it, up to "which will be held", "to be held" …
_NAME_AFTER_COMMA = re.compile(
    r",\s*(?P<more>(?:[A-Z][\w&'’-]*|and|of|&)(?:\s+(?:[A-Z][\w&'’-]*|and|of|&)){0,8})"
    r"\s+(?=which|to\s+be|will|shall|on|at|in)\b"
)
_DATE_FIRST = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?[\s./-]",
    re.IGNORECASE,
)
_AGENDA_LABEL = re.compile(r"^agenda\s*(?::|\s[-–—])\s*(?P<v>[A-Z].{3,150})$", re.IGNORECASE)
_WILL_HOLD = re.compile(
    r"(?:^|[.\n]\s*)(?:[Tt]he\s+)?(?P<v>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|&))*)"
    r"\s+(?i:will|is\s+to|shall)\s+(?i:hold|meet)\b",
)


@dataclass
class Notice:
    committee: str | None = None
    committee_sure: bool = True
    organisation: str | None = None
    date: date | None = None
    date_sure: bool = True
    date_why: str = ""
    time: time | None = None
    time_sure: bool = True
    time_why: str = ""
    venue: str | None = None
    venue_why: str = ""
    people: list[dict] = field(default_factory=list)
    substitutes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_notice(lines: list[str], more_years=None) -> Notice:
    """Read the notice from the lines before the first item. ``more_years``: a function giving
    the years the rest of the document names, for a meeting date written with no year."""
    notice = Notice()
    front = front_matter_end(lines)  # a web page's YAML front matter: posting details
    lines = _split_labels([""] * front + list(lines[front:]))
    labels: dict[str, tuple[str, int]] = {}
    for i, line in enumerate(lines):
        m = _LABEL.match(line)
        if m:
            key = label_key(m.group("label"))
            value = m.group("value").strip()
            at = i
            if not value:  # the value on the next line
                j = _next_filled(lines, i)
                if j is not None and not _LABEL.match(lines[j]):
                    value, at = lines[j], j
            labels.setdefault(key, (value, at))
        elif re.fullmatch(
            r"(?:membership|members|committee members|councillors)\s*:?", line, re.IGNORECASE
        ):
            labels.setdefault("membership", ("", i))
        elif _BARE_LABEL.fullmatch(line):  # "Time and Date" above "7.00 pm on Wednesday, …"
            j = _next_filled(lines, i)
            if j is not None and not _LABEL.match(lines[j]) and not _BARE_LABEL.fullmatch(lines[j]):
                key = label_key(line)
                labels.setdefault(key, (lines[j], j))
    joined = _paragraphs(lines)
    _read_committee(notice, lines, labels, joined)
    _read_organisation(notice, lines)
    m = _ORG_THEN_BODY.match(notice.committee or "")
    if m:  # "Elmford NHS Foundation Trust Council of Governors": the trust, and its body
        notice.committee = m.group("body")
        notice.organisation = notice.organisation or m.group("org")
    m = _BODY_OF_ORG.match(notice.committee or "")
    if m:
        if not notice.organisation or m.group("body") in notice.organisation:
            notice.organisation = m.group("org")  # not "… Joint Board of Elmvale Council"
        notice.committee = m.group("body")
    when = _read_when(notice, lines, labels, joined, more_years)
    read_venue(notice, lines, labels, joined, when)
    notice.people, notice.substitutes = read_members(lines, labels)
    return notice


_SECOND_LABEL = re.compile(
    r"\t(?=(?:date|time|venue|place|location|where|when|(?:vice[\s-]*|deputy\s+)?chair\w*"
    r"|members(?:hip)?|councillors|substitutes?|quorum|tel(?:ephone)?|e-?mail|contact)\s*:)",
    re.IGNORECASE,
)


def _split_labels(lines: list[str]) -> list[str]:
    """ "Chair: Cllr A Smith<tab>Vice-Chair: Cllr B Jones" is two labelled lines."""
    out: list[str] = []
    for line in lines:
        if "\t" in line and _SECOND_LABEL.search(line):
            out.extend(part.strip() for part in _SECOND_LABEL.split(line))
        else:
            out.append(line)
    return out


def _paragraphs(lines: list[str]) -> str:
    """The head as text: lines of a paragraph joined (PDF lines wrap), paragraphs on their own
    lines, so that a letter's date above "Dear Councillor" is not read into the summons."""
    out, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return "\n".join(out)


def _next_filled(lines: list[str], i: int) -> int | None:
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j]:
            return j
    return None


#: "Cyngor Cymuned Llanashcombe Community Council": the Welsh name run into the English one.
WELSH_THEN_ENGLISH = re.compile(
    r"^cyngor\s+(?:cymuned|tref|sir|dinas|bwrdeistref\s+sirol)\s+(?=(?:[\w'’-]+\s+){1,3}"
    r"(?:community|town|county|city|county\s+borough)\s+council$)",
    re.IGNORECASE,
)
_WEEKDAY_END = re.compile(
    r"[\s,]+(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$", re.I
)


def _clean_body(text: str) -> str:
    text = fold_spaces(text.replace("\t", " "))
    # "2021/11/03: Parish Council Meeting Agenda": a web page's date before the title
    text = re.sub(r"^(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}\s*[:–—-]?\s*", "", text)
    text = re.sub(
        r"^(?:notice\s+of\s+(?:an?\s+|the\s+)?)?(?:the\s+)", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"^notice\s+of\s+(?:an?\s+|the\s+)?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:subject|re|fwd?)\s*:\s*", "", text, flags=re.IGNORECASE)  # an e-mail
    # "Cyngor Cymuned Llanashcombe Community Council": the Welsh name run into the English
    text = WELSH_THEN_ENGLISH.sub("", text)
    text = re.sub(r"\s*[-–—:,]?\s*(?:agenda|public document pack)\s*$", "", text, flags=re.I)
    # "Elmford Parish Council – Notice of Parish Meeting": the body, then what the page is
    text = re.sub(
        r"\s+[-–—:]\s+(?:notice|summons|agenda)\s+(?:of|for|to)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}"
        r"meeting\b.*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "… Council of Governors - Meeting being held via MS teams": how it meets, not the body
    text = re.sub(r"\s+[-–—]\s+meeting\s+(?:being\s+|to\s+be\s+)?held\b.*$", "", text, flags=re.I)
    # "Board of Directors – Meeting in Public", "Cabinet - Public Session", "Trust Board – Part
    # 1": which part of the meeting, not the body
    text = re.sub(
        r"\s+[-–—:]\s+(?:(?:meeting|session)\s+(?:in|held\s+in)\s+(?:public|private)"
        r"|public\s+(?:meeting|session|business)|part\s+(?:1|2|one|two|a|b|i|ii))\s*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "Ashcombe Community Trust (Registered charity no. 1234567)": a registration, not a name
    text = re.sub(
        r"\s*\((?:registered\s+)?(?:charity|company|charity\s+number|reg(?:istration|\.)?)"
        r"[^()]{0,40}\)",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "Licensing Committee (expired)": a web page's mark on a body that no longer meets
    text = re.sub(
        r"\s*\((?:expired|historic(?:al)?|old|defunct|ceased|archived?)\)", "", text, flags=re.I
    )
    dates = find_dates(text)
    if dates and dates[0].start > 3:  # "Planning Committee - 5 April 2023"
        text = text[: dates[0].start]
        text = _WEEKDAY_END.sub("", text)  # "Monthly meeting Thurs 14/11/2024"
    # "Governance Committee (June 2021)", "Planning Committee May 2023": the month, not the body
    text = re.sub(
        rf"\s+\(?(?:(?:{_MONTH_NAME})\s+)?(?:19|20)\d\d\)?$", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"\s*(?:[-–—:,]|\bon|\bheld)\s*$", "", text).strip(" .,")
    # "Much Marcle Parish Council Meeting": the body, not its meeting
    text = re.sub(
        r"\b(council|committee|board|cabinet|panel|forum|trust)\s+meeting$", r"\1", text, flags=re.I
    )
    if text.isupper() and (len(text.split()) >= 2 or len(text) >= 6):
        # "FULL COUNCIL", "CABINET" as the clerk would type them
        text = _title_case(text)
    return tidy_dash(text)[:2000]


def _read_committee(notice: Notice, lines, labels, joined) -> None:
    for i, line in enumerate(lines):
        if re.fullmatch(r"notice of (?:an? )?(?:public )?meeting", line, re.IGNORECASE) and (
            i + 1 < len(lines) and re.fullmatch(r"of(?: the)?", lines[i + 1], re.IGNORECASE)
        ):  # "Notice of a public meeting" / "of", cut by a narrow column
            line = f"{line} of"
            lines = [*lines[: i + 1], "", *lines[i + 2 :]]
        m = _NOTICE_OF.match(line)
        if m:
            value = m.group("v")
            j = i
            if not value:
                j = _next_filled(lines, i) or i
                value = lines[j] if j != i else ""
            # A long name wraps: "… for Children, Young People" / "and Education".
            while (
                value and j + 1 < len(lines) and lines[j + 1] and _name_goes_on(value, lines[j + 1])
            ):
                j += 1
                value = f"{value} {lines[j]}"
            value = re.split(r"\s+(?:to be|will be|which|on)\s", value)[0]
            if value and len(value) < 200 and (value[:1].isupper() or _BODY_WORDS.search(value)):
                notice.committee = _clean_body(value)
                return
    for key in ("meeting", "committee", "body"):
        value = labels[key][0] if key in labels else ""
        if value and len(value) < 200 and not _DATE_FIRST.match(value):
            # "Meeting : Tues. 21st August 2018, 7.15-9pm" gives the when, not the body
            notice.committee = _clean_body(value)
            return
    for line in lines[:15]:
        m = _AGENDA_LABEL.match(line)  # "AGENDA: Elmford Community Council"
        words = {w.lower() for w in _BODY_WORDS.findall(m.group("v"))} if m else set()
        if words - {"meeting", "session", "group"} and not find_dates(m.group("v")):
            notice.committee = _clean_body(m.group("v"))
            return
    m = _SUMMONS.search(joined)
    if m and len(m.group("v")) < 200 and not m.group("v")[:1].islower():
        value = m.group("v")
        more = _NAME_AFTER_COMMA.match(joined, m.end())
        if more and _BODY_WORDS.search(more.group("more")):
            value = f"{value}, {more.group('more')}"  # "ARMAGH CITY, BANBRIDGE AND … COUNCIL"
        notice.committee = _clean_body(value)
        return
    titled = _title_body(lines)
    if titled:
        # "Planning Committee" / "Elmford Town Council" / "Monday 11 November 2024 …": the
        # council's name over the date, the committee that meets above it.
        above = _ORG.match(titled) and next(
            (
                line
                for line in _heading_candidates(lines[:6])
                if not _is_org(line)
                and not MEETING_ONLY.fullmatch(_clean_body(line))
                and not find_dates(line)
            ),
            None,
        )
        notice.committee = _clean_body(above) if above else titled
        return
    m = _PAPERS_FOR.search(joined)
    if m and _BODY_WORDS.search(m.group("v")):
        notice.committee = _clean_body(m.group("v"))
        return
    m = _MEETING_WILL.search(joined) or _WILL_HOLD.search(joined)
    if m and len(m.group("v")) < 200:
        notice.committee = _clean_body(m.group("v"))
        return
    candidates = _heading_candidates(lines[:60])
    # "Ordinary Meeting - Monday 4 March 2024" names no body: the council above it does.
    kind_only = [line for line in candidates if MEETING_ONLY.fullmatch(_clean_body(line))]
    for line in candidates:
        if not _is_org(line) and line not in kind_only:
            notice.committee = _clean_body(line)
            # "Meeting of the month": a heading that names no kind of body is a guess
            words = {w.lower() for w in _BODY_WORDS.findall(line)}
            notice.committee_sure = not words <= {"meeting", "session", "group"}
            return
    bodies = [line for line in candidates if line not in kind_only]
    # "Friends of Ashcombe Park" over "Annual General Meeting": a group's own name, heading
    # the page, names the body better than the kind of meeting does (both unsure).
    first = next((fold_spaces(line) for line in lines[:3] if line.strip()), "")
    if (
        not bodies
        and _GROUP_NAME.fullmatch(first)
        and not MEETING_ONLY.fullmatch(first)
        and not find_dates(first)
    ):
        notice.committee = _clean_body(first)
        notice.committee_sure = False
        return
    if candidates:  # a full council meeting: the council is the body
        notice.committee = _clean_body((bodies or candidates)[0])
        notice.committee_sure = False
        return
    titled = _title_body(lines, kinds=True)  # "Monthly Meeting": better than nothing, unsure
    if titled:
        notice.committee = titled
        notice.committee_sure = False


_WHEN_OR_HOW = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b|hrs\b)|\b\d{1,2}:\d{2}\b"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b,?\s+\d{1,2}"
    r"|\b(?:to\s+be\s+held|held\s+(?:at|in|on|via|remotely)|via\s+zoom|starts?\b|commenc"
    r"|meeting\s+id|passcode|password|dial[\s-]in)",
    re.IGNORECASE,
)


_GROUP_NAME = re.compile(
    r"(?:the\s+)?(?!agenda\b)[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|&|for|in|on|upon"
    r"|at)){1,7}"
)


def _is_org(line: str) -> bool:
    """A council's or trust's own name, in one language or two ("Comhairle Chontae Ashcombe /
    Ashcombe County Council")."""
    return any(_ORG.match(fold_spaces(part)) for part in re.split(r"\s+/\s+", line))


def _heading_candidates(lines: list[str]) -> list[str]:
    """Lines that could be a heading naming the body: short, with a body word, no sentence."""
    candidates = []
    for line in lines:
        if not line or _SKIP_LINE.match(line) or _LABEL.match(line) or len(line) > 160:
            continue
        if line.rstrip().endswith((".", ":", ";")) or not _BODY_WORDS.search(line):
            continue
        if re.match(r"^(?:to|a|an|you|please|if|members|the meeting)\b", line, re.IGNORECASE):
            continue
        if _PERSON_OR_CRUMB.search(line):
            continue  # a member's table row, a web page's breadcrumb trail
        if re.search(r"\bminutes\s+of\b|\bmeeting\s+(?:held|was|will)\b", line, re.IGNORECASE):
            continue
        if _WHEN_OR_HOW.search(_clean_body(line)):
            continue  # "Meeting starts 7.30pm", "… on Thursday 14th November", "to be held via …"
        if line[:1].islower() or re.search(
            r"\b(?:will|shall|may|hold|holds|are|were|was|cynhelir|bydd)\b", line, re.IGNORECASE
        ):
            continue  # a sentence or a wrapped line, not a title
        candidates.append(line)
    return candidates


# "| Prof. I Cumming | Chair | Non Executive Director |", "Cllr A Smith (Chair)", and
# "Home > Your Council > Agenda and minutes" name no body.
_PERSON_OR_CRUMB = re.compile(
    r"^\W*(?:prof|mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|rev(?:erend)?|lord|lady)\b\.?\s+\S"
    r"|\s>\s|\|.*\|",
    re.IGNORECASE,
)

_MONTH_NAME = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_AGENDA_FOR = re.compile(
    r"^(?:\{\w+\}\s*)?agenda(?:\s+(?:for|of)\s+|\s*[-–—:|]\s+)(?:the\s+)?", re.IGNORECASE
)
# "POSTPONED … Agenda for Extraordinary Meeting to be held at …": the title after a notice
_AGENDA_FOR_LATER = re.compile(r"(?:[.…!]\s*|\s[-–—]\s)(?=agenda\s+(?:for|of)\s)", re.IGNORECASE)
# "Extraordinary Meeting of Elmford Parish Council": the body that meets
_MEETING_OF = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}meeting|cyfarfod)\s+(?:of|o)\s+(?:the\s+)?(?P<b>[A-Z].*)$",
    re.IGNORECASE,
)
_HELD_TAIL = re.compile(
    r"\s+(?:(?:to\s+be|will\s+be|which\s+will\s+be)\s+held|held\s+(?:at|in|on|via)|to\s+take\s+place)"
    r"\b.*$",
    re.IGNORECASE,
)
_BODY_NOUN_END = re.compile(
    r"\b(?:committee|council|board|body|governors|panel|cabinet|forum|trust|executive|cyngor"
    r"|pwyllgor)$",
    re.IGNORECASE,
)


def _title_body(lines: list[str], kinds: bool = False) -> str | None:
    """The body named by a title line: "Cabinet - Tuesday, 21 March 2023 2.00 pm" (ModernGov),
    "Agenda for the Governing Body Meeting", "Laleston Community Council Meeting, 21 September
    2023", "Cyngor Sir Ynys Môn - Dydd Iau, 9fed Hydref, 2014". A title that names only a kind
    of meeting ("Monthly Meeting - Monday 4 March 2024", "Meeting on Monday …") is passed over
    unless ``kinds``: the body is then looked for in the other lines of the notice ("Elmford
    Parish Council" above it), and such a title is the last resort."""
    for i, line in enumerate(lines[:20]):
        text = fold_spaces(line.replace("\t", " "))
        if not text or _LABEL.match(text):
            continue
        long = len(text) > 200
        text = text[:200]  # a header run into the items of a re-flowed PDF: its start
        later = _AGENDA_FOR_LATER.search(text)
        if later and not _AGENDA_FOR.match(text):
            text = text[later.end() :]
        agenda_for = _AGENDA_FOR.match(text)
        if agenda_for:
            text = _HELD_TAIL.sub("", text)
            of = _MEETING_OF.match(_AGENDA_FOR.sub("", text))
            if of:
                text = of.group("b")
        dates = find_dates(text)
        if not agenda_for and not dates and _BODY_END.search(text) and len(text) < 120:
            # "Shadow Elmvale Integration Joint Board" / "20 Mar 2015 - 09:30 to 11:00": a
            # page's title over the line that starts with the meeting's date (CMIS)
            below = next((b for b in lines[i + 1 : i + 3] if b), "")
            when = find_dates(below)
            if when and when[0].start == 0 and not re.search(r"[.:;]$", text):
                text = f"{text} - {below}"
                dates = find_dates(text)
        if not agenda_for and not (dates and dates[0].start > 3):
            continue
        name = text[: dates[0].start] if dates and dates[0].start > 3 else text
        name = _AGENDA_FOR.sub("", name)
        # "CABINET 10.00 am on Wednesday 8 June 2016": the time before the date
        name = re.sub(r"\s+(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+on)?\s*$", "", name)
        name = re.sub(r"^(?:the\s+)?(?:next|forthcoming|upcoming)\s+", "", name, flags=re.I)
        name = _WEEKDAY_END.sub("", name)  # "Monthly meeting Thurs 14/11/2024"
        name = re.sub(r"(?:\s+|^)(?:on|held\s+on|for)\s*$|[\s,:;–—-]+$", "", name).strip()
        name = (
            re.sub(r"\s+meeting$", "", name, flags=re.IGNORECASE)
            if _BODY_NOUN_END.search(re.sub(r"\s+meeting$", "", name, flags=re.IGNORECASE))
            else name
        )
        parted = bool(re.search(r"\s[-–—|]\s", name))
        if long and not parted and len(name.split()) > 4:
            continue
        if parted and (long or len(name) >= 120 or "." in name or " / " in name):
            name = _first_part(name)
        if (
            2 < len(name) < 120
            and _BODY_WORDS.search(name)
            and not re.search(
                r"\bminutes\b|\bheld\b|[.;]|\b(?:will|shall|is|was|are|were|meeting\s+of|to\s+be)\b"
                # the same in Welsh: "Cynhelir cyfarfod o'r Cyngor …" (a meeting … will be held)
                r"|\b(?:cynhelir|cynhaliwyd|bydd|cyfarfod\s+o['’]?r?)\b"
                r"|^(?:a|an|you|to|notice|please)\b|\b(?:clerk|secretary|chief\s+executive|signed|dated?)\b",
                name,
                re.IGNORECASE,
            )
            and (kinds or not MEETING_ONLY.fullmatch(name.strip()))
        ):
            return _clean_body(name)
    return None


def _first_part(line: str) -> str:
    """ "Cruinniú na Comhairle Contae / County Council Monthly Meeting - Town Hall Theatre - Dé
    Luain, 23 Márta 2020 ag 10.00rn -": a one-line header's first part names the body, in
    English after the slash where it is given in two languages."""
    part = re.split(r"\s[-–—|]\s", line)[0].strip()
    if " / " in part or "/ " in part:
        part = re.split(r"\s*/\s+", part)[-1]
    return part


_BODY_END = re.compile(
    r"\b(?:committee|sub-committee|board|panel|cabinet|council|executive|forum|session|group"
    r"|commission|assembly|partnership|authority|trust|meeting|slot)\s*$",
    re.IGNORECASE,
)


def _name_goes_on(value: str, nxt: str) -> bool:
    """Whether the body's name, cut by a narrow column, goes on to the next line."""
    if _LABEL.match(nxt) or _SKIP_LINE.match(nxt) or DATE_RE.search(nxt) or len(value) > 160:
        return False
    if re.match(r"(?:councillors?|cllrs?|to|date|time|venue|agenda)\b", nxt, re.IGNORECASE):
        return False
    if re.match(r"(?:and\b|&|[a-z(]|[-–—])", nxt) or re.search(
        r"(?:,|\band|\bof|\bfor|\bthe|&|[-–—])\s*$", value
    ):
        return True
    return not _BODY_END.search(value) and len(nxt) < 80 and not nxt.rstrip().endswith(".")


def _read_organisation(notice: Notice, lines) -> None:
    for line in lines[:40]:
        text = fold_spaces(line.replace("\t", " "))
        if text.isupper():
            text = _title_case(text)
        text = WELSH_THEN_ENGLISH.sub("", text)
        if _ORG.match(text) and len(text) < 100:
            notice.organisation = text
            return
        # "Comhairle Chontae Ashcombe / Ashcombe County Council": the English name
        parts = [p for p in re.split(r"\s+/\s+", text) if _ORG.match(p)]
        if " / " in text and parts and len(text) < 160:
            notice.organisation = parts[-1]
            return
    if notice.committee and _ORG.match(notice.committee):
        notice.organisation = notice.committee


def _title_case(text: str) -> str:
    small = {"of", "and", "the", "upon", "on", "in", "for", "with"}
    words = text.lower().split()
    return " ".join(w if (k and w in small) else w[:1].upper() + w[1:] for k, w in enumerate(words))


def _read_when(notice: Notice, lines, labels, joined, more_years=None) -> Choice | None:
    units = units_of(lines)
    when = choose_date(units, more_years)
    if when is not None:
        notice.date = when.value
        notice.date_sure = when.sure
        if not when.sure:
            notice.date_why = f"chosen from the notice with little to go on: {when.unit.text[:80]}"
        written = when.unit.text[when.start : when.end]
        if not years_in(written) and not re.search(r"\d[./-]\d{1,2}[./-]\d", written):
            notice.date_sure = False
            notice.date_why = (
                f"the year is not written ({written.strip()}): {when.value.year} is the year "
                f"named in the agenda in which that day falls on a {when.value:%A}"
            )
    chosen = choose_time(units, when)
    if chosen is not None:
        notice.time, notice.time_sure = chosen.value.at, chosen.value.sure
        if chosen.value.sure and not chosen.sure:
            notice.time_sure = False
            notice.time_why = (
                f"chosen from the notice with little to go on: {chosen.unit.text[:80]}"
            )
    return when

"""Where the meeting is held: a "Venue:" label (Welsh "Lleoliad:"), the sentence that gives the
meeting's date ("… will be held in the Council Chamber, Town Hall, on …"), or a line of place
words beside the date or time ("7.30 pm Port Bannatyne Village Hall", marked unsure). Web
residue ("View directions", Welsh "Cyfarwyddiadau") and a sentence's "in the" are dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clerk.agenda.header import NEXT_NOTICE, TOP_LINES, Choice
from clerk.agenda.labels import BODY_WORDS as _BODY_WORDS
from clerk.agenda.labels import LABEL as _LABEL
from clerk.agenda.labels import SKIP_LINE as _SKIP_LINE
from clerk.agenda.lines import DATE_RE, TIME_RE, fold_spaces
from clerk.agenda.when import HOURS_4

if TYPE_CHECKING:
    from clerk.agenda.notice import Notice

_NOT_MEETING_DATE = re.compile(
    r"publi(?:shed|cation)|issued|despatch|dispatch|circulat|printed|dated|deadline|register"
    r"|by\s+\d|no later than|previous|last meeting|minutes|call(?:ed)?[\s-]in|representations"
    r"|submitted|notice must|reminded",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    # Split at a full stop that ends a sentence, not the one in "5.30 pm" or "p.m.".
    return re.split(r"(?<![0-9apAP]\.[mM])(?<=[a-z)\]])\.\s+(?=[A-Z])|\n", text)


_VENUE_SENTENCE = re.compile(
    r"\b(?:held|take\s+place|takes\s+place)\s+(?:at|in|within)\s+(?P<v>.+?)(?=\s*,?\s+(?:on|at)\s+(?:\||\w+day)|\s*[.|]|$)"
    r"|\|\s*,?\s*(?:at|in)\s+(?P<w>(?:the\s+)?[A-Z].+?)(?=\s*[.|,]?\s*(?:to transact|for the purpose|$|\|)|\.\s)"
    r"|\b(?:attend|meeting\s+of)\b.*?\s(?:at|in)\s+(?P<x>(?:the\s+)?[A-Z][^|]+?),?\s+"
    r"(?:to\s+consider|to\s+transact|for\s+the\s+purpose|on\s+\|)"
    # "… invited to join … in a meeting in the Village Hall on Tuesday …"
    r"|\bmeeting\s+(?:in|at)\s+(?P<y>(?:the\s+)?[A-Z][^|]+?),?\s+(?:on|at)\s+\|",
    re.IGNORECASE,
)


# "Tuesday 12th September": a date without its year is a date all the same
_YEARLESS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
_PLACE_LABEL = re.compile(
    r"^(?:venue|place|location|where|lleoliad|meeting\s+(?:venue|place|location))\s*:\s*",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"\s*\((?:not|note|please|see|subject|tbc|changed|moved|new\s+venue)\b[^)]*\)?$", re.IGNORECASE
)


_HELD_REMOTELY = re.compile(
    r"\bheld\s+(?P<how>remotely|online|virtually|via\s+(?:MS\s+|Microsoft\s+)?(?:Teams|Zoom|Skype))\b",
    re.IGNORECASE,
)
_REMOTE_WORDS = {"remotely": "Remote meeting", "virtually": "Remote meeting", "online": "Online"}


# What the summons says after the place: "… in the Hall for the transaction of the business",
# "… at the Centre, followed by a meeting of the Planning Committee".
_TRAILING_CLAUSE = re.compile(
    r",?\s+(?:for\s+the\s+(?:transaction|purpose)|to\s+(?:transact|consider|discuss|deal\s+with)"
    r"|followed\s+by"
    r"|when\s+the\s+business)\b.*$"
    # the next sentence, run on where a line ended without a full stop
    r"|\s+(?-i:Please|PLEASE|All\s+[Mm]embers|Members\s+of\s+the|Councillors\s+are|N\.?B\b"
    r"|Note\b|The\s+public|Any\s+member|If\s+you|You\s+are|There\s+(?:will|is|are|may))\b.*$",
    re.IGNORECASE,
)


_IN_ACCORDANCE = re.compile(
    r"(?<=\bheld\s)in\s+accordance\s+with\s+[^.|]{0,120}?\s(?P<w>at|in):?(?=\s|$)", re.I
)
# "… to be held [in accordance with the regulations] at:" at the end of its line or paragraph:
# the place is what comes next ("Chawleigh Village Hall for the purpose of …").
_PLACE_FOLLOWS = re.compile(
    r"\b(?:held|take\s+place|takes\s+place|meet)\s+(?:at|in)\s*:?\s*$", re.IGNORECASE
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")


def read_venue(notice: Notice, lines, labels, joined, when: Choice | None = None) -> None:
    for key in ("venue", "place", "location", "where", "meeting venue", "meeting place",
                "meeting location", "address"):  # fmt: skip
        if key in labels and labels[key][0]:
            value, i = labels[key]
            parts = [value]
            j = i + 1
            # An address that wraps: "Council Chamber," / "Town Hall, Anytown".
            while (
                j < len(lines)
                and lines[j]
                and len(parts) < 4
                and _venue_goes_on(parts[-1], lines[j])
            ):
                parts.append(lines[j])
                j += 1
            joined_parts = " ".join(parts)
            post = _POSTCODE.search(joined_parts)
            if post:  # an address ends with its postcode; a column beside it is no part of it
                joined_parts = joined_parts[: post.end()]
            venue = clean_venue(joined_parts, from_sentence=False)
            if venue:
                notice.venue = venue
                return
    if "when" in labels:  # "When: Monday 6 March 2023 at 7pm, Council Chamber"
        rest = _strip_when(labels["when"][0])
        if rest and re.search(r"[A-Za-z]{3}", rest):
            notice.venue = clean_venue(rest, from_sentence=False)
            return
    sentences = base = _sentences(joined)
    # "reminded of the next meeting …" among the page's first lines is its own notice
    top = [line for line in lines[:TOP_LINES] if line and NEXT_NOTICE.search(line)]
    sentences = [*top, *sentences]
    if when is not None:  # the sentence that gave the date names the place, if any does
        sentences = [when.unit.text, *sentences]
    for sentence in sentences:
        if not re.search(r"\bheld\b|\bmeeting\b|\btake\s+place\b", sentence, re.I) and not (
            DATE_RE.search(sentence) and len(sentence) < 200
        ):
            continue
        if re.search(
            r"\b(?:next|previous|last|future)\s+meeting", sentence, re.IGNORECASE
        ) and not (sentence in top and NEXT_NOTICE.search(sentence)):
            continue
        marked = TIME_RE.sub("|", _YEARLESS.sub("|", DATE_RE.sub("|", sentence)))
        marked = HOURS_4.sub("|", marked)
        marked = re.sub(
            r"\|\s*(?:hrs|hours|prompt(?:ly)?|sharp|in\s+the\s+(?:evening|morning|afternoon))\b",
            "|",
            marked,
            flags=re.I,
        )
        # "held at 7.30pm on Wednesday 16th January at the Hall": the time before the date.
        marked = re.sub(
            r"(?:\b(?:at|on)\s+\|\s*,?\s*){2,}(?=(?:at|in)\s+(?:the\s+)?[A-Z])", "| ", marked
        )
        # "held in accordance with current regulations at: the Hall": the rules, then the place
        marked = _IN_ACCORDANCE.sub(r"\g<w>", marked)
        if _PLACE_FOLLOWS.search(marked) and sentence in base:
            k = base.index(sentence)
            after = next((b for b in base[k + 1 : k + 4] if b.strip()), "")
            venue = _TRAILING_CLAUSE.sub("", after.strip()).strip(" ,.")
            if (
                (venue[:1].isupper() or venue.lower().startswith("the "))
                and 3 <= len(venue) <= 200
                and not DATE_RE.search(venue)
                and not re.search(r"\b(?:agenda|apologies)\b", venue, re.IGNORECASE)
            ):
                notice.venue = clean_venue(venue, from_sentence=True)
                return
        remote = _HELD_REMOTELY.search(marked)
        if remote:  # "will be held Remotely on …", "held via Zoom"
            how = remote.group("how")
            notice.venue = how if how.lower().startswith("via") else _REMOTE_WORDS[how.lower()]
            return
        m = _VENUE_SENTENCE.search(marked)
        if m:
            venue = m.group("v") or m.group("w") or m.group("x") or m.group("y") or ""
            venue = venue.strip(" ,|")
            # "… THE VILLAGE HALL, TO START AT 7.30pm": the start of the meeting follows
            venue = re.sub(
                r",?\s+(?:commencing|starting|beginning|to\s+(?:start|begin|commence))\b.*$",
                "",
                venue,
                flags=re.IGNORECASE,
            )
            venue = _TRAILING_CLAUSE.sub("", venue)
            venue = _ASIDE.sub("", venue)  # "Harrison School (NOT the 19th as previously posted)"
            venue = re.sub(r"\s+(?:on|at)$", "", venue, flags=re.IGNORECASE).strip(" ,")
            if venue and "|" not in venue and 3 <= len(venue) <= 200:
                notice.venue = clean_venue(venue, from_sentence=True)
                return
    _venue_near_date(notice, lines, when)


_JOIN_TAIL = re.compile(
    r"[\s,.;]+(?:join\s+(?:the\s+)?(?:zoom|teams|meeting|online|us|remotely)\b|https?://|www\."
    r"|meeting\s+id\b|passcode\b|password\b"
    # "… Village Hall AGENDA 1. Apologies", but not a room called "the Agenda Room"
    r"|agenda\b(?!\s+(?:room|suite|hall|chamber|centre|center|office)s?\b)).*$",
    re.IGNORECASE,
)


def clean_venue(text: str, from_sentence: bool) -> str | None:
    """A venue without web residue ("View directions", "Map") or the article of a sentence
    ("held in the Council Chamber" gives "Council Chamber")."""
    text = fold_spaces(text.replace("\t", " "))
    text = re.sub(r"[.\s]*\b(?:view\s+directions|view\s+map|map\s+and\s+directions|cyfarwyddiadau)\b.*$", "", text,
                  flags=re.IGNORECASE)  # fmt: skip
    # "Kemnay Village Hall Join Zoom Meeting https://…": the link to join from afar follows
    text = _tidy_place(_JOIN_TAIL.sub("", text))
    text = text.strip(" ,;")
    text = re.sub(r"\.{2,}$", "", text).rstrip(" ,")
    text = re.sub(
        r"^(?:held\s+)?(?:in|at|within)\s+(?=the\s|[A-Z0-9])", "", text
    )  # "in the Council…"
    if from_sentence or re.match(r"the\s", text, re.IGNORECASE):
        text = re.sub(
            r"^(?:the|THE)\s+(?=[A-Z0-9]|[a-z]+\s+(?:hall|room|centre|chamber)\b)", "", text
        )
        text = text.rstrip(".")
    return _typed_case(text)[:2000] or None


_PLACE_WORDS = re.compile(
    r"\b(?:room|boardroom|chamber|hall|house|centre|center|hub|offices?|building|library|suite|guildhall"
    r"|pavilion|institute|civic|county hall|town hall|microsoft teams|zoom|online|virtual|campus"
    r"|school|academy|church|chapel|clubhouse|hotel|inn|library|caf[eé]|pub|barn|studio|lounge"
    r"|remote(?:ly)?|video ?conference)\b",
    re.IGNORECASE,
)


_LEAD_WORD = re.compile(r"^(?:from|at|starts?|starting|commencing)\s+(?=\d)", re.IGNORECASE)
_PLACE_END = re.compile(
    r"\b(?:room|chamber|hall|suite|centre|center|pavilion|library|offices?)\b\W*$", re.IGNORECASE
)


def _venue_near_date(notice: Notice, lines: list[str], when: Choice | None = None) -> None:
    """An unlabelled venue: a line of place words next to the line that gives the date."""
    order = list(range(len(lines)))
    if when is not None and when.unit.line < len(lines):  # the chosen date's line first
        order.insert(0, when.unit.line)
    tried = 0
    for i in order:
        line = lines[i]
        # A re-flowed PDF runs its header into the items: the header is the line's start.
        line = line[:200]
        same = when is not None and _same_day(line, when)
        timed = TIME_RE.match(_LEAD_WORD.sub("", line, count=1))  # "From 19:00 until 21:00"
        if not (DATE_RE.search(line) or timed or same) or _NOT_MEETING_DATE.search(line):
            continue
        if tried and not same:
            continue  # after the chosen date's line, only lines that repeat its date
        tried += 1
        rest = _JOIN_TAIL.sub("", _place_beside_when(line))
        # "Body - Town Hall Theatre - Monday, 23rd March 2020": the part that names a place
        parts = [p.strip(" ,.") for p in re.split(r"\s[-–—|/]\s|\s+/|/\s+", rest)]
        # "Cabinet Suite - Shire Hall, Gloucester": the parts that name a place, together
        placed = [
            bool(_PLACE_WORDS.search(p) and (not _BODY_WORDS.search(p) or _PLACE_END.search(p)))
            for p in parts
        ]
        if len(parts) > 1 and any(placed):
            k = placed.index(True)
            # "… Cabinet at Cabinet Suite": the place after the last "at"
            run = [re.split(r"\s(?:at|in)\s(?=[A-Z])", parts[k])[-1]]
            while k + 1 < len(parts) and placed[k + 1]:
                k += 1
                run.append(parts[k])
            rest = _JOIN_TAIL.sub("", " - ".join(run))
        sentence = re.search(
            r"\b(?:will|shall|is\s+to|to)\s+be\s+held\b|\bmeeting\s+of\b", rest, re.I
        )
        if rest and _PLACE_WORDS.search(rest) and len(rest) < 200 and not sentence:
            notice.venue = _as_written(rest)
            notice.venue_why = "taken from the line that gives the date, not from a Venue label"
            return
        for j in (i + 1, i + 2, i - 1):
            if not 0 <= j < len(lines) or not lines[j]:
                continue
            text = fold_spaces(lines[j].replace("\t", " "))
            if TIME_RE.search(text):  # "7.30 pm Glenbrae Village Hall", "At … Lane 7.00 pm"
                text = _strip_when(text)
            if (
                _PLACE_WORDS.search(text)
                and not _LABEL.match(text)
                and not DATE_RE.search(text)
                and len(text) < 160
                and not text.endswith(".")
                and not re.match(r"(?:to|a|an|you|please|if|members|the meeting)\b", text, re.I)
            ):
                notice.venue = _as_written(text)
                notice.venue_why = "a line of place words beside the date, not a Venue label"
                return
        if when is None:
            return


def _same_day(line: str, when: Choice) -> bool:
    """Whether ``line`` gives the chosen date ("18/08/2005 00:00" under "Council 18/08/05")."""
    from clerk.agenda.when import find_dates

    return any(f.day == when.value for f in find_dates(line))


_SMALL = {"of", "and", "the", "upon", "on", "in", "for", "with", "at", "by"}


def _tidy_place(text: str) -> str:
    """A place without what a notice puts around it: "prompt" after the time ("7.30 pm prompt,
    Village Hall"), an aside ("(not the Main Hall as previously advertised)"), a place label
    left on a line of labels ("Date: … Time: … Venue: Parish Office")."""
    text = _PROMPT.sub("", text)
    text = _ASIDE.sub("", text)
    return _PLACE_LABEL.sub("", text)


_PROMPT = re.compile(r"^(?:prompt(?:ly)?|sharp)\b[\s,;.]*", re.IGNORECASE)
_POSTCODE_PART = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}")


def _typed_case(text: str) -> str:
    """A place in capitals as a clerk would type it: "THE MEMORIAL HALL ANNEXE" gives "The
    Memorial Hall Annexe", "PAVILION, RECREATION GROUND" "Pavilion, Recreation Ground"; small
    words stay small and a postcode stays in capitals."""
    if not text.isupper() or len(text) <= 3:
        return text
    words = []
    for k, word in enumerate(text.split(" ")):
        if _POSTCODE_PART.fullmatch(word.strip(",.;")):
            words.append(word)
            continue
        low = word.lower()
        words.append(low if k and low in _SMALL else low[:1].upper() + low[1:])
    return " ".join(words)


def _as_written(text: str) -> str:
    """A venue line as a clerk would type it: "THE MEMORIAL HALL ANNEXE" gives "Memorial Hall
    Annexe" (a leading "the" is dropped, as from a sentence)."""
    text = _typed_case(_tidy_place(fold_spaces(text).strip(" ,")))
    return re.sub(r"^the\s+(?=[A-Z0-9])", "", text, flags=re.IGNORECASE) or text


def _venue_goes_on(last: str, nxt: str) -> bool:
    """An address wrapped in a PDF goes on to the next line: "… 1st Floor" / "West Offices"."""
    if _LABEL.match(nxt) or _SKIP_LINE.match(nxt) or DATE_RE.search(nxt) or len(nxt) > 80:
        return False
    if re.fullmatch(
        r"(?:membership|members|councillors|committee members|contact|enquiries|quorum"
        r"|notice of meeting|summons"
        # a web page's tabs and table headings: "Media", "Items", "No. Item"
        r"|media|items|no\.?\s*item|documents|attendance|decisions|webcast|agenda|minutes)\W*",
        nxt,
        re.IGNORECASE,
    ):
        return False
    if last.rstrip().endswith((",", "-", "–")):
        return True
    if re.search(r"(?:\.|\bview directions\b\.?|\bmap\b)\s*$", last, re.IGNORECASE):
        return False  # a full stop, or a web page's link after the address, ends it
    if re.match(r"(?:to|a|an|you|please|if|members|the meeting|this|all|agenda)\b", nxt, re.I):
        return False
    return bool(re.match(r"[A-Z0-9(]", nxt)) and not nxt.rstrip().endswith((".", ":"))


_CONNECTOR = r"(?:\b(?:on|at|from|in|held)\b|[\s,.;:|/–—-])*"


def _place_beside_when(line: str) -> str:
    """The words of ``line`` around its date and time that name a place: "Meeting on Monday
    9 November 2026 at 7pm, Village Hall" gives "Village Hall", not "Meeting on at , Village
    Hall"; a line with no such piece is the line without its date and time."""
    marked = TIME_RE.sub("|", DATE_RE.sub("|", line))
    pieces = [
        re.sub(f"^{_CONNECTOR}|{_CONNECTOR}$", "", p, flags=re.IGNORECASE)
        for p in marked.split("|")
    ]
    pieces = [p for p in pieces if p]
    placed = [p for p in pieces if _PLACE_WORDS.search(p)]
    if len(pieces) > 1 and len(placed) == 1:
        return placed[0]
    return _strip_when(line)


def _strip_when(value: str) -> str:
    value = DATE_RE.sub(" ", value)
    value = TIME_RE.sub(" ", value)
    value = re.sub(r"^\W*(?:at\s+)?", "", fold_spaces(value), flags=re.IGNORECASE)
    value = re.sub(r"^(?:,|at\b|in\b|\s)+", "", value, flags=re.IGNORECASE)
    return value.strip(" ,.")

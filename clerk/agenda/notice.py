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

from clerk.agenda.labels import BARE_LABEL as _BARE_LABEL
from clerk.agenda.labels import LABEL as _LABEL
from clerk.agenda.labels import SKIP_LINE as _SKIP_LINE
from clerk.agenda.lines import (
    DATE_RE,
    TIME_RE,
    find_date,
    find_numeric_date,
    find_time,
    fold_spaces,
    tidy_dash,
)
from clerk.agenda.membership import read_members

_BODY_WORDS = re.compile(
    r"\b(?:committee|sub-committee|cabinet|board|panel|executive|forum|commission|session"
    r"|group|assembly|partnership|scrutiny|council|authority|meeting|trust)\b",
    re.IGNORECASE,
)
_NOT_MEETING_DATE = re.compile(
    r"publi(?:shed|cation)|issued|despatch|dispatch|circulat|printed|dated|deadline|register"
    r"|by\s+\d|no later than|previous|last meeting|minutes|call(?:ed)?[\s-]in|representations"
    r"|submitted|notice must|reminded",
    re.IGNORECASE,
)
_ORG = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+|of\s+|and\s+|upon\s+|on\s+|in\s+|the\s+){0,7}"
    r"(?:Council|Authority)$"
)
_NOTICE_OF = re.compile(
    r"^(?:notice\s+of\s+(?:an?\s+|the\s+)?(?:(?:public|virtual|remote|hybrid|special|extraordinary"
    r"|annual|ordinary|additional|reconvened)\s+)*meeting\s+of|meeting\s+of)\s*(?:the\s+)?(?P<v>.*)$",
    re.IGNORECASE,
)
_SUMMONS = re.compile(
    r"(?:summon(?:ed|s)?\s+to\s+attend|(?:formally\s+)?invited\s+to\s+attend"
    r"|notice\s+is\s+(?:hereby\s+)?given\s+(?:of|that))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}meeting\s+of\s+(?:the\s+)?(?P<v>.+?)"
    r"(?=\s*,|\s+(?:to\s+be|which|that|will|shall|is\s+to|on|at|in|held)\b|$)",
    re.IGNORECASE,
)
_MEETING_WILL = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<v>[A-Z][^.,]{3,120}?)\s+(?:will|is\s+to|shall)\s+be\s+held",
)


@dataclass
class Notice:
    committee: str | None = None
    committee_sure: bool = True
    organisation: str | None = None
    date: date | None = None
    date_sure: bool = True
    time: time | None = None
    time_sure: bool = True
    venue: str | None = None
    people: list[dict] = field(default_factory=list)
    substitutes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_notice(lines: list[str]) -> Notice:
    """Read the notice from the lines before the first item."""
    notice = Notice()
    lines = _split_labels(lines)
    labels: dict[str, tuple[str, int]] = {}
    for i, line in enumerate(lines):
        m = _LABEL.match(line)
        if m:
            key = re.sub(r"\s+", " ", m.group("label").lower())
            key = re.sub(r"^meeting (?=venue|place|location|date|time)", "", key)
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
                key = re.sub(r"\s+", " ", line.lower()).strip()
                key = {
                    "meeting venue": "venue",
                    "meeting date": "date",
                    "meeting time": "time",
                }.get(key, key)
                labels.setdefault(key, (lines[j], j))
    joined = _paragraphs(lines)
    _read_committee(notice, lines, labels, joined)
    _read_organisation(notice, lines)
    _read_when(notice, lines, labels, joined)
    _read_venue(notice, lines, labels, joined)
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


def _clean_body(text: str) -> str:
    text = fold_spaces(text.replace("\t", " "))
    text = re.sub(r"^(?:the\s+)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*[-–—:,]?\s*(?:agenda|public document pack)\s*$", "", text, flags=re.I)
    m = DATE_RE.search(text)
    if m and m.start() > 3:  # "Planning Committee - 5 April 2023"
        text = text[: m.start()]
    text = re.sub(r"\s*(?:[-–—:,]|\bon|\bheld)\s*$", "", text).strip(" .,")
    if text.isupper() and len(text.split()) >= 2:  # "FULL COUNCIL" as the clerk would type it
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
            if value and len(value) < 200:
                notice.committee = _clean_body(value)
                return
    for key in ("meeting", "committee", "body"):
        if key in labels and labels[key][0] and len(labels[key][0]) < 200:
            notice.committee = _clean_body(labels[key][0])
            return
    m = _SUMMONS.search(joined) or _MEETING_WILL.search(joined)
    if m and len(m.group("v")) < 200:
        notice.committee = _clean_body(m.group("v"))
        return
    candidates = []
    for line in lines[:60]:
        if not line or _SKIP_LINE.match(line) or _LABEL.match(line) or len(line) > 160:
            continue
        if line.rstrip().endswith((".", ":", ";")) or not _BODY_WORDS.search(line):
            continue
        if re.match(r"^(?:to|a|an|you|please|if|members|the meeting)\b", line, re.IGNORECASE):
            continue
        candidates.append(line)
    for line in candidates:
        if not _ORG.match(fold_spaces(line)):
            notice.committee = _clean_body(line)
            return
    if candidates:  # a full council meeting: the council is the body
        notice.committee = _clean_body(candidates[0])
        notice.committee_sure = False


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
        if _ORG.match(text) and len(text) < 100:
            notice.organisation = text
            return
    if notice.committee and _ORG.match(notice.committee):
        notice.organisation = notice.committee


def _title_case(text: str) -> str:
    small = {"of", "and", "the", "upon", "on", "in", "for", "with"}
    words = text.lower().split()
    return " ".join(w if (k and w in small) else w[:1].upper() + w[1:] for k, w in enumerate(words))


_HELD = re.compile(
    r"\b(?:held|summon\w*|convened|take\s+place|will\s+meet|meets\s+on|invited\s+to\s+attend"
    r"|following\s+date)\b",
    re.IGNORECASE,
)


def _read_when(notice: Notice, lines, labels, joined) -> None:
    sentences = [x for x in _sentences(joined) if not _NOT_MEETING_DATE.search(x)]
    # A summons sentence ("… to be held … on Tuesday 14 March 2023 at 7.30pm") is about this
    # meeting by its wording; a "Date:" label may also be the date a letter was signed.
    for sentence in sentences:
        held = _HELD.search(sentence)
        if held:
            found = find_date(sentence[held.start() :]) or find_date(sentence)
            if found:
                notice.date = found[0]
                after = sentence[sentence.find(found[1].group(0)) + len(found[1].group(0)) :]
                t = find_time(after) or find_time(sentence)
                if t:
                    notice.time, notice.time_sure = t
                break
    if notice.date is None:
        for key in ("date", "date and time", "time and date", "when"):
            if key not in labels:
                continue
            value = labels[key][0]
            found = find_date(value)
            notice.date = found[0] if found else find_numeric_date(value)
            if notice.date:
                rest = value.replace(found[1].group(0), " ") if found else value
                t = find_time(rest)
                if t and notice.time is None:
                    notice.time, notice.time_sure = t
                break
    for key in ("time", "time and date", "date and time", "when"):
        if key in labels and notice.time is None:
            t = find_time(DATE_RE.sub(" ", labels[key][0]))
            if t:
                notice.time, notice.time_sure = t
                break
    if notice.date is None:
        for sentence in sentences:
            found = find_date(sentence)
            if found:
                notice.date = found[0]
                notice.date_sure = False
                if notice.time is None:
                    t = find_time(sentence[found[1].end() :])
                    if t:
                        notice.time, notice.time_sure = t
                break
    if notice.time is None:
        for sentence in sentences:
            if _HELD.search(sentence) or re.search(r"\b(?:commenc|start|begin)", sentence, re.I):
                t = find_time(sentence)
                if t:
                    notice.time, notice.time_sure = t
                    break


def _sentences(text: str) -> list[str]:
    # Split at a full stop that ends a sentence, not the one in "5.30 pm" or "p.m.".
    return re.split(r"(?<![0-9apAP]\.[mM])(?<=[a-z)\]])\.\s+(?=[A-Z])|\n", text)


_VENUE_SENTENCE = re.compile(
    r"\bheld\s+(?:at|in|within)\s+(?P<v>.+?)(?=\s*,?\s+(?:on|at)\s+(?:\||\w+day)|\s*[.|]|$)"
    r"|\|\s*,?\s*(?:at|in)\s+(?P<w>(?:the\s+)?[A-Z].+?)(?=\s*[.|,]?\s*(?:to transact|for the purpose|$|\|)|\.\s)"
    r"|\b(?:attend|meeting\s+of)\b.*?\s(?:at|in)\s+(?P<x>(?:the\s+)?[A-Z][^|]+?),?\s+"
    r"(?:to\s+consider|to\s+transact|for\s+the\s+purpose|on\s+\|)",
    re.IGNORECASE,
)


def _read_venue(notice: Notice, lines, labels, joined) -> None:
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
            notice.venue = fold_spaces(" ".join(parts).replace("\t", " ")).strip(" ,")[:2000]
            return
    if "when" in labels:  # "When: Monday 6 March 2023 at 7pm, Council Chamber"
        rest = _strip_when(labels["when"][0])
        if rest and re.search(r"[A-Za-z]{3}", rest):
            notice.venue = rest[:2000]
            return
    for sentence in _sentences(joined):
        if not re.search(r"\bheld\b|\bmeeting\b", sentence, re.IGNORECASE) and not (
            DATE_RE.search(sentence) and len(sentence) < 200
        ):
            continue
        marked = TIME_RE.sub("|", DATE_RE.sub("|", sentence))
        m = _VENUE_SENTENCE.search(marked)
        if m:
            venue = (m.group("v") or m.group("w") or m.group("x") or "").strip(" ,|")
            venue = re.sub(r"\s+(?:commencing|starting|beginning)\b.*$", "", venue)
            venue = re.sub(r"\s+(?:on|at)$", "", venue).strip(" ,")
            if venue and "|" not in venue and 3 <= len(venue) <= 200:
                notice.venue = fold_spaces(venue)
                return
    _venue_near_date(notice, lines)


_PLACE_WORDS = re.compile(
    r"\b(?:room|chamber|hall|house|centre|center|offices?|building|library|suite|guildhall"
    r"|pavilion|institute|civic|county hall|town hall|microsoft teams|zoom|online|virtual"
    r"|remote(?:ly)?|video ?conference)\b",
    re.IGNORECASE,
)


def _venue_near_date(notice: Notice, lines: list[str]) -> None:
    """An unlabelled venue: a line of place words next to the line that gives the date."""
    for i, line in enumerate(lines):
        if not DATE_RE.search(line) or _NOT_MEETING_DATE.search(line):
            continue
        rest = _strip_when(line)
        if rest and _PLACE_WORDS.search(rest) and len(rest) < 200:
            notice.venue = rest
            return
        for j in (i + 1, i + 2, i - 1):
            if not 0 <= j < len(lines) or not lines[j]:
                continue
            text = fold_spaces(lines[j].replace("\t", " "))
            if (
                _PLACE_WORDS.search(text)
                and not _LABEL.match(text)
                and not DATE_RE.search(text)
                and len(text) < 160
                and not text.endswith(".")
                and not re.match(r"(?:to|a|an|you|please|if|members|the meeting)\b", text, re.I)
            ):
                notice.venue = text.strip(" ,")
                return
        return


def _venue_goes_on(last: str, nxt: str) -> bool:
    """An address wrapped in a PDF goes on to the next line: "… 1st Floor" / "West Offices"."""
    if _LABEL.match(nxt) or _SKIP_LINE.match(nxt) or DATE_RE.search(nxt) or len(nxt) > 80:
        return False
    if re.fullmatch(
        r"(?:membership|members|councillors|committee members|contact|enquiries|quorum"
        r"|notice of meeting|summons)\W*",
        nxt,
        re.IGNORECASE,
    ):
        return False
    if last.rstrip().endswith((",", "-", "–")):
        return True
    if re.match(r"(?:to|a|an|you|please|if|members|the meeting|this|all|agenda)\b", nxt, re.I):
        return False
    return bool(re.match(r"[A-Z0-9(]", nxt)) and not nxt.rstrip().endswith((".", ":"))


def _strip_when(value: str) -> str:
    value = DATE_RE.sub(" ", value)
    value = TIME_RE.sub(" ", value)
    value = re.sub(r"^\W*(?:at\s+)?", "", fold_spaces(value))
    value = re.sub(r"^(?:,|at|in|\s)+", "", value)
    return value.strip(" ,.")

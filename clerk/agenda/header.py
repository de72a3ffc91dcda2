"""Choosing the meeting's date, time and venue from the notice: collect, weigh, pick.

A notice names many dates and times besides the meeting's own: the date a letter was written
or the clerk signed, the previous meeting's date, the next meeting's, a photograph at 6.45pm,
food from 5.30pm, a deadline for questions, a part's "Start time". Taking the first date or
time that matches picks a decoy as often as not. Here every date and time in the notice is a
candidate, scored by what stands around it: a "Date:" label, a sentence saying the meeting
"will be held", a title line naming the body, a weekday, a time beside it, for it; words such
as "previous", "next meeting", "dated", "photograph", "food", a signature or "Dear …" after a
bare date, against it. The best candidate wins; one without strong evidence is marked unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from clerk.agenda.labels import BARE_LABEL, LABEL, label_key
from clerk.agenda.when import FoundDate, find_dates, find_times, mask, years_in

SURE = 4.0  # the score of a label or a "will be held" sentence: no need to say it is a guess


@dataclass
class Unit:
    """A stretch of the notice read as one: a sentence, or a labelled line with its value."""

    text: str
    line: int
    label: str | None = None  # "date", "time", "venue" … for a labelled line
    whole_line: bool = False  # the unit is one line of the notice on its own
    breaks: tuple[int, ...] = ()  # where the notice's lines start in ``text``, after the first

    def source_line(self, at: int) -> str:
        """The line of the notice that holds offset ``at`` of the text."""
        starts = (0, *self.breaks, len(self.text) + 1)
        for a, b in zip(starts, starts[1:], strict=False):
            if a <= at < b:
                return self.text[a:b].strip()
        return self.text


@dataclass
class Choice:
    value: object
    score: float
    unit: Unit
    start: int = 0
    end: int = 0

    @property
    def sure(self) -> bool:
        return self.score >= SURE


_SENTENCE_END = re.compile(r"(?<![0-9apAP]\.[mM])(?<=[a-z)\]”\"])\.\s+(?=[A-Z])")


def units_of(lines: list[str]) -> list[Unit]:
    """The notice as units: a labelled line stands alone; other lines of a paragraph are
    joined (PDF lines wrap) and cut into sentences."""
    units: list[Unit] = []
    para: list[tuple[int, str]] = []

    def flush():
        if not para:
            return
        text, starts = "", []
        for i, line in para:
            starts.append((len(text), i))
            text = f"{text} {line}" if text else line
        pieces, at = [], 0
        for m in _SENTENCE_END.finditer(text):
            pieces.append((at, text[at : m.start() + 1]))
            at = m.end()
        pieces.append((at, text[at:]))
        for offset, piece in pieces:
            line = max(i for s, i in starts if s <= offset)
            lead = len(piece) - len(piece.lstrip())
            breaks = tuple(
                s - offset - lead for s, _ in starts if offset + lead < s < offset + len(piece)
            )
            units.append(
                Unit(
                    piece.strip(),
                    line,
                    whole_line=len(para) == 1 and len(pieces) == 1,
                    breaks=breaks,
                )  # fmt: skip
            )
        para.clear()

    bare: str | None = None
    front = front_matter_end(lines)
    for i, raw in enumerate(lines):
        line = raw.replace("\t", " ").strip()
        if i < front:  # a web page's YAML front matter: when it was posted, not the meeting
            if line and line != "---":
                units.append(Unit(line, i, label="posted", whole_line=True))
            continue
        if not line:
            flush()
            continue
        m = LABEL.match(line)
        if m:
            flush()
            if m.group("value").strip(" |"):
                units.append(Unit(line, i, label=label_key(m.group("label")), whole_line=True))
            else:  # "Date:" with its value on the next line (a table's two cells)
                bare = label_key(m.group("label"))
            continue
        if BARE_LABEL.fullmatch(line):  # "Date" on one line, "Monday, 6 March 2023" below
            flush()
            bare = label_key(line)
            continue
        if bare is not None:
            units.append(Unit(line, i, label=bare, whole_line=True))
            bare = None
            continue
        para.append((i, line))
    flush()
    return units


def front_matter_end(lines: list[str]) -> int:
    """The line after a YAML front matter block ("---" … "---") at the top, or 0."""
    filled = [i for i, line in enumerate(lines[:3]) if line.strip()]
    if not filled or lines[filled[0]].strip() != "---":
        return 0
    for j in range(filled[0] + 1, min(len(lines), filled[0] + 40)):
        if lines[j].strip() in ("---", "..."):
            return j + 1
    return 0


_HELD = re.compile(
    r"\b(?:(?:will|to|shall|was|is)\s+(?:be\s+)?held|be\s+held|held\s+(?:on|at|in)|summon\w*"
    r"|convened|take\s+place|takes\s+place|will\s+meet|meets\s+on|due\s+to\s+meet"
    r"|invited\s+to\s+attend|following\s+date|(?:cynhelir|a\s+gynhelir|gynhelir)"
    r"|will\s+be\s+(?:a\s+)?meeting|meeting\s+(?:on|will))\b",
    re.IGNORECASE,
)
_BODY_WORDS = re.compile(
    r"\b(?:committee|sub-committee|cabinet|board|panel|executive|forum|commission|session"
    r"|group|assembly|partnership|scrutiny|council|authority|meeting|trust|governors|body"
    r"|cyngor|pwyllgor|bwrdd|cyfarfod|agm)\b",
    re.IGNORECASE,
)
# Words in front of a date or time (in the same clause) that make it some other moment.
_DECOY = re.compile(
    # "Tuesday next the 12th May": this coming Tuesday, the summons's own date
    r"\b(?:previous|last|(?<!day\s)next|future|following\s+meeting|minutes|dated|publi(?:shed|cation)"
    r"|issued|despatch\w*|dispatch\w*|circulat\w*|printed|deadline|no\s+later\s+than|until"
    r"|by(?=\s+(?:noon|midday|\d|mon|tue|wed|thu|fri|sat|sun|the\s+\d))|before|since"
    r"|received|submitted|call(?:ed)?[\s-]in|representations|expire\w*|presented"
    r"|photo\w*|food|refreshments?|tea|coffee|buffet|dinner|lunch|supper|pre[\s-]?meeting"
    r"|briefing|doors|registration|arrival|training|seminar|site\s+visits?|start\s+time"
    r"|reminded)\b",
    re.IGNORECASE,
)
# "The next meeting will be held 14th December 2021" atop a web page's agenda: the notice of
# this meeting, not a decoy, when it stands at the top of the page.
_NEXT_HELD = re.compile(
    r"\bnext\s+(?:[\w&'’-]+\s+){0,3}meeting\s+(?:of\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,4})?"
    r"(?:will|is\s+to|shall)\s+(?:be\s+held|take\s+place)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "Councillors are reminded of the next meeting of the Parish Council on Wednesday 6th April,
# 7.30pm at the Parish Hall" atop a page: the notice of this meeting, told as "the next one".
NEXT_NOTICE = re.compile(
    r"\b(?:reminded|notified|informed|advised|notice|reminder)\s+(?:of|that)\s+(?:the\s+)?"
    r"next\s+(?:[\w&'’-]+\s+){0,3}meeting\b(?!\s+(?:will\s+be\s+)?(?:after|following))"
    # "The next meeting of Ashcombe Community Council is on Tuesday …" (a page's own notice)
    r"|^\W*(?:the\s+)?next\s+meeting\s+(?:of\s+[^.;:]{3,60}?\s)?(?:is|will\s+be)\s+(?:held\s+)?on\b",
    re.IGNORECASE,
)
_NEXT_NOTICE = re.compile(NEXT_NOTICE.pattern + r"[^.;]*$", re.IGNORECASE)
TOP_LINES = 12  # a "next meeting" sentence this near the top is the page's own notice


def announces_this_meeting(before: str, line: int) -> bool:
    """A "next meeting" clause at the top of the page that gives this meeting's date or time:
    "The next meeting will be held on …", "Members are reminded of the next meeting of …"."""
    return line < TOP_LINES and bool(_NEXT_HELD.search(before) or _NEXT_NOTICE.search(before))


_SIGNED = re.compile(
    r"(?:\bclerk|\bsecretary|chief\s+executive|proper\s+officer|\bsigned|town\s+clerk"
    r"|\bchair(?:man|person)?)\W{0,3}$",
    re.IGNORECASE,
)
_LETTER_AFTER = re.compile(
    r"^\W*(?:dear\b|to\s*:|to\s+all\b|a\s+chomhairleoir|a\s+chara|ref\b)", re.I
)
_UPCOMING = re.compile(
    r"^(?:the\s+)?(?:next|forthcoming|upcoming)\s+(?:[\w&'’-]+\s+){0,4}meeting\s*(?::|[-–—]\s)\s*",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"(?:note|n\.?b|please\s+note|published|date\s+of\s+publication|issued|despatched"
    r"|dispatched|contact|enquiries|posted|(?:last\s+)?updated|modified)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[;()]|(?<!\d):(?!\d)|\.\s|\b(?:and|but)\s+(?=the\b)", re.IGNORECASE)


# A web page's own heading ("Agenda and minutes", "Agenda, decisions and minutes"): PDF text
# runs it into the title line below it, where its "minutes" is not a previous meeting's.
_PAGE_HEADING = re.compile(
    r"\bagenda(?:,?\s+[a-z]+){0,2},?\s+(?:and|&)\s+(?:draft\s+)?minutes\b", re.IGNORECASE
)


def _clause_before(text: str, at: int, width: int = 80) -> str:
    before = _PAGE_HEADING.sub(lambda m: " " * len(m.group()), text[:at])[-width:]
    parts = _CLAUSE.split(before)
    return parts[-1] if parts else before


def _is_title_line(unit: Unit) -> bool:
    return unit.whole_line and len(unit.text) < 160 and bool(_BODY_WORDS.search(unit.text))


_YEARLESS = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|dydd|nos|d[ée])\w*\b", re.IGNORECASE
)  # a weekday: a date with no year may be written beside it
_AGENDA_WORD = re.compile(r"\bagenda\b|\brhaglen\b", re.IGNORECASE)


def _is_title_text(line: str) -> bool:
    """A short line, not a sentence, that names a body or says "Agenda"."""
    return (
        len(line) < 120
        and not line.rstrip().endswith((".", ";", ":"))
        and bool(_BODY_WORDS.search(line) or _AGENDA_WORD.search(line))
        and not _HELD.search(line)
    )


def choose_date(units: list[Unit], more_years=None) -> Choice | None:
    """The meeting's date among every date in the notice. ``more_years``: a function giving
    the years named elsewhere in the document, for a date written with its weekday and no year
    when the notice names none ("Monday, 17th May"); called only then."""
    years = years_in(" ".join(u.text for u in units))
    if not years and more_years is not None and any(_YEARLESS.search(u.text) for u in units):
        years = list(more_years())
    best: Choice | None = None
    for k, unit in enumerate(units):
        for f in find_dates(unit.text, years):
            score = _date_score(unit, f, units[k + 1] if k + 1 < len(units) else None)
            if best is None or score > best.score:
                best = Choice(f.day, score, unit, f.start, f.end)
    if best is None or best.score < 1:
        return None
    return best


def _date_score(unit: Unit, f: FoundDate, following: Unit | None) -> float:
    text = unit.text
    before = _clause_before(text, f.start)
    after = text[f.end : f.end + 40]
    score = 1.0
    if _ASIDE.match(text):
        score -= 4
    if unit.label in ("date", "date and time", "time and date", "when"):
        score += 5
    elif unit.label is not None and unit.label not in ("meeting", "committee", "body"):
        score -= 2  # "Contact:", "Note:" …
    if _HELD.search(text[max(0, f.start - 250) : f.start]) or (
        _HELD.search(after) and not _DECOY.search(before)
    ):
        score += 4
    elif _is_title_line(unit) or _is_title_text(unit.source_line(f.start)):
        score += 3  # "Community Committee Agenda 20.06.17", a heading run into its paragraph
    if f.weekday:
        score += 1 if f.weekday_fits else -1
    times = find_times(mask(text, [(f.start, f.end)]))
    if any(0 <= t.start - f.end <= 25 or 0 <= f.start - t.end <= 25 for t in times):
        score += 1
    rest = mask(text, [(f.start, f.end)] + [(t.start, t.end) for t in times])
    if unit.whole_line and not re.search(
        r"[A-Za-z]{4,}", re.sub(r"\b(?:at|on|via|in)\b", "", rest)
    ):
        score += 0.5  # a line that is only the date (and time)
    upcoming = _UPCOMING.match(text)
    if upcoming and f.start <= upcoming.end() + 3:
        score += 3  # a web page's "Next Parish Council Meeting: 10th February 2020"
    elif _DECOY.search(before) and not announces_this_meeting(
        _clause_before(text, f.start, 200), unit.line
    ):
        score -= 6
    if _SIGNED.search(text[max(0, f.start - 40) : f.start]):
        score -= 6  # "E. Raymond, Clerk. 13.11.2023"
    if not f.weekday and not _HELD.search(text[: f.start]):
        nxt = text[f.end :].strip() or (following.text if following else "")
        if _LETTER_AFTER.match(nxt):
            score -= 5  # a letter's own date above "Dear …" or "To: …"
    if f.numeric:
        score -= 1
    if f.yearless:
        score -= 0.5
    return score - 0.01 * unit.line


def choose_time(units: list[Unit], when: Choice | None) -> Choice | None:
    best: Choice | None = None
    for unit in units:
        spans = [(f.start, f.end) for f in find_dates(unit.text)]
        if when is not None and unit is when.unit:
            spans.append((when.start, when.end))
        for t in find_times(mask(unit.text, spans)):
            score = _time_score(unit, t, when)
            if best is None or score > best.score:
                best = Choice(t, score, unit, t.start, t.end)
    if best is None or best.score < 2:
        return None
    return best


_RANGE_END = re.compile(
    r"\d[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till|[-–])\s*$", re.IGNORECASE
)


_LEAD_WORD = re.compile(r"\s*(?:from|at|starts?|starting|commencing|begins?)\s+", re.IGNORECASE)
_SPAN_AFTER = re.compile(
    r"\s*(?:until|till|to|[-–])\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?!\s*\d)", re.IGNORECASE
)


def _time_score(unit: Unit, t, when: Choice | None) -> float:
    text = unit.text
    before = _clause_before(text, t.start, 60)
    score = 1.0
    if unit.label in ("time", "date and time", "time and date", "when"):
        score += 5
    elif unit.label == "date":
        score += 3
    elif unit.label is not None:
        score -= 2
    if when is not None and unit is when.unit:
        gap = t.start - when.end if t.start >= when.end else when.start - t.end
        score += 4 if gap <= 40 else 2
    elif _HELD.search(text):
        score += 2
    if re.search(r"\b(?:commenc\w*|start\w*|begin\w*)\s+(?:at\s+)?$", text[: t.start], re.I):
        score += 1
    if unit.whole_line and (t.start <= 2 or _LEAD_WORD.fullmatch(text[: t.start])):
        score += 1.5  # "7.30 pm Port Bannatyne Village Hall", "From 19:00 until 21:00"
    if _SPAN_AFTER.match(text, t.end):
        score += 1  # the meeting's span: "19:00 until 21:00", "7pm - 9pm"
    if _RANGE_END.search(text[max(0, t.start - 20) : t.start]):
        score -= 3  # "30 Sep 2021 - 19:00 to 21:39": when the meeting ended, or may end
    if _is_title_line(unit):
        score += 1
    wide = _clause_before(text, t.start, 200)
    same_as_date = when is not None and unit is when.unit
    if _DECOY.search(before) and not same_as_date and not announces_this_meeting(wide, unit.line):
        score -= 6  # (a sentence whose date was chosen for the meeting gives its time too)
    elif _DECOY.search(before):
        score += 1  # "reminded of the next meeting … on Wednesday 6th April, 7.30pm"
    return score - 0.01 * unit.line


def as_date(choice: Choice | None) -> date | None:
    return choice.value if choice else None


def as_time(choice: Choice | None) -> tuple[time, bool] | None:
    if choice is None:
        return None
    return choice.value.at, choice.value.sure


# "… has called a special meeting of the Council at 3.30 p.m. on Thursday 18th August in the
# Council Chamber to discuss the following motion": the meeting's time, told inside the item
# that gives its business (an Irish council's requisitioned meeting prints no other).
_CALLED = re.compile(
    r"\b(?:has|have|had)\s+(?:called|convened|requisitioned|summoned)\s+(?:an?|the)\s+"
    r"(?:(?:special|extraordinary|emergency|additional)\s+)?meeting\b(?P<rest>[^:\n]{0,160})",
    re.IGNORECASE,
)


def called_meeting_time(text: str, day: date | None) -> time | None:
    """The time in a "has called a special meeting … at 3.30 p.m. on Thursday 18th August"
    sentence of the agenda's items, when the day it names (if any) is the meeting's."""
    for m in _CALLED.finditer(text):
        rest = m.group("rest")
        times = [t for t in find_times(rest) if t.sure]
        if not times:
            continue
        named = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2})", rest)
        if (
            named
            and day is not None
            and (
                int(named.group(1)) != day.day
                or named.group(2).lower() != day.strftime("%b").lower()
            )
        ):
            continue
        return times[0].at
    return None

"""Dates and times of day as agendas write them, found with their place in the text.

English ("Monday, 20 February 2023", "February 20, 2023", "2nd July, 2020"), Welsh ("Dydd Iau,
9fed Hydref, 2014", "Tachwedd 17, 2020"), numeric in UK order ("10.8.2012", "24.09.15",
"15/7/2015") and a weekday with no year ("Monday November 16th"), whose year is taken from a
year the text names only when the weekday fits it. Times: "7.30 pm", "19:00", "10am", "noon",
and the Welsh "2.00 o'r gloch" (no am/pm: read as the afternoon for 1 to 7 and marked unsure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from clerk.agenda.lines import DATE_RE, MONTHS, TIME_RE, twelve_hour_clock

WELSH_MONTHS = {
    "ionawr": 1,
    "chwefror": 2,
    "mawrth": 3,
    "ebrill": 4,
    "mai": 5,
    "mehefin": 6,
    "gorffennaf": 7,
    "awst": 8,
    "medi": 9,
    "hydref": 10,
    "tachwedd": 11,
    "rhagfyr": 12,
}
IRISH_MONTHS = {
    "eanáir": 1,
    "feabhra": 2,
    "márta": 3,
    "aibreán": 4,
    "bealtaine": 5,
    "meitheamh": 6,
    "iúil": 7,
    "lúnasa": 8,
    "meán fómhair": 9,
    "deireadh fómhair": 10,
    "samhain": 11,
    "nollaig": 12,
}
WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "luain": 0,
    "máirt": 1,
    "mairt": 1,
    "céadaoin": 2,
    "ceadaoin": 2,
    "déardaoin": 3,
    "deardaoin": 3,
    "haoine": 4,
    "sathairn": 5,
    "domhnaigh": 6,
    "lun": 0,
    "fawrth": 1,
    "fercher": 2,
    "wener": 4,
    "mo": 0,
    "tu": 1,
    "we": 2,
    "th": 3,
    "fr": 4,
    "sa": 5,
    "su": 6,
    "llun": 0,
    "mawrth": 1,
    "mercher": 2,
    "iau": 3,
    "gwener": 4,
    "sadwrn": 5,
    "sul": 6,
}
_EN_WEEKDAY = (
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?|(?-i:Mo|Tu|We|Th|Fr|Sa|Su)\b\.?)"
)
_CY_WEEKDAY = (
    r"(?:dd?ydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)|nos\s+(?:Lun|Fawrth|Fercher|Iau"
    r"|Wener)|D[ée]\s+(?:Luain|M[áa]irt|C[ée]adaoin|hAoine|Sathairn|Domhnaigh)|D[ée]ardaoin)"
)
_WEEKDAY = rf"(?P<wd>{_EN_WEEKDAY}|{_CY_WEEKDAY}),?\s+"
_WEEKDAY2 = rf"(?P<wd2>{_EN_WEEKDAY}|{_CY_WEEKDAY}),?\s+"
_CY_MONTH = "|".join([*WELSH_MONTHS, *(m.replace(" ", r"\s+") for m in IRISH_MONTHS)])
_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?"
_WELSH_DATE = re.compile(
    rf"(?:{_WEEKDAY})?(?P<d>\d{{1,2}}){_ORD}\s+(?:o\s+)?(?P<m>{_CY_MONTH}),?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|(?:{_WEEKDAY2})?(?P<m2>{_CY_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{_EN_WEEKDAY}|{_CY_WEEKDAY}),?\s+(?:the\s+)?$", re.I)
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?![\d]|\.\d)"
)
# "2024-11-14" (ISO) and "14-Nov-2024", "14/Nov/24": forms a calendar or a spreadsheet writes.
_ISO = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d-])")
_DAY_MON_YEAR = re.compile(
    rf"(?<![\d/.-])(?P<d>\d{{1,2}})(?P<s>[-/])(?P<m>{_EN_MONTH})\.?(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?!\d)",
    re.IGNORECASE,
)
_NO_YEAR = re.compile(
    rf"{_WEEKDAY}(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_EN_MONTH})\b\.?"
    rf"|{_WEEKDAY2}(?P<m2>{_EN_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")
_OCLOCK = re.compile(r"\b(?P<h>\d{1,2})(?:[.:](?P<mi>[0-5]\d))?\s*o['’]\s?r\s+gloch\b", re.I)
# Welsh "6.30y.h." (yr hwyr, pm) and "10.00y.b." (y bore, am); Irish "10.00rn" (roimh nóin,
# am) and "3.00in" (iar nóin, pm).
_CY_GA_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[.:](?P<mi>[0-5]\d))?(?P<ap>\s*y\.?\s?[bh]\.?|\s*[ri]\.\s?n\.?|[ri]n)(?![a-z])",
    re.I,
)
# "7.15-9pm", "10.30 - 12.30pm": a span whose am/pm is written once, after its end; the meeting
# starts at the first time, read as the latest hour of the clock before the end.
_SPAN_ONE_MARK = re.compile(
    r"\b(?P<h>\d{1,2})[.:](?P<mi>[0-5]\d)\s*(?:-|–|to)\s*(?P<h2>\d{1,2})(?:[.:][0-5]\d)?\s*"
    r"(?P<ap>[ap])\.?\s?m\b\.?",
    re.I,
)


@dataclass(frozen=True)
class FoundDate:
    day: date
    start: int
    end: int
    weekday: bool  # a weekday was written with it
    weekday_fits: bool
    numeric: bool  # "24.09.15"
    yearless: bool  # the year came from elsewhere in the text


@dataclass
class FoundTime:
    at: time
    start: int
    end: int
    sure: bool  # am/pm, a 24-hour clock, or noon


def _month(name: str) -> int | None:
    name = " ".join(name.lower().rstrip(".").split())
    return (
        WELSH_MONTHS.get(name)
        or IRISH_MONTHS.get(name)
        or IRISH_MONTHS.get(name.replace("a", "á", 1))
        or MONTHS.get(name[:4])
        or MONTHS.get(name[:3])
    )


def _weekday(name: str | None) -> int | None:
    if not name:
        return None
    word = name.lower().rstrip(".").split()[-1]
    return WEEKDAYS.get(word) if word in WEEKDAYS else WEEKDAYS.get(word[:3])


def _make(y: int, m: int | None, d: int) -> date | None:
    try:
        return date(y, m or 0, d)
    except (TypeError, ValueError):
        return None


def find_dates(text: str, years: list[int] | None = None) -> list[FoundDate]:
    """Every date written in ``text``, in order. ``years``: years named nearby, for a date
    written with a weekday and no year."""
    if not _DIGIT.search(text):
        return []
    return list(_find_dates(text, tuple(dict.fromkeys(years or []))))


_DIGIT = re.compile(r"\d")
_OTHER_MONTH = re.compile(rf"\b(?:{_CY_MONTH})\b", re.IGNORECASE)
_ANY_WEEKDAY = re.compile(rf"\b(?:{_EN_WEEKDAY}|{_CY_WEEKDAY})", re.IGNORECASE)


@lru_cache(maxsize=512)
def _find_dates(text: str, years: tuple[int, ...]) -> tuple[FoundDate, ...]:
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(day, start, end, wd, numeric=False, yearless=False):
        if day is None or any(a < end and start < b for a, b in taken):
            return
        if wd is None:  # "Monday, 20 February" may sit just before the match
            m = _WEEKDAY_BEFORE.search(text[max(0, start - 25) : start])
            wd = _weekday(m.group("wd")) if m else None
        taken.append((start, end))
        found.append(
            FoundDate(
                day,
                start,
                end,
                wd is not None,
                wd is None or wd == day.weekday(),
                numeric,
                yearless,
            )  # fmt: skip
        )

    for m in DATE_RE.finditer(text):
        d, mon, y = m.group("d"), m.group("m"), m.group("y")
        if d is None:
            d, mon, y = m.group("d2"), m.group("m2"), m.group("y2")
        wd = re.match(rf"\s*({_EN_WEEKDAY})", m.group(0), re.I)
        add(_make(int(y), _month(mon), int(d)), m.start(), m.end(),
            _weekday(wd.group(1)) if wd else None)  # fmt: skip
    for m in _WELSH_DATE.finditer(text) if _OTHER_MONTH.search(text) else ():
        d, mon, y = m.group("d"), m.group("m"), m.group("y")
        if d is None:
            d, mon, y = m.group("d2"), m.group("m2"), m.group("y2")
        add(_make(int(y), _month(mon), int(d)), m.start(), m.end(),
            _weekday(m.group("wd") or m.group("wd2")))  # fmt: skip
    for m in _NUMERIC.finditer(text):
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        add(_make(y, int(m.group("m")), int(m.group("d"))), m.start(), m.end(), None, True)
    if "-" in text or "/" in text:
        for m in _ISO.finditer(text):
            add(_make(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.start(), m.end(),
                None, True)  # fmt: skip
        for m in _DAY_MON_YEAR.finditer(text):
            y = int(m.group("y"))
            add(_make(y + 2000 if y < 100 else y, _month(m.group("m")), int(m.group("d"))),
                m.start(), m.end(), None)  # fmt: skip
    for m in _NO_YEAR.finditer(text) if years and _ANY_WEEKDAY.search(text) else ():
        wd = _weekday(m.group("wd") or m.group("wd2"))
        d, mon = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
        fits = [
            day for y in years if (day := _make(y, _month(mon), int(d))) and day.weekday() == wd
        ]
        if len(fits) == 1:
            add(fits[0], m.start(), m.end(), wd, yearless=True)
    found.sort(key=lambda f: f.start)
    return tuple(found)


def years_in(text: str) -> list[int]:
    """The years written in ``text``; a municipal year "2024/25" gives both of its years."""
    years = [int(y) for y in _YEAR.findall(text)]
    for m in _YEAR_SPAN.finditer(text):
        first = int(m.group(1))
        if (first + 1) % 100 == int(m.group(2)):
            years += [first, first + 1]
    return years


_YEAR_SPAN = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)/(\d\d)(?![\d/])")


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans blanked out (dates, before looking for times)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


#: "1930hrs", "1930 hours": a time in four figures (the venue reader masks them too).
HOURS_4 = re.compile(r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs|hours)\b", re.IGNORECASE)


def find_times(text: str) -> list[FoundTime]:
    """Every time of day in ``text`` (dates should be masked first: "24.09.15" is no time)."""
    found: list[FoundTime] = []
    for m in _OCLOCK.finditer(text):
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        if 1 <= hour <= 12:
            if hour < 8:  # "2.00 o'r gloch": a meeting at two is in the afternoon
                hour += 12
            found.append(FoundTime(time(hour, minute), m.start(), m.end(), False))
    for m in _CY_GA_TIME.finditer(text):
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        mark = re.sub(r"[\s.]", "", m.group("ap").lower())
        evening = mark in ("in", "yh")
        if 1 <= hour <= 12:
            hour = (
                hour + 12 if evening and hour != 12 else (0 if not evening and hour == 12 else hour)
            )
            found.append(FoundTime(time(hour, minute), m.start(), m.end(), True))
    for m in _SPAN_ONE_MARK.finditer(text):
        hour, minute, end = int(m.group("h")), int(m.group("mi")), int(m.group("h2"))
        if 1 <= hour <= 12 and 1 <= end <= 12:
            end = end % 12 + (12 if m.group("ap").lower() == "p" else 0)
            # the latest reading of the start before the end: "7.15-9pm" 19:15, "11.30-1pm" 11:30
            hour = hour % 12 + 12 if hour % 12 + 12 < end else hour % 12
            found.append(FoundTime(time(hour, minute), m.start(), m.end(), True))
    for m in HOURS_4.finditer(text) if "h" in text else ():  # "1930hrs", "1930 hours"
        hour, minute = int(m.group("h")), int(m.group("mi"))
        found.append(FoundTime(time(hour, minute), m.start(), m.end(), True))
    text = mask(text, [(f.start, f.end) for f in found])
    for m in TIME_RE.finditer(text):
        if m.group("noon"):
            found.append(FoundTime(time(12, 0), m.start(), m.end(), True))
            continue
        if m.group("h") is not None:
            clock = twelve_hour_clock(m)
            if clock is not None:
                found.append(FoundTime(clock, m.start(), m.end(), True))
            continue
        hour, minute = int(m.group("h24")), int(m.group("mi24"))
        sure = hour >= 13 or hour == 0 or (":" in m.group(0) and hour >= 8)
        if not sure and 1 <= hour <= 7:  # "7.30" for a meeting is the evening
            hour += 12
        found.append(FoundTime(time(hour, minute), m.start(), m.end(), sure))
    found.sort(key=lambda f: f.start)
    return found

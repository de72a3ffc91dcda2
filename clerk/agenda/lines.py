"""Lines of an agenda, and the small things found in them: dates, times, page ranges.

Agendas reach Clerk as text converted from PDF (often with left-over Markdown marks such as
``**bold**`` and ``- `` bullets), as Word paragraphs and table rows, or as text pulled out of a
PDF. Everything is first brought to the same shape here: one cleaned line per paragraph or
visual line, table cells and wide gaps turned into a tab, so that the readers above need to
know only one layout of text.
"""

from __future__ import annotations

import re
from datetime import date, time

from clerk.domain.text import clean_text

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+"
DATE_RE = re.compile(
    rf"(?:{_WEEKDAY})?(?:the\s+)?(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)\s*|\s+)(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|(?:{_WEEKDAY})?(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(r"\b(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>(?:19|20)?\d\d)\b")
TIME_RE = re.compile(
    r"\b(?P<h>\d{1,2})(?:[.:](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|\b(?P<h24>[01]?\d|2[0-3])[:.](?P<mi24>[0-5]\d)(?!\d)(?!\s*(?:-|–|to)\s*\d(?!\d?[:.][0-5]\d))"
    r"|\b(?P<noon>noon|midday|mid-day)\b",
    re.IGNORECASE,
)
# "(Pages 9 - 32)", "Pages 9-32", "(Page 5)", "pp. 3 - 8"
PAGES_RE = re.compile(
    r"\(?\s*(?:Pages?|pp?\.)\s*(?P<a>\d{1,4})(?:\s*(?:-|–|—|to)\s*(?P<b>\d{1,4}))?\s*\)?",
    re.IGNORECASE,
)
# A bare page range at the end of a title line, as a page column leaves it: "Minutes   1 - 8".
TRAILING_RANGE_RE = re.compile(r"(?:\t|\s)\(?(?P<a>\d{1,3})\s*(?:-|–|—|to)\s*(?P<b>\d{1,3})\)?\s*$")
PAGE_FOOTER_RE = re.compile(r"^(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?(?:\s*-)?$", re.IGNORECASE)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(
    r"(?:\+44\s?\(0\)\s?\d{2,4}|\+44\s?\d{2,4}|\(0\d{2,4}\)|0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{2,4}\b"
)

# "-‐ Welcome …": a hyphen and a Unicode hyphen typed together are one bullet too.
_BULLET = re.compile(r"^\s*(?:(?:[-‐‑]{1,2}|[*•·▪●◦‣–])\s+)+")
_BULLET_CHARS = frozenset("-‐‑*•·▪●◦‣–")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_HTML_ONLY = re.compile(r"(?:</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>\s*)+")
_HTML_MARK = re.compile(r"</?(?:AI|TR|TD|ol|ul|li|p|div|span)\d*(?:\s[^<>]*)?/?>", re.IGNORECASE)
_SPACED = re.compile(r"(?:[A-Za-z&] )+[A-Za-z&](?:\s{2,}(?:[A-Za-z&] )*[A-Za-z&])*")
_ODD_SPACES = re.compile(r"[\u2000-\u200a\u202f\u205f\u3000]")
_ODD_SPACE_CHARS = tuple(chr(c) for c in (*range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000))
_STAR = re.compile(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
# "**3. Minutes** To approve …", "3. **Minutes** To approve …": the bold part is the title,
# what follows it on the line is the item's description.
_BOLD_LEAD = re.compile(
    r"^(?P<pre>\s*(?:\d{1,4}[.)]?\s*)?)\*\*(?P<b>[^*]{2,200}?)\*\*[ \t]+(?=[A-Z\"“‘'(])"
)
_TAGS = re.compile(r"</?(?:b|i|u|strong|em|br)\s*/?>")
_RUN_OF_SPACES = re.compile(r" {2,}")
_WIDE_GAP = re.compile(r" {3,}")
_FIRST_CELL = re.compile(r"[\w.()/]{1,12}\s*\|")
_TAB_RUN = re.compile(r"[ ]*\t[ \t]*")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
# What web pages and document stores leave in the text: ModernGov's "pdf icon PDF 22 KB" (Welsh
# "pdf eicon"), "View directions", "Additional documents:", "{meta}", file-type link labels.
_RESIDUE = re.compile(
    r"\s*\bpdf\s+e?icon\b(?:\s*PDF)?(?:\s*[\d.,]+\s*[KM]?B?\b)?"
    r"|\.?\s*\bView directions\b\.?"
    r"|\s*\bAdditional documents:\s*"
    r"|\s*\bDogfennau ychwanegol:\s*"
    r"|\{meta\}\s*",
    re.IGNORECASE,
)
_RESIDUE_HINT = ("icon", "directions", "documents:", "ychwanegol", "{meta}")


class AgendaLines(list):
    """The cleaned lines, with what cleaning took away that says where a line sits: how far it
    was indented (a nested list) and whether it was a bullet point."""

    indent: list[int]
    bullet: list[bool]
    mark: list[str]  # the bullet's own character ("-", "·"), "" where there is none


_LIGATURE_LETTERS = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURES = str.maketrans(_LIGATURE_LETTERS)


def split_lines(text: str) -> AgendaLines:
    """The text as normalised lines (blank lines kept as ``""``: they separate paragraphs)."""
    text = clean_text(text)
    if "\ufeff" in text or "\u200b" in text:
        text = text.replace("\ufeff", "").replace("\u200b", "")
    if any(c in text for c in _LIGATURE_LETTERS):  # a PDF's "ﬁ" in "Conﬁrmation"
        text = text.translate(_LIGATURES)
    raw_lines = _without_front_matter(text.split("\n"))
    if "-\n" in text:  # a word a PDF broke at a line's end
        raw_lines = _joined_hyphens(raw_lines)
    raw_lines = _without_running_heads(raw_lines)
    if "|" in text and _TABLE_RULE.search(text):
        raw_lines = _join_wrapped_cells(raw_lines)
    from clerk.agenda.reflow import split_reflowed

    raw_lines = split_reflowed(raw_lines)
    lines = AgendaLines()
    indent: list[int] = []
    bullet: list[bool] = []
    mark: list[str] = []
    for raw in raw_lines:
        s, ind, bul = _normalise(raw)
        lines.append(s)
        indent.append(ind)
        bullet.append(bul)
        mark.append(raw.lstrip(" \t\u00a0")[:1] if bul else "")
    # A page reference cut by a narrow column: "… Revisit (Pages" / "9 - 32)".
    k = 0
    while k + 1 < len(lines):
        if "(" in lines[k] and _CUT_PAGES.search(lines[k]) and _CUT_PAGES_END.match(lines[k + 1]):
            lines[k : k + 2] = [f"{lines[k]} {lines[k + 1]}"]
            del indent[k + 1], bullet[k + 1], mark[k + 1]
        k += 1
    lines.indent, lines.bullet, lines.mark = indent, bullet, mark
    return lines


_HYPHEN_END = re.compile(r"[a-z]{2}-$")
_LOWER_START = re.compile(r"\s*[a-z]{2}")


def _joined_hyphens(raw: list[str]) -> list[str]:
    """A word a PDF broke at the end of a line ("Declara-" / "tions of interest") made whole
    again: the next line, when it goes on in lower case, is joined to it."""
    out: list[str] = []
    for line in raw:
        prev = out[-1].rstrip() if out else ""
        if prev.endswith("-") and _HYPHEN_END.search(prev) and _LOWER_START.match(line):
            out[-1] = prev[:-1] + line.lstrip()
            continue
        out.append(line)
    return out


# "Ashcombe Parish Council – Agenda – 14 November 2024" printed at the top of every page: a
# page's running head, once it comes again below the first lines.
_RUNNING_HEAD = re.compile(
    r"^\s*(?:.{3,100}?\s[-–—|]\s*)?(?:agenda|rhaglen)\s*[-–—|]\s*.{0,60}\b(?:19|20)\d\d\s*$",
    re.IGNORECASE,
)
HEAD_LINES = 12


_ITEM_LINE = re.compile(r"\s*\d{1,3}[.)]?\s+[A-Z]")


def _without_running_heads(raw: list[str]) -> list[str]:
    out, items_begun = [], False
    for k, line in enumerate(raw):
        if (
            (k >= HEAD_LINES or items_begun)
            and ("genda" in line or "GENDA" in line or "aglen" in line or "AGLEN" in line)
            and _RUNNING_HEAD.match(line)
        ):
            line = ""
        items_begun = items_begun or bool(_ITEM_LINE.match(line))
        out.append(line)
    return out


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.MULTILINE)
MAX_CELL_LINES = 20


def _join_wrapped_cells(raw: list[str]) -> list[str]:
    """A Markdown table's cell that its text wrapped over several lines ("|" / "Exclusion of
    Press and Public To consider passing a" / "Resolution … Minutes: ORDERED … |") as one line,
    as the row it is; lines that never reach a closing "|" are left as they were."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        line = raw[i]
        s = line.strip()
        prev = next((p.strip() for p in reversed(out) if p.strip()), "")
        if s and "|" not in s and prev.endswith("|"):  # "2 | Minutes" is a row of its own
            j = i + 1
            while j < len(raw) and j - i < MAX_CELL_LINES and raw[j].strip():
                if "|" in raw[j]:
                    break
                j += 1
            if j < len(raw) and j > i and raw[j].rstrip().endswith("|"):
                out.append(" ".join(p.strip() for p in raw[i : j + 1]))
                i = j + 1
                continue
        out.append(line)
        i += 1
    return out


_STORE_PAGES = re.compile(r"\s*Total Page:\s*\d+\s*$")
_STORE_TYPE = re.compile(r"\s*File Type:\s*\w+")


def _without_store_banner(raw: list[str]) -> list[str]:
    """A document store's banner over a PDF's text: its own title for the file (a guess,
    often cut or naming another body: "Falkirk Council" over a joint board's agenda),
    "Total Page:16", "File Type:pdf, Size:1020Kb". Blank lines keep the line count."""
    for i in range(1, min(len(raw) - 1, 8)):
        if _STORE_PAGES.match(raw[i]) and _STORE_TYPE.match(raw[i + 1]):
            return [""] * (i + 2) + raw[i + 2 :]
    return raw


def _without_front_matter(raw: list[str]) -> list[str]:
    """YAML front matter ("---" / "title: …" / "---") at the top of a Markdown file is no part
    of the agenda; blank lines keep the line count."""
    if "Total Page:" in "".join(raw[:8]):
        raw = _without_store_banner(raw)
    first = next((i for i, line in enumerate(raw[:5]) if line.strip()), None)
    if first is None or raw[first].strip() != "---":
        return raw
    for j in range(first + 1, min(len(raw), first + 60)):
        if raw[j].strip() in ("---", "..."):
            body = raw[first + 1 : j]
            if all(not b.strip() or re.match(r"\s*[\w-]+\s*:|\s+-?\s*\S", b) for b in body):
                return [""] * (j + 1) + raw[j + 1 :]
            break
    return raw


_CUT_PAGES = re.compile(r"\((?:Pages?|pp?\.)(?:\s*\d+\s*(?:[-–—]|to))?\s*$", re.IGNORECASE)
_CUT_PAGES_END = re.compile(r"\d+(?:\s*(?:[-–—]|to)\s*\d+)?\s*\)")


def normalise_line(raw: str) -> str:
    """One line without Markdown marks, bullets or doubled spaces; columns become one tab."""
    return _normalise(raw)[0]


def _normalise(raw: str) -> tuple[str, int, bool]:
    """(line, indent, bullet). Most lines are plain prose: each step is tried only when a
    character it deals with is there, which keeps the cleaning cheap on a long pack."""
    s = raw.replace("\u00ad", "") if "\u00ad" in raw else raw
    stripped = s.strip()
    if not stripped:
        return "", 0, False
    indent = len(s) - len(s.lstrip(" \t\u00a0"))
    bullet = False
    if (
        stripped[0] == "|"
        or stripped[-1] == "|"
        or ("|" in stripped and _FIRST_CELL.match(stripped))
    ):  # a table row, or what is left of one: "| 1. | Apologies |", "3 | Minutes"
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            return "", indent, False
        s = stripped = "\t".join(c for c in cells if c)
        if not s:
            return "", indent, False
    if "<" in stripped:
        if _HTML_ONLY.fullmatch(stripped):  # "<AI3>", "</ol>": markers left by the publisher
            return "", indent, False
        s = _HTML_MARK.sub(" ", s)
    if len(stripped) > 2 and stripped[1] == " " and _SPACED.fullmatch(stripped):
        s = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", stripped))
    if "\u00a0" in s:
        s = s.replace("\u00a0", " ")
    if "   " in s:
        s = _WIDE_GAP.sub("\t", s)
    first = stripped[0]
    if first == "#":
        s = _HEADING.sub("", s)
    if "*" in s:  # Markdown emphasis: "**bold**", "*italic*"
        if "**" in s and (lead := _BOLD_LEAD.match(s)):
            title = lead.group("b").strip().rstrip(" :.–—-")
            s = f"{lead.group('pre')}{title} – {s[lead.end() :]}"
        if "**" in s:
            s = s.replace("**", "")
        if "*" in s:
            s = _STAR.sub("", s)
    if "__" in s:
        s = s.replace("__", "")
    if "<" in s:
        s = _TAGS.sub("", s)
    if "](" in s:
        s = _MD_LINK.sub(r"\1", s)
    if "icon" in s or "directions" in s or "documents:" in s or "{meta}" in s or "ychwa" in s:
        s = _RESIDUE.sub(" ", s)
    t = s.lstrip(" \t")
    if t[:1] in _BULLET_CHARS:
        m = _BULLET.match(s)
        if m:
            s = s[m.end() :]
            bullet = True
    if not s.isascii() and any(c in s for c in _ODD_SPACE_CHARS):
        s = _ODD_SPACES.sub(" ", s)
    if "  " in s:
        s = _RUN_OF_SPACES.sub(" ", s)
    if "\t" in s:
        s = _TAB_RUN.sub("\t", s)
    return s.strip(" \t"), indent, bullet


def fold_spaces(text: str) -> str:
    """Tabs and runs of white space as one space: for titles and names."""
    return re.sub(r"\s+", " ", text).strip()


def tidy_dash(text: str) -> str:
    """ "Committee- Commissioned Slot" (a lost space before a dash) becomes "Committee - …"."""
    return re.sub(r"(?<=\w)([-–—])(?=\s)", r" \1", text)


def find_date(text: str) -> tuple[date, re.Match] | None:
    """The first written date ("Monday, 20 February 2023", "February 20, 2023") in ``text``."""
    for m in DATE_RE.finditer(text):
        day = _to_date(m)
        if day is not None:
            return day, m
    return None


def _to_date(m: re.Match) -> date | None:
    d, mon, y = (m.group("d"), m.group("m"), m.group("y"))
    if d is None:
        d, mon, y = (m.group("d2"), m.group("m2"), m.group("y2"))
    month = MONTHS.get(mon.lower().rstrip(".")[:4]) or MONTHS.get(mon.lower()[:3])
    try:
        return date(int(y), month or 0, int(d))
    except (TypeError, ValueError):
        return None


def find_numeric_date(text: str) -> date | None:
    """A date written 20/02/2023 or 20.02.23 (UK order), only trusted beside a "Date" label."""
    m = NUMERIC_DATE_RE.search(text)
    if not m:
        return None
    year = int(m.group("y"))
    if year < 100:
        year += 2000
    try:
        return date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def twelve_hour_clock(m: re.Match) -> time | None:
    """The time of a ``TIME_RE`` match written with am/pm ("5.30 pm", "10am"); None for an
    hour that no 12-hour clock shows."""
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    if not 1 <= hour <= 12:
        return None
    if m.group("ap").lower().startswith("p") and hour != 12:
        hour += 12
    elif m.group("ap").lower().startswith("a") and hour == 12:
        hour = 0
    return time(hour, minute)


def find_time(text: str) -> tuple[time, bool] | None:
    """The first time of day in ``text`` and whether it is certain.

    "5.30 pm", "5:00pm", "10am", "18:30", "noon" are certain; a bare "7.30" is read as given
    and reported as unsure (it may mean 7.30 pm).
    """
    for m in TIME_RE.finditer(text):
        if m.group("noon"):
            return time(12, 0), True
        if m.group("h") is not None:
            clock = twelve_hour_clock(m)
            if clock is None:
                continue
            return clock, True
        hour, minute = int(m.group("h24")), int(m.group("mi24"))
        return time(hour, minute), hour >= 13 or hour == 0 or ":" in m.group(0)
    return None


# A re-flowed PDF's page range and the next group's heading run on after a title:
# "Requests for Civic Recognition 121 - 132 Matters for Information".
_RANGE_THEN_HEADING = re.compile(
    r"\s(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})\s+(?P<h>[A-Z][A-Za-z&'’]*"
    r"(?:\s+(?:[A-Z][A-Za-z&'’]*|for|of|and|to|the|&)){0,5})$"
)
_PAGE_OF = re.compile(r"\s*\bPage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.IGNORECASE)


def find_pages(text: str) -> tuple[tuple[int, int] | None, str]:
    """A report's page range in ``text`` and the text without it."""
    if "of" in text:
        text = _PAGE_OF.sub("", text)  # "Page 1 of 158": the page's own footer, run in
    for m in PAGES_RE.finditer(text):
        first = int(m.group("a"))
        last = int(m.group("b") or first)
        if first <= last:
            rest = (text[: m.start()] + " " + text[m.end() :]).strip()
            return (first, last), rest
    m = TRAILING_RANGE_RE.search(text)
    if m:
        first, last = int(m.group("a")), int(m.group("b"))
        before = text[: m.start()]
        # A year range ("2023 - 24") or a clause number is no page range; after a date's year
        # ("… held on 15 April 2019 5 - 14") the range is the report's pages.
        column = text[m.start()] == "\t"  # a page column: whatever the title ends with
        if 0 < first <= last and (
            column or re.search(r"[A-Za-z)]\s*$|[A-Za-z]\s+(?:19|20)\d\d\s*$", before)
        ):
            return (first, last), before.strip()
    m = _RANGE_THEN_HEADING.search(text)
    if m and 0 < int(m.group("a")) <= int(m.group("b")):
        before = text[: m.start()]
        if re.search(r"[A-Za-z)]\s*$|[A-Za-z]\s+(?:19|20)\d\d\s*$", before):
            return (int(m.group("a")), int(m.group("b"))), before.strip()
    return None, text


def pages_only(line: str) -> tuple[int, int] | None:
    """A line that holds nothing but a page reference: "(Pages 1 - 8)", "1 - 8", "Page 5"."""
    s = line.strip().strip("\t")
    m = re.fullmatch(
        r"\(?\s*(?:(?:Pages?|pp?\.)\s*)?(\d{1,4})\s*(?:(?:-|–|—|to)\s*(\d{1,4}))?\s*\)?",
        s,
        re.IGNORECASE,
    )
    if not m:
        return None
    if m.group(2) is None and not re.match(r"\(?\s*(?:Pages?|pp?\.)", s, re.IGNORECASE):
        return None
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    return (first, last) if first <= last else None


def is_page_footer(line: str) -> bool:
    return bool(PAGE_FOOTER_RE.match(line))


def description_text(lines: list[str]) -> str | None:
    """Description lines as paragraphs: wrapped lines joined, blank lines between paragraphs."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(fold_spaces(line.replace("\t", " ")))
    if current:
        paragraphs.append(" ".join(current))
    text = "\n\n".join(p for p in paragraphs if p)
    return text or None

"""Finding the agenda items: numbers, titles, report pages, descriptions, exempt sections.

An item starts with its number ("1.", "1)", "Item 1", a number alone on its line with the
title below it), chosen by ``numbering``. Sub-items ("4a", "4(a)", "4.1", "(a)" under an item,
nested lists) are not items: they stay in their item's description, as do numbered paragraphs
of a description or of the reports that follow in the pack. The
agenda ends at the first line that only ends an agenda: the democracy officer's block, "This
page is intentionally left blank", the previous meeting's minutes, a report's "Agenda Item 4"
header. Everything between one item's title and the next item is its description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from clerk.agenda.bounds import _part_of, is_end_marker
from clerk.agenda.cutoff import cut_inside_word
from clerk.agenda.lines import find_pages, fold_spaces, is_page_footer, pages_only, tidy_dash
from clerk.agenda.numbering import choose
from clerk.agenda.titles import (
    drop_column_value,
    sentence_goes_on,
    split_run_together,
    split_title,
)

MAX_TITLE = 400

_SEP_NUMBER = re.compile(
    r"^(?P<n>\d{1,3})(?P<sub>[a-zA-Z](?=[\s.):\t]|$)|\s?\([a-z]\)|\.\d{1,2}(?=[\s\t]|$))?"
    r"(?P<sep>[.):]|\s*[-–—](?=\s)|\t)?\s*(?P<rest>.*)$"
)
_ITEM_WORD = re.compile(
    r"^(?P<agenda>agenda\s+)?item\s+(?:no\.?\s*)?(?P<n>\d{1,3})"
    r"(?P<sub>[a-z](?![a-z])|\s?\([a-z]\)|\.\d{1,2}(?!\d))?\s*[.:)\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Parish councils often number items by their minute reference: "23/045 To receive apologies".
_MINUTE_REF = re.compile(
    r"^(?P<ref>(?P<a>\d{2,4})/(?P<b>\d{1,4}))(?P<sub>[a-z](?=[\s.):\t]))?[.):]?[ \t]+(?P<rest>\S.*)$"
)
_LETTER = re.compile(r"^(?:\((?P<a>[a-z])\)|(?P<b>[a-z])[.)])\s+(?P<rest>\S.*)$")
# A title that cannot end here: "To consider", "Report of the".
_UNFINISHED = re.compile(
    r"^to\s+\w+$|\b(?:and|of|for|the|to|in|on|with|a|an|by|from|at|into|or)$"
    r"|^(?-i:[A-Z][a-z]?)$",  # "16. No": a word of two letters is no title; the copy stops
    re.IGNORECASE,
)
_MONTH_START = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,4}\b|^(?:am|pm|a\.m|p\.m)\b",
    re.IGNORECASE,
)
_CONNECTOR_END = re.compile(
    r"(?:\b(?:and|of|for|the|to|in|on|with|a|an|by|from|at|into|under|or|re)|[&,/:\-–—])$",
    re.IGNORECASE,
)


@dataclass
class FoundItem:
    number: str
    title: str
    line: int
    pages: tuple[int, int] | None = None
    description: list[str] = field(default_factory=list)
    private_part: bool | None = None  # True in Part B, False in Part A, None when no parts
    section_text: str = ""  # the heading text of the part it sits in
    title_wrapped: bool = False
    number_unsure: str | None = None  # why the number was put in, when it was not printed
    title_cut: bool = False  # the text ends inside this title


@dataclass
class ItemScan:
    items: list[FoundItem]
    first_line: int | None  # where the first item starts
    end_line: int  # the first line after the agenda
    heading_line: int | None  # the "AGENDA" heading, when there is one
    cut_off: FoundItem | None = None  # a last item left out: the text stops inside its title


@dataclass
class _Start:
    top: int
    sub: str | None
    rest: str
    sep: bool  # a "." ")" ":" tab or dash followed the number
    worded: bool = False  # "Item 4"
    ref: str | None = None  # a parish minute reference used as the number: "23/045"
    more: str | None = None  # the rest of the row after the title, chosen with the start


def _sub_letter(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    if raw.startswith("."):
        return raw  # "4.1"
    return raw.strip("()").lower()


def match_start(line: str) -> _Start | None:
    """The item number that opens ``line``, if it could be one."""
    m = _ITEM_WORD.match(line)
    if m:
        if m.group("agenda") and not m.group("rest"):
            return None  # "Agenda Item 4" alone heads a report in the pack, not an item
        return _Start(
            int(m.group("n")), _sub_letter(m.group("sub")), m.group("rest"), True, worded=True
        )
    m = _MINUTE_REF.match(line)
    if (
        m
        and re.search(r"[A-Za-z]", m.group("rest"))
        and not (_looks_like_year(m.group("a")) and _looks_like_year(m.group("b")))  # "2022/23"
    ):
        a, b = m.group("a"), m.group("b")
        seq = int(a) if _looks_like_year(b) and not _looks_like_year(a) else int(b)
        return _Start(seq, _sub_letter(m.group("sub")), m.group("rest"), True, ref=m.group("ref"))
    m = _SEP_NUMBER.match(line)
    if not m:
        return None
    rest = m.group("rest")
    sep = bool(m.group("sep")) or (bool(m.group("sub")) and not m.group("sub").startswith("."))
    if rest:
        if not re.search(r"[A-Za-z]", rest) or _MONTH_START.match(rest):
            return None
        if not sep and not re.match(r"[A-Z\"'‘“(]", rest):
            return None
        if re.match(r"\d{1,2}\s*(?:am|pm|a\.m|p\.m)\b", rest, re.IGNORECASE):
            return None
    elif m.group("sep") and m.group("sep").strip() not in (".", ")", ":", ""):
        return None
    return _Start(int(m.group("n")), _sub_letter(m.group("sub")), rest, sep)


def _is_paragraph(rest: str) -> bool:
    """A long sentence after a number is a numbered paragraph of a report, not an item title."""
    words = rest.split()
    if len(rest) > 300:
        return True
    return len(words) > 28 and rest.rstrip().endswith(".")


_TIME_AFTER = re.compile(r"\t\(?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\)?\s*$", re.IGNORECASE)
_TIME_CELL = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\t", re.IGNORECASE)
_PAGE_COLUMN = re.compile(r"(?<=[A-Za-z)\]])\t\d{1,3}$")


def _number_text(start: _Start) -> str:
    sub = start.sub or ""
    return f"{start.ref or start.top}{sub}"


def _looks_like_year(text: str) -> bool:
    n = int(text)
    return (len(text) == 2 and 15 <= n <= 60) or (len(text) == 4 and 2015 <= n <= 2060)


# A line under a title that is not its end: who presents it, or how it comes.
_PRESENTER_OR_STATUS = re.compile(
    r"(?:cllr|councillor|head|director|officer|clerk|chair|report|recommendations?|verbal"
    r"|appendix|enclosure|attached|to|the|that|this|members|any|please|note)\b",
    re.IGNORECASE,
)


class _Scanner:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.items: list[FoundItem] = []
        self.top = 0
        self.heading: int | None = None
        self.part: tuple[bool, str] | None = None
        self.skip: set[int] = set()  # page-column lines already taken by an item
        # Numbered notes above the "AGENDA" heading (filming rules, access) are no items.
        self.first_heading = next(
            (i for i, line in enumerate(lines[:400]) if line and _is_agenda_heading(line)), None
        )
        self.choice = choose(lines, is_end_marker, self.first_heading)
        self.bullet = getattr(lines, "bullet", None) or [False] * len(lines)
        self.indent = getattr(lines, "indent", None) or [0] * len(lines)
        self.unsure_number: str | None = None

    def _start_of(self, chosen, line: str) -> _Start:
        """The chosen start as the reader's own: bullets and bare headings are their title."""
        self.unsure_number = chosen.unsure
        number = chosen.number
        top = int(re.sub(r"\D.*$", "", re.sub(r"^\D+", "", number)) or 0)
        rest = line if chosen.rest is None else chosen.rest
        return _Start(top, None, rest, True, ref=number, more=chosen.more)

    def scan(self) -> ItemScan:
        lines = self.lines
        i = 0
        end = len(lines)
        current: FoundItem | None = None
        while i < len(lines):
            line = lines[i]
            if i in self.skip:
                i += 1
                continue
            if (
                not line
                or is_page_footer(line)
                or (line.isdigit() and len(line) <= 3 and i not in self.choice.starts)
            ):
                if line and self._pack_page(line):
                    end = i
                    break
                if current is not None:
                    current.description.append("")
                i += 1
                continue
            if not self.items and _is_agenda_heading(line):
                self.heading = i  # the last "AGENDA" above the items (a cover may have one too)
                i += 1
                continue
            chosen = self.choice.starts.get(i)
            if chosen is not None:
                i = self._begin(self._start_of(chosen, line), i)
                current = self.items[-1]
                continue
            if i in self.choice.minutes_lines:
                i += 1
                continue
            # Sub-items ("4a", "4.1", "(a)", nested lists) are not items: they stay in
            # their item's description.
            if self.items and i > self.choice.last_start and is_end_marker(line):
                # "Minutes of the meeting held on …" under a Minutes item describes it.
                under_minutes = (
                    current is not None
                    and re.search(r"minutes", current.title, re.IGNORECASE)
                    and re.match(r"minutes\s+of\b", line, re.IGNORECASE)
                    and i - current.line <= 4
                )
                if not under_minutes:
                    end = i
                    break
            part = None if self.bullet[i] else _part_of(line)
            if part is not None and (self.items or self.heading is not None):
                self.part = part
                if current is not None:
                    current = None  # the part heading closes the item before it
                i += 1
                continue
            if current is not None:
                if not self._group_heading(i):
                    current.description.append(self._without_title(current, line))
            elif self.part is not None:
                self.part = (self.part[0], self.part[1] + "\n" + line)
            i += 1
        dropped: FoundItem | None = None
        if self.items and lines and lines[-1] and not self.items[-1].description:
            last = self.items[-1]  # the text may stop inside the last title (a cut-off copy):
            # kept, and marked for the clerk to check ("7. Date of next meeting" is whole)
            last.title_cut = bool(last.title) and last.title[-1].isalnum()
        if (
            dropped is None
            and len(self.items) > 1
            and not any(self.items[-1].description)
            and not any(lines[self.items[-1].line + 1 :])
            and (
                _UNFINISHED.search(self.items[-1].title)
                or cut_inside_word(self.items[-1].title, "\n".join(lines))
            )
        ):  # "11. To consider", "… planning applicati" at the very end: the copy stops there
            dropped = self.items.pop()
        first = self.items[0].line if self.items else None
        return ItemScan(self.items, first, end if self.items else len(lines), self.heading, dropped)

    def _number_cell(self, index: int) -> bool:
        """The item's number is a table cell of its own ("10:00<tab>1<tab>Welcome<tab>Chair")."""
        return bool(re.match(r"^(?:[\d:.apm ]+\t)?[\w/.()]{1,12}\t", self.lines[index]))

    def _group_heading(self, i: int) -> bool:
        """ "Board and Committee Updates:" just above the next item heads a group of items;
        it belongs to none of them."""
        line = self.lines[i]
        if not (line.endswith(":") and len(line) <= 60) or _LETTER.match(line):
            return False
        j = i + 1
        while j < len(self.lines) and not self.lines[j]:
            j += 1
        return j in self.choice.starts

    @staticmethod
    def _without_title(item: FoundItem, line: str) -> str:
        """A web table that repeats the title at the head of the description ("Minutes None"
        under "Minutes") is read without the repetition."""
        if (
            not item.description
            and item.title
            and line.lower().startswith(item.title.lower() + " ")
            and len(line) > len(item.title) + 1
        ):
            return line[len(item.title) + 1 :]
        return line

    def _pack_page(self, line: str) -> bool:
        """A "Page 9" footer at or past the first report page: the reports have begun (a
        ModernGov pack numbers its report pages, never the agenda's own)."""
        m = re.search(r"(\d+)", line)
        firsts = [it.pages[0] for it in self.items if it.pages]
        return bool(m and firsts and "of" not in line.lower() and int(m.group(1)) >= min(firsts))

    def _begin(self, start: _Start, index: int) -> int:
        """Read the title (over several lines if it wraps) and pages; return the next line."""
        lines = self.lines
        title = start.rest
        i = index + 1
        unsure_number, self.unsure_number = self.unsure_number, None
        starts = self.choice.starts
        if not title:  # the number alone, the title on the next line
            j = i
            while j < len(lines) and j <= index + 3 and not lines[j]:
                j += 1
            if (
                j < len(lines)
                and j <= index + 3
                and lines[j]
                and match_start(lines[j]) is None
                and j not in starts
                and j not in self.choice.minutes_lines
            ):
                title = lines[j]
                i = j + 1
        cells: list[str] = []
        title = _TIME_CELL.sub("", title)  # "1.<tab>10:00<tab>Welcome": the planned time
        title = _TIME_AFTER.sub("", title)  # "Apologies<tab>7.30": the planned time, after
        if title.count("\t") >= 2 or (title.count("\t") == 1 and self._number_cell(index)):
            # A table row: "Welcome and apologies<tab>Chair<tab>Note<tab>Verbal". The title
            # is its first cell; a page column gives the pages; the others describe the item.
            title, *cells = title.split("\t")
        pages, title = find_pages(title)
        for cell in cells:
            if pages is None and pages_only(cell):
                pages = pages_only(cell)
        cells = [c for c in cells if not pages_only(c)]
        wrapped = False
        # A title wraps onto following lines (no blank line between) when it plainly goes on;
        # a title cut after "for the" goes on even past one blank line.
        while i < len(lines) and len(title) < MAX_TITLE:
            if not lines[i]:
                k = i + 1
                while k < len(lines) and k <= i + 2 and not lines[k]:
                    k += 1  # a page break between the two halves leaves two blank lines
                if (
                    k < len(lines)
                    and lines[k]
                    and _CONNECTOR_END.search(title)
                    and not re.search(r"[,:]$", title)
                    and not match_start(lines[k])
                    and not _LETTER.match(lines[k])
                    and k not in starts
                    and not self.bullet[k]
                ):
                    i = k
                else:
                    break
            nxt = lines[i]
            # "Apologies:" above the sentence that explains it is a title; "Care Market
            # Sustainability:" above "Update from the Director" goes on.
            connector = bool(_CONNECTOR_END.search(title)) and not (
                title.endswith(":-")
                or title.endswith(":")
                and nxt[:1].isupper()
                and (len(nxt) > 90 or nxt.rstrip().endswith((".", ":")))
            )
            if (
                i in starts
                or i in self.choice.minutes_lines
                or self.bullet[i]
                or match_start(nxt)
                or _LETTER.match(nxt)
                or (is_end_marker(nxt) and not connector)
                or _part_of(nxt)
                or is_page_footer(nxt)
            ):
                break
            if pages is None and pages_only(nxt):
                break
            nxt_pages, nxt_rest = find_pages(nxt)
            after = lines[i + 1] if i + 1 < len(lines) else ""
            goes_on = (
                connector
                or bool(re.match(r"[a-z&]", nxt))
                or (nxt_pages is not None and pages is None and len(nxt_rest) < 120)
                # A bullet's heading that wrapped: a short fragment before the next bullet.
                or (
                    self.bullet[index]
                    and len(nxt.split()) <= 6
                    and not nxt.rstrip().endswith((".", ":"))
                    and not re.match(r"(?:To|The|That|This|Members|Any|Please|Note)\b", nxt)
                    and (i + 1 >= len(lines) or not lines[i + 1] or self.bullet[i + 1])
                )
                # A sentence for a title, wrapped before a name: "… the Office of Mayor of
                # Elmford" / "Town Council for the Municipal Year 2008/2009."
                or sentence_goes_on(title, nxt)
                # The last words of a long title wrapped in a PDF ("… held on November
                # 21st" / "2018."), alone above the next item or a blank line.
                or (
                    len(title) >= 60
                    and len(nxt.split()) <= 3
                    and len(nxt) <= 24
                    and not title.rstrip().endswith(":")
                    # a year, a date's end, a bracketed act: not "Head of Planning" (a
                    # presenter) or "Verbal update" (a status)
                    and (nxt.rstrip().endswith(".") or bool(re.search(r"\d|^\(", nxt)))
                    and not _PRESENTER_OR_STATUS.match(nxt)
                    and (not after or i + 1 in starts or bool(match_start(after)))
                )
                # A table cell's last title line just above its page column.
                or (
                    pages is None
                    and bool(pages_only(after))
                    and len(nxt) < 80
                    and not nxt.rstrip().endswith(".")
                )
                # A long heading wrapped at the page's width just above its "Minutes:" block
                # ("… Admission of General Public to the Internal" / "Chamber where Excess
                # Numbers Necessitate" / "Minutes:").
                or (
                    len(title) >= 65
                    and len(nxt) <= 60
                    and nxt[:1].isupper()
                    and not nxt.rstrip().endswith((".", ":"))
                    and not _PRESENTER_OR_STATUS.match(nxt)
                    and not _OPENS_SENTENCE.match(nxt)
                    and _below_is_minutes(lines, i + 1)
                )
            )
            if not goes_on or title.rstrip().endswith((".", ";", "?", "!")):
                break
            title = f"{title} {nxt_rest}"
            wrapped = True
            if nxt_pages is not None and pages is None:
                pages = nxt_pages
            i += 1
        # A page reference on its own line just under the title ("(Pages 1 - 8)"), or below
        # the description in a page column that a PDF table puts after the cell's text.
        if pages is None:
            j = i
            while j < len(lines) and j <= i + 2 and not lines[j]:
                j += 1
            if j < len(lines) and lines[j] and pages_only(lines[j]):
                pages = pages_only(lines[j])
                i = j + 1
            else:
                for k in range(i, min(i + 8, len(lines))):
                    line = lines[k]
                    if not line:
                        break
                    if match_start(line) or is_end_marker(line) or _part_of(line):
                        break
                    if pages_only(line) and re.search(r"\d\s*(?:-|–|—|to)\s*\d", line):
                        pages = pages_only(line)
                        self.skip.add(k)
                        break
        number = _number_text(start)
        self.top = start.top
        private, heading = self.part if self.part else (None, "")
        title = _PAGE_COLUMN.sub("", title)  # "Grants Programme<tab>11": a contents page's
        title, pair_half = _second_column(fold_spaces(title.replace("\t", " ")), number)
        title, more = split_title(title)
        if pair_half:
            more = f"{pair_half} {more}".strip()
        self.items.append(
            FoundItem(
                number=number,
                title=_tidy_title(title),
                line=index,
                pages=pages,
                description=[x for x in (more, " ".join(cells), start.more) if x],
                private_part=private,
                section_text=heading,
                title_wrapped=wrapped,
                number_unsure=unsure_number,
            )
        )
        return i


_OPENS_SENTENCE = re.compile(r"(?:To|The|That|This|Members|Any|Please|Note|Report)\b")
_MINUTES_BLOCK = re.compile(r"(?:Minutes|Cofnodion)\s*:\s*$")


def _below_is_minutes(lines, k: int) -> bool:
    """A "Minutes:" label on the next filled line, at most two blank lines on."""
    end = min(len(lines), k + 3)
    while k < end and not lines[k]:
        k += 1
    return k < end and bool(_MINUTES_BLOCK.match(lines[k]))


def _second_column(title: str, number: str) -> tuple[str, str]:
    """(title, the other language's heading) of "Cynllunio Lle 4. Place Shaping 4.1 …": a
    bilingual page's two columns run into one line, the item's own number printed again
    before the second heading. The first heading (a few words, no figures) goes to the
    description."""
    if not number.isdigit() or f" {number}" not in title:
        return title, ""
    m = re.match(rf"^(?P<a>[^\d]{{3,80}}?)\s+{number}[.)]\s+(?P<b>[A-Z].*)$", title)
    if not m or len(m.group("a").split()) > 8 or m.group("a").rstrip().endswith((".", ":")):
        return title, ""
    return m.group("b"), m.group("a").strip()


def _is_agenda_heading(line: str) -> bool:
    return bool(
        re.fullmatch(
            r"(?:the\s+)?(?:agenda|business)(?:\s+(?:items?|and reports))?\s*:?"
            r"|agenda\s*[-–—]\s*(?:part\s+\w+|public|items?).*"
            r"|items?|no\.?\s*items?|eitemau|rhif\.?\s*eitem|rhaglen",
            line.strip(),
            re.IGNORECASE,
        )
    )


def _tidy_title(title: str) -> str:
    title = fold_spaces(title.replace("\t", " "))
    title = re.sub(r"\s*[-–—:]\s*$", "", title)
    title = title.strip(" .;,") if not title.endswith("etc.") else title
    return tidy_dash(title)[:2000]


def scan_items(lines: list[str]) -> ItemScan:
    scan = _Scanner(lines).scan()
    drop_column_value(scan.items)
    scan.items = split_run_together(
        scan.items, lambda it, title: replace(it, title=title, description=[], pages=None)
    )
    return scan

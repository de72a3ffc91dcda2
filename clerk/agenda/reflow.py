"""Agendas whose PDF text was re-flowed into one paragraph: "… A G E N D A 1. Prayer 2. Apologies
3. Declarations of Interest …". Such a line is cut before each number of the longest running
sequence it holds (1, 2, 3 … in order, each followed by a capitalised word that is not a month),
so that the items reach the item reader one to a line. A flattened table whose numbers are
glued to the cells around them ("…remarks7.00 pm2.Apologies") is cut the same way when no
spaced sequence is found; the time column before a number goes with its item. Sub-items written inline ("7.1.", "(i)")
are left inside their item.
"""

from __future__ import annotations

import re

MIN_LENGTH = 200  # a shorter line is an ordinary line, whatever numbers it holds
MIN_RUN = 3  # fewer numbers in a row prove nothing
# A shorter line is cut only when it is a whole list: "1. Apologies 2. Minutes 3. Planning
# 4. Finance" from its first number, four or more in a row, each with its full stop.
SHORT_RUN = 4
_SHORT_LIST = re.compile(r"\s*1\.\s+[A-Z].*\s2\.\s+[A-Z].*\s3\.\s+[A-Z].*\s4\.\s+[A-Z]")

_INLINE = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})(?:\.0(?=\s)|\.(?![\d]))?(?=\s+[\"'‘“(]?[A-Z])")
# A flattened table: the numbers glued to the cell before and the title after them
# ("…remarks7.00 pm2.Apologies", "Time1.Chairperson’s welcome", "PR6Police Report").
_GLUED = re.compile(r"(?<![\d.,:/£$])(?P<n>\d{1,2})(?:\.(?![\d]))?(?=[\"'‘“]?[A-Z][a-z])")
_GLUED_HINT = re.compile(r"\d\.?[\"'‘“]?[A-Z]")  # cheap test before the full pattern
_TIME_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    r"\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
    r"|\s+(?:am|pm|a\.m|p\.m)\b|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
    re.IGNORECASE,
)


# A row's lead before its number: "Item", "ITEM", "Eitem", or a time cell ("19:00\t1\t…").
_LINE_LEAD = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*)?(?:agenda\s+)?(?:item|eitem|no\.?|min(?:ute)?\.?)?\s*",
    re.IGNORECASE,
)
_NUMBERED_LINE = re.compile(r"\s*(\d{1,3})[.)]?(?:\s+\S|\s*$)")  # "1. Apologies", "1."
# "(Report C-16-15 attached) 8 NOTICES OF MOTION": the note under one item with the next
# item's number and title run on after it.
_NOTE_THEN_ITEM = re.compile(r"^(\s*\([^()]{3,80}\))\s+(?=\d{1,3}\.?\s+[A-Z][A-Za-z])")


def split_reflowed(raw: list[str]) -> list[str]:
    if any(line[:1] == "(" and ") " in line for line in raw):
        raw = [part for line in raw for part in _note_then_item(line)]
    if not _items_one_per_line(raw):
        raw = _join_wrapped(raw)
    if not any(len(line) >= MIN_LENGTH or _SHORT_LIST.match(line) for line in raw):
        return raw
    out: list[str] = []
    for line in raw:
        short = len(line) < MIN_LENGTH
        if (short and not _SHORT_LIST.match(line)) or "2" not in line or "3" not in line:
            out.append(line)
            continue
        cuts = " 2" in line and " 3" in line and _sequence_cuts(line)
        if short and cuts and (cuts[0] != line.index("1") or len(cuts) < SHORT_RUN):
            cuts = []  # a title that counts "Phase 1 Works, Phase 2 …", not a list
        if not cuts and len(_GLUED_HINT.findall(line)) >= MIN_RUN:
            cuts = _sequence_cuts(line, _GLUED)
        if not cuts:
            out.append(line)
            continue
        last, lead = 0, ""
        for at in cuts:
            piece = line[last:at]
            time = _TIME_BEFORE.search(piece)
            nxt = ""
            if time and time.start() > 0:
                # "…remarks7.00 pm2.Apologies": the time column belongs to the next item.
                piece, nxt = piece[: time.start()], time.group(0).strip() + " "
            if piece.strip():
                out.append(lead + piece.rstrip())
            last, lead = at, nxt
        out.append(lead + line[last:])
    return out


def _sequence_cuts(line: str, pattern: re.Pattern = _INLINE) -> list[int]:
    """Where the numbers of the longest running sequence (1, 2, 3 …) start in ``line``."""
    found: list[tuple[int, int]] = []
    for m in pattern.finditer(line):
        n = int(m.group("n"))
        if not 0 < n < 200 or _MONTH_AFTER.match(line, m.end()):
            continue
        found.append((m.start(), n))
    if len(found) < MIN_RUN:
        return []
    # runs[n]: the run 1, 2 … n read so far (each number the first after the one before it).
    runs: dict[int, list[int]] = {}
    for at, n in found:
        if n == 1 and 1 not in runs:
            runs[1] = [at]
        elif n - 1 in runs and n not in runs:
            runs[n] = [*runs[n - 1], at]
    if not runs:
        return []
    starts = runs[max(runs)]
    if len(starts) < MIN_RUN:
        return []
    # A paragraph of prose with "1 … 2 … 3" in it has long stretches between the numbers;
    # a re-flowed agenda has short ones (titles) for most of them.
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    if sorted(gaps)[len(gaps) // 2] > 400:
        return []
    return starts


def _items_one_per_line(raw: list[str]) -> bool:
    """Whether lines start with the numbers of a running sequence (1, 2, 3 …): the items are
    already one to a line, and nothing here needs joining."""
    seen: set[int] = set()
    for line in raw:
        m = _NUMBERED_LINE.match(line)
        if m:
            n = int(m.group(1))
            if n - 1 in seen and n - 2 in seen:
                return True
            seen.add(n)
    return False


def _join_wrapped(raw: list[str]) -> list[str]:
    """A re-flowed paragraph that a PDF (or a converter) then wrapped at the page's width:
    "… Portfolio 1 Apologies Leader of Council To note any apologies" / "for absence. 2
    Minutes …". The lines of a paragraph holding a running sequence in mid-line are joined
    back into one line, to be cut before each number like any re-flowed line."""
    out: list[str] = []
    block: list[str] = []

    def flush() -> None:
        if (
            len(block) >= 2
            and sum(len(line) for line in block) >= MIN_LENGTH
            and not any("\t" in line for line in block)  # a table's rows, one to a line
            # lines a page wide, not paragraphs already re-flowed onto one line each
            and all(len(line) < MIN_LENGTH for line in block)
        ):
            joined, starts = "", set()
            for line in block:
                joined = f"{joined} {line.strip()}" if joined else line.strip()
                starts.add(len(joined) - len(line.strip()))
            cuts = _sequence_cuts(joined)
            # Numbers mostly in mid-line: wrapped; mostly at line starts: items to a line.
            if cuts and sum(1 for at in cuts if _opens_line(joined, at, starts)) * 2 < len(cuts):
                out.append(joined)
                block.clear()
                return
        out.extend(block)
        block.clear()

    for line in raw:
        if line.strip():
            block.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


def _opens_line(joined: str, at: int, starts: set[int]) -> bool:
    """Whether the number at ``at`` begins its line, perhaps after "Item" ("ITEM 1. …")."""
    start = max((s for s in starts if s <= at), default=0)
    return _LINE_LEAD.fullmatch(joined, start, at) is not None


def _note_then_item(line: str) -> list[str]:
    m = _NOTE_THEN_ITEM.match(line) if line[:1] == "(" else None
    return [m.group(1), line[m.end() :]] if m else [line]

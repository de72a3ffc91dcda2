"""Items that carry no number of their own, or whose numbers cannot be trusted as printed.

- bullets or standard headings before a list whose numbers start later ("6." after five
  bullets): exactly as many as the numbers leave room for;
- no numbering at all: bullet points at the top level, headings standing alone under a
  ModernGov "No. Item" heading, or plain lines told from prose by their standard items;
- Markdown lists that start again at 1 under a group heading ("**Planning**");
- a number printed twice where the next one is missing ("2. Election", "2. Co-option",
  "4. Appointments"): the second is the missing number.

Their numbers are put in by the reader, in order, and marked unsure (see ``numbering``).
"""

from __future__ import annotations

import re

from clerk.agenda.labels import LABEL
from clerk.agenda.minutes_rows import minutes_rows
from clerk.agenda.numbering import (
    _LIST_HEADING,
    _MINUTES_LABEL,
    Choice,
    Start,
    _mean_quality,
    _title_after,
    _title_quality,
    candidates_of,
)
from clerk.agenda.titles import run_together


def restarted_lists(lines, chains, best, ends, choice: Choice) -> None:
    """Lists that start again at 1 under a group heading ("**Planning**", "Part B"), as
    Markdown made from a web page prints them: their items go on the agenda, numbered on and
    marked unsure. A list straight under an item ("5. Planning applications:" / "1. …") is
    that item's own list."""
    key = (best[0].style, best[0].indent // 4)
    last = best[-1]
    number = last.value
    while True:
        after = [
            ch
            for ch in chains
            if ch[0].line > last.line
            and (ch[0].style, ch[0].indent // 4) == key
            and ch[0].value == 1
            and len(ch) >= 2
            and all(b.value - a.value == 1 for a, b in zip(ch, ch[1:], strict=False))
        ]
        if not after:
            return
        nxt = min(after, key=lambda ch: ch[0].line)
        if any(last.line < e < nxt[0].line for e in ends):
            return
        between = [x for x in lines[last.line + 1 : nxt[0].line] if x]
        title = last.rest or _title_after(lines, last.line)
        if (
            not between
            or title.rstrip().endswith((":", ":-"))
            or not _GROUP_HEADING.match(between[-1])
            or (between[-1].endswith(":") and len(between[-1].split()) > 4)
            or candidates_of(between[-1], 0, 0)
            or _mean_quality(nxt) < _mean_quality(best) - 0.3
        ):
            return
        for c in nxt:
            number += 1
            choice.starts[c.line] = Start(
                str(number), c.rest, "the list's numbering started again: numbered on"
            )
        last = nxt[-1]


def resumed_lists(lines, chains, best, ends, choice: Choice) -> list:
    """Numbers that jump on under a group heading ("3 Chair's Business", "Notice Of Motions",
    "15 Councillor A to move", "16 …"): a CMIS page shows some sections of the agenda only.
    A run of two or more numbers in the items' own form, right under a heading that carries no
    number, goes on the agenda with its numbers as printed. Returns the chain as extended."""
    key = (best[0].style, best[0].indent // 4)
    out = list(best)
    while True:
        last = out[-1]
        after = [
            ch
            for ch in chains
            if ch[0].line > last.line
            and (ch[0].style, ch[0].indent // 4) == key
            and ch[0].value > last.value + MAX_GAP_RESUME
            and len(ch) >= 2
            and all(b.value - a.value == 1 for a, b in zip(ch, ch[1:], strict=False))
        ]
        if not after:
            return out
        nxt = min(after, key=lambda ch: ch[0].line)
        if any(last.line < e < nxt[0].line for e in ends) or nxt[0].line - last.line > 80:
            return out
        between = [x for x in lines[last.line + 1 : nxt[0].line] if x]
        if (
            not between
            or not _GROUP_HEADING.match(between[-1])
            or len(between[-1].split()) > 6
            or candidates_of(between[-1], 0, 0)
            or _mean_quality(nxt) < _mean_quality(best) - 0.3
        ):
            return out
        for c in nxt:
            choice.starts[c.line] = Start(c.number, c.rest)
        out.extend(nxt)


MAX_GAP_RESUME = 3

_SUPPLEMENTARY = re.compile(
    r"^(?:supplementary|additional|late)\s+(?:agenda|items?|papers?|documents?)\b", re.IGNORECASE
)


def supplementary_items(lines, cands, chain, ends, choice: Choice) -> None:
    """A "Supplementary Agenda" after the items lists the items whose papers came late, with
    the agenda's own numbers ("7 Petition Responses"): numbers missing from the list go on
    the agenda as printed; numbers it already has are that item's late papers."""
    last = chain[-1]
    head = next(
        (i for i in range(last.line + 1, min(len(lines), last.line + 80))
         if lines[i] and _SUPPLEMENTARY.match(lines[i])),
        None,
    )  # fmt: skip
    if head is None or any(last.line < e < head for e in ends):
        return
    have = {c.value for c in chain}
    style = chain[0].style
    for c in cands:
        if (
            c.line > head
            and c.style == style
            and c.value not in have
            and c.value < max(have)
            and c.line not in choice.starts
        ):
            choice.starts[c.line] = Start(c.number, c.rest)
            have.add(c.value)


def repeated_numbers(cands, best, choice: Choice) -> None:
    """A line numbered like the item before or after it, between two items whose numbers leave
    a gap of one, is the missing item ("2.", "2.", "4."): numbered into the gap, unsure."""
    taken = {c.line for c in best}
    floor = _mean_quality(best) - 0.3
    for a, b in zip(best, best[1:], strict=False):
        if b.value - a.value != 2:
            continue
        between = [
            c
            for c in cands
            if a.line < c.line < b.line
            and c.line not in taken
            and c.style == a.style
            and c.indent // 4 == a.indent // 4
            and c.value in (a.value, b.value)
            and c.quality >= floor
        ]
        if len(between) == 1:
            c = between[0]
            choice.starts[c.line] = Start(
                str(a.value + 1), c.rest, f"printed as {c.number} again: numbered into the gap"
            )


def gap_bullets(lines, bullets, indents, best, choice: Choice) -> None:
    """Numbers that skip ("3." then "6.") with exactly as many top-level bullets between them
    as numbers are missing ("- Police Report", "- Clerk's Report"): a list whose numbering a
    web editor lost for some items. The bullets are the missing items, numbered into the gap
    and marked unsure."""
    for a, b in zip(best, best[1:], strict=False):
        missing = b.value - a.value - 1
        if not 1 <= missing <= 5:
            continue
        marks = [
            i
            for i in range(a.line + 1, b.line)
            if bullets[i] and lines[i] and indents[i] <= a.indent + 1
        ]
        if len(marks) != missing:
            continue
        for k, i in enumerate(marks):
            choice.starts[i] = Start(
                str(a.value + k + 1), None, "no number was printed: numbered into the gap"
            )


# Points printed with the same bullet as the items: the kinds of interest under the
# declarations item, a planning application under "Planning", a note to the public.
_INTEREST_POINT = re.compile(
    r"^(?:(?:any|other)\s+)?(?:disclosable|pecuniary|non[- ]?(?:registerable|registrable|pecuniary)"
    r"|personal|prejudicial|registerable|registrable|gifts?|hospitality|dispensations?|bias"
    r"|pre-?determination)\b",
    re.IGNORECASE,
)
_APPLICATION_POINT = re.compile(r"^[A-Z]{0,4}\d{2,4}/\d{3,6}\b")
_PUBLIC_NOTE = re.compile(r"^(?:members of the public|please|note)\b", re.IGNORECASE)


def _without_points(lines, marks: list[int]) -> list[int]:
    from clerk.agenda.kinds import kind_of

    out: list[int] = []
    in_declarations = False
    for i in marks:
        line = lines[i]
        point = bool(out) and (
            (in_declarations and _INTEREST_POINT.match(line))
            or _APPLICATION_POINT.match(line)
            or _PUBLIC_NOTE.match(line)
        )
        if not point:
            out.append(i)
            in_declarations = kind_of(line, None, None)[0] == "declarations"
    return out


_GROUP_HEADING = re.compile(r"^[A-Z][^.;:!?]{0,60}:?$")


_STANDARD_TITLE = re.compile(
    r"^(?:apolog|declarations?|minutes|welcome|chair|public|questions|urgent|any other|matters"
    r"|exclusion|late items|election of|appointment of|notes)\b",
    re.IGNORECASE,
)


_SUB_HEADING = re.compile(
    r"^(?P<n>\d{1,2})\.(?P<m>[1-9]\d?)\.?[ \t]+[\"'‘“(]?[A-Z]"
    # ModernGov's "1a" / "1b" in the number column, the title on the next line
    r"|^(?P<n2>\d{1,2})(?P<m2>[a-h])[.)]?(?:$|[ \t]+[\"'‘“(]?[A-Z])"
)


def orphan_subs(lines, chain, first_heading, choice: Choice) -> bool:
    """ "1.1", "1.2" before "2.0", "3.0", "4:", or "1a", "1b" before "2.": sub-numbers of an
    item that has no line of its own are the items, numbered as printed."""
    first = chain[0]
    if not 2 <= first.value <= 9 or first.style[0] != "n":
        return False
    lo = (first_heading + 1) if first_heading is not None else 0
    found: list[tuple[int, int, str]] = []
    for i in range(max(lo, first.line - 200), first.line):
        m = _SUB_HEADING.match(lines[i])
        if m and m.group("n"):
            found.append((i, int(m.group("n")), f"{m.group('n')}.{m.group('m')}"))
        elif m:
            found.append((i, int(m.group("n2")), f"{m.group('n2')}{m.group('m2')}"))
    majors = sorted({n for _, n, _ in found})
    if majors != list(range(1, first.value)):
        return False
    if any(b[1] < a[1] for a, b in zip(found, found[1:], strict=False)):
        return False
    for i, _, number in found:
        rest = lines[i][len(number) :].lstrip(".) \t")
        choice.starts[i] = Start(number, rest)
    return True


def lead_items(lines, bullets, chain, first_heading, choice: Choice) -> int:
    """Items before a list whose numbers start later ("6." after five bullets or five
    unnumbered headings): exactly as many as the numbers leave room for, the ones that read
    most like titles. Returns how many were taken."""
    first = chain[0]
    want = first.value - 1 if first.style[0] in "n" else 0
    if not 1 <= want <= 8:
        return 0
    lo = (first_heading + 1) if first_heading is not None else 0
    pool: list[tuple[float, int]] = []
    for i in range(first.line - 1, max(lo, first.line - 40) - 1, -1):
        line = lines[i]
        if not line or i in choice.minutes_lines:
            continue
        if (bullets[i] or _STANDARD_TITLE.match(line)) and not LABEL.match(line):
            q = _title_quality(line) - (0.6 if re.match(r"to\s", line, re.IGNORECASE) else 0)
            q -= len(line) / 200
            pool.append((q, i))
        elif len(pool) >= want:
            break
    if len(pool) < want:
        return 0
    taken = sorted(i for _, i in sorted(pool, reverse=True)[:want])
    for k, i in enumerate(taken):
        choice.starts[i] = Start(str(k + 1), None, "no number was printed: numbered in order")
    return 0  # the chain keeps its own printed numbers


_SUMMONS_WORDS = re.compile(r"\b(?:hereby|summon\w*|invited to|notice is)\b", re.IGNORECASE)
_NOT_AN_ITEM = re.compile(
    r"^(?:note|please|members of the public|the meeting)\b"
    r"|^(?!minutes|to\b|approv|confirm|adopt).*\bmeeting of the\b",
    re.IGNORECASE,
)
_EXPLAINS = re.compile(r"To\s+[a-z]")
_LETTERED = re.compile(r"^(?:\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|[ivx]{1,4}\.)\s")


def _plain_list(lines: list[str], lo: int, stop: int) -> list[int]:
    """An agenda printed as plain lines, one item to a line, without numbers or bullets: the
    longest run of short lines that starts with capitals, among which the standard items
    (apologies, declarations, the minutes) are, tells it from prose."""
    from clerk.agenda.kinds import kind_of

    best: list[int] = []
    run: list[int] = []
    for i in range(lo, stop + 1):
        line = lines[i] if i < stop else ""
        if line and _LETTERED.match(line):
            continue  # a sub-item of the line above
        if (
            line
            and run
            and _EXPLAINS.match(line)
            and line.endswith(".")
            and not (lines[run[-1]].endswith(".") or _EXPLAINS.match(lines[run[-1]]))
        ):
            continue  # "To receive apologies for absence." under its heading
        if (
            line
            and line[0].isupper()
            and (
                (len(line) < 160 and len(line.split()) <= 30)
                or len(run_together(line[:200])) > 1  # "Correspondence To exclude the public …"
            )
            and not LABEL.match(line)
            and not _SUMMONS_WORDS.search(line)
            and not _NOT_AN_ITEM.search(line)
        ):
            run.append(i)
            continue
        if not line and run and i + 1 < stop and lines[i + 1]:
            continue  # a blank line between items
        if len(run) > len(best):
            best = run
        run = []
    # "The agenda for the AGM is as follows:" announces the list that follows it
    announced = bool(best) and bool(_ANNOUNCES.search(lines[best[0]]))
    if announced:
        best = best[1:]
    if len(best) < (3 if announced else 4):
        return _headings_alone(lines, lo, stop) or _gapped_blocks(lines, lo, stop)
    standard = sum(
        kind_of(lines[i], None, None)[0] in ("apologies", "declarations", "minutes") for i in best
    )
    if standard >= (1 if announced else 2):
        return best
    return _headings_alone(lines, lo, stop) or _gapped_blocks(lines, lo, stop)


GAP = 3  # blank lines between two items of a text-only page; fewer between paragraphs
_VENUE_LABEL = re.compile(r"(?:venue|lleoliad)\s*:", re.IGNORECASE)


def _gapped_blocks(lines: list[str], lo: int, stop: int) -> list[int]:
    """A ModernGov page in its text-only view ("Venue:" under the meeting's title line) that
    lost its numbers and headings' table: each item is a block after a wider gap of blank
    lines ("Welcome from the Chair", "Members are requested to intimate any declarations of
    interest", "Minute of Special Meeting … PDF 92 KB"), and what follows inside the block,
    after narrower gaps, is its text or its minutes. Taken only under such a header, with at
    least three blocks and a standard item among their first lines."""
    from clerk.agenda.kinds import kind_of

    venue = next((i for i in range(min(stop, 12)) if _VENUE_LABEL.match(lines[i] or "")), None)
    if venue is None:
        return []
    # the items start after the header's labels ("Venue:", "Contact:")
    first = max(lo, *(i + 1 for i in range(venue, min(stop, venue + 6)) if LABEL.match(lines[i])))
    starts: list[int] = []
    blank = GAP
    for i in range(first, stop):
        if not lines[i]:
            blank += 1
            continue
        if blank >= GAP and not LABEL.match(lines[i]) and lines[i][0].isupper():
            starts.append(i)
        blank = 0
    if len(starts) < 3:
        return []
    standard = any(
        kind_of(lines[i], None, None)[0] in ("apologies", "declarations", "minutes", "exclusion")
        for i in starts
    )
    return starts if standard else []


_ANNOUNCES = re.compile(
    r"\b(?:agenda|business|following)\b.*\b(?:as\s+follows|following|below)\b.*:$"
    r"|\bas\s+follows:$|\bfollowing\s+(?:agenda|business|items?)\W*:?$",
    re.IGNORECASE,
)


_AGENDA_WORD = re.compile(r"\b(?:agenda|rhaglen)\b", re.IGNORECASE)


def _headings_alone(lines: list[str], lo: int, stop: int) -> list[int]:
    """A short agenda printed as headings standing alone after a blank line, each with its
    explanation below or none ("Apologies for Absence", "Purpose of Meeting" and a paragraph):
    taken only when the document calls itself an agenda before the first heading and a
    standard item is among them. Headings after the last paragraph of prose are the clerk's
    signature ("A Clerk" / "Parish Clerk"), not items."""
    from clerk.agenda.kinds import kind_of

    heads: list[int] = []
    last_prose = -1
    titled = any(_AGENDA_WORD.search(x) for x in lines[:lo] if x)
    for i in range(lo, stop):
        line = lines[i]
        if not line:
            continue
        if not heads and _AGENDA_WORD.search(line):
            titled = True  # the document's own title ("Agenda for the Meeting …")
            continue
        words = line.split()
        after = lines[i + 1] if i + 1 < len(lines) else ""
        alone = (i == 0 or not lines[i - 1]) and (
            not after or len(after) > 80 or after.endswith(".")
        )
        if (
            alone
            and len(line) < 80
            and len(words) <= 10
            and line[0].isupper()
            and not line.rstrip().endswith((".", ":", ";", ",", "-", ")"))
            and not LABEL.match(line)
            and not _SUMMONS_WORDS.search(line)
            and not _NOT_AN_ITEM.search(line)
            and sum(w[0].isupper() for w in words) * 2 >= len(words)
        ):
            heads.append(i)
        else:
            last_prose = i
    heads = [i for i in heads if i < last_prose]
    if not heads or not titled:
        return []
    standard = any(
        kind_of(lines[i], None, None)[0] in ("apologies", "declarations", "minutes") for i in heads
    )
    return heads if standard else []


def _one_heading_per_minutes(lines, marks: list[int], lo: int, stop: int) -> list[int]:
    """On a ModernGov "agenda and minutes" page each item's heading is followed by its
    "Minutes:" block; a short line standing alone inside a block ("Councillor A Moved,
    Councillor B Seconded") is the minutes' text. So between two blocks only the last
    heading before the next "Minutes:" label is an item, and what follows the last label is
    that item's minutes."""
    labels = [i for i in range(lo, stop) if lines[i] and _MINUTES_LABEL.match(lines[i])]
    if len(labels) < 2:
        return marks
    out: list[int] = []
    prev = lo
    for label in labels:
        before = [i for i in marks if prev < i < label]
        if before:
            out.append(before[-1])
        prev = label
    return sorted(set(out))


def unnumbered(lines, bullets, indents, first_heading, ends, choice: Choice) -> None:
    """No numbering at all: bullet points, or else headings standing alone between blank lines
    under an "Items" heading (ModernGov pages without numbers)."""
    lo = (first_heading + 1) if first_heading is not None else 0
    stop = next(
        (e for e in ends if e > lo and not re.match(r"minutes\s+of\b", lines[e], re.IGNORECASE)),
        len(lines),
    )
    rows = minutes_rows(lines, lo, len(lines))
    if rows:  # an "agenda and minutes" page copied without its table: one row per item
        k = 0
        for i, title, more in rows:
            if not title:
                choice.minutes_lines.add(i)
                continue
            k += 1
            choice.starts[i] = Start(
                str(k), title, "no number was printed: numbered in order", more or None
            )
        return
    marks = [i for i in range(lo, stop) if bullets[i] and lines[i]]
    if len(marks) >= 2:
        top = min(indents[i] for i in marks)
        marks = [i for i in marks if indents[i] <= top + 1]
        # Points printed with another bullet ("·" under "-") are the item's own notes.
        signs = getattr(lines, "mark", None)
        if signs is not None:
            counts: dict[str, int] = {}
            for i in marks:
                counts[signs[i]] = counts.get(signs[i], 0) + 1
            main = signs[marks[0]]
            if counts[main] >= 2:
                marks = [i for i in marks if signs[i] == main]
        marks = _without_points(lines, marks)
    else:
        heading = next(
            (i for i in range(len(lines)) if lines[i] and _LIST_HEADING.match(lines[i])), None
        )
        if heading is None:
            marks = _plain_list(lines, lo, stop)
            for k, i in enumerate(marks):
                choice.starts[i] = Start(
                    str(k + 1), None, "no number was printed: numbered in order"
                )
            return
        marks = []
        for i in range(heading + 1, stop):
            line = lines[i]
            if not line or i in choice.minutes_lines:
                continue
            alone = (i == 0 or not lines[i - 1]) and (i + 1 >= len(lines) or not lines[i + 1])
            if (
                alone
                and len(line) < 120
                and line[0].isupper()
                and not line.rstrip().endswith((".", ":", ";", ",", "-"))
                and not LABEL.match(line)
                and not re.match(r"(?:resolved|decision|minutes)\b", line, re.IGNORECASE)
                and sum(w[0].isupper() for w in line.split()) * 2 >= len(line.split())
            ):
                marks.append(i)
        marks = _one_heading_per_minutes(lines, marks, heading, stop)
        if not marks:
            return
    for k, i in enumerate(marks):
        choice.starts[i] = Start(str(k + 1), None, "no number was printed: numbered in order")

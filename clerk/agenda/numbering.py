"""Which numbered lines are the agenda's items: choose the numbering, don't grab the first one.

Every line that could open an item is a candidate, with the form of its number as its style:
"4." "4)" "4 Title" "4 / Title" "Item 4" "137." (a running minute number) "30/23" "24/045"
"15/53/Plan" "C/152", and how far it is indented. Candidates of one style whose numbers run on
(a gap of up to two for withdrawn items) make a chain; the agenda's items are the chain that
best explains the document: it starts near the top of the agenda (after its "AGENDA" heading),
runs longest with the steadiest steps, and its lines read as titles. A chain inside one item of
another (a report's own numbered paragraphs, a nested list, a quoted regulation) is that item's
text. A list whose every number is the same ("1." throughout: the numbering was lost when the
page was copied) is numbered in order and the numbers are marked unsure; so are bullets and
unnumbered headings taken as items when there is no numbering at all, or before a list whose
numbers start later ("6." after five bullets).

ModernGov "Agenda and minutes" pages put a "Minutes:" block under each item: its lines are the
minutes of the meeting, not items and not the agenda's description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clerk.agenda.labels import LABEL

MAX_GAP = 3
# "17. May 4th Parish and District Elections": a title that starts with a date, after a number
# printed with its full stop, is an item; "17 May 2023" and "3. March 2023" are dates.
_TITLE_AFTER_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"(?:\s+[A-Za-z][\w'’&-]*){3}"
)
# "5 Gorffennaf 2018", "23 Márta 2020": a date in Welsh or Irish, not item 5 or 23
_WELSH_IRISH_DATE = re.compile(
    r"(?:ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
    r"|ean[áa]ir|feabhra|m[áa]rta|aibre[áa]n|bealtaine|meitheamh|i[úu]il|l[úu]nasa"
    r"|(?:me[áa]n|deireadh)\s+f[óo]mhair|samhain|nollaig),?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
    r"|(?:am|pm|a\.m|p\.m|hrs|noon)\b|%|st\b|nd\b|rd\b|th\b",
    re.IGNORECASE,
)
_WORDED = re.compile(
    r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<n>\d{1,4})(?![\d.]\d|[a-z(])\s*[.:)\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "30/23", "24/045", "15/53/Plan", "C/152", "C048/23"; the number may stand alone on its line.
_REF = re.compile(
    r"^(?P<pre>[A-Z]{1,4}/?)?(?P<a>\d{1,4})(?:/(?P<b>\d{1,4}))?(?:/(?P<c>[A-Za-z]{1,12}|\d{1,4}))?"
    r"[.:)]?(?:[ \t]+(?P<rest>\S.*))?$"
)
_PAREN_REF = re.compile(
    r"^(?P<pre>(?:Mot|Q|H-I|HI|C|COR|CORR|Corr|Rep|Def|NoM)\.?)\s*\((?P<a>\d{1,3})\)\.?"
    r"(?:[ \t]+(?P<rest>\S.*))?$"
)
_FILE_ICON = re.compile(r"(?:pdf|docx?)\s+(?=[A-Z])")
_CODE = re.compile(r"[A-Z]{1,4}\d{1,5}(?:[.:)]|\s|$)")  # "AM119", "C152"
_PLAIN = re.compile(
    r"^(?P<n>\d{1,4})(?P<zero>\.0)?(?P<sep>[.:][-–—](?=\s)|\.(?!\d)|\)|:(?!\d)|\s?/(?=\s|$)|\t|\s[-–—](?=\s))?"
    r"[ \t]*(?P<rest>.*)$"
)
_SUB_NUMBER = re.compile(
    r"^\d{1,3}(?:[a-z](?=[\s.):\t]|$)|\s?\([a-z]\)|\.[1-9]\d?(?:\.\d{1,2})*\.?(?=[\s\t]|$))"
)
_LEADING_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?[\t ]+(?=\d)",
    re.IGNORECASE,
)
_MINUTES_LABEL = re.compile(
    r"^(?:minutes|decision|decisions|cofnodion|penderfyniad(?:au)?|resolution)\s*:\s*$",
    re.IGNORECASE,
)
_LIST_HEADING = re.compile(
    r"^(?:items?|no\.?\s*\t?\s*items?|eitemau|rhif\.?\s*\t?\s*eitem|item\s+no\.?\s*\t?\s*title)\s*:?$",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    line: int
    style: str
    value: int
    number: str  # as printed: "4", "137", "30/23", "C/152"
    rest: str
    indent: int
    quality: float = 0.0


@dataclass
class Start:
    number: str
    rest: str | None  # None: read the title from the line as it is (bullets, headings)
    unsure: str | None = None
    more: str | None = None  # what follows the title on its line: the item's description


@dataclass
class Choice:
    starts: dict[int, Start] = field(default_factory=dict)
    minutes_lines: set[int] = field(default_factory=set)
    indent: int = 0  # how far the chosen items are indented
    last_start: int = -1  # the line of the last item: the agenda does not end before it
    style: str = ""


def candidates_of(line: str, index: int, indent: int) -> list[Candidate]:
    """The ways ``line`` could open a top-level item (none, one, or two readings of a ref)."""
    if not line:
        return []
    c0 = line[0]
    if c0 in "Ii" or c0 in "Aa":
        m = _WORDED.match(line)
        if m:
            return [
                Candidate(index, "item", int(m.group("n")), m.group("n"), m.group("rest"), indent)
            ]
    if c0.isupper() and "(" in line[:8]:
        m = _PAREN_REF.match(line)
        if m:  # "Mot (1)", "H-I (6). AOB", "Q (3)": an Irish council's headed items and motions
            pre = m.group("pre")
            number = f"{pre} ({m.group('a')})"
            return [
                Candidate(
                    index, f"{pre}(#)", int(m.group("a")), number, m.group("rest") or "", indent
                )
            ]
    if c0 in "([#Nn":
        m = _MARKED_NUMBER.match(line)
        if m:
            kind = next(k for k in ("p", "b", "h", "o") if m.group(k))
            style = {"p": "(n)", "b": "[n]", "h": "#n", "o": "no.n"}[kind]
            n = m.group(kind)
            return [Candidate(index, style, int(n), n, m.group("rest"), indent)]
    if c0.isupper():
        # "C. Minutes …" (items lettered A, B, C …), "IV. Public comment" (capital Roman
        # numerals); "I." and "V." may be either, so both readings are offered.
        out = []
        m = _LETTER.match(line) if line[1:2] in (".", ")") else None
        if m:
            value = ord(m.group("n")) - ord("A") + 1
            out.append(Candidate(index, "letter" + m.group("sep"), value, m.group("n"),
                                 m.group("rest"), indent))  # fmt: skip
        if c0 in "IVXL" and (r := _ROMAN.match(line)) and (value := _roman_value(r.group("n"))):
            out.append(Candidate(index, "roman" + r.group("sep"), value, r.group("n"),
                                 r.group("rest"), indent))  # fmt: skip
        if out:
            return out
    if not (
        c0.isdigit()
        or (
            c0.isupper()
            and (
                "/" in line[:6]
                or ((line[1:2].isdigit() or line[1:2].isupper()) and _CODE.match(line))
            )
        )
    ):
        return []
    if c0.isdigit() and line[1:3].lstrip(":.")[:1].isdigit():
        m = _LEADING_TIME.match(line)
        if m:  # "10:00<tab>1<tab>Welcome": a board's planned time before the number
            line = line[m.end() :]
    if _SUB_NUMBER.match(line):
        return []
    m = _REF.match(line)
    if m and (m.group("b") or m.group("pre")):
        return _ref_candidates(m, index, indent)
    if not c0.isdigit():
        return []
    m = _PLAIN.match(line)
    if not m:
        return []
    rest, sep = m.group("rest"), m.group("sep")
    if rest and rest[:1] in "pd" and _FILE_ICON.match(rest):
        rest = rest[_FILE_ICON.match(rest).end() :]  # "7 pdf Petition Responses": a link's icon
    if rest:
        if (
            (_MONTH_WORD.match(rest) and not (sep and _TITLE_AFTER_DATE.match(rest)))
            or _WELSH_IRISH_DATE.match(rest)
            or not re.search(r"[^\W\d_]", rest)
        ):
            return []
        if not sep and not re.match(r"[\"'‘“(]?[^\W\d_]", rest):
            return []
        if not sep and rest[0].islower():
            return []
    style = "n" + (m.group("zero") or "") + (sep.strip() if sep else "")
    if sep == "\t":
        style = "n\t"
    printed = m.group("n") + (m.group("zero") or "")  # "1.0" as printed
    return [Candidate(index, style, int(m.group("n")), printed, rest, indent)]


# "(1) Apologies", "[1] Apologies", "#1 Apologies", "No. 1 Apologies"
_MARKED_NUMBER = re.compile(
    r"^(?:\((?P<p>\d{1,3})\)|\[(?P<b>\d{1,3})\]|#(?P<h>\d{1,3})[.:)]?|no\.?\s*(?P<o>\d{1,3})[.:)]?)"
    r"[ \t]+(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
# "A." "B)": items lettered in capitals (not "A. Smith": the chain of A, B, C … decides).
_LETTER = re.compile(r"^(?P<n>[A-Z])(?P<sep>[.)])[ \t]+(?P<rest>[^\W\d_].*)$")
# "I." "II)" "XIV.": capital Roman numerals with their stop or bracket, then the title.
_ROMAN = re.compile(r"^(?P<n>[IVXL]{1,7})(?P<sep>[.)])[ \t]+(?P<rest>[^\W\d_].*)$")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(text: str) -> int:
    """The number a Roman numeral writes, or 0 when it is not one written the usual way."""
    total = 0
    for k, ch in enumerate(text):
        here = _ROMAN_DIGITS[ch]
        after = _ROMAN_DIGITS[text[k + 1]] if k + 1 < len(text) else 0
        total += -here if here < after else here
    return total if 0 < total < 90 and _as_roman(total) == text else 0


def _as_roman(n: int) -> str:
    out = ""
    for value, letters in (
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _ref_candidates(m: re.Match, index: int, indent: int) -> list[Candidate]:
    pre, a, b, c = m.group("pre") or "", m.group("a"), m.group("b"), m.group("c")
    rest = m.group("rest") or ""
    if rest and not re.search(r"[^\W\d_]", rest):
        return []
    number = m.group(0)[: len(m.group(0)) - len(rest)].strip().rstrip(".:)")
    tail = f"/{c}" if c else ""
    out = []
    if pre:
        if b:  # "C/34/19": reference C/34 of 2019
            out.append(Candidate(index, f"{pre}#/{b}{tail}", int(a), number, rest, indent))
        else:
            out.append(Candidate(index, f"{pre}#{tail}", int(a), number, rest, indent))
            if len(a) >= 3 and 15 <= int(a[-2:]) <= 60 and int(a[:-2]):
                # "AM119", "AM219": item 1, 2 of 2019, the year's last digits run on
                yy = a[-2:]
                out.append(Candidate(index, f"{pre}#{yy}{tail}", int(a[:-2]), number, rest, indent))
        return out
    if b is None:
        return []
    if (
        len(a) == 4
        and len(b) <= 2
        and int(a) - 2000 in range(0, 80)
        and int(b) == (int(a) + 1) % 100
    ):
        return []  # "2023/24": a year range
    out.append(Candidate(index, f"#/{b}{tail}", int(a), number, rest, indent))
    out.append(Candidate(index, f"{a}/#{tail}", int(b), number, rest, indent))
    return out


def _is_number_line(text: str) -> bool:
    return bool(text) and text[0].isdigit() and bool(candidates_of(text, 0, 0))


def _title_quality(text: str) -> float:
    """How much ``text`` reads like an item's title (about -1 … 1)."""
    if not text:
        return -1.0
    words = text.split()
    q = 0.5
    if text[0].islower():
        q -= 1.0
    if len(words) > 28 and text.rstrip().endswith(".") or len(text) > 300:
        q -= 0.8
    elif len(words) >= 15 and text.rstrip().endswith("."):
        q -= 0.4  # a sentence of a note rather than a heading
    if LABEL.match(text):
        q -= 0.5
    return q


def _title_after(lines: list[str], i: int) -> str:
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j]:
            return lines[j]
    return ""


def choose(lines: list[str], is_end, first_heading: int | None) -> Choice:
    """The item starts of ``lines``: see the module's docstring."""
    from clerk.agenda.unnumbered import (
        gap_bullets,
        lead_items,
        orphan_subs,
        repeated_numbers,
        restarted_lists,
        resumed_lists,
        supplementary_items,
        unnumbered,
    )

    indents = getattr(lines, "indent", None) or [0] * len(lines)
    bullets = getattr(lines, "bullet", None) or [False] * len(lines)
    cands: list[Candidate] = []
    choice = Choice()
    block: dict[str, int] = {}  # the styles of the item a Minutes: block hangs from
    last: list[Candidate] = []
    in_block = False
    ends: list[int] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if _MINUTES_LABEL.match(line) and last:
            in_block, block = True, {c.style: c.value for c in last}
            choice.minutes_lines.add(i)
            continue
        found = [] if bullets[i] else candidates_of(line, i, indents[i])
        if in_block:
            found = [c for c in found if c.value > block.get(c.style, 1 << 30)]
            if not found:
                choice.minutes_lines.add(i)
                continue
            in_block = False
        if found and not found[0].rest and _is_number_line(_title_after(lines, i)):
            found = []  # a page number above the next item, not an item of its own
        if found:
            for c in found:
                c.quality = _title_quality(c.rest or _title_after(lines, i))
            cands.extend(found)
            last = found
        elif (
            not bullets[i]
            and len(line) < 200
            and is_end(line)
            and not (
                last
                and not last[0].rest
                and i - last[0].line <= 3
                and _title_after(lines, last[0].line) == line
            )
        ):  # "1." alone then "MINUTES": the item's title, not the pack's minutes
            ends.append(i)
            if (
                len(cands) >= 2
                and (first_heading is None or i > first_heading)
                and not re.match(r"minutes\s+of\b", line, re.IGNORECASE)
            ):
                break  # past the agenda: the pack's minutes and reports are no items
    if first_heading is not None and any(c.line > first_heading for c in cands):
        cands = [c for c in cands if c.line > first_heading]
    chains = _chains(cands)
    chains = [_cut(ch, ends, lines) for ch in chains]
    # Letters and Roman numerals count as numbering only as a run ("A. N. Example" is a name).
    chains = [ch for ch in chains if len(ch) >= 3 or not ch[0].style.startswith(_LETTERED)]
    every = chains  # with the running numbers that only a heading makes items
    if first_heading is None:
        # Running numbers ("137.") are an agenda's only under its heading ("Agenda", "Items"):
        # without one they are the numbered minutes of a meeting.
        chains = [
            ch
            for ch in chains
            if ch[0].value <= 3
            or ch[0].style[0] != "n"
            or sum(bullets[max(0, ch[0].line - 40) : ch[0].line]) >= ch[0].value - 1
        ]
    best = _best(chains, lines)
    if best is not None and _numbers_come_late(lines, best):
        # A ModernGov list without numbers ("No. Item" then titles): a numbered list further
        # down is inside one of its items.
        alt = Choice(minutes_lines=choice.minutes_lines)
        unnumbered(lines, bullets, indents, first_heading, ends, alt)
        if sum(1 for i in alt.starts if i < best[0].line) >= 2:
            alt.last_start = max(alt.starts)
            return alt
    if best is not None:
        flat = len(best) > 1 and all(c.value == best[0].value for c in best)
        base = min(c.indent for c in best)
        choice.indent, choice.style = base, best[0].style
        lead = 0
        if not orphan_subs(lines, best, first_heading, choice):
            lead = lead_items(lines, bullets, best, first_heading, choice)
        for k, c in enumerate(best):
            if flat:
                choice.starts[c.line] = Start(
                    str(lead + k + 1), c.rest, "every item was printed with the same number"
                )
            else:
                choice.starts[c.line] = Start(c.number, c.rest)
        if flat:  # "1." "1." "1." "1." then "5." "6." …: the numbers go on after the lost ones
            from clerk.agenda.lostnumbers import numbers_go_on

            best = best + numbers_go_on(cands, best, lead + 1, ends, choice)
        else:
            repeated_numbers(cands, best, choice)
            gap_bullets(lines, bullets, indents, best, choice)
            restarted_lists(lines, chains, best, ends, choice)
            best = resumed_lists(lines, [ch for ch in every if ch], best, ends, choice)
            from clerk.agenda.lostnumbers import table_rows

            best = best + table_rows(lines, cands, best, ends, choice)
            supplementary_items(lines, cands, best, ends, choice)
        choice.last_start = max(choice.starts, default=-1)
        return choice
    unnumbered(lines, bullets, indents, first_heading, ends, choice)
    choice.last_start = max(choice.starts, default=-1)
    return choice


def _numbers_come_late(lines: list[str], chain: list[Candidate]) -> bool:
    heading = next((i for i, x in enumerate(lines[:400]) if x and _LIST_HEADING.match(x)), None)
    if heading is None or heading > chain[0].line:
        return False
    filled = sum(1 for x in lines[heading + 1 : chain[0].line] if x)
    return filled > 3


_LETTERED = ("letter", "roman")
_PLAIN_STYLES = frozenset(
    ("n", "n.", "n)", "n:", "n\t", "n-", "n/", "n.0", "n.0.", "n:-", "n.-", "n:–", "n.–")
)


def _chains(cands: list[Candidate]) -> list[list[Candidate]]:
    open_: dict[str, list[list[Candidate]]] = {}
    flat: dict[str, list[Candidate]] = {}
    out: list[list[Candidate]] = []
    for c in cands:
        key = f"{c.style}@{min(c.indent, 12) // 4}"
        # "9." then "10 " (the wider number pushed the full stop out of its column): plain
        # numbers in another form may go on a chain, but only by the very next number.
        family = f"n@{min(c.indent, 12) // 4}" if c.style in _PLAIN_STYLES else key
        # Where two chains could take the candidate equally well (a numbered note above the
        # list, a sub-list as long as the list's item), each takes it: the choice between
        # them is made on the whole chains, not here.
        fits: list[tuple[tuple[int, bool], list[Candidate]]] = []
        for ch in open_.get(family, ()):
            d = c.value - ch[-1].value
            other = ch[-1].style != c.style
            if not 1 <= d <= MAX_GAP or (other and (d != 1 or not c.rest)):
                continue
            fits.append(((d, other), ch))
        if fits:
            cheapest = min(cost for cost, _ in fits)
            tied = [ch for cost, ch in fits if cost == cheapest]
            nearest = max(tied, key=lambda ch: ch[-1].line)
            for ch in tied:
                # Past a list that started again (a motion's numbered clauses under the last
                # item), a line that reads worse than the chain's titles is that list's.
                if ch is nearest or c.quality >= _mean_quality(ch) - 0.3:
                    ch.append(c)
        else:
            ch = [c]
            chains = open_.setdefault(family, [])
            chains.append(ch)
            if len(chains) > 12:  # a long run of numbered paragraphs: keep the work linear
                del chains[0]
            out.append(ch)
        run = flat.get(key)
        if run and run[-1].value == c.value:
            run.append(c)
        else:
            run = flat[key] = [c]
            out.append(run)
    return [ch for ch in out if ch]


def _cut(chain: list[Candidate], ends: list[int], lines: list[str]) -> list[Candidate]:
    """The chain up to the first line that ends the agenda after its first item."""
    first = chain[0].line
    for e in ends:
        if e <= first:
            continue
        before = [c for c in chain if c.line < e]
        prev = before[-1]
        title = prev.rest or _title_after(lines, prev.line)
        if (
            re.search(r"minutes", title, re.IGNORECASE)
            and re.match(r"minutes\s+of\b", lines[e], re.IGNORECASE)
            and e - prev.line <= 4
        ):
            continue  # "Minutes of the meeting held on …" under a Minutes item describes it
        if re.match(r"minutes\s+of\b", lines[e], re.IGNORECASE) and any(
            c.line > e and c.value == prev.value + 1 and c.line - e < 150 for c in chain
        ):
            continue  # the minutes of the meetings a Minutes item confirms, then the next item
        return before
    return chain


def _score(chain: list[Candidate]) -> float:
    n = len(chain)
    flat = n > 1 and all(c.value == chain[0].value for c in chain)
    score = n + sum(c.quality for c in chain)
    if chain[0].value <= 1 or chain[0].style[0] not in "ni":
        score += 3
    if flat:
        score -= 2 + (0 if chain[0].value <= 1 else n)
    else:
        score -= 1.5 * sum(b.value - a.value - 1 for a, b in zip(chain, chain[1:], strict=False))
    if n == 1:
        score -= 2 if chain[0].value > 1 else 0.5
    return score


def _mean_quality(chain: list[Candidate]) -> float:
    return sum(c.quality for c in chain) / len(chain)


def _inside_one_item(inner: list[Candidate], outer: list[Candidate]) -> bool:
    lo, hi = inner[0].line, inner[-1].line
    if lo <= outer[0].line:
        return False
    for a, b in zip(outer, outer[1:], strict=False):
        if a.line < lo and hi < b.line:
            return True
    return lo > outer[-1].line


def _best(chains: list[list[Candidate]], lines: list[str]) -> list[Candidate] | None:
    chains = [ch for ch in chains if ch]
    if not chains:
        return None
    scored = sorted(((_score(ch), ch) for ch in chains), key=lambda t: -t[0])
    convincing = [ch for s, ch in scored if s >= 2.5 and len(ch) >= 2] or [
        ch for s, ch in scored if s >= 1.0
    ]
    if not convincing:
        return None
    first = min(convincing, key=lambda ch: ch[0].line)
    rivals = convincing  # the pack past the end of the agenda was not read
    winner, winner_score = first, _score(first)
    for ch in rivals:
        if ch is first:
            continue
        s = _score(ch)
        if _inside_one_item(ch, first) and (
            ch[0].indent > first[0].indent
            or len(ch) <= len(first)
            or _mean_quality(ch) < _mean_quality(first) + 0.3
        ):
            continue
        if _inside_one_item(first, ch) and (
            first[0].indent > ch[0].indent
            or len(first) <= len(ch)
            or _mean_quality(first) < _mean_quality(ch) + 0.3
        ):
            winner, winner_score = ch, s
            continue
        if s > winner_score:
            winner, winner_score = ch, s
    return winner

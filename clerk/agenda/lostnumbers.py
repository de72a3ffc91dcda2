"""Items whose numbers do not run on: a list whose first items lost their numbers, and a
table of items whose rows carry references that do not follow each other.

A web editor's list copied as text can print its first items all as "1." (the list's own
numbering lost) and go on with the numbers the clerk typed: "1. Apologies", "1. Approval of
minutes", "1. Matters Arising", "1. Declarations of Interest", then "5.Police Report",
"6.Correspondence" … "15. AOCB", some indented and some not. The repeated "1." are items 1 to 4
(numbered in order, unsure) and the numbers that go on from 5 are the rest, as printed, in
whatever column they stand.

A parish's table of items numbers its rows by minute reference, and business carried over keeps
the reference it was first given: "001/21" … "010/21", a heading row "Agenda Items", then
"087/21", "040/20", "080/21", "065/17". Every row of the same table whose first cell is a
reference of the same form is an item, numbered as printed.
"""

from __future__ import annotations

import re

from clerk.agenda.numbering import _PLAIN_STYLES, Candidate, Choice, Start

MAX_GAP = 2  # a withdrawn item between two numbers
NEAR = 12  # lines between the repeated numbers and the first number that goes on


def numbers_go_on(cands: list[Candidate], flat: list[Candidate], first: int, ends, choice: Choice):
    """Add to ``choice`` the numbered items that go on after ``flat`` (numbered from
    ``first``); return them."""
    expected = first + len(flat)
    last = flat[-1].line
    found: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.line):
        if c.line <= last or c.style not in _PLAIN_STYLES or not c.rest:
            continue
        if any(last < e < c.line for e in ends) or c.line - last > (NEAR if not found else 40):
            break
        if c.value == expected or (found and expected < c.value <= expected + MAX_GAP - 1):
            found.append(c)
            expected, last = c.value + 1, c.line
    if len(found) < 2 or found[0].value != first + len(flat):
        return []
    for c in found:
        choice.starts[c.line] = Start(c.number, c.rest)
    return found


def _form(number: str) -> str:
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", number))


def table_rows(lines: list[str], cands: list[Candidate], chain: list[Candidate], ends, choice):
    """Add to ``choice`` the rows of the items' table after ``chain`` whose reference has the
    chain's form though it does not run on; return them."""
    if len(chain) < 3 or "/" not in chain[0].number:
        return []
    rows = [c for c in chain if "\t" in lines[c.line]]
    form = _form(chain[0].number)
    if len(rows) * 5 < len(chain) * 4 or any(_form(c.number) != form for c in chain):
        return []
    at: dict[int, Candidate] = {}
    for c in cands:
        if c.line > chain[-1].line and _form(c.number) == form:
            at.setdefault(c.line, c)
    found: list[Candidate] = []
    for i in range(chain[-1].line + 1, len(lines)):
        line = lines[i]
        if not line:
            continue
        if i in ends:
            break
        c = at.get(i)
        if c is not None and c.rest:
            found.append(c)
        elif "\t" in line or len(line) > 80 or line.rstrip().endswith("."):
            break  # a row of another form, or the table has ended
        # else: a heading row of one cell ("Agenda Items"), inside the table
    for c in found:
        choice.starts[c.line] = Start(c.number, c.rest)
    return found

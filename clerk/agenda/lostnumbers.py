"""A list whose first items lost their numbers and whose later items kept them.

A web editor's list copied as text can print its first items all as "1." (the list's own
numbering lost) and go on with the numbers the clerk typed: "1. Apologies", "1. Approval of
minutes", "1. Matters Arising", "1. Declarations of Interest", then "5.Police Report",
"6.Correspondence" … "15. AOCB", some indented and some not. The repeated "1." are items 1 to 4
(numbered in order, unsure) and the numbers that go on from 5 are the rest, as printed, in
whatever column they stand.
"""

from __future__ import annotations

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

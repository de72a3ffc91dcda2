"""The clerk's notes of an item as blocks: paragraphs, bullets, numbered lines that keep their
numbers, and tables written with "|" between cells (or pasted with tabs).

The notes are the clerk's words and are printed as typed; only these few marks are read, so
that a payments schedule or a list of planning applications comes out as Word would show it.
"""

from __future__ import annotations

import re

from clerk.domain.text import clean_text
from clerk.minutes.blocks import Block, BlockKind

BULLET_MARKS = ("- ", "\u2022 ", "* ", "\u2013 ")
# "1.", "2)", "(a)", "iv.", "3.1." and "3.1 Title": a numbered line of the notes.
NUMBERED = re.compile(
    r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\d{1,3}\.\d{1,2}\.?(?=\s+[A-Z]))\s+(?P<text>\S.*)$"
)


def narrative_blocks(narrative: str | None) -> list[Block]:
    """The clerk's notes: paragraphs split by a blank line, "- " lines as bullets, "1." or
    "a)" lines as numbered paragraphs that keep their numbers, and a run of lines written
    with "|" between cells (or tabs) as a table.

    Lines that follow a bullet without a mark of their own continue that bullet (text wrapped
    by hand); other single line breaks stay line breaks inside the paragraph.
    """
    if not narrative:
        return []
    out: list[Block] = []
    for chunk in clean_text(narrative).split("\n\n"):
        table = _table(chunk)
        if table is not None:
            out.append(table)
            continue
        # (kind, lead, lines) pieces of this chunk; a bullet or number starts a new piece.
        pieces: list[tuple[BlockKind, str, list[str]]] = []
        for line in chunk.split("\n"):
            stripped = line.strip()
            mark = next((m for m in BULLET_MARKS if stripped.startswith(m)), None)
            numbered = NUMBERED.match(stripped)
            if mark is not None or stripped in ("-", "\u2022", "*"):
                text = stripped[len(mark) :].strip() if mark else ""
                pieces.append((BlockKind.BULLET, "", [text]))
            elif numbered is not None:
                lead = stripped[: numbered.start("text")].strip()
                pieces.append((BlockKind.NUMBERED, lead, [numbered.group("text")]))
            elif pieces and pieces[-1][0] in (BlockKind.BULLET, BlockKind.NUMBERED):
                if stripped:
                    pieces[-1][2].append(stripped)
            elif pieces:
                pieces[-1][2].append(line.rstrip())
            elif stripped:
                pieces.append((BlockKind.PARAGRAPH, "", [line.rstrip()]))
        for kind, lead, lines in pieces:
            joiner = " " if kind is BlockKind.NUMBERED else "\n"
            text = joiner.join(lines).strip()
            if text or lead:
                out.append(Block(kind, text, lead=lead))
    return out


_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def _table(chunk: str) -> Block | None:
    """A chunk whose every line has cells split by "|" (at least two lines, or one that
    starts with "|"), or by tabs: a table; a "---" line under the first makes it a header."""
    lines = [line.strip() for line in chunk.split("\n") if line.strip()]
    if not lines:
        return None
    if all("|" in line for line in lines) and (len(lines) > 1 or lines[0].startswith("|")):
        split = [line.strip("|").split("|") for line in lines]
    elif len(lines) > 1 and all("\t" in line for line in lines):
        split = [line.split("\t") for line in lines]
    else:
        return None
    header = len(lines) > 2 and bool(_RULE.match(lines[1]))
    rows = [tuple(c.strip() for c in r) for i, r in enumerate(split) if not (header and i == 1)]
    width = max(len(r) for r in rows)
    rows = [r + ("",) * (width - len(r)) for r in rows]
    return Block(BlockKind.TABLE, cells=tuple(rows), header=header)

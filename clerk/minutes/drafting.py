"""Where each paragraph of the minutes comes from, and the sentences reworded for a meeting.

Composing tags every block with its ``source`` within its minute: the clerk's own words
("notes", "resolution", "speaker:<key>") or a sentence Clerk writes itself ("apologies:0",
"declaration:<key>", "vote:1", "attendance:2", "closing", …). The drafting view opens the
source of the paragraph clicked; a sentence Clerk writes can be reworded for one meeting, and
``apply_rewordings`` puts the clerk's wording in its place whenever the minutes are composed —
on screen and in the Word file alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from clerk.domain.model import Rewording
from clerk.minutes.blocks import Block, BlockKind

#: Sources that are the clerk's own words: edited where they are kept, never reworded.
OWN_WORDS = ("notes", "resolution", "heading", "description", "speaker_summary")
#: Blocks whose text can stand in for a reworded sentence (a table has rows, not a sentence).
_TEXT_KINDS = frozenset(BlockKind) - {BlockKind.ATTENDANCE, BlockKind.TABLE}


def tag_sources(
    blocks: Iterable[Block], source: str, *, numbered: bool = True, **also: Any
) -> list[Block]:
    """``blocks`` with ``source`` given to those that have none: "source:0", "source:1"… in
    order when ``numbered`` (each its own sentence), else the one name for all of them; and
    the fields ``also`` names given to every block, in the same copy."""
    out = []
    n = 0
    for b in blocks:
        if b.source:
            out.append(replace(b, **also) if also else b)
            continue
        out.append(replace(b, source=f"{source}:{n}" if numbered else source, **also))
        n += 1
    return out


def place(block: Block) -> str:
    """The block's place in the minutes: its minute's item key and its source."""
    return f"{block.item_key}/{block.source}" if block.item_key else block.source


def source_kind(source: str) -> str:
    """The kind of a source: "declaration" for "declaration:<key>", "notes" for "notes"."""
    return source.split(":", 1)[0]


def rewordable(block: Block) -> bool:
    """Whether the block is a sentence Clerk writes, which the clerk may reword."""
    return (
        bool(block.source)
        and source_kind(block.source) not in OWN_WORDS
        and block.kind in _TEXT_KINDS
        and bool(block.text.strip())
    )


def apply_rewordings(blocks: Sequence[Block], rewordings: Sequence[Rewording]) -> list[Block]:
    """The blocks with each reworded sentence in place of Clerk's own, marked "reworded" (or
    "reworded-stale" when Clerk's sentence is no longer what it was when it was reworded)."""
    if not rewordings:
        return list(blocks)
    by_place = {r.place: r for r in rewordings}
    out = []
    for b in blocks:
        r = by_place.get(place(b)) if b.source else None
        if r is None or not rewordable(b):
            out.append(b)
            continue
        stale = bool(r.original) and _fold(r.original) != _fold(b.text)
        out.append(replace(b, text=r.text, reworded="reworded-stale" if stale else "reworded"))
    return out


def _fold(text: str) -> str:
    return " ".join(text.split())

"""The composed minutes: an ordered list of blocks, each one thing a reader sees.

Composing produces blocks and rendering only draws them, so the Word file, the on-screen
preview and the tests all read the same composition. A block knows its kind (which names the
house style to draw it with), its text, and for the attendance table its rows; item blocks
carry the item's key and minute number so that a test or the preview can find them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    TITLE = "title"  # organisation name
    SUBTITLE = "subtitle"  # "Committee Minutes"
    NOTICE = "notice"  # "Confidential Annex - Not for Publication"
    ATTENDANCE = "attendance"  # the two-column table
    HEADING = "heading"  # "17. Declarations of Interest (17:30)"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"  # "- " lines of the narrative
    RESOLVED = "resolved"  # "Resolved: That …" or the lone "Resolved:"
    RESOLUTION_PART = "resolution_part"  # "i. That …"
    REASON = "reason"  # "Reason: …"
    SIGNATURE = "signature"  # "Cllr S. Daubeney, Chair"
    CLOSING = "closing"  # "[The meeting started at … and finished at …]."
    RUN_IN = "run_in"  # a heading run into the minute's first paragraph: lead + text
    NUMBERED = "numbered"  # a numbered line of the notes, keeping its number as lead
    TABLE = "table"  # a table written in the notes ("|" between cells)
    ACTION = "action"  # "Action: Clerk" after a minute


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str = ""
    # A bold lead-in drawn before the text: "Resolved:", "Reason:", "i.".
    lead: str = ""
    # Attendance table rows: (label, lines); each line is one paragraph in the cell.
    rows: tuple[tuple[str, tuple[str, ...]], ...] = ()
    item_key: str | None = None
    minute: int | None = None
    # A table from the notes: its rows of cells; ``header``: the first row heads the columns.
    cells: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    # What produces the block, within its minute (``item_key``) or the meeting: "notes",
    # "resolution", "speaker:<key>", "declaration:<key>", "apologies:0", "vote:1", "closing"…
    # (see ``clerk.minutes.drafting``). The drafting view opens it; a rewording names it.
    source: str = ""
    # "reworded" when the clerk's own wording replaces Clerk's sentence for this meeting;
    # "reworded-stale" when Clerk's sentence has changed since it was reworded.
    reworded: str = ""

    @property
    def plain(self) -> str:
        """The block as one line of text, as a reader (or a checker) would read it."""
        if self.kind is BlockKind.ATTENDANCE:
            return "\n".join(f"{label}\t{' '.join(lines)}" for label, lines in self.rows)
        if self.kind is BlockKind.TABLE:
            return "\n".join("\t".join(row) for row in self.cells)
        if self.lead and self.text:
            return f"{self.lead} {self.text}"
        return self.lead or self.text


def plain_text(blocks: list[Block]) -> str:
    """All the blocks as text, one block a line (for tests and quick comparisons)."""
    return "\n".join(b.plain for b in blocks)

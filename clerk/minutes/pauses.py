"""The recording's pauses for exempt business, told in the minutes.

Clerk stops the meeting's recording itself when the press and public are excluded (or an
exempt item is taken) and starts it again on readmission. The services pass the moments it
stopped (``clerk.services.recording.paused_for_exempt``); the minutes say so once for each
exempt minute a pause began at, in the style's ``sentences.recording_paused``: straight after
the resolution to exclude the press and public when that resolution opens the minute, else at
the minute's opening. Nothing is printed for a meeting that was not recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from clerk.domain.model import AgendaItem
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.formal import ItemEntries, Placed
from clerk.minutes.style import HouseStyle

KIND = "recording_paused"


def paused_minutes(
    minuted: list[tuple[int | None, AgendaItem]], paused: Sequence[datetime]
) -> set[str]:
    """The keys of the minutes that tell of a pause: for each moment, the exempt item being
    taken then, else the first exempt item taken after it, else the item being taken then."""
    taken = [it for _, it in minuted if it.started_at is not None]
    out: set[str] = set()
    for moment in paused:
        by_then = [it for it in taken if it.started_at is not None and it.started_at <= moment]
        current = by_then[-1] if by_then else None
        if current is not None and current.exempt:
            out.add(current.key)
            continue
        later = next(
            (it for it in taken if it.exempt and it.started_at and it.started_at >= moment), None
        )
        chosen = later or current
        if chosen is not None:
            out.add(chosen.key)
    return out


def with_pause(placed: ItemEntries, st: HouseStyle, moment: datetime) -> ItemEntries:
    """The minute's formal sentences with the pause told after the exclusion (if it opens the
    minute) or first."""
    text = st.say("sentences.recording_paused")
    if not text:
        return placed
    note = Placed(moment, KIND, Block(BlockKind.PARAGRAPH, text, source=KIND))
    before = list(placed.before)
    at = max((i + 1 for i, e in enumerate(before) if e.kind == "exclusion"), default=0)
    before.insert(at, note)
    return ItemEntries(before, placed.withdrawals, placed.during, placed.after)

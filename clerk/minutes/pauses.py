"""The recording's pauses for exempt business, told in the minutes.

Clerk stops the meeting's recording itself when the press and public are excluded (or an
exempt item is taken) and starts it again on readmission. The services pass the moments it
stopped (``clerk.services.recording.paused_for_exempt``); the minutes say so once for each
pause, in the style's ``sentences.recording_paused``:

- straight after the resolution to exclude the press and public that began the pause, in
  whichever minute that resolution is printed (the exclusion item's, or opening the first
  exempt minute);
- else (an exempt item taken with no exclusion recorded) at the opening of that exempt minute.

Nothing is printed for a meeting that was not recorded, or when the style's sentence is "".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from clerk.domain.model import AgendaItem, Exclusion, Meeting
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.formal import ItemEntries, Placed
from clerk.minutes.style import HouseStyle

KIND = "recording_paused"
# The recording stops as the exclusion is recorded; a clerk may type its time a little late.
SLACK = timedelta(minutes=1)


def where_told(
    meeting: Meeting,
    minuted: list[tuple[int | None, AgendaItem]],
    entries: dict[str, list[Placed]],
    paused: Sequence[datetime],
) -> dict[str, tuple[str, datetime | None]]:
    """For each minute that tells of a pause: where in it ("exclusion": after the exclusion
    resolution begun at the moment given; "after": after the item's own resolution, which
    excludes the public; "opening") ."""
    out: dict[str, tuple[str, datetime | None]] = {}
    for moment in paused:
        x = _exclusion_at(meeting, moment)
        if x is not None:
            home = next(
                (
                    key
                    for key, placed in entries.items()
                    if any(e.kind == "exclusion" and e.at == x.from_ for e in placed)
                ),
                None,
            )
            if home is not None:
                out.setdefault(home, ("exclusion", x.from_))
                continue
            host = meeting.item(x.resolved_at_item) if x.resolved_at_item else None
            if host is not None and host.resolution is not None:
                out.setdefault(host.key, ("after", None))
                continue
        item = _exempt_item_at(minuted, moment)
        if item is not None:
            out.setdefault(item.key, ("opening", None))
    return out


def _exclusion_at(meeting: Meeting, moment: datetime) -> Exclusion | None:
    """The exclusion of the press and public in force at ``moment`` (the latest begun)."""
    found = [
        x
        for x in meeting.exclusions
        if x.from_ <= moment + SLACK and (x.to is None or x.to >= moment)
    ]
    return max(found, key=lambda x: x.from_) if found else None


def _exempt_item_at(
    minuted: list[tuple[int | None, AgendaItem]], moment: datetime
) -> AgendaItem | None:
    """The exempt item being taken at ``moment``, else the first exempt item taken after it,
    else the item being taken then."""
    taken = [it for _, it in minuted if it.started_at is not None]
    by_then = [it for it in taken if it.started_at is not None and it.started_at <= moment]
    current = by_then[-1] if by_then else None
    if current is not None and current.exempt:
        return current
    later = next(
        (it for it in taken if it.exempt and it.started_at and it.started_at >= moment), None
    )
    return later or current


def with_pause(
    placed: ItemEntries, st: HouseStyle, where: tuple[str, datetime | None], at: datetime
) -> ItemEntries:
    """The minute's formal sentences with the pause told where ``where_told`` says."""
    text = st.say("sentences.recording_paused")
    if not text:
        return placed
    note = Placed(at, KIND, Block(BlockKind.PARAGRAPH, text, source=KIND))
    place, begun = where
    before, after = list(placed.before), list(placed.after)
    if place == "after":
        after.insert(0, note)
    else:
        i = next(
            (i + 1 for i, e in enumerate(before) if e.kind == "exclusion" and e.at == begun), 0
        )
        before.insert(i, note)
    return ItemEntries(before, placed.withdrawals, placed.during, after)

"""Actions in the minutes: after their minute ("Action: Clerk"), or in a right-hand column
beside it, the minutes then standing in a two-column table."""

from __future__ import annotations

from clerk.domain.model import AgendaItem, Meeting
from clerk.minutes import people
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.calendar_words import day_text
from clerk.minutes.style import HouseStyle


def action_column(meeting: Meeting, st: HouseStyle, blocks: list[Block]) -> list[Block]:
    """The minutes as a two-column table: each minute's heading and paragraphs on the left,
    its actions on the right beside the minute's last paragraph; what stands before the first
    minute (title, attendance) stays above the table."""
    first = next((i for i, b in enumerate(blocks) if b.item_key is not None), None)
    if first is None:
        return blocks
    rows: list[tuple[str, str]] = []
    for i, b in enumerate(blocks[first:], first):
        text = b.plain
        if not text:
            continue
        last = i + 1 == len(blocks) or blocks[i + 1].item_key != b.item_key
        item = meeting.item(b.item_key) if b.item_key and last else None
        actions = actions_after(meeting, item, st, always=True) if item is not None else []
        rows.append((text, "; ".join(a.text for a in actions)))
    headings = st.actions.column_headings
    header = [tuple(headings[:2])] if len(headings) >= 2 else []
    table = Block(BlockKind.TABLE, cells=tuple(header + rows), header=bool(header))
    return [*blocks[:first], table]


def actions_after(
    meeting: Meeting, item: AgendaItem, st: HouseStyle, *, always: bool = False
) -> list[Block]:
    if st.actions.show != "after_minute" and not always:
        return []
    out = []
    for action in meeting.actions:
        if action.item_key != item.key:
            continue
        owner = ""
        if action.owner:
            person = meeting.person(action.owner)
            owner = people.name(st, person) if person else action.owner
        due = day_text(action.due, st.format.date) if action.due else ""
        out.append(
            Block(
                BlockKind.ACTION,
                st.say("actions.text", owner=owner, text=action.text, due=due),
                source=f"action:{action.key}",
            )
        )
    return out

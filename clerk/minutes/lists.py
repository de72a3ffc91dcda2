"""The decision list and the action list: the same meeting, as two short tables in Word.

Officers act on these the morning after, long before the minutes are approved, so they come
from the same records and the same template as the minutes.
"""

from __future__ import annotations

from pathlib import Path

from clerk.domain.model import ItemStatus, Meeting
from clerk.domain.text import clean_line, clean_text
from clerk.domain.wording import full_name, long_date, short_name
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.compose import minuted_items
from clerk.minutes.phrases import roman
from clerk.minutes.render import Canvas, open_template
from clerk.minutes.settings import MinutesSettings


def _heading_blocks(meeting: Meeting, conf: MinutesSettings, title: str) -> list[Block]:
    blocks = []
    organisation = conf.organisation or meeting.organisation
    if organisation:
        blocks.append(Block(BlockKind.TITLE, clean_line(organisation)))
    blocks.append(Block(BlockKind.SUBTITLE, title))
    rows = (
        ("Meeting", (clean_line(meeting.committee),)),
        ("Date", (long_date(meeting.date),)),
    )
    blocks.append(Block(BlockKind.ATTENDANCE, rows=rows))
    return blocks


def decision_rows(meeting: Meeting) -> list[tuple[str, str, list[str], str]]:
    """(minute, item title, decision lines, reason) for every minuted item that decided."""
    rows = []
    for number, item in minuted_items(meeting):
        res = item.resolution
        parts = [p.strip() for p in (res.parts if res else ()) if p and p.strip()]
        lines = [f"{roman(i)}. {p}" for i, p in enumerate(parts, 1)] if len(parts) > 1 else parts
        if not lines and item.status is ItemStatus.DEFERRED:
            lines = ["Deferred."]
        elif not lines and item.status is ItemStatus.WITHDRAWN:
            lines = ["Withdrawn."]
        if not lines:
            continue
        reason = (res.reason or "").strip() if res else ""
        rows.append(
            (
                str(number) if number is not None else "",
                clean_line(item.title),
                [clean_text(x) for x in lines],
                clean_text(reason),
            )
        )
    return rows


def write_decision_list(
    meeting: Meeting,
    out: Path | str,
    *,
    template: Path | str | None = None,
    settings: MinutesSettings | None = None,
    style: object | None = None,
) -> list[Path]:
    """Every decision (minute, item, resolution, reason). ``style`` is accepted as by
    ``write_minutes``; the list's own layout is fixed. Resolutions of exempt items are
    public, as in the minutes, so they are listed too."""
    conf = settings or MinutesSettings()
    canvas = Canvas(open_template(template or conf.template))
    canvas.blocks(_heading_blocks(meeting, conf, "Decision List"))
    rows = decision_rows(meeting)
    if rows:
        canvas.table(
            rows,
            widths=(0.1, 0.3, 0.35, 0.25),
            header=("Minute", "Item", "Decision", "Reason"),
        )
    else:
        canvas.paragraph(BlockKind.PARAGRAPH, "No decisions have been recorded.")
    _title(canvas, meeting, "decision list")
    return [canvas.save(out)]


def write_action_list(
    meeting: Meeting,
    out: Path | str,
    *,
    template: Path | str | None = None,
    include_exempt: bool = False,
    settings: MinutesSettings | None = None,
    style: object | None = None,
) -> list[Path]:
    """Every action (action, owner, due, minute). Actions on exempt items stay out unless
    ``include_exempt``; the list then says how many were left out, so none is lost unseen."""
    conf = settings or MinutesSettings()
    numbers = {it.key: n for n, it in minuted_items(meeting)}
    canvas = Canvas(open_template(template or conf.template))
    canvas.blocks(_heading_blocks(meeting, conf, "Action List"))
    rows, withheld = [], 0
    for action in meeting.actions:
        item = meeting.item(action.item_key) if action.item_key else None
        if item is not None and item.exempt and not include_exempt:
            withheld += 1
            continue
        owner = ""
        if action.owner:
            person = meeting.person(action.owner)
            owner = _owner(person) if person else action.owner
        minute = ""
        if item is not None:
            number = numbers.get(item.key)
            minute = f"{number}. {item.title}" if number else f"Item {item.agenda_number}"
        due = long_date(action.due) if action.due else ""
        rows.append((clean_text(action.text), clean_line(owner), due, clean_line(minute)))
    if rows:
        canvas.table(
            rows, widths=(0.45, 0.2, 0.15, 0.2), header=("Action", "Owner", "Due", "Minute")
        )
    else:
        canvas.paragraph(BlockKind.PARAGRAPH, "No actions have been recorded.")
    if withheld:
        noun = "action on an exempt item is" if withheld == 1 else "actions on exempt items are"
        canvas.paragraph(
            BlockKind.PARAGRAPH,
            f"{withheld} {noun} not listed here; see the confidential action list.",
        )
    _title(canvas, meeting, "action list")
    return [canvas.save(out)]


def _owner(person) -> str:
    name = short_name(person) if person.title else full_name(person)
    return f"{name} ({person.capacity})" if person.capacity else name


def _title(canvas: Canvas, meeting: Meeting, what: str) -> None:
    canvas.doc.core_properties.title = clean_line(
        f"{meeting.committee}, {long_date(meeting.date)}: {what}"
    )[:250]

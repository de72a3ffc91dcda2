"""Composing the minutes: a meeting in, the ordered blocks of its minutes out (pure Python).

Nothing here knows about Word. The order is the order items were taken; minute numbers run on
from the meeting's first minute number without gaps, whatever gaps the live record may hold
(an item taken by mistake and put back), because the printed minutes are what others cite.

Three parts can be composed: ``public`` (exempt items as heading and resolution only),
``confidential`` (the full minutes of exempt items, for the annex) and ``all`` (everything in
one document, which is then itself confidential).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, time
from typing import Any, Literal

from clerk.domain.formal import interests
from clerk.domain.formal import wording as w
from clerk.domain.model import (
    AgendaItem,
    Attendance,
    Declaration,
    Exclusion,
    ItemKind,
    ItemStatus,
    Meeting,
    MeetingKind,
    Role,
)
from clerk.domain.text import clean_line, clean_text
from clerk.domain.wording import (
    clock_12,
    clock_24,
    councillor_list,
    long_date,
    with_capacity,
)
from clerk.minutes import formal, phrases
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.settings import count_words, phrase, resolve

Part = Literal["public", "confidential", "all"]

TITLES = {
    MeetingKind.COMMITTEE: "Committee Minutes",
    MeetingKind.DECISION_SESSION: "Decision Session Minutes",
    MeetingKind.BOARD: "Board Minutes",
    MeetingKind.OTHER: "Minutes",
}
BULLET_MARKS = ("- ", "\u2022 ", "* ", "\u2013 ")


def minuted_items(meeting: Meeting) -> list[tuple[int, AgendaItem]]:
    """Every item with a minute (taken, deferred or withdrawn), in the order taken, numbered.

    Items keep the order of their recorded minute numbers (then the time taken, then the
    agenda); numbers are given afresh from the first one so that they run on without gaps.
    """
    position = {it.key: i for i, it in enumerate(meeting.items)}
    never = datetime.max
    chosen = [it for it in meeting.items if it.status is not ItemStatus.PENDING]
    chosen.sort(
        key=lambda it: (
            it.minute_number is None,
            it.minute_number or 0,
            it.started_at or never,
            position[it.key],
        )
    )
    numbers = [it.minute_number for it in chosen if it.minute_number is not None]
    first = meeting.first_minute_number or (min(numbers) if numbers else 1)
    return [(first + i, it) for i, it in enumerate(chosen)]


def compose(
    meeting: Meeting, settings: Mapping[str, Any] | None = None, *, part: Part = "public"
) -> list[Block]:
    """The minutes of ``meeting`` as blocks; see the module docstring for ``part``."""
    if part not in ("public", "confidential", "all"):
        raise ValueError(f"part must be public, confidential or all, not {part!r}")
    conf = resolve(settings)
    minuted = minuted_items(meeting)
    entries = formal.place_entries(meeting, minuted, settings)
    declared_at = _declarations_by_item(meeting, minuted)
    exclusions = _exclusions(meeting, minuted)
    blocks: list[Block] = []
    blocks += _title_block(meeting, conf, part, minuted)
    if part == "confidential":
        blocks.append(_table(meeting, full=False))
    else:
        blocks.append(_table(meeting, full=True, final_and=conf["present_final_and"]))
    for number, item in minuted:
        if part == "confidential" and not item.exempt:
            continue
        blocks += _heading(number, item, conf)
        placed = formal.split(entries.get(item.key, []), item)
        if item.exempt and part == "public":
            body = _public_exempt_body(meeting, item, placed, exclusions)
        else:
            body = _item_body(
                meeting, item, conf, declared_at.get(item.key, ()), placed, exclusions
            )
        blocks += [replace(b, item_key=item.key, minute=number) for b in body]
    blocks.append(Block(BlockKind.SIGNATURE, phrases.signature(meeting, conf["chair_label"])))
    closing = _closing(meeting)
    if closing:
        blocks.append(Block(BlockKind.CLOSING, closing))
    return [_clean(b) for b in blocks]


# -- the title block and the attendance table --------------------------------------------------


def _title_block(meeting: Meeting, conf: dict, part: Part, minuted) -> list[Block]:
    out = []
    organisation = conf["organisation"] or meeting.organisation
    if organisation:
        out.append(Block(BlockKind.TITLE, organisation))
    title = conf["title"] or TITLES.get(meeting.kind, "Minutes")
    out.append(Block(BlockKind.SUBTITLE, title))
    has_exempt = any(it.exempt for _, it in minuted)
    if part == "confidential" or (part == "all" and has_exempt):
        out.append(Block(BlockKind.NOTICE, conf["confidential_title"]))
    return out


def _table(meeting: Meeting, *, full: bool, final_and: bool = False) -> Block:
    rows: list[tuple[str, tuple[str, ...]]] = [
        ("Meeting", (meeting.committee,)),
        ("Date", (long_date(meeting.date),)),
    ]
    if full:
        by_id = {p.id: p for p in meeting.people}
        present = [
            p for p in meeting.people if p.role.is_member and p.attendance is Attendance.PRESENT
        ]
        if present:
            rows.append(("Present", (phrases.present_line(present, by_id, final_and),)))
        sent = [p for p in meeting.people if p.attendance is Attendance.APOLOGIES]
        if sent:
            rows.append(("Apologies", (councillor_list(sent),)))
        for label, role in (
            ("In Attendance", Role.IN_ATTENDANCE),
            ("Officers Present", Role.OFFICER),
        ):
            lines = tuple(
                with_capacity(p)
                for p in meeting.people
                if p.role is role and p.attendance is Attendance.PRESENT
            )
            if lines:
                rows.append((label, lines))
    return Block(BlockKind.ATTENDANCE, rows=tuple(rows))


def _heading(number: int, item: AgendaItem, conf: dict) -> list[Block]:
    text = f"{number}. {clean_line(item.title) or 'Item ' + item.agenda_number}"
    if conf["print_times"] and item.started_at is not None:
        text += f" ({clock_24(item.started_at)})"
    return [Block(BlockKind.HEADING, text, item_key=item.key, minute=number)]


# -- the body of one minute --------------------------------------------------------------------


def _public_exempt_body(meeting: Meeting, item: AgendaItem, placed, exclusions) -> list[Block]:
    """An exempt item in the public minutes: the heading (drawn by the caller), what concerns
    the meeting as a whole (the exclusion, arrivals, quorum…) and the resolution; nothing of
    the item's own business, not even who withdrew for it or how the vote went."""
    out = [e.block for e in formal.public_only(placed.before + placed.during)]
    covered = any(item.key in keys for keys, _ in exclusions.values()) or any(
        item.key in x.item_keys for x in meeting.exclusions
    )
    if not covered:
        out.append(_para(phrases.exempt_note(item)))
    out += _resolution(item)
    return out + [e.block for e in formal.public_only(placed.after)]


def _item_body(
    meeting: Meeting, item: AgendaItem, conf: dict, declared, placed, exclusions
) -> list[Block]:
    """One full minute, in the order things happened: what came before the item, the
    declarations made at it and the members who left the room for it, the clerk's notes and
    the speakers, the motions with what happened during the debate, the resolution, then
    returns and the readmission of the press and public."""
    out: list[Block] = [e.block for e in placed.before]
    if item.kind is ItemKind.APOLOGIES:
        out += [_para(text) for text in phrases.apologies_sentences(meeting, conf["no_apologies"])]
    if item.kind is ItemKind.PUBLIC_PARTICIPATION and item.speakers:
        n = len(item.speakers)
        key = "public_participation_one" if n == 1 else "public_participation_some"
        out.append(_para(phrase(conf[key], count=count_words(n))))
    withdrew = formal.withdrew_for(placed.withdrawals)
    declarations = [_para(_declaration(meeting, d, item, withdrew)) for d in declared]
    if item.kind is not ItemKind.DECLARATIONS:
        out += declarations
    out += [e.block for e in placed.withdrawals]
    for d in meeting.declarations:
        # An older record says only "left the room"; the ledger's own entry words it otherwise.
        if (
            d.left_room
            and item.key in d.item_keys
            and item.kind is not ItemKind.DECLARATIONS
            and d.person not in withdrew
        ):
            out.append(_para(phrases.left_room_sentence(meeting, d)))
    out += narrative_blocks(item.narrative)
    if item.kind is ItemKind.DECLARATIONS:
        out += declarations or [_para(conf["none_declared"])]
    elif item.kind is ItemKind.PUBLIC_PARTICIPATION and not item.speakers and not item.narrative:
        out.append(_para(conf["public_participation"]))
    out += [_para(_speaker(s)) for s in item.speakers]
    motions, later = formal.motions_with_events(meeting, item, placed.during)
    out += motions
    if item.resolution is None and item.key in exclusions:
        covered, paragraphs = exclusions[item.key]
        x = Exclusion(item.started_at or meeting.at(time()), None, tuple(paragraphs), covered)
        out.append(Block(BlockKind.RESOLVED, w.exclusion_resolution(meeting, x), lead="Resolved:"))
    resolution = _resolution(item)
    if not resolution and item.status is ItemStatus.DEFERRED:
        out.append(_para("This item was deferred."))
    elif not resolution and item.status is ItemStatus.WITHDRAWN:
        out.append(_para("This item was withdrawn."))
    return out + resolution + [e.block for e in later + placed.after]


def _declaration(meeting: Meeting, d: Declaration, item: AgendaItem, withdrew: set[str]) -> str:
    """A declaration as minuted; "and left the room" is left to the ledger's own sentence
    when the member's leaving is minuted in the same minute."""
    if d.left_room and d.person in withdrew and item.key in d.item_keys:
        d = replace(d, left_room=None)
    return phrases.declaration_sentence(meeting, d)


def _resolution(item: AgendaItem) -> list[Block]:
    res = item.resolution
    if res is None:
        return []
    parts = [p.strip() for p in res.parts if p and p.strip()]
    out: list[Block] = []
    if len(parts) == 1:
        out.append(Block(BlockKind.RESOLVED, parts[0], lead="Resolved:"))
    elif parts:
        out.append(Block(BlockKind.RESOLVED, lead="Resolved:"))
        out += [
            Block(BlockKind.RESOLUTION_PART, p, lead=f"{phrases.roman(i)}.")
            for i, p in enumerate(parts, 1)
        ]
    if res.reason and res.reason.strip():
        out.append(Block(BlockKind.REASON, res.reason.strip(), lead="Reason:"))
    return out


def narrative_blocks(narrative: str | None) -> list[Block]:
    """The clerk's notes: paragraphs split by a blank line, "- " lines as bullets.

    Lines that follow a bullet without a mark of their own continue that bullet (text wrapped
    by hand); other single line breaks stay line breaks inside the paragraph.
    """
    if not narrative:
        return []
    out: list[Block] = []
    for chunk in clean_text(narrative).split("\n\n"):
        # (kind, lines) pieces of this chunk; a bullet mark starts a new piece.
        pieces: list[tuple[BlockKind, list[str]]] = []
        for line in chunk.split("\n"):
            stripped = line.strip()
            mark = next((m for m in BULLET_MARKS if stripped.startswith(m)), None)
            if mark is not None or stripped in ("-", "\u2022", "*"):
                pieces.append((BlockKind.BULLET, [stripped[len(mark) :].strip() if mark else ""]))
            elif pieces and pieces[-1][0] is BlockKind.BULLET:
                if stripped:
                    pieces[-1][1].append(stripped)
            elif pieces:
                pieces[-1][1].append(line.rstrip())
            elif stripped:
                pieces.append((BlockKind.PARAGRAPH, [line.rstrip()]))
        for kind, lines in pieces:
            text = "\n".join(lines).strip()
            if text:
                out.append(Block(kind, text))
    return out


def _speaker(speaker) -> str:
    who = speaker.name.strip() or "A speaker"
    if speaker.capacity and speaker.capacity.strip():
        who += f", {speaker.capacity.strip()},"
    summary = (speaker.summary or "").strip()
    if not summary:
        return f"{who.rstrip(',')} spoke."
    if summary[0].islower():
        return phrases.sentence(f"{who} {summary}")
    return phrases.sentence(f"{who.rstrip(',')} spoke. {summary}")


def _para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def _clean(block: Block) -> Block:
    if block.kind is BlockKind.ATTENDANCE:
        rows = tuple((label, tuple(clean_line(x) for x in lines)) for label, lines in block.rows)
        return replace(block, rows=rows)
    return replace(block, text=clean_text(block.text), lead=clean_text(block.lead))


# -- where things were minuted: declarations, exclusion of press and public --------------------


def _declarations_by_item(meeting: Meeting, minuted) -> dict[str, list]:
    """Each declaration under the item where it was made (``made_at``), else under the
    declarations item; without one (or if that item has no minute), under the first minuted
    item it names, else the first minute, so that none is lost."""
    order = [it.key for _, it in minuted]
    by_item: dict[str, list] = defaultdict(list)
    placed: set[str] = set()
    for key in order:
        for d in interests.declarations_made_at(meeting, key):
            if d.key not in placed:
                placed.add(d.key)
                by_item[key].append(d)
    for d in meeting.declarations:
        if d.key in placed:
            continue
        key = next((k for k in order if k in d.item_keys), order[0] if order else None)
        if key is not None:
            by_item[key].append(d)
    return by_item


def _exclusions(meeting: Meeting, minuted) -> dict[str, tuple[tuple[str, ...], list[int]]]:
    """Each exclusion item of an older record (one without periods in private): the exempt
    items it covers and their Schedule 12A paragraphs.

    It covers the exempt items taken after it up to the next non-exempt one; if none was taken
    yet (minutes drafted mid-meeting), the exempt items that follow it on the agenda.
    """
    out: dict[str, tuple[tuple[str, ...], list[int]]] = {}
    if meeting.exclusions:
        return out
    order = [it for _, it in minuted]
    for i, item in enumerate(order):
        if item.kind is not ItemKind.EXCLUSION:
            continue
        covered = []
        for later in order[i + 1 :]:
            if not later.exempt:
                break
            covered.append(later)
        if not covered:
            at = next(j for j, it in enumerate(meeting.items) if it.key == item.key)
            for later in meeting.items[at + 1 :]:
                if not later.exempt:
                    break
                covered.append(later)
        paragraphs = [item.exempt_paragraph] if item.exempt_paragraph else []
        if not paragraphs:
            paragraphs = [c.exempt_paragraph for c in covered if c.exempt_paragraph]
        out[item.key] = (tuple(c.key for c in covered), [p for p in paragraphs if p])
    return out


def _closing(meeting: Meeting) -> str:
    if meeting.started_at and meeting.finished_at:
        return (
            f"[The meeting started at {clock_12(meeting.started_at)} and finished at "
            f"{clock_12(meeting.finished_at)}]."
        )
    if meeting.started_at:
        return f"[The meeting started at {clock_12(meeting.started_at)}]."
    return ""

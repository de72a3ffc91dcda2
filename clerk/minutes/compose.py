"""Composing the minutes: a meeting in, the ordered blocks of its minutes out (pure Python).

Nothing here knows about Word. The order is the order items were taken; minute numbers run on
from the meeting's first minute number without gaps, whatever gaps the live record may hold
(an item taken by mistake and put back), because the printed minutes are what others cite.

Three parts can be composed: ``public`` (exempt items as heading and resolution only),
``confidential`` (the full minutes of exempt items, for the annex) and ``all`` (everything in
one document, which is then itself confidential).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time
from typing import Literal

from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import (
    AgendaItem,
    Attendance,
    Declaration,
    Exclusion,
    ItemKind,
    ItemStatus,
    Meeting,
)
from clerk.domain.text import clean_line, clean_text
from clerk.minutes import attendance_layout, formal, pauses, people, phrases
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.drafting import apply_rewordings, tag_sources
from clerk.minutes.headings import decision, heading_blocks, resolution_blocks
from clerk.minutes.legacy import effective_style
from clerk.minutes.minute_actions import action_column, actions_after
from clerk.minutes.notes import narrative_blocks
from clerk.minutes.opening import agenda_blocks, meeting_values, opening_blocks
from clerk.minutes.placement import declarations_by_item, exclusions_of
from clerk.minutes.settings import MinutesSettings
from clerk.minutes.style import HouseStyle

Part = Literal["public", "confidential", "all"]
Stage = Literal["draft", "final"]


def minuted_items(meeting: Meeting) -> list[tuple[int | None, AgendaItem]]:
    """Every item with a minute (taken, deferred or withdrawn), in the order taken, numbered.

    Items keep the order of their recorded minute numbers (then the time taken, then the
    agenda); numbers are given afresh from the first one so that they run on without gaps.
    An item deferred or withdrawn without being taken (no number, no time) keeps its agenda
    place: it follows the minuted item that comes before it on the agenda.

    A **passage outside the numbered minutes** (a public forum before the meeting opens,
    "Commencement of the Meeting", "Prayers"): an item taken without a minute number while
    other items of the meeting have one. It keeps its agenda place and its number is
    ``None`` (the heading is printed without one). Taking an item live always gives it a
    number, so only records that say so hold such passages. An item taken with neither a title
    nor a number is such a passage whatever the others have (the chair's welcome, a prayer):
    its notes stand without a heading, and it takes no number from the minutes around it.
    """
    position = {it.key: i for i, it in enumerate(meeting.items)}
    never = datetime.max
    chosen = [it for it in meeting.items if it.status is not ItemStatus.PENDING]
    unplaced = (ItemStatus.DEFERRED, ItemStatus.WITHDRAWN)
    some_numbered = any(it.minute_number is not None for it in chosen)
    passages = {
        it.key
        for it in chosen
        if it.minute_number is None
        and it.status is ItemStatus.TAKEN
        and (some_numbered or not clean_line(it.title))
    }
    placed = [
        it
        for it in chosen
        if it.key not in passages
        and (it.minute_number is not None or it.started_at is not None or it.status not in unplaced)
    ]
    placed.sort(
        key=lambda it: (
            it.minute_number is None,
            it.minute_number or 0,
            it.started_at or never,
            position[it.key],
        )
    )
    numbers = [it.minute_number for it in placed if it.minute_number is not None]
    first = meeting.first_minute_number or (min(numbers) if numbers else 1)
    keys = {it.key for it in placed}
    for it in (it for it in chosen if it.key not in keys):
        before = [i for i, other in enumerate(placed) if position[other.key] < position[it.key]]
        placed.insert(before[-1] + 1 if before else 0, it)
    out: list[tuple[int | None, AgendaItem]] = []
    n = first
    for it in placed:
        if it.key in passages:
            out.append((None, it))
        else:
            out.append((n, it))
            n += 1
    return out


def not_yet_held(meeting: Meeting) -> bool:
    """A meeting with nothing minuted and no start: its minutes can only be a skeleton."""
    return meeting.started_at is None and all(
        it.status is ItemStatus.PENDING for it in meeting.items
    )


def skeleton(meeting: Meeting) -> Meeting:
    """The meeting as its minutes' skeleton: every agenda item as a heading, the members
    expected as present."""
    people_ = tuple(
        replace(p, attendance=Attendance.PRESENT) if p.attendance is Attendance.UNKNOWN else p
        for p in meeting.people
    )
    items = tuple(replace(it, status=ItemStatus.TAKEN) for it in meeting.items)
    return replace(meeting, people=people_, items=items)


def compose(
    meeting: Meeting,
    settings: MinutesSettings | None = None,
    *,
    part: Part = "public",
    style: HouseStyle | None = None,
    stage: Stage | None = None,
    rules: FormalRules | None = None,
    recording_paused: Sequence[datetime] = (),
) -> list[Block]:
    """The minutes of ``meeting`` as blocks; see the module docstring for ``part``.

    ``style`` is the house style (default: the English principal council's); the older
    ``minutes.*`` phrase settings (``settings``, typed once by the services), when given, are
    read over it; ``rules`` are the body's formal rules (quorum, time limits; default: the
    standing defaults); ``recording_paused`` the moments the meeting's recording stopped for
    exempt business (``clerk.minutes.pauses``). ``stage`` is a version
    in the minutes' lifecycle: "draft" carries the style's draft notice ("DRAFT" when it has
    none) and no signature block; "final" (approved) no draft notice and the signature block;
    None, the style as it is.
    """
    if part not in ("public", "confidential", "all"):
        raise ValueError(f"part must be public, confidential or all, not {part!r}")
    conf = settings or MinutesSettings()
    st = effective_style(style, settings)
    blank = not_yet_held(meeting)
    if blank:
        meeting = skeleton(meeting)
    values = meeting_values(meeting, st, conf)
    minuted = minuted_items(meeting)
    entries = formal.place_entries(meeting, minuted, rules, st)
    declared_at = declarations_by_item(meeting, minuted)
    exclusions = exclusions_of(meeting, minuted)
    paused_in = pauses.where_told(meeting, minuted, entries, recording_paused)
    blocks: list[Block] = []
    if stage == "draft":
        notice = st.say("document.draft", **values) if st.document.draft else ""
        blocks.append(Block(BlockKind.NOTICE, notice or "DRAFT", source="draft"))
    elif st.document.draft and stage != "final":
        blocks.append(Block(BlockKind.NOTICE, st.say("document.draft", **values), source="draft"))
    blocks += _title_block(meeting, st, values, conf, part, minuted)
    if blank and st.document.not_held:
        blocks.append(Block(BlockKind.NOTICE, st.say("document.not_held", **values)))
    attendance = attendance_layout.attendance_blocks(
        st, meeting, values, full=part != "confidential"
    )
    attendance = tag_sources(attendance, "attendance")
    if st.attendance.layout == "none":
        attendance = []
    has_apologies_item = any(it.kind is ItemKind.APOLOGIES for _, it in minuted)
    host = _attendance_host(st, minuted, has_apologies_item, part)
    opening = st.attendance.after_opening and host is None
    if host is None and not opening:
        blocks += attendance
        attendance = []
    elif host != "apologies" and has_apologies_item:
        # The first minute holds who was present; the apologies item its own sentences.
        attendance = [
            b
            for b in attendance
            if b.lead.rstrip(st.labels.separator + " ")
            != st.labels.apologies.rstrip(st.labels.separator + " ")
        ]
    opening_lines = opening_blocks(meeting, st, values) if not blank else []
    first_minute = bool(opening_lines) and st.document.opening_in == "first_minute"
    blocks += [] if first_minute else opening_lines
    blocks += agenda_blocks(meeting, st) if not blank and part != "confidential" else []
    for number, item in minuted:
        if part == "confidential" and not item.exempt:
            continue
        headless = number is None and not clean_line(item.title)
        if opening and attendance and not headless:
            blocks += attendance  # after the opening passage (a prayer, a welcome)
            attendance = []
        placed = formal.split(entries.get(item.key, []), item, st)
        if item.key in paused_in:
            at = item.started_at or recording_paused[0]
            placed = pauses.with_pause(placed, st, paused_in[item.key], at)
        if blank:
            body: list[Block] = []
        elif item.exempt and part == "public":
            body = _public_exempt_body(meeting, item, placed, exclusions, st)
        else:
            body = _item_body(meeting, item, st, declared_at.get(item.key, ()), placed, exclusions)
        if (
            attendance
            and (item.kind is ItemKind.APOLOGIES if host == "apologies" else host == "first")
            and not headless
        ):
            after = st.attendance.in_minute == "after_notes"
            body = body + attendance if after else attendance + body
            attendance = []
        if first_minute and not headless:  # the opening lines open the first minute
            body, first_minute = opening_lines + body, False
        blocks += heading_blocks(meeting, number, item, st, body)
    blocks += attendance + (opening_lines if first_minute else [])  # nothing but passages
    if st.actions.show == "column" and not blank:
        blocks = action_column(meeting, st, blocks)
    if not blank:
        ending = _ending(meeting, st, values)
        if stage == "draft":
            ending = [b for b in ending if b.kind is not BlockKind.SIGNATURE]
        blocks += ending
    return apply_rewordings([_clean(b) for b in blocks], meeting.rewordings)


def _attendance_host(st: HouseStyle, minuted, has_apologies_item: bool, part: Part) -> str | None:
    """Which minute holds the attendance: "apologies" (the apologies item), "first" (the first
    minute, a "Present" item), or None (the attendance stands before the minutes)."""
    if part == "confidential" or not minuted:
        return None
    if st.attendance.layout == "apologies_item" and has_apologies_item:
        return "apologies"
    if st.attendance.layout == "first_item":
        return "first"
    return None


# -- the title block and the end ---------------------------------------------------------------


def _title_block(
    meeting: Meeting, st: HouseStyle, values, conf: MinutesSettings, part: Part, minuted
):
    lines = st.say_lines("document.title", **values)
    out = [
        Block(BlockKind.TITLE if i == 0 else BlockKind.SUBTITLE, t, source=f"title:{i}")
        for i, t in enumerate(lines)
    ]
    has_exempt = any(it.exempt for _, it in minuted)
    if part == "confidential" or (part == "all" and has_exempt):
        out.append(Block(BlockKind.NOTICE, conf.confidential_title))
    return out


def _ending(meeting: Meeting, st: HouseStyle, values) -> list[Block]:
    chair = next((p for p in meeting.people if p.role.value == "chair"), None)
    if chair is None:
        who = ""
    elif people.is_councillor(chair):
        who = st.say("names.signature", **people.person_values(chair))
    else:
        who = people.name(st, chair)
    signature = []
    for i in range(len(st.signature.lines)):
        text = st.say_at(
            "signature.lines", i, chair=who, label=st.signature.label, date=values["date"]
        )
        if text:
            signature.append(Block(BlockKind.SIGNATURE, text.strip(", "), source=f"signature:{i}"))
    closing_text = st.say(
        "closing.text",
        started=people.clock(meeting.started_at, st.format.time),
        finished=people.clock(meeting.finished_at, st.format.time),
    )
    closing = [Block(BlockKind.CLOSING, closing_text, source="closing")] if closing_text else []
    return closing + signature if st.signature.after_closing else signature + closing


# -- the body of one minute --------------------------------------------------------------------


def _public_exempt_body(meeting: Meeting, item: AgendaItem, placed, exclusions, st) -> list[Block]:
    """An exempt item in the public minutes: the heading (drawn by the caller), what concerns
    the meeting as a whole (the exclusion, arrivals, quorum…) and the resolution; nothing of
    the item's own business, not even who withdrew for it or how the vote went."""
    out = [e.block for e in formal.public_only(placed.before + placed.during)]
    covered = any(item.key in keys for keys, _ in exclusions.values()) or any(
        item.key in x.item_keys for x in meeting.exclusions
    )
    if not covered:
        out.append(_para(phrases.exempt_note(item), "exempt_note"))
    out += resolution_blocks(item, st)
    return out + [e.block for e in formal.public_only(placed.after)]


def _item_body(
    meeting: Meeting, item: AgendaItem, st: HouseStyle, declared, placed, exclusions
) -> list[Block]:
    """One full minute, in the order things happened: what came before the item, the
    declarations made at it and the members who left the room for it, the clerk's notes and
    the speakers, the motions with what happened during the debate, the resolution, then
    returns and the readmission of the press and public."""
    out: list[Block] = [e.block for e in placed.before]
    if item.kind is ItemKind.APOLOGIES:
        sentences = phrases.apologies_sentences(meeting, st)
        out += [_para(text, f"apologies:{i}") for i, text in enumerate(sentences)]
    if item.kind is ItemKind.PUBLIC_PARTICIPATION and item.speakers:
        n = len(item.speakers)
        key = "sentences.public_one" if n == 1 else "sentences.public_many"
        out.append(_para(st.say(key, count=n, count_words=people.count_words(n, st)), "public"))
    withdrew = formal.withdrew_for(placed.withdrawals)
    declarations = [
        _para(_declaration(meeting, d, item, withdrew, st, others), f"declaration:{d.key}")
        for d, others in _together(declared, st)
    ]
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
            out.append(_para(phrases.left_room_sentence(meeting, d, st), f"left_room:{d.key}"))
    if item.kind is ItemKind.DECLARATIONS:
        intro = st.say("sentences.declarations_intro")
        if intro and _fold(intro) not in _fold(item.narrative or ""):
            out.append(_para(intro, "declarations_intro"))
    notes_at = len(out)
    notes = tag_sources(narrative_blocks(item.narrative), "notes", numbered=False)
    out += notes
    if item.kind is ItemKind.DECLARATIONS:
        none = st.say("sentences.no_declarations")
        out += declarations or ([_para(none, "no_declarations")] if none else [])
        end = st.say("sentences.declarations_end", count=len(declarations))
        if declarations and end:
            out.append(_para(end, "declarations_end"))
    elif item.kind is ItemKind.PUBLIC_PARTICIPATION and not item.speakers and not item.narrative:
        out.append(_para(st.say("sentences.public_none"), "public_none"))
    elif (
        item.kind is ItemKind.URGENT_BUSINESS
        and not (item.narrative or item.motions or item.resolution)
        and st.sentences.urgent_none
    ):
        out.append(_para(st.say("sentences.urgent_none"), "urgent_none"))
    out += _speakers(item, st)
    if item.kind is ItemKind.PUBLIC_PARTICIPATION and item.speakers:
        started = people.clock(meeting.started_at, st.format.time)
        end = st.say("sentences.public_end", started=started, count=len(item.speakers))
        if end:
            out.append(_para(end, "public_end"))
    motions, later = formal.motions_with_events(meeting, item, placed.during, st)
    motions = tag_sources(motions, "vote")  # motions, votes and what happened meanwhile
    one_line_after = st.motions.form == "one_line" and st.motions.position == "after_resolution"
    # before the notes, unless they lead into the motion ("…, having been explained, it was"):
    # then after the paragraph that leads into it ("It was;"), the rest of the notes after
    lead = _lead_in(notes) if st.motions.position == "before_notes" else None
    first = st.motions.position == "before_notes" and (lead is None or lead < len(notes) - 1)
    if not one_line_after and not first:
        out += motions
    if item.resolution is None and item.key in exclusions:
        covered, paragraphs = exclusions[item.key]
        if not covered and st.sentences.exclusion_none:
            out.append(_para(st.say("sentences.exclusion_none"), "exclusion_none"))
        else:
            x = Exclusion(item.started_at or meeting.at(time()), None, tuple(paragraphs), covered)
            out += tag_sources(
                decision(st, [phrases.exclusion_text(meeting, x, st)], None), "exclusion"
            )
    resolution = resolution_blocks(item, st)
    if not resolution and item.status is ItemStatus.DEFERRED:
        # The deferral resolution, with the reason when one was recorded without words.
        reason = item.resolution.reason if item.resolution is not None else None
        resolution = decision(st, [st.say("sentences.deferral", title=item.title)], reason)
        resolution = tag_sources(resolution, "deferral")
    elif not resolution and item.status is ItemStatus.WITHDRAWN:
        text = st.say("sentences.withdrawn", title=item.title)
        resolution = [_para(text, "withdrawn")] if text else []
    elif (
        not resolution
        and item.kind is ItemKind.MINUTES
        and not item.narrative
        and st.sentences.previous_minutes
    ):
        resolution = decision(st, [st.say("sentences.previous_minutes")], None)
        resolution = tag_sources(resolution, "previous_minutes")
    split = _notes_split(out, notes_at, st) if item.kind is ItemKind.MINUTES else None
    if first:  # "Proposed by …, seconded by … and resolved …", then the discussion
        at = notes_at if lead is None else notes_at + lead + 1
        out[at:at] = motions + resolution
    elif split is not None and resolution:
        # the minutes approved (with their proposer), then the matters arising
        out[split:split] = resolution + (motions if one_line_after else [])
    else:
        out += resolution
        if one_line_after:
            out += motions
    out += actions_after(meeting, item, st)
    return out + [e.block for e in later + placed.after]


def _notes_split(out: list[Block], notes_at: int, st: HouseStyle) -> int | None:
    """Where the decision goes among the notes of the minutes item: before the first
    paragraph that starts with the style's words ("Matters arising"), or None (after all)."""
    words = _fold(st.decisions.before_notes_from)
    if not words:
        return None
    for i in range(notes_at, len(out)):
        if _fold(out[i].lead or out[i].text).startswith(words):
            return i
    return None


def _lead_in(notes: list[Block]) -> int | None:
    """The paragraph of the notes that leads into the motion after it, or None: the first that
    ends with a semicolon or comma ("It was;" before "Proposed by …", the rest of the notes
    after the decision), else the last when it ends mid-sentence ("1.1 It was")."""
    kinds = (BlockKind.PARAGRAPH, BlockKind.NUMBERED, BlockKind.RUN_IN)
    for i, block in enumerate(notes):
        if block.kind in kinds and block.plain.rstrip()[-1:] in (";", ","):
            return i
    last = notes[-1] if notes else None
    if last is None or last.kind not in kinds:
        return None
    return None if last.plain.rstrip()[-1:] in tuple(".!?:)]\"'”’…") else len(notes) - 1


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _declaration(
    meeting, d: Declaration, item: AgendaItem, withdrew: set[str], st, others=()
) -> str:
    """A declaration as minuted; "and left the room" is left to the ledger's own sentence
    when the member's leaving is minuted in the same minute."""
    if d.left_room and d.person in withdrew and item.key in d.item_keys:
        d = replace(d, left_room=None)
    return phrases.declaration_sentence(meeting, d, st, others)


def _together(declared, st: HouseStyle) -> list[tuple[Declaration, list[Declaration]]]:
    """Each declaration with the others that declare the same interest (kind, items, nature
    as typed, leaving the room), when the style words them in one sentence
    (``sentences.declaration_many``); else each alone."""
    if not st.sentences.declaration_many:
        return [(d, []) for d in declared]
    groups: dict[tuple, list[Declaration]] = {}
    for d in declared:
        same = (d.kind, tuple(d.item_keys), _fold(d.nature or "").rstrip("."), bool(d.left_room))
        groups.setdefault(same, []).append(d)
    return [(group[0], group[1:]) for group in groups.values()]


def _speakers(item: AgendaItem, st: HouseStyle) -> list[Block]:
    """The speakers in order: each a sentence ("Name spoke. …"), or, when the style gives a
    speaker line ("Karen Neilson:", "i. A resident:"), that line with the summary below."""
    if not st.sentences.speaker:
        return [_para(_speaker(s), f"speaker:{s.key}") for s in item.speakers]
    out: list[Block] = []
    for n, s in enumerate(item.speakers, 1):
        line = st.say(
            "sentences.speaker",
            name=s.name.strip() or "A speaker",
            capacity=(s.capacity or "").strip(),
            n=n,
            roman=phrases.roman(n),
        )
        out.append(_para(line, f"speaker:{s.key}"))
        out += tag_sources(narrative_blocks(s.summary), f"speaker_summary:{s.key}", numbered=False)
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


def _para(text: str, source: str = "") -> Block:
    return Block(BlockKind.PARAGRAPH, text, source=source)


def _clean(block: Block) -> Block:
    """The block with its words cleaned; the block itself when they were clean already (most
    are: a new block for each cost a tenth of writing the minutes)."""
    if block.kind is BlockKind.ATTENDANCE:
        rows = tuple((label, tuple(clean_line(x) for x in lines)) for label, lines in block.rows)
        return block if rows == block.rows else replace(block, rows=rows)
    if block.kind is BlockKind.TABLE:
        cells = tuple(tuple(clean_line(c) for c in row) for row in block.cells)
        return block if cells == block.cells else replace(block, cells=cells)
    text, lead = clean_text(block.text), clean_text(block.lead)
    if text == block.text and lead == block.lead:
        return block
    return replace(block, text=text, lead=lead)

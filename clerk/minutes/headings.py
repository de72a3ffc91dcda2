"""How the frame of a minute is worded in a house style: the heading (number form, time,
run-in) and the decision ("Resolved: That …", its numbered parts and its reason)."""

from __future__ import annotations

import re
from dataclasses import replace

from clerk.domain.model import AgendaItem, Meeting
from clerk.domain.numbering import municipal_year_label
from clerk.domain.text import clean_line
from clerk.minutes import people, phrases
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.drafting import tag_sources
from clerk.minutes.notes import narrative_blocks
from clerk.minutes.style import HouseStyle


def heading_blocks(
    meeting: Meeting, number: int | None, item: AgendaItem, st: HouseStyle, body
) -> list[Block]:
    year = meeting.date.year
    label = municipal_year_label(meeting.date, st.numbering.year_start_month)  # "2023/24"
    n = number or 0
    numbers = {
        "n": n,
        "n2": f"{n:02d}",
        "n3": f"{n:03d}",
        "year": str(year),
        "year2": f"{year % 100:02d}",
        "municipal_year": label,
        "municipal_year_short": label[2:] if len(label) == 7 else label,
        "agenda_number": item.agenda_number,
    }
    printed = st.say("headings.number", **numbers) if number is not None else ""
    time_ = ""
    if st.headings.time and item.started_at is not None:
        time_ = people.clock(item.started_at, st.headings.time_format)
    if number is None and not clean_line(item.title):
        # a passage with no heading of its own: an opening prayer, the chair's welcome
        return tag_sources(body, "event", item_key=item.key, minute=None)
    title = clean_line(item.title) or "Item " + item.agenda_number
    text = st.say(
        "headings.text",
        number=printed,
        title=title,
        time=time_,
        agenda_number=item.agenda_number,
        untitled=not clean_line(item.title),  # a numbered minute with no title of its own
    )
    if st.headings.minutes_label:
        label_block = Block(
            BlockKind.PARAGRAPH, lead=st.headings.minutes_label, source="minutes_label"
        )
        body = [label_block, *body]
    if st.headings.description and item.description and item.description.strip():
        description = tag_sources(narrative_blocks(item.description), "description", numbered=False)
        body = [*description, *body]
    body = tag_sources(body, "event", item_key=item.key, minute=number)
    if st.headings.run_in and body and body[0].kind is BlockKind.PARAGRAPH and not body[0].lead:
        first = Block(BlockKind.RUN_IN, body[0].text, lead=text, item_key=item.key, minute=number)
        first = replace(first, source=body[0].source)
        return [first, *body[1:]]
    if st.headings.run_in:
        if not body:  # nothing runs on from it: "12. Correspondence", not "12. Correspondence:"
            text = re.sub(r"\s*[:\u2013\u2014-]\s*$", "", text)
        heading = Block(BlockKind.RUN_IN, lead=text, item_key=item.key, minute=number)
        return [replace(heading, source="heading"), *body]
    heading = Block(BlockKind.HEADING, text, item_key=item.key, minute=number, source="heading")
    return [heading, *body]


def decision(st: HouseStyle, parts: list[str], reason: str | None) -> list[Block]:
    """A decision in the style: "Resolved: That …" (or the style's own word and phrase), its
    parts numbered, then the reason."""
    parts = [p.strip() for p in parts if p and p.strip()]
    out: list[Block] = []
    word = st.decisions.word
    if len(parts) == 1:
        text = parts[0]
        rest = _rest(text)
        text = st.say("decisions.text", text=text, rest=rest, word=word)
        out.append(Block(BlockKind.RESOLVED, text, lead=word))
    elif parts:
        intro = st.say("decisions.many", word=word)
        if intro:
            out.append(Block(BlockKind.RESOLVED, lead=intro))
        for i, p in enumerate(parts, 1):
            text = st.say("decisions.part", text=p, rest=_rest(p), word=word, n=i)
            out.append(Block(BlockKind.RESOLUTION_PART, text, lead=part_number(st, i)))
    if reason and reason.strip() and st.decisions.reason is not None and parts:
        label = st.decisions.reason
        if label:
            out.append(Block(BlockKind.REASON, reason.strip(), lead=label))
    return out


def _rest(text: str) -> str:
    """A decision as it reads after "It was agreed that": "That the report be noted." and
    "The report be noted." both give "the report be noted." (an acronym keeps its capital; after
    "That" a name keeps its own: "That Cllr Porter be elected" gives "Cllr Porter be elected")."""
    rest = re.sub(r"^that\s+", "", text, flags=re.IGNORECASE)
    if rest != text and rest.split(" ", 1)[0] not in _ARTICLES:
        return rest  # "That Cllr Porter be elected": a name keeps its capital
    if rest[:1].isupper() and not rest[1:2].isupper():
        rest = rest[0].lower() + rest[1:]
    return rest


_ARTICLES = {"The", "A", "An", "This", "These", "Those", "It"}


def part_number(st: HouseStyle, i: int) -> str:
    form = st.decisions.numbering
    if form == "none":
        return ""
    if form == "arabic":
        return f"{i}."
    if form == "letters":
        return f"({chr(ord('a') + (i - 1) % 26)})"
    return f"{phrases.roman(i)}."


def resolution_blocks(item: AgendaItem, st: HouseStyle) -> list[Block]:
    res = item.resolution
    if res is None:
        return []
    return tag_sources(decision(st, list(res.parts), res.reason), "resolution", numbered=False)

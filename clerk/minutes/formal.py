"""Formal business in the minutes: where each formal sentence goes inside a minute.

The sentences themselves are worded once, in ``clerk.domain.formal.wording``, with their
times in the style's ``format.time`` (passed to it as a clock), and
``clerk.domain.formal.narrative`` says under which item each belongs and when it happened.
This module only places them among the rest of a minute, in time order:

- before the clerk's notes: what happened as the item was taken (an arrival before it, the
  resolution to exclude the press and public), then the member leaving the room for it;
- among the motions: what happened during the debate, before the vote it preceded (a
  departure, the quorum lost);
- after the resolution: what happened once the item was decided, a member's return and the
  readmission of the press and public.

A public minute of an exempt item keeps only what concerns the meeting as a whole (arrivals,
departures, quorum, the time limit, the exclusion and readmission); the item's own business —
who withdrew for it, its motions and votes — is confidential.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from clerk.domain.formal import narrative, votes
from clerk.domain.formal import wording as w
from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import (
    AgendaItem,
    Meeting,
    Motion,
    MotionResult,
    RecordedVote,
)
from clerk.minutes import calendar_words, phrases
from clerk.minutes.blocks import Block, BlockKind

# Kinds of formal sentence that belong to the meeting, not to the item's own business: these
# stay in the public minute of an exempt item.
PUBLIC_KINDS = frozenset(
    {"arrived", "left", "inquorate", "continuation", "readmission", "adjournment", "exclusion"}
    | {"recording_paused"}  # the recording's pause for exempt business (clerk.minutes.pauses)
)
CLOSING_KINDS = frozenset({"returned", "readmission"})


@dataclass(frozen=True, slots=True)
class Placed:
    """A formal sentence placed under a minute: when, what kind, and its block."""

    at: datetime
    kind: str
    block: Block
    person: str | None = None
    item_key: str | None = None


def _item_at(minuted: list[tuple[int | None, AgendaItem]], moment: datetime) -> str | None:
    """The minuted item being taken at ``moment``: the last one started by then (else the
    first one), so that nothing the ledger holds is left without a minute."""
    timed = sorted((it.started_at, it.key) for _, it in minuted if it.started_at is not None)
    if not timed:
        return minuted[0][1].key if minuted else None
    current = timed[0][1]
    for started, key in timed:
        if started <= moment:
            current = key
    return current


def place_entries(
    meeting: Meeting,
    minuted: list[tuple[int | None, AgendaItem]],
    rules: FormalRules | None = None,
    style=None,
) -> dict[str, list[Placed]]:
    """Every formal sentence of the meeting, grouped by the minute it goes under, in time
    order. Adjournments and resolutions to exclude the press and public join them here."""
    keys = {it.key for _, it in minuted}
    found: list[tuple[datetime, int, Placed, str | None]] = []
    fmt = style.format.time if style is not None else "h.mm am"

    def clock(moment: datetime) -> str:
        return calendar_words.clock(moment, fmt)

    # The rules come typed and checked (a malformed stored rule is already its default).
    entries = narrative.meeting_entries(meeting, rules, clock=clock)
    for e in entries:
        text = _styled_move(meeting, e, style) or e.text
        block = Block(BlockKind.PARAGRAPH, text)
        found.append((e.at, e.rank, Placed(e.at, e.kind, block, e.person, e.item_key), e.home))
    for adj in meeting.adjournments:
        text = phrases.adjournment_sentence(adj.from_, adj.to, adj.reason, fmt)
        placed = Placed(adj.from_, "adjournment", Block(BlockKind.PARAGRAPH, text))
        found.append((adj.from_, 1, placed, narrative.home_item(meeting, adj.from_)))
    for x in meeting.exclusions:
        host = meeting.item(x.resolved_at_item) if x.resolved_at_item else None
        if host is not None and host.resolution is not None:
            continue  # the host item's own resolution says it
        text = phrases.exclusion_text(meeting, x, style)
        word = style.decisions.word if style is not None else "Resolved:"
        block = Block(BlockKind.RESOLVED, text, lead=word)
        # Without an item of its own, it opens the first exempt item it covers.
        covered = [it for _, it in minuted if it.key in x.item_keys]
        home = host.key if host is not None else covered[0].key if covered else None
        home = home or narrative.home_item(meeting, x.from_)
        found.append((x.from_, -1, Placed(x.from_, "exclusion", block), home))
    found.sort(key=lambda f: (f[0], f[1]))
    by_item: dict[str, list[Placed]] = defaultdict(list)
    for moment, _, placed, home in found:
        if home not in keys:
            home = _item_at(minuted, moment)
        if home is not None:
            by_item[home].append(placed)
    return by_item


def _styled_move(meeting: Meeting, entry, style) -> str | None:
    """An arrival or departure in the style's own sentence, when it has one (None: as
    worded by ``clerk.domain.formal.wording``)."""
    from clerk.minutes import people

    key = {"arrived": "sentences.arrival", "left": "sentences.departure"}.get(entry.kind)
    if style is None or key is None or not style.value(key):
        return None
    person = meeting.person(entry.person) if entry.person else None
    if person is None:
        return None
    note = next(
        (
            e.note
            for e in meeting.presence
            if e.person == person.id and e.kind.value == entry.kind and e.at == entry.at
        ),
        None,
    )
    return style.say(
        key,
        name=people.name(style, person),
        time=people.clock(entry.at, style.format.time),
        note=(note or "").strip(),
        **people.person_values(person),
    )


@dataclass(frozen=True, slots=True)
class ItemEntries:
    """An item's formal sentences, by where they go in its minute."""

    before: list[Placed]  # happened before or as the item was taken
    withdrawals: list[Placed]  # members leaving the room for this item
    during: list[Placed]  # during the debate: placed among the motions by time
    after: list[Placed]  # returns and readmission, after the resolution


def split(entries: list[Placed], item: AgendaItem, style=None) -> ItemEntries:
    parts = ItemEntries([], [], [], [])
    start = item.started_at
    # A style may put arrivals and departures during the item at the top of its minute
    # ("… arrived to the meeting during consideration of this item of business (7.03 pm).").
    moves_first = style is not None and style.sentences.moves_position == "first"
    for e in entries:
        if moves_first and e.kind in ("arrived", "left"):
            parts.before.append(e)
            continue
        if e.kind == "withdrew" and e.item_key == item.key:
            parts.withdrawals.append(e)
        elif e.kind == "exclusion":  # the resolution precedes the business it excludes from
            parts.before.append(e)
        elif e.kind in CLOSING_KINDS:
            parts.after.append(e)
        elif start is None or e.at <= start:
            parts.before.append(e)
        else:
            parts.during.append(e)
    return parts


def public_only(entries: list[Placed]) -> list[Placed]:
    return [e for e in entries if e.kind in PUBLIC_KINDS]


def withdrew_for(entries: list[Placed]) -> set[str]:
    """The people whose leaving the room for the item the ledger records (and words)."""
    return {e.person for e in entries if e.kind == "withdrew" and e.person}


# -- motions and votes -------------------------------------------------------------------------


def motions_with_events(
    meeting: Meeting, item: AgendaItem, during: list[Placed], style=None
) -> tuple[list[Block], list[Placed]]:
    """The item's motions in the order things happened — each moved at ``moved_at`` and
    decided at ``voted_at``, so an amendment moved and lost while a motion is before the
    meeting reads between the two — with what happened during the debate placed among them.
    Returns the blocks and the events left over after the last timed step (they follow the
    resolution). Without any times, motions keep their order and every event comes first."""
    steps: list[tuple[datetime | None, list[Block]]] = []
    for motion in item.motions:
        moving, deciding = motion_blocks(meeting, item, motion, style)
        steps.append((motion.moved_at or motion.voted_at, moving))
        steps.append((motion.voted_at or motion.moved_at, deciding))
    pending = sorted(during, key=lambda e: e.at)
    out: list[Block] = []
    if not any(t is not None for t, _ in steps):
        return [e.block for e in pending] + [b for _, blocks in steps for b in blocks], []
    # A step without a time keeps its place after the step before it.
    known = datetime.min
    timed = []
    for t, blocks in steps:
        known = t or known
        timed.append((known, blocks))
    timed.sort(key=lambda step: step[0])
    for moment, blocks in timed:
        while pending and pending[0].at <= moment:
            out.append(pending.pop(0).block)
        out += blocks
    return out, pending


def motion_blocks(
    meeting: Meeting, item: AgendaItem, motion: Motion, style=None
) -> tuple[list[Block], list[Block]]:
    """A motion or amendment as two steps: who moved and seconded it; then the vote (named,
    if recorded), the result and the casting vote. A motion still pending is not minuted as
    decided. A style that writes motions in one line gives one step with that line.

    The motion's text is not printed when it became the resolution printed below it, and a
    recorded vote (which lists the votes) is not followed by the counts again."""
    motion = _as_minuted(meeting, item, motion)
    if _became_resolution(item, motion):
        motion = replace(motion, text="")
    if style is not None and style.motions.form == "one_line":
        return _paras([one_line(meeting, motion, style)]), []
    moving = [w.motion_sentence(meeting, motion)]
    if motion.result in (MotionResult.WITHDRAWN, MotionResult.PENDING):
        deciding = [w.result_sentence(motion)]
    else:
        recorded = w.recorded_vote_sentence(meeting, motion)
        counted = motion
        if recorded and motion.vote is not None and motion.vote.casting_vote is None:
            counted = replace(motion, vote=None)
        deciding = [
            recorded or "",
            w.result_sentence(counted),
            w.casting_vote_sentence(meeting, motion) or "",
        ]
    return _paras(moving), _paras(deciding)


def _fold(text: str) -> str:
    text = " ".join(text.lower().split()).rstrip(".")
    return text[5:] if text.startswith("that ") else text


def _became_resolution(item: AgendaItem, motion: Motion) -> bool:
    if motion.result is not MotionResult.CARRIED or item.resolution is None or not motion.text:
        return False
    parts = {_fold(p) for p in item.resolution.parts}
    return _fold(motion.text) in parts or _fold(motion.text) == _fold(
        " ".join(item.resolution.parts)
    )


# A name the clerk did not record (a motion with no seconder) stands in the phrase as this
# mark; the clause that names it goes, from the separator before it: "Proposed by Cllr X;
# seconded by ; carried." would otherwise be printed.
_MISSING = "\ue000"
_AND = r"\b(?:and|ac|agus|et)\b"
_CLAUSE = re.compile(
    rf"(?:^|\s*(?:[;,&]|{_AND})\s*)(?:(?!{_AND})[^;,&\n{_MISSING}]){{0,40}}?"
    rf"\(?{_MISSING}\)?",
    re.IGNORECASE,
)


class _Unrecorded(str):
    """The mark, false in a phrase's ``{% if seconder %}`` like the empty name it stands for."""

    def __bool__(self) -> bool:
        return False


def _without_missing(text: str) -> str:
    if _MISSING not in text:
        return text
    text = _CLAUSE.sub("", text).replace(_MISSING, "")
    text = re.sub(r"\s{2,}", " ", text).lstrip(" ;,&")
    return text[:1].upper() + text[1:]


def one_line(meeting: Meeting, motion: Motion, style) -> str:
    """ "Proposed by Cllr X; seconded by Cllr Y; Carried." in the style's words; a clause
    naming someone not recorded (no seconder) is left out."""
    from clerk.minutes import people

    v = motion.vote
    counts = ""
    if v is not None and style.motions.vote_counts and (v.for_ or v.against or v.abstain):
        counts = style.say("motions.counts", **{"for": v.for_, "against": v.against,
                                                 "abstain": v.abstain})  # fmt: skip
    unanimous = v is not None and v.unanimous and motion.result is MotionResult.CARRIED
    words = {
        MotionResult.CARRIED: style.motions.unanimous if unanimous else style.motions.carried,
        MotionResult.LOST: style.motions.lost,
        MotionResult.WITHDRAWN: style.motions.withdrawn,
    }

    def named(person_id: str | None, name: str) -> str:
        return name if name or person_id else _Unrecorded(_MISSING)

    return _without_missing(
        style.say(
            "motions.one_line",
            mover=named(motion.mover, people.name_by_id(style, meeting, motion.mover)),
            seconder=named(motion.seconder, people.name_by_id(style, meeting, motion.seconder)),
            mover_monogram=named(motion.mover, _monogram(meeting, motion.mover)),
            seconder_monogram=named(motion.seconder, _monogram(meeting, motion.seconder)),
            text=motion.text.strip(),
            result=motion.result.value,
            result_word=words.get(motion.result, ""),
            counts=counts,
            kind=motion.kind.value,
            unanimous=unanimous,
        )
    )


def _monogram(meeting: Meeting, person_id: str | None) -> str:
    from clerk.minutes import people

    person = meeting.person(person_id) if person_id else None
    return people.monogram(person) if person is not None else ""


def _paras(texts: list[str]) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, t) for t in texts if t]


def _as_minuted(meeting: Meeting, item: AgendaItem, motion: Motion) -> Motion:
    """The motion as the minutes word it: an empty show of hands is no vote (unless it was
    unanimous); a recorded vote
    without its "did not vote" names them from the ledger (members entitled then who are in
    no list); a casting vote without its side takes it from the result."""
    vote = motion.vote
    if vote is None or motion.result is MotionResult.PENDING:
        return replace(motion, vote=None) if vote is not None else motion
    if (
        vote.recorded is None
        and vote.casting_vote is None
        and not vote.unanimous
        and not (vote.for_ or vote.against or vote.abstain)
    ):
        return replace(motion, vote=None)
    if vote.recorded is not None and not vote.recorded.did_not_vote:
        vote = replace(vote, recorded=_with_silent(meeting, item, motion, vote.recorded))
    if vote.casting_vote and vote.casting_side is None:
        side = {MotionResult.CARRIED: "for", MotionResult.LOST: "against"}.get(motion.result)
        vote = replace(vote, casting_side=side)
    return replace(motion, vote=vote) if vote is not motion.vote else motion


def _with_silent(
    meeting: Meeting, item: AgendaItem, motion: Motion, recorded: RecordedVote
) -> RecordedVote:
    moment = motion.voted_at or item.started_at
    if moment is None:
        return recorded
    voted = set(recorded.for_) | set(recorded.against) | set(recorded.abstain)
    silent = tuple(
        p.id for p in votes.entitled_to_vote(meeting, item.key, moment) if p.id not in voted
    )
    return replace(recorded, did_not_vote=silent) if silent else recorded

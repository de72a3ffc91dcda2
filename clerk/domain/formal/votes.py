"""Motions, amendments and votes.

Who may vote on an item is read from the presence ledger at the moment of the vote: members
(Chair, Vice-Chair, members, substitutes) in the room, less any member whose declared interest
bars them from the item. A show of hands cannot give more votes than that; a recorded vote
marks each of them for, against, abstained or did not vote; a recorded vote asked for just
after a show of hands must agree with its counts (or the vote is retaken). On an equality of
votes the motion is lost unless the Chair (or the Vice-Chair presiding in the Chair's absence)
gives a casting vote. A carried substantive motion becomes the item's resolution.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from clerk.domain.formal import RuleError
from clerk.domain.formal import presence as ledger
from clerk.domain.formal.interests import InterestRules, barred_from_item
from clerk.domain.model import (
    AgendaItem,
    Meeting,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    RecordedVote,
    Resolution,
    Role,
    Vote,
    new_key,
)
from clerk.domain.text import clean_text
from clerk.domain.wording import short_name
from clerk.errors import NotFound

FOR, AGAINST, ABSTAIN, DID_NOT_VOTE = "for", "against", "abstain", "did_not_vote"
SIDES = (FOR, AGAINST, ABSTAIN, DID_NOT_VOTE)


# -- who may vote ------------------------------------------------------------------------------


def entitled_to_vote(
    meeting: Meeting, item_key: str, at: datetime | None, rules: InterestRules | None = None
) -> tuple[Person, ...]:
    """Members who may vote on the item at ``at``: in the room and not barred by an interest."""
    barred = barred_from_item(meeting, item_key, rules)
    return tuple(p for p in ledger.members_in_room_at(meeting, at) if p.id not in barred)


def entitled_for_motion(
    meeting: Meeting, item_key: str, motion_key: str, rules: InterestRules | None = None
) -> tuple[Person, ...]:
    """Who could vote on a motion: as at the moment it was put to the vote (if not yet, now)."""
    motion = _motion(_item(meeting, item_key), motion_key)
    return entitled_to_vote(meeting, item_key, motion.voted_at, rules)


def why_not_entitled(
    meeting: Meeting,
    item_key: str,
    person_id: str,
    at: datetime | None,
    rules: InterestRules | None = None,
) -> str | None:
    """None if the person may vote on the item at ``at``; otherwise one line saying why not."""
    person = meeting.person(person_id)
    if person is None:
        return f"there is no person {person_id!r} in this meeting"
    name = short_name(person)
    if not person.role.is_member:
        return f"{name} is not a member of the body"
    if person_id in barred_from_item(meeting, item_key, rules):
        return f"{name} has declared an interest that bars them from this item"
    state = ledger.state_at(meeting, person, at)
    if not state.attending:
        return f"{name} is not at the meeting"
    if not state.in_room:
        return f"{name} is out of the room for an interest"
    return None


def _need_entitled(meeting, item_key, person_id, at, rules, what: str) -> None:
    reason = why_not_entitled(meeting, item_key, person_id, at, rules)
    if reason is not None:
        raise RuleError(f"{reason}, so cannot {what}")


# -- finding and replacing ---------------------------------------------------------------------


def _item(meeting: Meeting, item_key: str) -> AgendaItem:
    item = meeting.item(item_key)
    if item is None:
        raise NotFound("there is no such agenda item")
    return item


def _motion(item: AgendaItem, motion_key: str) -> Motion:
    for m in item.motions:
        if m.key == motion_key:
            return m
    raise NotFound(f"there is no such motion under item {item.agenda_number}")


def _put_motion(meeting: Meeting, item: AgendaItem, motion: Motion) -> Meeting:
    motions = tuple(motion if m.key == motion.key else m for m in item.motions)
    return meeting.with_item(replace(item, motions=motions))


# -- motions -----------------------------------------------------------------------------------


def move_motion(
    meeting: Meeting,
    item_key: str,
    text: str,
    mover: str | None = None,
    seconder: str | None = None,
    *,
    kind: MotionKind | str = MotionKind.MOTION,
    at: datetime | None = None,
    rules: InterestRules | None = None,
    key: str | None = None,
) -> Meeting:
    """A motion or an amendment is moved (and seconded): pending until voted on or withdrawn.

    ``key`` lets the caller name the new motion, to vote on it next.
    """
    item = _item(meeting, item_key)
    kind = MotionKind(kind)
    text = clean_text(text or "").strip()
    if not text:
        raise RuleError("a motion needs its wording")
    if mover is not None:
        _need_entitled(meeting, item_key, mover, at, rules, "move it")
    if seconder is not None:
        if seconder == mover:
            raise RuleError("the seconder must be another member than the mover")
        _need_entitled(meeting, item_key, seconder, at, rules, "second it")
    if kind is MotionKind.AMENDMENT and not any(
        m.kind is MotionKind.MOTION and m.result is MotionResult.PENDING for m in item.motions
    ):
        raise RuleError("an amendment needs a motion moved and not yet voted on, to amend")
    motion = Motion(
        text,
        kind=kind,
        mover=mover,
        seconder=seconder,
        result=MotionResult.PENDING,
        key=key or new_key(),
        moved_at=at,
    )
    return meeting.with_item(replace(item, motions=item.motions + (motion,)))


def withdraw_motion(meeting: Meeting, item_key: str, motion_key: str) -> Meeting:
    item = _item(meeting, item_key)
    motion = _motion(item, motion_key)
    if motion.result is not MotionResult.PENDING:
        raise RuleError(f"the {motion.kind.value} has already been {motion.result.value}")
    return _put_motion(meeting, item, replace(motion, result=MotionResult.WITHDRAWN))


def _decide(for_: int, against: int) -> MotionResult:
    # An equality of votes without a casting vote does not carry the motion.
    return MotionResult.CARRIED if for_ > against else MotionResult.LOST


def _settle(meeting: Meeting, item_key: str, motion: Motion, adopt: bool) -> Meeting:
    item = _item(meeting, item_key)
    after = _put_motion(meeting, item, motion)
    if adopt and motion.kind is MotionKind.MOTION and motion.result is MotionResult.CARRIED:
        after = adopt_as_resolution(after, item_key, motion.key)
    return after


def _votable(motion: Motion) -> None:
    if motion.result is MotionResult.WITHDRAWN:
        raise RuleError(f"the {motion.kind.value} was withdrawn, so there is no vote on it")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def tally(for_: int, against: int, abstain: int) -> str:
    """ "5 for, 3 against and 1 abstention"."""
    return f"{for_} for, {against} against and {_count(abstain, 'abstention', 'abstentions')}"


def record_show_of_hands(
    meeting: Meeting,
    item_key: str,
    motion_key: str,
    for_: int,
    against: int,
    abstain: int = 0,
    *,
    at: datetime | None = None,
    rules: InterestRules | None = None,
    adopt: bool = True,
) -> Meeting:
    """The counts of a show of hands; refused when they add up to more than may vote."""
    item = _item(meeting, item_key)
    motion = _motion(item, motion_key)
    _votable(motion)
    for n in (for_, against, abstain):
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise RuleError("votes are counted in whole numbers, none below nought")
    entitled = entitled_to_vote(meeting, item_key, at, rules)
    total = for_ + against + abstain
    if total > len(entitled):
        raise RuleError(
            f"{tally(for_, against, abstain)} make {total} votes, but only "
            f"{_count(len(entitled), 'member is', 'members are')} entitled to vote on this item"
        )
    vote = Vote(for_, against, abstain)
    done = replace(motion, vote=vote, voted_at=at, result=_decide(for_, against))
    return _settle(meeting, item_key, done, adopt)


def record_named_vote(
    meeting: Meeting,
    item_key: str,
    motion_key: str,
    marks: Mapping[str, str],
    *,
    at: datetime | None = None,
    retake: bool = False,
    rules: InterestRules | None = None,
    adopt: bool = True,
) -> Meeting:
    """A recorded (named) vote: each member entitled marked for, against, abstain or did not
    vote (those not marked did not vote). Asked for after a show of hands, it takes that vote's
    time and must agree with its counts, unless ``retake``."""
    item = _item(meeting, item_key)
    motion = _motion(item, motion_key)
    _votable(motion)
    if at is None:
        at = motion.voted_at
    entitled = entitled_to_vote(meeting, item_key, at, rules)
    sides: dict[str, list[str]] = {s: [] for s in SIDES}
    for person_id, side in marks.items():
        if side not in SIDES:
            raise RuleError(f"{side!r} is not a way to vote (for, against, abstain, did_not_vote)")
        _need_entitled(meeting, item_key, person_id, at, rules, "vote on it")
    for p in entitled:  # in the order of the meeting's people, as the minutes list them
        sides[marks.get(p.id, DID_NOT_VOTE)].append(p.id)
    counts = (len(sides[FOR]), len(sides[AGAINST]), len(sides[ABSTAIN]))
    before = motion.vote
    if before is not None and before.recorded is None and not retake:
        shown = (before.for_, before.against, before.abstain)
        if counts != shown:
            raise RuleError(
                f"the names give {tally(*counts)}, but the show of hands was {tally(*shown)}; "
                "correct the names or retake the vote"
            )
    recorded = RecordedVote(
        tuple(sides[FOR]), tuple(sides[AGAINST]), tuple(sides[ABSTAIN]), tuple(sides[DID_NOT_VOTE])
    )
    vote = Vote(*counts, recorded=recorded)
    done = replace(motion, vote=vote, voted_at=at, result=_decide(counts[0], counts[1]))
    return _settle(meeting, item_key, done, adopt)


def presiding_member(
    meeting: Meeting, item_key: str, at: datetime | None, rules: InterestRules | None = None
) -> Person | None:
    """Who is in the chair for a vote: the Chair if entitled, else the Vice-Chair if entitled."""
    entitled = entitled_to_vote(meeting, item_key, at, rules)
    for role in (Role.CHAIR, Role.VICE_CHAIR):
        for p in entitled:
            if p.role is role:
                return p
    return None


def record_casting_vote(
    meeting: Meeting,
    item_key: str,
    motion_key: str,
    person_id: str,
    side: str,
    *,
    rules: InterestRules | None = None,
    adopt: bool = True,
) -> Meeting:
    """The Chair's casting vote, given only on an equality of votes."""
    item = _item(meeting, item_key)
    motion = _motion(item, motion_key)
    _votable(motion)
    vote = motion.vote
    if vote is None:
        raise RuleError("there has been no vote to cast a deciding vote on")
    if vote.for_ != vote.against:
        raise RuleError(
            "a casting vote is given only when the votes are equal, and they were "
            f"{vote.for_} for and {vote.against} against"
        )
    if side not in (FOR, AGAINST):
        raise RuleError("a casting vote is for or against")
    chair = presiding_member(meeting, item_key, motion.voted_at, rules)
    if chair is None or chair.id != person_id:
        raise RuleError(
            "only the Chair (or the Vice-Chair presiding in the Chair's absence) has a casting vote"
        )
    result = MotionResult.CARRIED if side == FOR else MotionResult.LOST
    done = replace(
        motion, vote=replace(vote, casting_vote=person_id, casting_side=side), result=result
    )
    return _settle(meeting, item_key, done, adopt)


# -- the resolution ----------------------------------------------------------------------------

_PART_MARK = re.compile(r"^\s*(\(?([ivx]+|[0-9]+|[a-z])[.)])\s+", re.IGNORECASE)


def resolution_parts(text: str) -> tuple[str, ...]:
    """A motion's wording as resolution parts: one per numbered line ("i. …", "(ii) …",
    "1. …"), else the whole text as one part."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    numbered = [ln for ln in lines if _PART_MARK.match(ln)]
    if len(numbered) >= 2:
        parts, current = [], None
        for ln in lines:
            if _PART_MARK.match(ln):
                if current is not None:
                    parts.append(current)
                current = _PART_MARK.sub("", ln, count=1)
            elif current is None:
                continue  # a lead-in line ("That:") before the numbered parts
            else:
                current += " " + ln
        if current is not None:
            parts.append(current)
        return tuple(parts)
    return (" ".join(lines),)


def adopt_as_resolution(
    meeting: Meeting, item_key: str, motion_key: str, reason: str | None = None
) -> Meeting:
    """The carried substantive motion becomes the item's resolution (its reason is kept)."""
    item = _item(meeting, item_key)
    motion = _motion(item, motion_key)
    if motion.kind is not MotionKind.MOTION:
        raise RuleError("an amendment is not a resolution; the motion as amended is")
    if motion.result is not MotionResult.CARRIED:
        raise RuleError("only a carried motion becomes the resolution")
    if reason is None and item.resolution is not None:
        reason = item.resolution.reason
    resolution = Resolution(resolution_parts(motion.text), reason)
    return meeting.with_item(replace(item, resolution=resolution))

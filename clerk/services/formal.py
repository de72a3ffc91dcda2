"""Formal business as the clerk's actions: each one a pure operation of
``clerk.domain.formal`` applied through ``MeetingSession.apply``, so it is saved when made and
can be undone. A rule that forbids the action raises ``RuleError`` (one line, for a dialog)
before anything is saved.

The body's rules that are settings (kinds of interest, quorum, time limits) are read with
``formal_settings`` from the store's settings table into one typed value (``FormalRules``),
checked once; the live view reads them once and passes them on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from clerk.domain.formal import exclusion as exc_ops
from clerk.domain.formal import interests as interest_ops
from clerk.domain.formal import presence as presence_ops
from clerk.domain.formal import quorum as quorum_ops
from clerk.domain.formal import timing as timing_ops
from clerk.domain.formal import votes as vote_ops
from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import (
    InterestKind,
    ItemKind,
    Meeting,
    MotionKind,
    QuorumRule,
    TimeLimits,
)
from clerk.domain.wording import short_name
from clerk.errors import RuleError
from clerk.services.session import Change, MeetingSession
from clerk.store import repository
from clerk.store.db import Database

__all__ = ["RuleError", "formal_settings"]

FORMAL_SETTINGS = (
    interest_ops.SETTING_KINDS,
    interest_ops.SETTING_LEAVING,
    quorum_ops.SETTING_QUORUM,
    timing_ops.SETTING_SPEAKER,
    timing_ops.SETTING_MEETING,
    timing_ops.SETTING_WARN,
)


def formal_settings(db: Database) -> FormalRules:
    """The body's rules (``formal.*`` settings), read and checked once into one typed value
    the domain takes as it is; a bad stored value raises RuleError (one line)."""
    stored = repository.all_settings(db)
    return FormalRules.from_settings({k: v for k, v in stored.items() if k in FORMAL_SETTINGS})


def _name(meeting: Meeting, person_id: str) -> str:
    person = meeting.person(person_id)
    return short_name(person) if person is not None else person_id


# -- presence --------------------------------------------------------------------------------


def record_arrival(
    session: MeetingSession, person_id: str, at: datetime, note: str | None = None
) -> Change | None:
    m = session.meeting
    return session.apply(
        f"{_name(m, person_id)} arrived",
        presence_ops.record_arrival,
        person_id,
        at,
        m.current_item,
        note,
    )


def record_withdrawal(
    session: MeetingSession, person_id: str, at: datetime, item_key: str | None = None
) -> Change | None:
    m = session.meeting
    item_key = item_key or m.current_item
    if item_key is None:
        raise RuleError("take the item first: a withdrawal is for an item")
    return session.apply(
        f"{_name(m, person_id)} left the room for an interest",
        presence_ops.record_withdrawal,
        person_id,
        item_key,
        at,
    )


def record_return(session: MeetingSession, person_id: str, at: datetime) -> Change | None:
    return session.apply(
        f"{_name(session.meeting, person_id)} returned",
        presence_ops.record_return,
        person_id,
        at,
    )


# -- interests -------------------------------------------------------------------------------


def declare_interest(
    session: MeetingSession,
    person_id: str,
    kind: InterestKind | str,
    item_keys: Iterable[str],
    nature: str,
    *,
    at: datetime | None = None,
    made_at: str | None = None,
    settings: Mapping[str, object] | None = None,
) -> Change | None:
    """A declaration, minuted where made (``made_at``: the item; None: the current item unless
    that is the declarations item). A barring interest in the item now being taken also
    records the member leaving the room."""
    m = session.meeting
    if made_at is None and m.current_item is not None:
        current = m.item(m.current_item)
        if current is not None and current.kind is not ItemKind.DECLARATIONS:
            made_at = current.key
    return session.apply(
        f"Declaration by {_name(m, person_id)}",
        interest_ops.declare_interest,
        person_id,
        kind,
        tuple(item_keys),
        nature,
        made_at=made_at,
        at=at,
        rules=interest_ops.interest_rules(settings),
    )


def remove_declaration(session: MeetingSession, declaration_key: str) -> Change | None:
    return session.apply("Remove declaration", interest_ops.remove_declaration, declaration_key)


# -- quorum and limits -----------------------------------------------------------------------


def set_quorum_rule(session: MeetingSession, rule: QuorumRule | None) -> Change | None:
    return session.apply("Set quorum", quorum_ops.set_quorum_rule, rule)


def set_time_limits(session: MeetingSession, limits: TimeLimits | None) -> Change | None:
    return session.apply("Set time limits", timing_ops.set_time_limits, limits)


def set_item_time_limit(
    session: MeetingSession, item_key: str, minutes: int | None
) -> Change | None:
    return session.apply("Set item time limit", timing_ops.set_item_time_limit, item_key, minutes)


def resolve_to_continue(
    session: MeetingSession, at: datetime, until: datetime | None = None
) -> Change | None:
    return session.apply(
        "Resolve to continue",
        timing_ops.resolve_to_continue,
        at,
        until,
        session.meeting.current_item,
    )


def start_speaker(
    session: MeetingSession, item_key: str, speaker_key: str, at: datetime
) -> Change | None:
    return session.apply("Speaker started", timing_ops.start_speaker, item_key, speaker_key, at)


def finish_speaker(
    session: MeetingSession, item_key: str, speaker_key: str, at: datetime
) -> Change | None:
    return session.apply("Speaker finished", timing_ops.finish_speaker, item_key, speaker_key, at)


# -- motions and votes -----------------------------------------------------------------------


def move_motion(
    session: MeetingSession,
    item_key: str,
    text: str,
    mover: str | None,
    seconder: str | None,
    *,
    at: datetime | None = None,
    kind: MotionKind | str = MotionKind.MOTION,
    settings: Mapping[str, object] | None = None,
    key: str | None = None,
) -> Change | None:
    label = "Amendment moved" if MotionKind(kind) is MotionKind.AMENDMENT else "Motion moved"
    return session.apply(
        label,
        vote_ops.move_motion,
        item_key,
        text,
        mover,
        seconder,
        kind=kind,
        at=at,
        rules=interest_ops.interest_rules(settings),
        key=key,
    )


def withdraw_motion(session: MeetingSession, item_key: str, motion_key: str) -> Change | None:
    return session.apply("Motion withdrawn", vote_ops.withdraw_motion, item_key, motion_key)


def record_show_of_hands(
    session: MeetingSession,
    item_key: str,
    motion_key: str,
    for_: int,
    against: int,
    abstain: int = 0,
    *,
    at: datetime | None = None,
    settings: Mapping[str, object] | None = None,
) -> Change | None:
    return session.apply(
        "Vote",
        vote_ops.record_show_of_hands,
        item_key,
        motion_key,
        for_,
        against,
        abstain,
        at=at,
        rules=interest_ops.interest_rules(settings),
    )


def record_named_vote(
    session: MeetingSession,
    item_key: str,
    motion_key: str,
    marks: Mapping[str, str],
    *,
    at: datetime | None = None,
    retake: bool = False,
    settings: Mapping[str, object] | None = None,
) -> Change | None:
    return session.apply(
        "Recorded vote",
        vote_ops.record_named_vote,
        item_key,
        motion_key,
        dict(marks),
        at=at,
        retake=retake,
        rules=interest_ops.interest_rules(settings),
    )


def record_casting_vote(
    session: MeetingSession,
    item_key: str,
    motion_key: str,
    person_id: str,
    side: str,
    *,
    settings: Mapping[str, object] | None = None,
) -> Change | None:
    return session.apply(
        "Casting vote",
        vote_ops.record_casting_vote,
        item_key,
        motion_key,
        person_id,
        side,
        rules=interest_ops.interest_rules(settings),
    )


# -- exclusion of press and public -----------------------------------------------------------


def exclude_press_and_public(
    session: MeetingSession,
    at: datetime,
    item_keys: Iterable[str],
    paragraphs: Iterable[int],
    resolved_at_item: str | None = None,
) -> Change | None:
    """Exclude press and public for ``item_keys``; the resolution is minuted under
    ``resolved_at_item`` (the Exclusion item), or at the head of the first exempt item."""
    return session.apply(
        "Exclude press and public",
        exc_ops.exclude_press_and_public,
        at,
        tuple(item_keys),
        tuple(paragraphs),
        resolved_at_item,
    )


def readmit_press_and_public(session: MeetingSession, at: datetime) -> Change | None:
    return session.apply("Readmit press and public", exc_ops.readmit_press_and_public, at)

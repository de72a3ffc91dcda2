"""Properties over generated meetings: composition never fails, every minuted item appears once
in the order taken, minute numbers run on without gaps, exempt text never reaches the public."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk.domain.formal import narrative
from clerk.domain.formal import presence as ledger
from clerk.domain.model import (
    AgendaItem,
    Attendance,
    Continuation,
    Declaration,
    Exclusion,
    InterestKind,
    ItemKind,
    ItemStatus,
    Meeting,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    PresenceEvent,
    PresenceKind,
    QuorumRule,
    RecordedVote,
    Resolution,
    Role,
    Speaker,
    TimeLimits,
    Vote,
)
from clerk.minutes import BlockKind, compose, phrases, plain_text, write_minutes
from clerk.minutes.formal import PUBLIC_KINDS
from tests.minutes.factory import DAY

START = datetime.combine(DAY, datetime.min.time()) + timedelta(hours=18)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
WORDS = st.text(alphabet="abcdefgh -\n", max_size=30)


@st.composite
def people(draw):
    n = draw(st.integers(1, 8))
    out = []
    moves: tuple = ()
    for i in range(n):
        role = draw(st.sampled_from(list(Role)))
        arrived = draw(st.none() | st.integers(0, 180))
        left = draw(st.none() | st.integers(0, 180))
        out.append(
            Person(
                id=f"p{i}",
                role=role,
                attendance=draw(st.sampled_from(list(Attendance))),
                title=draw(st.sampled_from(["Councillor", None, "Mr"])),
                surname=draw(st.sampled_from([f"Surname{i}", None])),
                name=draw(st.sampled_from([None, f"Full Name {i}"])),
                capacity=draw(st.none() | WORDS),
                substitute_for=draw(st.none() | st.just("p0")) if i else None,
            )
        )
        # Any late arrival and early departure, as the record's simple fields carry them.
        moves += ledger.moves_from_fields(
            f"p{i}",
            START + timedelta(minutes=arrived) if arrived is not None else None,
            START + timedelta(minutes=left) if left is not None else None,
            draw(st.none() | WORDS),
        )
    return tuple(out), moves


@st.composite
def meetings(draw, text=WORDS):
    cast, moves = draw(people())
    ids = [p.id for p in cast] + ["stranger"]
    n = draw(st.integers(0, 10))
    minute_numbers = draw(
        st.lists(st.integers(1, 60), min_size=n, max_size=n, unique=True).map(sorted)
    )
    items = []
    for i in range(n):
        exempt = draw(st.booleans())
        secret = f"EXEMPTTEXT{i}" if exempt else ""
        status = draw(st.sampled_from(list(ItemStatus)))
        motions = tuple(
            Motion(
                text=draw(text) + secret,
                kind=draw(st.sampled_from(list(MotionKind))),
                mover=draw(st.none() | st.sampled_from(ids)),
                seconder=draw(st.none() | st.sampled_from(ids)),
                result=draw(st.sampled_from(list(MotionResult))),
                vote=draw(
                    st.none()
                    | st.builds(
                        Vote,
                        st.integers(0, 9),
                        st.integers(0, 9),
                        st.integers(0, 9),
                        st.none()
                        | st.builds(
                            RecordedVote,
                            st.lists(st.sampled_from(ids), max_size=3).map(tuple),
                            st.lists(st.sampled_from(ids), max_size=3).map(tuple),
                            st.lists(st.sampled_from(ids), max_size=3).map(tuple),
                        ),
                        st.none() | st.sampled_from(ids),
                    )
                ),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        started = draw(st.none() | st.integers(0, 200))
        items.append(
            AgendaItem(
                agenda_number=str(i + 1),
                title=draw(text) or f"Item {i + 1}",
                kind=draw(st.sampled_from(list(ItemKind))),
                status=status,
                exempt=exempt,
                exempt_paragraph=draw(st.none() | st.integers(0, 9)),
                minute_number=draw(st.sampled_from([minute_numbers[i], None])),
                started_at=START + timedelta(minutes=started) if started is not None else None,
                narrative=(draw(text) + secret) if draw(st.booleans()) else None,
                speakers=tuple(
                    Speaker(draw(text), draw(st.none() | text), (draw(text) + secret) or None)
                    for _ in range(draw(st.integers(0, 2)))
                ),
                motions=motions,
                resolution=draw(
                    st.none()
                    | st.builds(Resolution, st.lists(text, max_size=3).map(tuple), st.none() | text)
                ),
            )
        )
    keys = [it.key for it in items]
    declarations = tuple(
        Declaration(
            person=draw(st.sampled_from(ids)),
            kind=draw(st.sampled_from(list(InterestKind))),
            item_keys=tuple(draw(st.lists(st.sampled_from(keys), max_size=3))) if keys else (),
            nature=draw(text),
            left_room=draw(st.none() | st.booleans()),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    finished = draw(st.none() | st.integers(100, 240))
    return Meeting(
        committee=draw(text) or "Committee",
        date=DAY,
        organisation=draw(st.none() | text),
        first_minute_number=draw(st.none() | st.integers(1, 30)),
        started_at=START,
        finished_at=START + timedelta(minutes=finished) if finished is not None else None,
        people=cast,
        presence=moves,
        items=tuple(items),
        declarations=declarations,
    )


def agenda_placed(meeting, key):
    item = meeting.item(key)
    return (
        item.status in (ItemStatus.DEFERRED, ItemStatus.WITHDRAWN)
        and item.minute_number is None
        and item.started_at is None
    ) or passage(meeting, key)


def passage(meeting, key):
    """A passage outside the numbered minutes: taken without a number while others have one."""
    item = meeting.item(key)
    others = any(
        it.minute_number is not None for it in meeting.items if it.status is not ItemStatus.PENDING
    )
    return others and item.status is ItemStatus.TAKEN and item.minute_number is None


def headless(meeting, key):
    """A passage with no heading of its own: taken with no title and no number (an opening
    prayer, the chair's welcome)."""
    item = meeting.item(key)
    return item.status is ItemStatus.TAKEN and item.minute_number is None and not item.title.strip()


def headings(blocks):
    return [b for b in blocks if b.kind is BlockKind.HEADING]


@settings(max_examples=40, deadline=None)
@given(meetings())
def test_composition_holds_for_any_meeting(meeting):
    public, annex, everything = (
        compose(meeting, part=part) for part in ("public", "confidential", "all")
    )
    minuted = [it for it in meeting.items if it.status is not ItemStatus.PENDING]
    # every minuted item exactly once, in the order of its minute (then the time taken); a
    # passage with no title and no number has no heading
    for blocks in (public, everything):
        keys = [b.item_key for b in headings(blocks)]
        assert sorted(keys) == sorted(it.key for it in minuted if not headless(meeting, it.key))
        # an item deferred or withdrawn without being taken keeps its agenda place instead
        numbered = [meeting.item(k).minute_number for k in keys if not agenda_placed(meeting, k)]
        recorded = [n for n in numbered if n is not None]
        assert recorded == sorted(recorded)
        assert None not in numbered[: len(recorded)]
        # minute numbers run on without gaps; a passage has none
        numbers = [b.minute for b in headings(blocks) if not passage(meeting, b.item_key)]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else True
        assert all(
            b.text.startswith(f"{b.minute}. ")
            for b in headings(blocks)
            if not passage(meeting, b.item_key)
        )
        assert all(b.minute is None for b in headings(blocks) if passage(meeting, b.item_key))
    # exempt text never reaches the public minutes; all of it is in the annex
    text = plain_text(public)
    assert not re.search(r"EXEMPTTEXT\d", text)
    exempt_keys = {it.key for it in minuted if it.exempt}
    assert {b.item_key for b in headings(annex)} == {
        k for k in exempt_keys if not headless(meeting, k)
    }
    assert plain_text(annex).count("EXEMPTTEXT") == plain_text(everything).count("EXEMPTTEXT")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(meeting=meetings(text=ANY_TEXT))
def test_any_typed_text_renders(meeting, tmp_path):
    written = write_minutes(meeting, tmp_path / "m.docx")
    public = docx.Document(written[0])
    assert "EXEMPTTEXT" not in "\n".join(p.text for p in public.paragraphs)
    for path in written:
        assert docx.Document(path).paragraphs[-1].text


# -- formal business: the ledger, votes, time limit and periods in private ----------------------

MINUTE = st.integers(-10, 250).map(lambda n: START + timedelta(minutes=n))


@st.composite
def formal_meetings(draw):
    """Generated meetings with formal business on top: ledger events (consistent or not, as an
    old or hand-edited record may hold), motion times, casting sides, named non-voters,
    declarations made at items, resolutions to continue and periods in private."""
    m = draw(meetings())
    ids = [p.id for p in m.people]
    keys = [it.key for it in m.items]
    presence = tuple(
        PresenceEvent(
            draw(st.sampled_from(ids)),
            draw(st.sampled_from(list(PresenceKind))),
            draw(MINUTE),
            draw(st.none() | st.sampled_from(keys)) if keys else None,
            draw(st.none() | WORDS),
        )
        for _ in range(draw(st.integers(0, 6)))
    )
    items = []
    for it in m.items:
        motions = tuple(
            replace(
                mo,
                moved_at=draw(st.none() | MINUTE),
                voted_at=draw(st.none() | MINUTE),
                vote=None
                if mo.vote is None
                else replace(
                    mo.vote,
                    casting_side=draw(st.sampled_from([None, "for", "against"])),
                    recorded=None
                    if mo.vote.recorded is None
                    else replace(
                        mo.vote.recorded,
                        did_not_vote=tuple(draw(st.lists(st.sampled_from(ids), max_size=2))),
                    ),
                ),
            )
            for mo in it.motions
        )
        items.append(replace(it, motions=motions, ended_at=draw(st.none() | MINUTE)))
    declarations = tuple(
        replace(d, made_at=draw(st.none() | st.sampled_from(keys)) if keys else None)
        for d in m.declarations
    )
    continuations = tuple(
        Continuation(
            draw(MINUTE),
            draw(st.none() | MINUTE),
            draw(st.none() | st.sampled_from(keys)) if keys else None,
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    exclusions = ()
    if keys and draw(st.booleans()):
        start = draw(MINUTE)
        exclusions = (
            Exclusion(
                start,
                draw(st.none() | st.just(start + timedelta(minutes=20))),
                tuple(draw(st.lists(st.integers(0, 8), max_size=2))),
                tuple(draw(st.lists(st.sampled_from(keys), max_size=2, unique=True))),
                draw(st.none() | st.sampled_from(keys)),
            ),
        )
    return replace(
        m,
        presence=presence,
        items=tuple(items),
        declarations=declarations,
        continuations=continuations,
        exclusions=exclusions,
        quorum=draw(st.none() | st.builds(QuorumRule, st.none() | st.integers(1, 6))),
        time_limits=draw(st.none() | st.builds(TimeLimits, st.none(), st.integers(30, 240))),
    )


@settings(max_examples=40, deadline=None)
@given(formal_meetings())
def test_formal_business_is_minuted_once_and_kept_private(meeting):
    public, everything = compose(meeting, part="public"), compose(meeting, part="all")
    compose(meeting, part="confidential")
    minuted = [it for it in meeting.items if it.status is not ItemStatus.PENDING]
    if not minuted:
        return
    # every formal sentence the rules give reaches the full minutes (none lost for want of a
    # home item), as many times as it happened
    said = Counter(b.plain for b in everything)
    expected = Counter(e.text for e in narrative.meeting_entries(meeting))
    assert not expected - said
    # in the public minutes an exempt item holds only its resolution and what concerns the
    # meeting as a whole
    allowed = {e.text for e in narrative.meeting_entries(meeting) if e.kind in PUBLIC_KINDS}
    allowed |= {phrases.adjournment_sentence(a.from_, a.to, a.reason) for a in meeting.adjournments}
    for b in public:
        item = meeting.item(b.item_key) if b.item_key else None
        if item is None or not item.exempt or b.kind is BlockKind.HEADING:
            continue
        assert (
            b.kind in (BlockKind.RESOLVED, BlockKind.RESOLUTION_PART, BlockKind.REASON)
            or b.text in allowed
            or b.text == phrases.exempt_note(item)
        ), b
    assert not re.search(r"EXEMPTTEXT\d", plain_text(public))

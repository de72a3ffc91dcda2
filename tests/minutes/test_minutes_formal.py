"""Formal business carried into the draft minutes, read back from the Word files.

One evening of a fictional planning committee, recorded with the rules of procedure
(clerk.domain.formal) as the live window records it, saved to a real database and read back:
a member leaves the room for a disclosable pecuniary interest and returns, a recorded vote is
tied and the Chair gives a casting vote, the meeting loses and regains its quorum, resolves
to continue beyond its time limit, excludes the press and public for an exempt item and
readmits them, and one motion is left undecided.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import docx
import pytest

from clerk.domain import operations as ops
from clerk.domain.formal import exclusion, interests, quorum, timing, votes
from clerk.domain.formal import presence as ledger
from clerk.domain.model import ItemKind, QuorumRule, TimeLimits
from clerk.minutes import BlockKind, compose, plain_text, write_minutes
from clerk.services.settings import formal_for_minutes
from clerk.store.repository import load_meeting
from clerk.store.writing import insert_meeting
from tests.minutes.factory import at, item, meeting

WITHDRAWAL = (
    "Cllr Bellamy left the meeting for this item, having declared a disclosable pecuniary interest."
)
WITHDRAWAL_EXEMPT = (
    "Cllr Gill left the meeting for this item, having declared a prejudicial interest."
)
RETURN_BELLAMY = "Cllr Bellamy returned to the meeting."
RETURN_GILL = "Cllr Gill returned to the meeting."
RECORDED = (
    "A recorded vote was taken: For: Councillors Marsh and Okafor (2); Against: Councillors "
    "Gill and Lindqvist (2)."
)
TIED = "On being put to the vote, there were 2 for and 2 against."
CASTING = (
    "There being an equality of votes, the Chair, Cllr Marsh, gave a casting vote for the "
    "motion, which was therefore carried."
)
INQUORATE = "The meeting was inquorate from 6.32 pm to 6.40 pm."
DEPARTED = "Cllr Gill left the meeting at 6.30 pm (to move his car)."
DEPARTED_SUB = "Cllr Lindqvist left the meeting at 6.32 pm."
ARRIVED = "Cllr Gill joined the meeting at 6.40 pm."
BACK = "Cllr Lindqvist joined the meeting at 6.50 pm."
AMENDMENT = (
    "Cllr Okafor moved, and Cllr Bellamy seconded, an amendment that the timetable start in April."
)
AMENDMENT_LOST = "On being put to the vote, the amendment was lost (1 for and 3 against)."
CARRIED = "On being put to the vote, the motion was carried (2 for, 1 against and 1 abstention)."
CONTINUE = "At 6.58 pm it was Resolved: That the meeting continue beyond one hour, until 7.30 pm."
EXCLUDE = (
    "Resolved: That the press and public be excluded from the meeting during consideration of "
    "agenda item 7 (Depot Land Purchase), on the grounds that it contains information relating "
    "to the financial or business affairs of any particular person (including the authority "
    "holding that information), which is classed as exempt under Paragraph 3 of Schedule 12A "
    "to Section 100A of the Local Government Act 1972 (as revised by the Local Government "
    "(Access to Information) (Variation) Order 2006)."
)
READMITTED = "The press and public were readmitted to the meeting at 7.15 pm."
PENDING = "The motion was not put to the vote."
DECLARED_EARLY = (
    "Cllr Okafor declared a personal interest in agenda item 4 (Ferry Timetable), as she "
    "keeps a boat at the harbour."
)
DECLARED_AT_ITEM = (
    "Cllr Bellamy declared a disclosable pecuniary interest in agenda item 3 (Harbour Wall "
    "Repairs), in that he owns the yard contracted for the works."
)


def evening():
    """The meeting, recorded step by step with the formal operations."""
    m = meeting()
    m = replace(
        m,
        finished_at=None,
        items=m.items
        + (
            item("4", "Ferry Timetable"),
            item("5", "Exclusion of Press and Public", ItemKind.EXCLUSION),
            item("6", "Any Other Business", ItemKind.OTHER),
            item("7", "Depot Land Purchase", exempt=True, exempt_paragraph=3),
        ),
    )
    keys = {it.agenda_number: it.key for it in m.items}
    harbour, ferry, excl, aob, depot = (keys[n] for n in "34567")
    m = quorum.set_quorum_rule(m, QuorumRule(number=4))
    m = timing.set_time_limits(m, TimeLimits(meeting_minutes=60))
    # Declarations item (already taken at 18:02 in the factory): one made at the start.
    m = interests.declare_interest(
        m, "okafor", "personal", [ferry], "as she keeps a boat at the harbour"
    )
    # Item 3: Bellamy declares at the item itself and leaves; a tied recorded vote.
    m = replace(m, current_item=harbour)
    m = interests.declare_interest(
        m,
        "bellamy",
        "disclosable_pecuniary",
        [harbour],
        "he owns the yard contracted for the works",
        made_at=harbour,
        at=at("18:06"),
    )
    m = votes.move_motion(
        m, harbour, "That the repairs be approved.", "gill", "marsh", at=at("18:10"), key="m1"
    )
    marks = {"marsh": "for", "okafor": "for", "gill": "against", "lindqvist": "against"}
    m = votes.record_named_vote(m, harbour, "m1", marks, at=at("18:15"))
    m = votes.record_casting_vote(m, harbour, "m1", "marsh", "for")
    # Item 4: Bellamy returns; Gill and Lindqvist leave, the quorum is lost and regained.
    m = ops.take_item(m, ferry, at("18:20"))
    m = ledger.record_return(m, "bellamy", at("18:20"))
    m = ledger.record_departure(m, "gill", at("18:30"), note="to move his car")
    m = ledger.record_departure(m, "lindqvist", at("18:32"))
    m = ledger.record_arrival(m, "gill", at("18:40"))
    m = votes.move_motion(
        m, ferry, "That the timetable be approved.", "marsh", "okafor", at=at("18:41"), key="m2"
    )
    m = votes.move_motion(
        m,
        ferry,
        "That the timetable start in April.",
        "okafor",
        "bellamy",
        kind="amendment",
        at=at("18:42"),
        key="a1",
    )
    m = votes.record_show_of_hands(m, ferry, "a1", 1, 3, at=at("18:43"))
    m = votes.record_show_of_hands(m, ferry, "m2", 2, 1, 1, at=at("18:45"))
    m = ledger.record_arrival(m, "lindqvist", at("18:50"))
    m = timing.resolve_to_continue(m, at("18:58"), at("19:30"))
    # Item 5 resolves to exclude the press and public for item 7, taken next.
    m = ops.take_item(m, excl, at("19:00"))
    m = exclusion.exclude_press_and_public(m, at("19:01"), [depot], [3], resolved_at_item=excl)
    m = ops.take_item(m, depot, at("19:02"))
    m = ops.set_notes(m, depot, "The asking price was SECRET-PRICE.")
    m = interests.declare_interest(
        m, "gill", "prejudicial", [depot], "SECRET-NATURE", made_at=depot, at=at("19:03")
    )
    m = votes.move_motion(
        m, depot, "That the land be bought for SECRET-SUM.", "marsh", "okafor", key="m3"
    )
    m = votes.record_named_vote(
        m,
        depot,
        "m3",
        {"marsh": "for", "okafor": "for", "bellamy": "against", "lindqvist": "abstain"},
        at=at("19:10"),
    )
    # The motion named the price; the public resolution, as the clerk words it, does not.
    m = ops.set_resolution(m, depot, ["That the land be bought."], None)
    m = ledger.record_return(m, "gill", at("19:14"))
    m = exclusion.readmit_press_and_public(m, at("19:15"))
    # Item 6: a motion moved and never put to the vote.
    m = ops.take_item(m, aob, at("19:16"))
    m = votes.move_motion(m, aob, "That a site visit be held.", "okafor", at=at("19:17"))
    m = ops.close_meeting(m, at("19:20"))
    return m


def minutes_by_heading(path) -> dict[str, list[str]]:
    """The document read back: each minute's paragraphs under its heading's text."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for p in docx.Document(path).paragraphs:
        if p.style.name == "Minute Heading":
            current = p.text.split(" (")[0]
            out[current] = []
        elif p.style.name in ("Signature", "Closing"):
            current = "the end"
            out.setdefault(current, []).append(p.text)
        else:
            out[current].append(p.text)
    return out


@pytest.fixture
def written(db, tmp_path):
    """The evening saved to a real database, loaded back, and its minutes written."""
    saved = insert_meeting(db.engine, evening())
    loaded = load_meeting(db.engine, saved.id)
    paths = write_minutes(loaded, tmp_path / "minutes.docx")
    return paths, loaded


def test_each_formal_sentence_once_under_its_minute(written):
    (public, annex), _ = written
    minutes = minutes_by_heading(public)
    assert list(minutes)[1:-1] == [
        "40. Apologies for Absence",
        "41. Declarations of Interest",
        "42. Harbour Wall Repairs",
        "43. Ferry Timetable",
        "44. Exclusion of Press and Public",
        "45. Depot Land Purchase",
        "46. Any Other Business",
    ]
    everything = Counter(t for texts in minutes.values() for t in texts)
    expected_under = {
        "41. Declarations of Interest": [DECLARED_EARLY],
        "42. Harbour Wall Repairs": [
            DECLARED_AT_ITEM,
            WITHDRAWAL,
            RECORDED,
            TIED,
            CASTING,
            RETURN_BELLAMY,
        ],
        "43. Ferry Timetable": [
            DEPARTED,
            DEPARTED_SUB,
            INQUORATE,
            ARRIVED,
            AMENDMENT,
            AMENDMENT_LOST,
            CARRIED,
            BACK,
            CONTINUE,
        ],
        "44. Exclusion of Press and Public": [EXCLUDE],
        "45. Depot Land Purchase": [READMITTED],
        "46. Any Other Business": [PENDING],
    }
    for heading, sentences in expected_under.items():
        texts = minutes[heading]
        for sentence in sentences:
            assert sentence in texts, (heading, sentence, texts)
            assert everything[sentence] == 1, sentence
        # in the order they happened
        positions = [texts.index(s) for s in sentences]
        assert positions == sorted(positions), (heading, texts)


def test_minute_reads_in_the_order_things_happened(written):
    (public, _), _ = written
    minutes = minutes_by_heading(public)
    assert minutes["42. Harbour Wall Repairs"] == [
        DECLARED_AT_ITEM,  # made at the item, so not under the declarations item
        WITHDRAWAL,  # and not said twice: no "and left the room" in the declaration
        "Members considered a report.",
        "It was noted that:",
        "costs had risen",
        "work starts in May",
        # the motion became the resolution below: its text is not printed twice
        "Cllr Gill moved, and Cllr Marsh seconded, a motion.",
        RECORDED,
        TIED,
        CASTING,
        "Resolved: That the repairs be approved.",
        "Reason: To keep Members informed.",
        RETURN_BELLAMY,
    ]
    ferry = minutes["43. Ferry Timetable"]
    # the quorum lost and regained before the votes; the resolution to continue after them
    assert ferry.index(ARRIVED) < ferry.index(AMENDMENT)
    assert ferry.index(CARRIED) < ferry.index("Resolved: That the timetable be approved.")
    assert ferry[-1] == CONTINUE
    aob = minutes["46. Any Other Business"]
    assert aob == ["Cllr Okafor moved that a site visit be held.", PENDING]
    assert not any("Resolved" in t for t in aob)


def test_exempt_item_keeps_its_business_out_of_the_public_minutes(written):
    (public, annex), _ = written
    minutes = minutes_by_heading(public)
    text = "\n".join(p.text for p in docx.Document(public).paragraphs)
    for secret in ("SECRET-PRICE", "SECRET-NATURE", "SECRET-SUM"):
        assert secret not in text
    # only the resolution and what concerns the meeting as a whole (the readmission)
    depot = minutes["45. Depot Land Purchase"]
    assert depot == ["Resolved: That the land be bought.", READMITTED]
    assert WITHDRAWAL_EXEMPT not in text and RETURN_GILL not in text
    assert "recorded vote" not in "\n".join(depot)
    assert not any(t.startswith("Cllr Marsh moved") for t in depot)
    # the annex has the whole minute: the withdrawal, the vote in private, the return
    annex_text = [p.text for p in docx.Document(annex).paragraphs]
    for sentence in (
        WITHDRAWAL_EXEMPT,
        RETURN_GILL,
        READMITTED,
        "The asking price was SECRET-PRICE.",
    ):
        assert annex_text.count(sentence) == 1, sentence
    assert any(
        t.startswith("A recorded vote was taken: For: Councillors Marsh and Okafor (2)")
        for t in annex_text
    )


def test_include_exempt_puts_everything_in_one_document(written, tmp_path):
    _, loaded = written
    (only,) = write_minutes(loaded, tmp_path / "all.docx", include_exempt=True)
    minutes = minutes_by_heading(only)
    depot = minutes["45. Depot Land Purchase"]
    assert depot.index(WITHDRAWAL_EXEMPT) < depot.index(RETURN_GILL) < depot.index(READMITTED)
    assert "The asking price was SECRET-PRICE." in depot


def _minute(blocks, number: int) -> list[str]:
    return [b.plain for b in blocks if b.minute == number and b.kind is not BlockKind.HEADING]


def test_interest_declared_at_the_start_and_withdrawal_at_the_item():
    """Declared at the declarations item, the leaving is said there as intended and minuted
    again at the item when it happened, from the ledger (not the older "left the room"
    sentence as well)."""
    m = meeting()
    harbour = m.items[2].key
    m = interests.declare_interest(m, "gill", "disclosable_pecuniary", [harbour], "owns the yard")
    m = ledger.record_withdrawal(m, "gill", harbour, at("18:05"))
    m = ledger.record_return(m, "gill", at("18:30"))
    blocks = compose(m)
    assert _minute(blocks, 41)[1:] == [  # after the style's standard sentence
        "Cllr Gill declared a disclosable pecuniary interest in agenda item 3 (Harbour Wall "
        "Repairs), in that owns the yard, and left the room during consideration of that item."
    ]
    harbour_minute = _minute(blocks, 42)
    assert harbour_minute[0] == (
        "Cllr Gill left the meeting for this item, having declared a disclosable pecuniary "
        "interest."
    )
    assert harbour_minute[-1] == "Cllr Gill returned to the meeting."
    assert not any("took no part" in t for t in harbour_minute)


def test_exclusion_without_an_exclusion_item_is_resolved_under_the_exempt_item():
    m = meeting()
    secret = item("4", "Staffing Review", minute=43, start="18:40", narrative="NAMES-OF-STAFF")
    m = replace(m, items=m.items + (secret,))
    m = exclusion.exclude_press_and_public(m, at("18:39"), [secret.key], [1, 4])
    blocks = compose(m)
    resolved = [t for t in _minute(blocks, 43) if t.startswith("Resolved: That the press")]
    assert len(resolved) == 1
    assert "under Paragraphs 1 and 4 of Schedule 12A" in resolved[0]
    assert "NAMES-OF-STAFF" not in plain_text(blocks)
    # no second, older note saying the same
    assert not any(t.startswith("The press and public were excluded") for t in _minute(blocks, 43))


def test_a_malformed_formal_setting_does_not_stop_the_minutes():
    m = meeting()
    m = ledger.record_departure(m, "gill", at("18:30"))
    blocks = compose(
        m, rules=formal_for_minutes({"formal.quorum": "a quarter", "formal.meeting_minutes": -5})
    )
    assert "Cllr Gill left the meeting at 6.30 pm." in plain_text(blocks)

"""Drafting after the meeting, in the minutes themselves: every paragraph knows what produces
it, a sentence Clerk writes can be reworded for one meeting (on screen and in the Word file),
and the body's deadline is worked out from its house style."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from clerk.domain import drafting
from clerk.domain import minutes_cycle as cycle
from clerk.domain.model import Attendance, DraftState
from clerk.minutes import compose, load_preset, preview_html, write_minutes
from clerk.minutes.drafting import place, rewordable
from clerk.store.record import meeting_from_record
from tests.minutes.minutes_check import docx_lines


@pytest.fixture
def meeting(example_record):
    return meeting_from_record(example_record)


def _block(blocks, kind: str):
    return next(b for b in blocks if b.source.split(":")[0] == kind)


def test_every_paragraph_of_a_minute_names_its_source(meeting):
    blocks = compose(meeting)
    minute_blocks = [b for b in blocks if b.item_key]
    assert minute_blocks and all(b.source for b in minute_blocks)
    # …and the places are unique, so a rewording lands on one sentence only.
    rewordable_places = [place(b) for b in blocks if rewordable(b)]
    assert len(rewordable_places) == len(set(rewordable_places))
    kinds = {b.source.split(":")[0] for b in blocks}
    assert {
        "apologies",
        "declaration",
        "speaker",
        "notes",
        "resolution",
        "vote",
        "closing",
    } <= kinds
    # The clerk's own words are edited where they are kept, never reworded.
    assert not any(rewordable(b) for b in blocks if b.source in ("notes", "resolution"))


def test_a_reworded_sentence_replaces_clerks_own_and_survives_regeneration(meeting):
    apology = _block(compose(meeting), "apologies")
    mine = "Councillor Dunstan sent apologies, being away on council business."
    reworded = drafting.reword(meeting, apology.item_key, apology.source, mine, apology.text)
    blocks = compose(reworded)
    shown = _block(blocks, "apologies")
    assert shown.text == mine and shown.reworded == "reworded"
    assert apology.text not in [b.text for b in blocks]
    # Something else changes and the minutes are composed again: the rewording stays.
    other = replace(reworded, venue="The Guildhall")
    assert _block(compose(other), "apologies").text == mine
    # What produces it changes: still the clerk's wording, flagged as possibly out of date.
    people = tuple(
        replace(p, attendance=Attendance.APOLOGIES) if p.id == meeting.people[-1].id else p
        for p in reworded.people
    )
    assert _block(compose(replace(reworded, people=people)), "apologies").reworded == (
        "reworded-stale"
    )
    # Reverted: Clerk's sentence again.
    back = drafting.revert_wording(reworded, apology.item_key, apology.source)
    assert _block(compose(back), "apologies").text == apology.text


def test_rewording_to_clerks_own_sentence_is_a_revert(meeting):
    vote = _block(compose(meeting), "vote")
    once = drafting.reword(meeting, vote.item_key, vote.source, "Changed.", vote.text)
    assert len(once.rewordings) == 1
    assert drafting.reword(once, vote.item_key, vote.source, vote.text).rewordings == ()
    with pytest.raises(drafting.RuleError):
        drafting.reword(meeting, vote.item_key, vote.source, "   ")


def test_reworded_sentences_go_into_the_word_file(meeting, tmp_path):
    blocks = compose(meeting)
    declaration = _block(blocks, "declaration")
    closing = _block(blocks, "closing")
    m = drafting.reword(
        meeting,
        declaration.item_key,
        declaration.source,
        "Cllr Okafor declared an interest & took no part <in the vote>.",
        declaration.text,
    )
    m = drafting.reword(m, None, closing.source, "[The meeting closed at 7.24 pm.]", closing.text)
    out = write_minutes(m, tmp_path / "draft.docx")[0]
    lines = docx_lines(out)
    assert "Cllr Okafor declared an interest & took no part <in the vote>." in lines
    assert "[The meeting closed at 7.24 pm.]" in lines
    assert declaration.text not in lines and closing.text not in lines
    # On screen the reworded sentence is marked; in the Word file it reads as any other.
    html = preview_html(m, links=True)
    assert "✎" in html and "took no part &lt;in the vote&gt;" in html


def test_drafting_states_count_what_is_left(meeting):
    notes, drafted, total = drafting.left_to_check(meeting)
    assert (notes, drafted) == (total, 0) and total == len(drafting.minuted(meeting))
    first, second = drafting.minuted(meeting)[:2]
    m = drafting.set_drafting(meeting, first.key, DraftState.CHECKED)
    m = drafting.set_drafting(m, second.key, "drafted")
    assert drafting.left_to_check(m) == (total - 2, 1, total)
    assert drafting.next_state(DraftState.CHECKED) is DraftState.NOTES


@pytest.mark.parametrize(
    ("held", "deadline", "due"),
    [
        (date(2026, 12, 8), "one month", date(2027, 1, 8)),
        (date(2027, 1, 31), "1 month", date(2027, 2, 28)),  # the month's last day
        (date(2026, 12, 4), "7 working days", date(2026, 12, 15)),  # a Friday: two weekends
        (date(2026, 12, 8), "10 days", date(2026, 12, 18)),
        (date(2026, 12, 8), "", None),
    ],
)
def test_due_dates(held, deadline, due):
    parsed = cycle.parse_deadline(deadline)
    assert (cycle.due_date(held, parsed) if parsed else None) == due
    if due is not None:
        assert drafting.working_days_between(held, due) > 0


def test_deadline_comes_from_the_body_style():
    parish = load_preset("english-parish").document
    welsh = load_preset("welsh-community").document
    assert cycle.parse_deadline(parish.draft_deadline) == cycle.Deadline(1, "months")
    assert parish.draft_label == "draft minutes"
    assert cycle.parse_deadline(welsh.draft_deadline) == cycle.Deadline(7, "working days")
    assert welsh.draft_label == "note of decisions"

"""The three-way merge of notes two Clerks typed into one item at once."""

from __future__ import annotations

from datetime import date

import pytest

from clerk.domain.model import AgendaItem, ItemKind, Meeting
from clerk.services.text_merge import merge_text, rebase_typing
from clerk.store.revisions import Clash, StaleChange


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "merged"),
    [
        # Only one of them changed it.
        (
            "Members noted.",
            "Members noted the report.",
            "Members noted.",
            "Members noted the report.",
        ),
        ("Members noted.", "Members noted.", "Members agreed.", "Members agreed."),
        # Different places: both edits apply.
        (
            "The report was noted. Questions followed.",
            "The report was noted by members. Questions followed.",
            "The report was noted. Questions followed on costs.",
            "The report was noted by members. Questions followed on costs.",
        ),
        # Both added at the end (typing at once): theirs first, then mine, one space between.
        ("", "B's notes.", "A's notes.", "A's notes. B's notes."),
        ("Opened.", "Opened. b1", "Opened. a1 ", "Opened. a1 b1"),
        ("Line one.\n", "Line one.\nMine.", "Line one.\nTheirs.", "Line one.\nTheirs. Mine."),
        # Both made the same change.
        ("x", "x y", "x y", "x y"),
    ],
)
def test_edits_merge(base, mine, theirs, merged):
    assert merge_text(base, mine, theirs) == merged


def test_both_changing_the_same_words_does_not_merge():
    assert merge_text("First draft.", "Final text.", "Second draft.") is None
    # One word changed two ways never blends into a third ("cat" → "cut" / "cap" → "cup").
    assert merge_text("The cat sat.", "The cut sat.", "The cap sat.") is None


def _meeting(notes: str | None, other: str | None = None) -> Meeting:
    items = (
        AgendaItem("1", "Report", ItemKind.REPORT, key="i1", narrative=notes),
        AgendaItem("2", "Work Plan", ItemKind.WORK_PLAN, key="i2", narrative=other),
    )
    return Meeting(committee="Board", date=date(2026, 3, 17), items=items, id=7)


def test_a_notes_clash_is_rebased_onto_what_is_on_disk():
    before, after = _meeting("Noted."), _meeting("Noted. Mine.")
    disk = _meeting("Noted. Theirs.")
    stale = StaleChange([Clash("items", "i1", ("narrative",))], disk, 5, None)
    rebased = rebase_typing(before, after, stale)
    assert rebased is not None
    new_before, new_after = rebased
    assert new_before.item("i1").narrative == "Noted. Theirs."
    assert new_after.item("i1").narrative == "Noted. Theirs. Mine."


@pytest.mark.parametrize(
    "clash",
    [
        Clash("items", "i1", ("narrative", "status")),  # more than the text clashed
        Clash("items", "i1", ()),  # the row was added or removed
        Clash("people", "ash", ("attendance",)),
        Clash("items", "", ("minute_number",)),
    ],
)
def test_other_clashes_are_not_merged(clash):
    before, after, disk = _meeting("a"), _meeting("a b"), _meeting("a c")
    assert rebase_typing(before, after, StaleChange([clash], disk, 5, None)) is None


def test_the_same_words_changed_on_both_sides_is_not_rebased():
    before, after, disk = _meeting("First draft."), _meeting("Final."), _meeting("Second draft.")
    stale = StaleChange([Clash("items", "i1", ("narrative",))], disk, 5, None)
    assert rebase_typing(before, after, stale) is None

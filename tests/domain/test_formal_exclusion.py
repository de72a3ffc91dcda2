"""Exclusion of the press and public: the resolution, the period in private, readmission."""

from __future__ import annotations

import pytest

from clerk.domain.formal import RuleError, exclusion
from tests.domain.test_formal_support import at, committee, taken


def test_exempt_item_needs_exclusion_and_the_resolution_is_recorded():
    m = taken(committee(), "i6", at(19, 30))
    assert exclusion.needs_exclusion(m, "i7", at(19, 31))
    assert not exclusion.needs_exclusion(m, "i5", at(19, 31))
    m = exclusion.exclude_press_and_public(m, at(19, 31), ["i7"], [1, 1], resolved_at_item="i6")
    x = m.exclusions[0]
    assert (x.from_, x.to, x.paragraphs, x.item_keys) == (at(19, 31), None, (1,), ("i7",))
    assert m.item("i7").exempt and m.item("i7").exempt_paragraph == 1
    text = m.item("i6").resolution.parts[0]
    assert text.startswith("That the press and public be excluded from the meeting")
    assert "agenda item 7 (Review of a Driver's Licence)" in text
    assert "Paragraph 1 of Schedule 12A" in text
    assert exclusion.in_private(m, at(19, 40))
    assert not exclusion.needs_exclusion(m, "i7", at(19, 40))
    with pytest.raises(RuleError, match="already excluded"):
        exclusion.exclude_press_and_public(m, at(19, 35), ["i7"], [3])
    m = exclusion.readmit_press_and_public(m, at(19, 55))
    assert m.exclusions[0].to == at(19, 55)
    assert not exclusion.in_private(m, at(19, 55))
    assert exclusion.in_private(m, at(19, 54))
    with pytest.raises(RuleError, match="have not been excluded"):
        exclusion.readmit_press_and_public(m, at(20, 0))


def test_paragraphs_must_be_of_schedule_12a():
    m = committee()
    for bad in ([], [0], [8], ["1"]):
        with pytest.raises(RuleError):
            exclusion.exclude_press_and_public(m, at(19, 31), ["i7"], bad)
    with pytest.raises(RuleError, match="name the item"):
        exclusion.exclude_press_and_public(m, at(19, 31), [], [1])


def test_a_further_item_joins_the_period_in_private():
    m = exclusion.exclude_press_and_public(committee(), at(19, 31), ["i7"], [1])
    m = exclusion.extend_exclusion(m, "i5", [3])
    assert m.exclusions[0].item_keys == ("i7", "i5")
    assert m.exclusions[0].paragraphs == (1, 3)
    assert m.item("i5").exempt
    with pytest.raises(RuleError, match="in public"):
        exclusion.extend_exclusion(exclusion.readmit_press_and_public(m, at(20, 0)), "i4")

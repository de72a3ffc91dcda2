"""Fuzzing: random text, random bytes and the real pack with lines deleted, doubled and
shuffled. Whatever comes in, the reader either gives a record that the store accepts or
raises AgendaError; nothing else escapes.

The inner ``build_import`` is fuzzed as well as the public function: the public one turns an
unexpected fault into an AgendaError as a last guard, which must not hide a real bug.
"""

from __future__ import annotations

import contextlib
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk.agenda import AgendaError, read_agenda_text
from clerk.agenda.build import build_import
from clerk.agenda.sources import text_of_bytes
from clerk.store.record import meeting_from_record

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

AGENDA_WORDS = [
    "AGENDA",
    "1.",
    "2)",
    "Item 3",
    "4a",
    "4(a)",
    "(b)",
    "4.1",
    "Apologies for Absence",
    "Declarations of Interest",
    "Minutes",
    "Exclusion of the Press and Public",
    "paragraph 3 of Schedule 12A",
    "Part B",
    "(Pages 9 - 32)",
    "1 - 8",
    "To: Councillors Baker, Daubeney (Chair) and Webb (Vice-Chair)",
    "Membership:",
    "Cllr Jane Smith (Chairman)",
    "Date: Monday, 20 February 2023",
    "Time: 5.30 pm",
    "Venue: Council Chamber",
    "Democracy Officer",
    "Telephone – (01904) 555209",
    "Committee Minutes",
    "17. Declarations of Interest (17:30)",
    "This page is intentionally left blank",
    "held in the Village Hall on Tuesday 14 March 2023 at 7.30pm",
    "\t",
    "**",
    "- ",
    "",
]

agenda_like = st.lists(
    st.one_of(st.sampled_from(AGENDA_WORDS), st.text(max_size=40)), max_size=60
).map("\n".join)


def _check(text: str, *, inner: bool) -> None:
    try:
        found = build_import(text, "fuzz") if inner else read_agenda_text(text, "fuzz")
    except AgendaError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    if found.record["date"] is None:  # none is made up: the clerk is asked for it
        assert "date" in found.unsure
    # Valid as it stands, or once the clerk has put in the date the agenda did not give.
    meeting_from_record({**found.record, "date": found.record["date"] or "2000-01-01"})
    assert all(isinstance(note, str) and "\n" not in note for note in found.notes)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in found.unsure.items())


@FUZZ
@given(st.text(max_size=2000))
def test_any_text(text):
    _check(text, inner=False)


@FUZZ
@given(agenda_like)
def test_agenda_like_text(text):
    _check(text, inner=True)


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes(data):
    try:
        text = text_of_bytes(data, "fuzz.bin")
    except AgendaError:
        return
    _check(text, inner=False)


@FUZZ
@given(st.binary(max_size=400))
def test_bytes_after_a_pdf_or_zip_header(data):
    for header in (b"%PDF-1.4\n", b"PK\x03\x04"):
        with contextlib.suppress(AgendaError):
            text_of_bytes(header + data, "fuzz")


@FUZZ
@given(st.data())
def test_mutated_seed_pack(own_pack_text, data):
    lines = own_pack_text.split("\n")
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))
    for _ in range(data.draw(st.integers(1, 12))):
        op = data.draw(st.sampled_from(["delete", "duplicate", "swap", "shuffle", "cut"]))
        if len(lines) < 3:
            break
        i = rng.randrange(len(lines))
        j = rng.randrange(len(lines))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "shuffle":
            lo, hi = sorted((i, j))
            block = lines[lo : hi + 1]
            rng.shuffle(block)
            lines[lo : hi + 1] = block
        else:
            k = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:k]
    _check("\n".join(lines), inner=True)


@pytest.mark.parametrize("seed", range(30))
def test_seed_pack_with_the_head_lines_shuffled(own_pack_text, seed):
    """The notice and agenda (the first 60 lines) in random order: still no crash."""
    lines = own_pack_text.split("\n")
    head = lines[:60]
    random.Random(seed).shuffle(head)
    _check("\n".join(head + lines[60:]), inner=True)

"""The real agenda pack (notice and agenda of 20 February 2023, then the previous minutes and
the reports) as text, as a Word file and as a PDF, read through the interface and the CLI."""

from __future__ import annotations

import json
import time

import pytest
from agenda_makers import misses

from clerk.agenda import read_agenda, read_agenda_text
from clerk.cli import main
from clerk.store.record import meeting_from_record, record_from_meeting


def test_seed_text_is_read_completely(seed_path, seed_expected):
    found = read_agenda(seed_path)
    assert misses(found.record, seed_expected) == []


@pytest.mark.parametrize("fixture", ["seed_docx", "seed_pdf"])
def test_seed_as_word_and_pdf_scores_the_same(fixture, request, seed_expected):
    path = request.getfixturevalue(fixture)
    found = read_agenda(path)
    assert misses(found.record, seed_expected) == []


def test_record_is_a_valid_meeting_and_round_trips(seed_path):
    record = read_agenda(seed_path).record
    meeting = meeting_from_record(record)
    assert meeting.first_minute_number == 26
    assert meeting.democracy_officer.name == "Jane Meller"
    again = record_from_meeting(meeting)
    assert [it["title"] for it in again["items"]] == [it["title"] for it in record["items"]]


def test_reading_stops_at_the_end_of_the_agenda(seed_path):
    record = read_agenda(seed_path).record
    assert [it["agenda_number"] for it in record["items"]] == list("1234567")
    pack_text = " ".join(it.get("description", "") for it in record["items"])
    # Nothing of the contact block, the previous minutes or the reports leaks into items.
    for later in ("Jane Meller", "Cllr Webb declared", "Committee Minutes", "Ofsted Revisit"):
        assert later not in pack_text


def test_next_minute_number_comes_from_the_previous_minutes(seed_path):
    found = read_agenda(seed_path)
    assert found.record["first_minute_number"] == 26
    assert "last minute 25" in found.unsure["first_minute_number"]
    assert any("minute 25" in note for note in found.notes)


def test_without_the_previous_minutes_no_minute_number_is_invented(seed_text):
    agenda_only = seed_text.split("This page is intentionally left blank")[0]
    found = read_agenda_text(agenda_only)
    assert found.record["first_minute_number"] is None
    assert any("no previous minutes" in note for note in found.notes)


def test_a_new_municipal_year_is_pointed_out(seed_text):
    moved = seed_text.replace("Monday, 20 February 2023", "Monday, 12 June 2023", 1)
    found = read_agenda_text(moved)
    assert found.record["date"] == "2023-06-12"
    assert found.record["first_minute_number"] == 26
    assert "municipal year" in found.unsure["first_minute_number"]
    assert any("make it 1" in note for note in found.notes)


def test_seed_pack_imports_well_under_a_second(seed_path):
    read_agenda(seed_path)  # warm the imports and compiled patterns
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        read_agenda(seed_path)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.25, timings


def test_cli_dry_run_prints_the_record(seed_path, capsys):
    assert main(["import-agenda", str(seed_path), "--dry-run", "--json"]) == 0
    out = capsys.readouterr()
    record = json.loads(out.out)
    assert record["committee"].endswith("Commissioned Slot")
    assert "note: first minute number 26" in out.err


def test_cli_import_saves_the_meeting(seed_path, db_path, capsys):
    assert main(["import-agenda", str(seed_path), "--db", str(db_path)]) == 0
    assert main(["meetings", "--db", str(db_path)]) == 0
    listing = capsys.readouterr().out
    assert "2023-02-20" in listing and "Commissioned Slot" in listing


def _variants(text: str) -> dict[str, str]:
    import re

    return {
        "crlf": text.replace("\n", "\r\n"),
        "no blank lines": "\n".join(line for line in text.split("\n") if line.strip()),
        "double blank lines": text.replace("\n", "\n\n"),
        "Item 1:": re.sub(r"(?m)^(\d)\. ", r"Item \1: ", text, count=7),
        "1)": re.sub(r"(?m)^(\d)\. ", r"\1) ", text, count=7),
        "no Markdown": text.replace("**", "").replace("- To:", "To:").replace("- Date:", "Date:"),
        "non-breaking spaces": text.replace(" ", "\u00a0", 500),
        "indented": "\n".join("   " + line for line in text.split("\n")),
        "table pipes": "\n".join(
            line + " |" if line.strip() else line for line in text.split("\n")
        ),
    }


@pytest.mark.parametrize(
    "variant",
    ["crlf", "no blank lines", "double blank lines", "Item 1:", "1)", "no Markdown",
     "non-breaking spaces", "indented", "table pipes"],
)  # fmt: skip
def test_seed_in_other_shapes_scores_the_same(seed_text, seed_expected, variant):
    found = read_agenda_text(_variants(seed_text)[variant])
    assert misses(found.record, seed_expected) == []


@pytest.mark.parametrize("width", [200, 330])
def test_seed_as_a_narrow_column_pdf(tmp_path, seed_text, seed_expected, width):
    """Every title, name, address and page reference wraps; some pages break mid-title."""
    pytest.importorskip("reportlab")
    from agenda_makers import publishable_blocks, write_pdf

    path = write_pdf(tmp_path / "narrow.pdf", publishable_blocks(seed_text), width=width)
    assert misses(read_agenda(path).record, seed_expected) == []

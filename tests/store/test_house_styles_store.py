"""House styles in the database (per body, shared in a team database), the record's new
facts (the public's count, remote attendance) and the numbering rule of a body's style."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clerk.minutes.style import StyleError, presets_folder
from clerk.services import styles
from clerk.services.bodies import propose_first_minute
from clerk.services.meetings import import_record
from clerk.store import repository
from clerk.store.bodies import body_id_of_meeting
from clerk.store.record import record_from_meeting

PARISH = presets_folder() / "samples" / "english-parish.json"


def parish_record(day: str | None = None) -> dict:
    record = json.loads(PARISH.read_text(encoding="utf-8"))
    if day:
        record["date"] = day
    return record


def clerked(db, day: str | None = None):
    """The parish meeting as clerked: its taken items hold minute numbers 412 to 419."""
    record = parish_record(day)
    number = record["first_minute_number"]
    for item in record["items"]:
        if item["status"] == "taken":
            item["minute_number"] = number
            number += 1
    return import_record(db, record)


def test_public_count_and_remote_attendance_round_trip(any_db):
    record = parish_record()
    record["people"][3]["remote"] = True
    meeting = import_record(any_db, record)
    loaded = repository.load_meeting(any_db.engine, meeting.id)
    assert loaded.public_count == 6
    assert [p.id for p in loaded.people if p.remote] == ["dunn"]
    exported = record_from_meeting(loaded)
    assert (exported["public_count"], exported["people"]) == (6, record["people"])


def test_a_body_style_is_stored_shared_and_replaced(any_db):
    meeting = import_record(any_db, parish_record())
    body = body_id_of_meeting(any_db.engine, meeting.id)
    assert styles.style_for_meeting(any_db, meeting.id).origin == "preset"
    styles.import_style(any_db, '[style]\nname = "Ours"\nbased_on = "english-parish"\n', None)
    choice = styles.style_for_meeting(any_db, meeting.id)
    assert (choice.origin, choice.style.style.name) == ("organisation", "Ours")
    text = '[style]\nname = "Aldbury"\nbased_on = "english-parish"\n[closing]\ntext = ""\n'
    assert styles.import_style(any_db, text, body) == "Aldbury"
    choice = styles.style_for_meeting(any_db, meeting.id)
    assert (choice.origin, choice.style.style.name, choice.style.closing.text) == (
        "body",
        "Aldbury",
        "",
    )
    # a bad file is refused and the body keeps its style
    with pytest.raises(StyleError, match="closing.txt: unknown key"):
        styles.import_style(any_db, "[closing]\ntxt = 'x'\n", body)
    assert styles.style_for_meeting(any_db, meeting.id).style.style.name == "Aldbury"
    assert styles.style_source(any_db, "Aldbury") == text
    listed = [(n, where) for n, where, _ in styles.style_listing(any_db)]
    assert ("Aldbury", "body: Little Aldbury Parish Council") in listed
    assert ("Ours", "organisation") in listed


def test_a_stored_style_that_no_longer_reads_gives_way_to_the_preset(db):
    from clerk.store.styles import save_style

    meeting = import_record(db, parish_record())
    save_style(db.engine, body_id_of_meeting(db.engine, meeting.id), "Old", "[future]\nx = 1\n")
    choice = styles.style_for_meeting(db, meeting.id)
    assert choice.origin == "preset"
    assert "unknown section [future]" in choice.problem


@pytest.mark.parametrize(
    ("restart", "expected"),
    [("municipal_year", 420), ("calendar_year", 420), ("never", 420), ("each_meeting", 1)],
)
def test_the_next_first_minute_follows_the_body_style(db, restart, expected):
    meeting = clerked(db)  # 12 March 2025, minutes 412 to 419
    body = body_id_of_meeting(db.engine, meeting.id)
    styles.import_style(db, f'[numbering]\nrestart = "{restart}"\n', body)
    assert propose_first_minute(db, body, date(2025, 4, 9)) == expected


@pytest.mark.parametrize(
    ("restart", "expected"),
    [("municipal_year", 1), ("calendar_year", 420), ("never", 420)],
)
def test_numbers_restart_by_the_rule(db, restart, expected):
    meeting = clerked(db)
    body = body_id_of_meeting(db.engine, meeting.id)
    styles.import_style(db, f'[numbering]\nrestart = "{restart}"\n', body)
    # 10 June 2025: a new municipal year (May), the same calendar year
    assert propose_first_minute(db, body, date(2025, 6, 10)) == expected


def test_a_new_calendar_year_restarts_calendar_numbering(db):
    meeting = clerked(db)
    body = body_id_of_meeting(db.engine, meeting.id)
    styles.import_style(db, '[numbering]\nrestart = "calendar_year"\n', body)
    clerked(db, "2025-12-03")
    assert propose_first_minute(db, body, date(2025, 12, 10)) == 420
    assert propose_first_minute(db, body, date(2026, 1, 14)) == 1

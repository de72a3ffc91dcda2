"""Full-text search across meetings: SQLite FTS5 and PostgreSQL full-text search."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clerk.services import search as search_service
from clerk.services.meetings import import_record, load_meeting
from clerk.store import writing


@pytest.fixture
def recorded(any_db, york_record):
    meeting = import_record(any_db, york_record)
    return any_db, meeting


def _item(meeting, title_part):
    return next(it for it in meeting.items if title_part in it.title)


def test_finds_a_resolution_by_its_words_at_its_item(recorded, york_record):
    db, meeting = recorded
    deferred = _item(meeting, "Theatre Trust")
    hits = search_service.search(db, "representative attend")
    assert [(h.meeting_id, h.item_key) for h in hits] == [(meeting.id, deferred.key)]
    hit = hits[0]
    assert hit.date == meeting.date and hit.body == meeting.committee
    assert hit.item_number == deferred.agenda_number
    assert "[representative]" in hit.snippet.lower()


def test_finds_actions_titles_and_names(recorded, york_record):
    db, meeting = recorded
    action = york_record["actions"][0]
    words = " ".join(action["text"].split()[-6:-2])
    assert any(h.meeting_id == meeting.id for h in search_service.search(db, words))
    hubs = _item(meeting, "Family Hubs")
    assert hubs.key in {h.item_key for h in search_service.search(db, "family hubs")}
    person = meeting.people[0]
    surname = person.surname or person.name.split()[-1]
    assert any(h.item_key is None for h in search_service.search(db, surname))


def test_nothing_found_and_nonsense_input_give_no_hits(recorded):
    db, _ = recorded
    assert search_service.search(db, "zzyzxqwv") == []
    assert search_service.search(db, "") == []
    assert search_service.search(db, '"* AND ( NEAR') == []


def test_a_save_is_found_at_once_and_a_deleted_meeting_is_gone(recorded):
    db, meeting = recorded
    assert search_service.search(db, "hovercraft") == []  # index made before the change
    first = meeting.items[0]
    changed = replace(
        meeting,
        items=(replace(first, narrative="The hovercraft was discussed."), *meeting.items[1:]),
    )
    writing.save_change(db.engine, meeting, changed)
    hits = search_service.search(db, "hovercraft")
    assert [(h.meeting_id, h.item_key) for h in hits] == [(meeting.id, first.key)]
    assert load_meeting(db, meeting.id).items[0].narrative == "The hovercraft was discussed."
    writing.delete_meeting(db.engine, meeting.id)
    assert search_service.search(db, "hovercraft") == []


def test_stemmed_words_match(recorded):
    db, meeting = recorded
    assert search_service.search(db, "deferring") or search_service.search(db, "defer")
    assert search_service.search(db, "deferred")


def test_hit_line_is_one_line(recorded):
    db, meeting = recorded
    line = search_service.hit_line(search_service.search(db, "theatre")[0])
    assert "\n" not in line and line.startswith(f"{meeting.id}\t")


def test_a_database_that_cannot_be_written_says_so_in_one_line(tmp_path, york_record):
    """The index is refreshed in a write; a failing write becomes one clear SearchError."""
    from clerk.store.db import open_database

    db = open_database(tmp_path / "c.sqlite3")
    try:
        import_record(db, york_record)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE search_fts (x)")  # a table in the index's place
        with pytest.raises(search_service.SearchError, match="cannot search") as err:
            search_service.search(db, "theatre")
        assert "\n" not in str(err.value)
    finally:
        db.close()

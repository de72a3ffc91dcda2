"""Drafting states and reworded sentences: saved as made, undone, in the meeting record, and
built by migration 0007 — on a SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from clerk.domain.model import DraftState
from clerk.minutes import compose
from clerk.services import actions
from clerk.services.meetings import import_record
from clerk.services.session import MeetingSession
from clerk.store import repository
from clerk.store.record import dumps, meeting_from_record, record_from_meeting

MIGRATIONS = Path(repository.__file__).with_name("migrations")


def _drafted(db, example_record) -> MeetingSession:
    session = MeetingSession(db, import_record(db, example_record))
    m = session.meeting
    blocks = compose(m)
    apology = next(b for b in blocks if b.source.startswith("apologies:"))
    declaration = next(b for b in blocks if b.source.startswith("declaration:"))
    speaker = next(b for b in blocks if b.source.startswith("speaker:"))
    item = next(it for it in m.items if it.key == speaker.item_key)
    actions.set_drafting_state(session, apology.item_key, DraftState.CHECKED)
    actions.advance_drafting_state(session, item.key)
    actions.reword_sentence(
        session, apology.item_key, apology.source, "Apologies: Cllr Dunstan.", apology.text
    )
    actions.reword_sentence(
        session, declaration.item_key, declaration.source, "Cllr Okafor: an interest.", "x"
    )
    actions.reword_sentence(session, speaker.item_key, speaker.source, "A resident spoke.", "y")
    first = item.speakers[0]
    actions.edit_speaker(session, item.key, first.key, first.name, "a resident", "asked.")
    actions.edit_declaration_nature(session, m.declarations[0].key, "a neighbour of the site")
    return session


def test_drafting_is_saved_as_made_and_undone(any_db, example_record):
    session = _drafted(any_db, example_record)
    stored = repository.load_meeting(any_db.engine, session.meeting.id)
    assert stored == session.meeting
    assert len(stored.rewordings) == 3
    assert {it.drafting for it in stored.items} == {
        DraftState.NOTES,
        DraftState.DRAFTED,
        DraftState.CHECKED,
    }
    assert session.undo_label == "Edit declaration"
    for _ in range(7):
        session.undo()
    back = repository.load_meeting(any_db.engine, session.meeting.id)
    assert back.rewordings == ()
    assert {it.drafting for it in back.items} == {DraftState.NOTES}
    assert back.declarations == session.meeting.declarations
    assert session.redo_label and session.redo_label.startswith("Mark item")
    session.redo()
    redone = repository.load_meeting(any_db.engine, session.meeting.id)
    assert redone == session.meeting
    assert DraftState.CHECKED in {it.drafting for it in redone.items}


def test_reverting_a_rewording_deletes_its_row(any_db, example_record):
    session = _drafted(any_db, example_record)
    r = session.meeting.rewordings[0]
    actions.revert_wording(session, r.item_key, r.source)
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM rewordings")).scalar() == 2


def test_record_round_trip_keeps_states_and_rewordings(any_db, example_record):
    session = _drafted(any_db, example_record)
    record = json.loads(dumps(record_from_meeting(session.meeting)))
    sources = sorted(r["source"] for r in record["rewordings"])
    assert sources == ["apologies:0", "declaration:#1", "speaker:#1"]
    again = meeting_from_record(record)
    # Keys are new on import; everything a reader sees is the same.
    assert [b.plain for b in compose(again)] == [b.plain for b in compose(session.meeting)]
    assert [it.drafting for it in again.items] == [it.drafting for it in session.meeting.items]
    assert record_from_meeting(again) == record
    saved = import_record(any_db, record)
    assert repository.load_meeting(any_db.engine, saved.id).rewordings == saved.rewordings


def test_a_rewording_of_a_missing_speaker_is_one_clear_line(example_record):
    import pytest

    from clerk.store.record import RecordError

    bad = dict(example_record, rewordings=[{"item": "5", "source": "speaker:#9", "text": "x"}])
    with pytest.raises(RecordError, match=r"rewordings\[0\]\.source"):
        meeting_from_record(bad)
    twice = [{"source": "closing", "text": "a"}, {"source": "closing", "text": "b"}]
    with pytest.raises(RecordError, match="twice"):
        meeting_from_record(dict(example_record, rewordings=twice))


def test_migration_0007_down_and_up_keeps_the_meetings(any_db, example_record):
    from alembic import command
    from alembic.config import Config

    session = _drafted(any_db, example_record)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with any_db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
        command.upgrade(config, "head")
    back = repository.load_meeting(any_db.engine, session.meeting.id)
    assert [it.key for it in back.items] == [it.key for it in session.meeting.items]
    assert back.rewordings == ()  # went with the table
    assert {it.drafting for it in back.items} == {DraftState.NOTES}


def test_two_clerks_rewording_one_sentence_clash(any_db, example_record):
    """The second Clerk is told, the first one's wording is kept, and nothing is doubled."""
    import pytest

    from clerk.errors import Conflict

    first = MeetingSession(any_db, import_record(any_db, example_record))
    second = MeetingSession.open(any_db, first.meeting.id)
    closing = next(b for b in compose(first.meeting) if b.source == "closing")
    actions.reword_sentence(first, None, "closing", "[Closed at 7.24 pm.]", closing.text)
    with pytest.raises(Conflict, match="reworded sentences"):
        actions.reword_sentence(second, None, "closing", "[Ended 7.24 pm.]", closing.text)
    (kept,) = repository.load_meeting(any_db.engine, first.meeting.id).rewordings
    assert kept.text == "[Closed at 7.24 pm.]"

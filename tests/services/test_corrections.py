"""Correcting stamped times through the services: saved at once, undoable, refused when they
contradict the record; and the seats a substitute fills, and the first minute's evidence."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clerk.domain import operations as ops
from clerk.domain.formal import RuleError
from clerk.domain.formal import presence as ledger
from clerk.minutes import compose, plain_text
from clerk.services import bodies, corrections
from clerk.services.meetings import import_record
from clerk.services.session import MeetingSession
from clerk.store import repository
from tests.services.test_bodies import held_meeting_record


def at(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2022, 12, 20, int(h), int(m))


@pytest.fixture
def session(db):
    record = held_meeting_record("2022-12-20", 17, 4)
    for item in record["items"]:
        item["status"] = "pending"
        item.pop("minute_number")
    meeting = import_record(db, record)
    s = MeetingSession.open(db, meeting.id)
    s.apply("Start", ops.start_meeting, at("18:00"))
    s.apply("Take 1", ops.take_item, s.meeting.items[0].key, at("18:00"))
    s.apply("Take 2", ops.take_item, s.meeting.items[1].key, at("18:06"))
    return s


def on_disk(session):
    return repository.load_meeting(session.db.engine, session.meeting.id)


def test_an_items_start_and_end_are_corrected_and_the_minutes_follow(session):
    key = session.meeting.items[1].key
    corrections.correct_item_times(session, key, at("18:04"), at("18:20"))
    item = on_disk(session).item(key)
    assert (item.started_at, item.ended_at) == (at("18:04"), at("18:20"))
    assert "Minutes (18:04)" in plain_text(compose(on_disk(session)))
    assert session.undo_label == "Correct the times of item 2"
    session.undo()
    assert on_disk(session).item(key).started_at == at("18:06")


def test_a_time_against_the_record_is_refused_and_nothing_saved(session):
    key = session.meeting.items[1].key
    with pytest.raises(RuleError, match="before it started"):
        corrections.correct_item_times(session, key, at("18:06"), at("18:01"))
    with pytest.raises(RuleError, match="before the meeting started"):
        corrections.correct_item_times(session, key, at("17:50"), None)
    with pytest.raises(RuleError, match="an item was taken at 18:00"):
        corrections.correct_meeting_times(session, at("18:02"), None)
    assert on_disk(session).item(key).started_at == at("18:06")


def test_the_meetings_start_and_close_are_corrected(session):
    session.apply("Close", ops.close_meeting, at("19:30"))
    corrections.correct_meeting_times(session, at("17:59"), at("19:22"))
    saved = on_disk(session)
    assert (saved.started_at, saved.finished_at) == (at("17:59"), at("19:22"))
    assert "7.22 pm" in plain_text(compose(saved))


def test_an_arrival_and_a_departure_are_corrected_in_the_ledger(session):
    session.apply("Gill arrived", ops.mark_present, "gill", at("18:12"))
    session.apply("Gill left", ops.record_departure, "gill", at("18:40"))
    corrections.correct_arrival(session, "gill", at("18:10"))
    corrections.correct_departure(session, "gill", at("18:45"))
    saved = on_disk(session)
    moves = ledger.moves_of(saved, saved.person("gill"))
    assert (moves.arrived_at, moves.left_at) == (at("18:10"), at("18:45"))
    with pytest.raises(RuleError):
        corrections.correct_departure(session, "gill", at("18:05"))  # before the arrival
    saved = on_disk(session)
    assert ledger.moves_of(saved, saved.person("gill")).left_at == at("18:45")


def test_a_substitute_fills_the_seat_of_the_member_they_replace(session):
    # Marsh and Gill are members; Holroyd substitutes for Gill: two seats, not three.
    assert ops.seats(session.meeting) == 2


def test_the_first_minute_proposal_gives_its_evidence(db, session):
    assert session.meeting.first_minute_number == 17
    alone = bodies.minute_proposal(db, session.meeting)
    assert alone.number is None and "No earlier meeting" in alone.reason
    later = import_record(db, held_meeting_record("2023-02-20", 40, 0))
    proposal = bodies.minute_proposal(db, later)
    assert proposal.number == 19  # after minutes 17 and 18 of 20 December
    assert "minute 18 of the meeting of 20 December 2022" in proposal.reason
    assert "The meeting has 40" in proposal.reason
    assert date(2023, 2, 20) == later.date

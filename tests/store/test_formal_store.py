"""The store keeps formal business: saved when made (and undone), loaded back the same, and
a database from before it (schema 0001) upgraded with its data kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from clerk.domain.formal import RuleError, quorum
from clerk.domain.formal import presence as ledger
from clerk.domain.model import MotionResult, PresenceKind, QuorumRule, TimeLimits
from clerk.services import actions
from clerk.services import formal as services
from clerk.services.meetings import demo_record, import_record, save_new_meeting
from clerk.services.session import MeetingSession
from clerk.store import repository
from clerk.store.db import HEAD_REVISION, current_revision, open_database
from tests.domain.test_formal_support import at, committee
from tests.store.test_formal_record import formal_meeting

MIGRATIONS = Path(repository.__file__).with_name("migrations")


def test_formal_meeting_saved_and_loaded_the_same(any_db):
    db = any_db
    saved = save_new_meeting(db, formal_meeting())
    loaded = repository.load_meeting(db.engine, saved.id)
    assert loaded == saved
    assert loaded.presence and loaded.exclusions and loaded.continuations
    assert loaded.quorum == QuorumRule(membership=9, minimum=3)


def test_each_change_is_saved_as_made_and_undone(any_db):
    db = any_db
    session = MeetingSession(db, save_new_meeting(db, committee()))
    services.set_quorum_rule(session, QuorumRule(number=5))
    services.set_time_limits(session, TimeLimits(speaker_minutes=3, meeting_minutes=180))
    services.declare_interest(session, "cedar", "disclosable_pecuniary", ["i4"], "owns a taxi firm")
    services.record_withdrawal(session, "cedar", at(18, 40), "i4")
    services.record_withdrawal(session, "dale", at(18, 41), "i4")
    services.record_return(session, "dale", at(18, 52))
    services.move_motion(
        session, "i4", "That the policy be approved.", "ash", "birch", at=at(18, 45), key="m1"
    )
    services.record_show_of_hands(session, "i4", "m1", 2, 2, 0, at=at(18, 50))
    services.record_casting_vote(session, "i4", "m1", "ash", "for")
    services.exclude_press_and_public(session, at(19, 0), ["i7"], [1], "i6")

    def stored():
        return repository.load_meeting(db.engine, session.meeting.id)

    assert stored() == session.meeting
    motion = stored().item("i4").motions[0]
    assert motion.result is MotionResult.CARRIED and motion.vote.casting_side == "for"
    assert quorum.inquorate_spells(stored(), until=at(19, 30)) == (
        quorum.InquorateSpell(at(18, 41), at(18, 52)),
    )
    # Undo the exclusion, then the casting vote: the store follows.
    session.undo()
    assert stored().exclusions == ()
    session.undo()
    assert stored().item("i4").motions[0].result is MotionResult.LOST
    session.redo()
    assert stored() == session.meeting
    assert session.undo_label == "Casting vote"


def test_a_refused_action_saves_nothing(any_db):
    db = any_db
    session = MeetingSession(db, save_new_meeting(db, committee()))
    before = session.meeting
    with pytest.raises(RuleError, match="already at the meeting"):
        services.record_arrival(session, "ash", at(18, 30))
    with pytest.raises(RuleError, match="take the item first"):
        services.record_withdrawal(session, "ash", at(18, 30))
    assert session.meeting is before
    assert session.undo_label is None
    assert repository.load_meeting(db.engine, before.id) == before


def test_departure_through_the_session_is_in_the_stored_ledger(any_db):
    db = any_db
    session = MeetingSession(db, save_new_meeting(db, committee()))
    actions.record_departure(session, "dale", at(19, 5), "left during item 5")
    stored = repository.load_meeting(db.engine, session.meeting.id)
    moves = ledger.moves_of(stored, stored.person("dale"))
    assert (moves.left_at, moves.left_note) == (at(19, 5), "left during item 5")


def test_formal_settings_come_from_the_settings_table(db):
    repository.set_setting(db.engine, "formal.quorum", {"number": 4})
    repository.set_setting(db.engine, "formal.interest_kinds", ["personal", "prejudicial"])
    repository.set_setting(db.engine, "minutes.print_times", False)
    got = services.formal_settings(db)
    # Read and checked once, into typed values the domain takes as they are.
    assert got.quorum == QuorumRule(number=4)
    assert [k.value for k in got.interests.kinds] == ["personal", "prejudicial"]
    assert got.limits == TimeLimits(speaker_minutes=3, meeting_minutes=None)
    repository.set_setting(db.engine, "formal.speaker_minutes", "three")
    with pytest.raises(RuleError, match="formal.speaker_minutes"):
        services.formal_settings(db)
    assert quorum.quorum_required(committee(), quorum.quorum_rule(committee(), got)) == 4
    session = MeetingSession(db, save_new_meeting(db, committee()))
    with pytest.raises(RuleError, match="does not use"):
        services.declare_interest(session, "ash", "non_registerable", ["i4"], "x", settings=got)


# -- upgrading a database made before formal business ----------------------------------------


def build_revision_0001(path: Path) -> None:
    """A database as the first Clerk left it: schema 0001 and one meeting, by plain SQL."""
    from alembic import command
    from alembic.config import Config

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO meetings (id, committee, kind, date, started_at, current_item)"
                " VALUES (1, 'Licensing Committee', 'committee', '2024-05-14',"
                " '2024-05-14 18:00:00.000000', 'k4')"
            )
        )
        for i, (pid, role, att, left) in enumerate(
            [
                ("ash", "chair", "present", None),
                ("birch", "member", "present", "2024-05-14 19:10:00.000000"),
                ("fern", "member", "apologies", None),
            ]
        ):
            conn.execute(
                text(
                    "INSERT INTO people (meeting_id, id, position, role, attendance, title,"
                    " surname, left_at) VALUES (1, :id, :pos, :role, :att, 'Councillor', :sn,"
                    " :left)"
                ),
                {"id": pid, "pos": i, "role": role, "att": att, "sn": pid.title(), "left": left},
            )
        conn.execute(
            text(
                "INSERT INTO items (key, meeting_id, position, agenda_number, title, kind,"
                " status, minute_number) VALUES ('k4', 1, 0, '4', 'Taxi Policy', 'report',"
                " 'taken', 12)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO motions (key, item_key, position, kind, text, mover, result,"
                " has_vote, votes_for, votes_against, votes_abstain, recorded)"
                " VALUES ('mk', 'k4', 0, 'motion', 'That the policy be approved.', 'ash',"
                " 'carried', 1, 2, 0, 0,"
                ' \'{"for": ["ash", "birch"], "against": [], "abstain": []}\')'
            )
        )
        conn.execute(
            text(
                "INSERT INTO declarations (key, meeting_id, position, person, kind, item_keys,"
                " nature, left_room) VALUES ('dk', 1, 0, 'birch', 'personal', '[\"k4\"]',"
                " 'a governor', NULL)"
            )
        )
    engine.dispose()


def test_database_at_0001_is_backed_up_upgraded_and_keeps_its_data(db_path):
    build_revision_0001(db_path)
    db = open_database(db_path)
    try:
        assert db.upgraded_from == "0001"
        assert current_revision(db.engine) == HEAD_REVISION
        # The backup is the database as it was, before the upgrade.
        with sqlite3.connect(db.backup_path) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT count(*) FROM people").fetchone() == (3,)
        m = repository.load_meeting(db.engine, 1)
        assert (m.committee, m.date, m.current_item) == (
            "Licensing Committee",
            date(2024, 5, 14),
            "k4",
        )
        assert [p.id for p in m.people] == ["ash", "birch", "fern"]
        # Birchall's departure, kept in the old simple columns, is now in the ledger (0009).
        assert ledger.moves_of(m, m.person("birch")).left_at == datetime(2024, 5, 14, 19, 10)
        assert [(e.person, e.kind.value) for e in m.presence] == [("birch", "left")]
        motion = m.item("k4").motions[0]
        assert motion.vote.recorded.for_ == ("ash", "birch")
        assert motion.vote.recorded.did_not_vote == ()
        assert (motion.moved_at, motion.voted_at, motion.vote.casting_side) == (None, None, None)
        assert m.declarations[0].made_at is None
        assert (m.quorum, m.time_limits, m.exclusions) == (None, None, ())
        # The old simple fields, now ledger entries, answer the ledger's questions...
        assert [p.id for p in ledger.attending_at(m, datetime(2024, 5, 14, 19, 30))] == ["ash"]
        # ...and formal business can be recorded in the upgraded database.
        session = MeetingSession(db, m)
        services.record_arrival(session, "birch", datetime(2024, 5, 14, 19, 40))
        services.set_quorum_rule(session, QuorumRule(number=2))
        again = repository.load_meeting(db.engine, 1)
        assert again == session.meeting
        assert [e.kind.value for e in again.presence] == ["left", "arrived"]
    finally:
        db.close()
    # Opening it again is not another upgrade.
    db = open_database(db_path)
    try:
        assert db.upgraded_from is None
    finally:
        db.close()


def test_tables_match_the_migrations(db):
    """The schema the migrations build is the one the mappings describe (nothing forgotten
    in 0002)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clerk.store.schema import metadata

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_meeting_without_formal_data_writes_no_formal_rows(db):
    plain = import_record(db, demo_record())
    with db.engine.connect() as conn:
        for table in ("presence_events", "continuations", "exclusions"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    loaded = repository.load_meeting(db.engine, plain.id)
    assert loaded == plain
    assert replace(loaded, presence=()) == loaded


def test_downgrade_and_upgrade_again_keep_the_meetings(db):
    """0002 never rebuilds a table (on SQLite that would cascade-delete the children)."""
    from alembic import command
    from alembic.config import Config

    saved = save_new_meeting(db, formal_meeting())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        command.upgrade(config, "head")
    back = repository.load_meeting(db.engine, saved.id)
    assert [p.id for p in back.people] == [p.id for p in saved.people]
    assert [len(it.motions) for it in back.items] == [len(it.motions) for it in saved.items]
    assert len(back.declarations) == len(saved.declarations)
    # The ledger went with 0002's tables, but 0009's downgrade kept each person's late arrival
    # and last departure in the old columns, and its upgrade made them entries again.
    assert {e.kind for e in back.presence} <= {PresenceKind.ARRIVED, PresenceKind.LEFT}
    assert [ledger.moves_of(back, p) for p in back.people] == [
        ledger.moves_of(saved, p) for p in saved.people
    ]


def test_speaker_times_item_limit_and_continuation_are_saved(db):
    from clerk.domain.model import Speaker

    meeting = committee()
    items = tuple(
        replace(it, speakers=(Speaker("Sam Rowe", "resident", key="s1"),)) if it.key == "i3" else it
        for it in meeting.items
    )
    session = MeetingSession(db, save_new_meeting(db, replace(meeting, items=items)))
    services.start_speaker(session, "i3", "s1", at(18, 12))
    services.finish_speaker(session, "i3", "s1", at(18, 14, 50))
    services.set_item_time_limit(session, "i4", 20)
    services.resolve_to_continue(session, at(20, 55))
    actions.record_departure(session, "elm", at(19, 0))
    stored = repository.load_meeting(db.engine, session.meeting.id)
    assert stored == session.meeting
    speaker = stored.item("i3").speakers[0]
    assert (speaker.started_at, speaker.ended_at) == (at(18, 12), at(18, 14, 50))
    assert stored.item("i4").time_limit_minutes == 20
    assert stored.continuations[0].until is None
    session.undo()
    session.undo()
    assert repository.load_meeting(db.engine, session.meeting.id).continuations == ()

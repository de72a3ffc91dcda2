"""Minutes versions, approval of minutes and action statuses in the store, the record and
migration 0006, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from clerk.domain import minutes_cycle as cycle
from clerk.domain.model import (
    Action,
    ActionStatus,
    AgendaItem,
    ItemKind,
    Meeting,
)
from clerk.services.meetings import save_new_meeting
from clerk.store import repository
from clerk.store.record import meeting_from_record, record_from_meeting

MIGRATIONS = Path(repository.__file__).with_name("migrations")
HASH = "ab" * 32


def cycled_meeting(approves: int | None = None) -> Meeting:
    minutes = AgendaItem("2", "Minutes", ItemKind.MINUTES, approves_meeting=approves)
    arising = AgendaItem("3", "Matters Arising", ItemKind.OTHER)
    m = Meeting(
        committee="Elmford Parish Council",
        date=date(2026, 7, 14),
        items=(AgendaItem("1", "Apologies", ItemKind.APOLOGIES), minutes, arising),
        actions=(
            Action("Repair the bench", arising.key, "Clerk", date(2026, 8, 1)),
            Action(
                "Chase the contractor",
                arising.key,
                status=ActionStatus.CARRIED,
                note="no reply yet",
                origin="f" * 32,
            ),
        ),
    )
    m = cycle.record_version(m, datetime(2026, 7, 15, 9, 30), HASH, file_name="v1.docx")
    m = cycle.mark_sent(m, None, datetime(2026, 7, 15, 10))
    m = cycle.record_version(m, datetime(2026, 7, 16, 9), "cd" * 32, final=True)
    m = cycle.sign(m, datetime(2026, 9, 8, 20, 45))
    if approves is not None:
        m = cycle.approve(m, minutes.key, date(2026, 5, 12), ["for Smith read Smyth"])
    return m


def test_saved_loaded_and_changed_the_same(any_db):
    earlier = save_new_meeting(any_db, Meeting("Elmford Parish Council", date(2026, 5, 12)))
    saved = save_new_meeting(any_db, cycled_meeting(earlier.id))
    loaded = repository.load_meeting(any_db.engine, saved.id)
    assert loaded == saved
    assert [v.number for v in loaded.minutes_versions] == [1, 2]
    assert loaded.minutes_versions[0].sent_at == datetime(2026, 7, 15, 10)
    item = cycle.minutes_item(loaded)
    assert item.approves_meeting == earlier.id and item.approval == ("for Smith read Smyth",)
    # A change to one action writes that row; reading back gives the change.
    key = loaded.actions[0].key
    after = cycle.mark_action(loaded, key, ActionStatus.DONE, "done in July")
    repository.save_change(any_db.engine, loaded, after)
    assert repository.load_meeting(any_db.engine, saved.id) == after


def test_record_round_trip_keeps_the_cycle():
    m = cycled_meeting(7)
    record = record_from_meeting(m)
    assert record["minutes_versions"][0]["sent_at"] == "2026-07-15T10:00:00"
    assert record["actions"][1]["status"] == "carried"
    assert record["items"][1]["approval"] == {"amendments": ["for Smith read Smyth"]}
    back = meeting_from_record(record)
    assert record_from_meeting(back) == record
    assert back.minutes_versions[1].final and back.minutes_signed_at == m.minutes_signed_at


def test_migration_0006_down_and_up_keeps_meetings(any_db):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext

    from clerk.store.schema import metadata

    earlier = save_new_meeting(any_db, Meeting("Elmford Parish Council", date(2026, 5, 12)))
    saved = save_new_meeting(any_db, cycled_meeting(earlier.id))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with any_db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM actions")).scalar() == 2
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0005"
    with any_db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    back = repository.load_meeting(any_db.engine, saved.id)
    # The new data went with 0006's columns; the meeting and its actions stay, read as open.
    assert [a.text for a in back.actions] == [a.text for a in saved.actions]
    assert {a.status for a in back.actions} == {ActionStatus.OPEN}
    assert back.minutes_versions == () and cycle.minutes_item(back).approves_meeting is None
    assert (
        replace(
            back,
            actions=saved.actions,
            minutes_versions=saved.minutes_versions,
            minutes_signed_at=saved.minutes_signed_at,
            items=saved.items,
        )
        == saved
    )
    with any_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []

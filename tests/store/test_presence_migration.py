"""Revision 0009: a person's arrival and departure columns become presence ledger entries.

Run on a SQLite file and on the real PostgreSQL server the tests start: a database written
before 0009 (arrival and departure in the people columns, some people with ledger entries too)
is upgraded, and every arrival and departure is then in the ledger, once.
"""

from __future__ import annotations

from sqlalchemy import text

from clerk.domain.formal import presence as ledger
from clerk.domain.model import PresenceKind
from clerk.services.meetings import save_new_meeting
from clerk.store import repository
from clerk.store.db import HEAD_REVISION, current_revision
from tests.domain.test_formal_support import at, committee
from tests.store.migrating import migrate


def test_arrival_and_departure_columns_become_ledger_entries_once(any_db):
    db = any_db
    meeting = committee()  # Gorsedene's late arrival at 18:20 is in the ledger
    meeting = ledger.record_departure(meeting, "dale", at(19, 5), note="left during item 5")
    saved = save_new_meeting(db, meeting)
    migrate(db, "0005")
    with db.engine.begin() as conn:
        # The older Clerk kept the columns in step with the ledger...
        row = conn.execute(
            text("SELECT arrived_at, left_at, left_note FROM people WHERE id = 'dale'")
        ).one()
        assert row.arrived_at is None and row.left_at is not None
        assert row.left_note == "left during item 5"
        # ...and a person with no ledger entries had their times in the columns alone.
        conn.execute(
            text(
                "UPDATE people SET arrived_at = :a, left_at = :l, left_note = 'to catch a train'"
                " WHERE id = 'elm'"
            ),
            {"a": at(18, 10), "l": at(19, 30)},
        )
    migrate(db, "head")
    assert current_revision(db.engine) == HEAD_REVISION
    back = repository.load_meeting(db.engine, saved.id)
    elm = ledger.moves_of(back, back.person("elm"))
    assert elm == ledger.Moves(at(18, 10), at(19, 30), "to catch a train")
    # Those whose moves were already in the ledger are not given them twice.
    kinds = sorted((e.person, e.kind.value) for e in back.presence)
    assert kinds == [
        ("dale", "left"),
        ("elm", "arrived"),
        ("elm", "left"),
        ("gorse", "arrived"),
    ]
    assert [ledger.moves_of(back, p) for p in back.people if p.id != "elm"] == [
        ledger.moves_of(saved, p) for p in saved.people if p.id != "elm"
    ]
    assert {e.kind for e in back.presence} <= {PresenceKind.ARRIVED, PresenceKind.LEFT}
    with db.engine.connect() as conn:
        columns = {
            c
            for (c,) in conn.execute(
                text(
                    "SELECT name FROM pragma_table_info('people')"
                    if db.engine.dialect.name == "sqlite"
                    else "SELECT column_name FROM information_schema.columns"
                    " WHERE table_name = 'people'"
                )
            )
        }
    assert not columns & {"arrived_at", "left_at", "left_note"}

"""``clerk.store.columns`` is the schema as plain data, for reading and saving a meeting on
SQLite without SQLAlchemy: it must say what ``clerk.store.schema`` says, bind every value as
SQLAlchemy's SQLite dialect binds it, and the schema revision a file is checked against at open
must be Alembic's head."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from clerk.store import columns, db
from clerk.store.schema import metadata

SQLITE = sqlite.dialect()


def test_the_plain_tables_are_the_schema():
    """Run ``python -m clerk.store.columns`` (then ``ruff format``) when this fails."""
    assert columns.describe(metadata) == columns.TABLES


def test_every_column_kind_binds_as_sqlalchemy_binds_it():
    for table in metadata.sorted_tables:
        plain = columns.TABLES[table.name]
        for column in table.columns:
            kind = plain.kind_of(column.name)
            ours = None if kind is None else columns.BIND[kind]
            theirs = column.type.dialect_impl(SQLITE).bind_processor(SQLITE)
            assert (ours is None) == (theirs is None), (table.name, column.name)


def _theirs(sa_type):
    return sa_type.dialect_impl(SQLITE).bind_processor(SQLITE)


def _same(kind, sa_type, value):
    ours, theirs = columns.BIND[kind], _theirs(sa_type)
    try:
        expected = theirs(value)
    except TypeError:
        with pytest.raises(TypeError):
            ours(value)
        return
    got = ours(value)
    assert got == expected and type(got) is type(expected)
    # Read back, it is what SQLAlchemy reads back.
    reads = sa_type.dialect_impl(SQLITE).result_processor(SQLITE, None)
    if got is not None:
        back = reads(expected) if reads is not None else expected
        assert columns.READ[kind](got) == back


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.none() | st.datetimes() | st.dates())
def test_datetimes(value):
    from sqlalchemy import DateTime

    _same(columns.DATETIME, DateTime(), value)


@given(st.none() | st.dates() | st.datetimes())
def test_dates(value):
    from sqlalchemy import Date

    _same(columns.DATE, Date(), value)


@given(st.none() | st.times())
def test_times(value):
    from sqlalchemy import Time

    _same(columns.TIME, Time(), value)


@given(json_values)
def test_json(value):
    from sqlalchemy import JSON

    _same(columns.JSON, JSON(), value)


@pytest.mark.parametrize("value", [None, True, False, 0, 1])
def test_booleans(value):
    from sqlalchemy import Boolean

    _same(columns.BOOL, Boolean(), value)


def test_a_wrong_value_is_refused_as_sqlalchemy_refuses_it():
    from sqlalchemy import Boolean, Date, DateTime, Time

    for kind, sa_type, value in (
        (columns.DATETIME, DateTime(), time(1, 2)),
        (columns.DATE, Date(), "2026-12-01"),
        (columns.TIME, Time(), datetime(2026, 12, 1)),
        (columns.BOOL, Boolean(), "yes"),
    ):
        with pytest.raises(TypeError):
            _theirs(sa_type)(value)
        with pytest.raises(TypeError):
            columns.BIND[kind](value)
    assert columns.READ[columns.DATE]("2026-12-01") == date(2026, 12, 1)


def test_the_head_revision_checked_at_open_is_alembics_head():
    """A file is opened without Alembic when it is at ``HEAD_REVISION``: that must be the
    newest migration, and ``KNOWN_REVISIONS`` every one of them, oldest first."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).with_name("migrations")))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [db.HEAD_REVISION]
    walked = [r.revision for r in script.walk_revisions()]
    assert tuple(reversed(walked)) == db.KNOWN_REVISIONS


@pytest.mark.parametrize("stored", ["150", 150, 1.5, "-2", '"x"', "null", "false", "[1, 2]"])
def test_json_reads_back_as_sqlalchemy_reads_it_numbers_too(stored):
    """A JSON column has NUMERIC affinity on SQLite: a number comes back as a number."""
    from sqlalchemy import JSON

    reads = JSON().dialect_impl(SQLITE).result_processor(SQLITE, None)
    assert columns.READ[columns.JSON](stored) == reads(stored)


def test_a_number_stored_in_a_json_column_reads_back_the_same_both_ways(db):
    from clerk.store import repository

    repository.set_setting(db.engine, "formal.meeting_minutes", 150)
    repository.set_setting(db.engine, "minutes.print_times", False)
    assert repository.all_settings(db) == repository.all_settings(db.engine)
    assert repository.get_setting(db, "formal.meeting_minutes") == 150
    assert repository.get_setting(db, "minutes.print_times") is False

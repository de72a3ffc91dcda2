"""The tables of ``clerk.store.schema`` as plain data, for the store's paths that run without
SQLAlchemy (a SQLite meeting read, changed and saved on the driver alone).

``clerk.store.schema`` is the one source of truth: the block below is written from it by
``python -m clerk.store.columns`` and never by hand, and ``tests/store/test_columns.py`` fails
when it no longer says what the schema says (a column added, a type or default changed). What
each table keeps: its columns in order, each column's kind (how SQLite stores a value of it and
how it is read back), its primary key and the defaults SQLAlchemy would fill in on insert.

Importing SQLAlchemy costs more than a third of a second of CPU and about 26 MB; a clerk who
opens the meeting left open and takes it through its business never needs it on SQLite.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

#: A column's kind: how its value is stored on SQLite, as SQLAlchemy's SQLite dialect stores it.
DATETIME, DATE, TIME, JSON, BOOL = "datetime", "date", "time", "json", "bool"


@dataclass(frozen=True)
class Plain:
    """One table: ``columns`` in order, ``kinds`` (one per column, None: stored as it is),
    ``key`` (its primary key's columns) and ``defaults`` (column → value filled in on insert)."""

    name: str
    columns: tuple[str, ...]
    kinds: tuple[str | None, ...]
    key: tuple[str, ...]
    defaults: tuple[tuple[str, Any], ...] = ()

    def __hash__(self) -> int:  # a default may be a list: a table is known by its name
        return hash(self.name)

    def kind_of(self, column: str) -> str | None:
        return self.kinds[self.columns.index(column)]


# -- values to and from SQLite, as SQLAlchemy's SQLite dialect binds and reads them ---------


def _bind_datetime(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return (
            f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
            f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
        )
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d} 00:00:00.000000"
    raise TypeError("SQLite DateTime type only accepts Python datetime and date objects as input.")


def _bind_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    raise TypeError("SQLite Date type only accepts Python date objects as input.")


def _bind_time(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    raise TypeError("SQLite Time type only accepts Python time objects as input.")


def _bind_json(value: Any) -> str:
    return json.dumps(value)  # None too: SQLAlchemy's JSON stores it as the text 'null'


def _bind_bool(value: Any) -> int | None:
    if value is None:
        return None
    if value in (True, False) and not isinstance(value, (float, str)):
        return int(value)
    raise TypeError(f"Not a boolean value: {value!r}")


BIND = {
    DATETIME: _bind_datetime,
    DATE: _bind_date,
    TIME: _bind_time,
    JSON: _bind_json,
    BOOL: _bind_bool,
}


def _read_json(stored: Any) -> Any:
    # A JSON column has NUMERIC affinity on SQLite: the text '150' comes back as the number
    # 150, which SQLAlchemy's SQLite JSON type also returns as it is.
    if isinstance(stored, (int, float)):
        return stored
    return json.loads(stored)


#: How a stored value (not NULL) is read back: the Python value SQLAlchemy would give.
READ = {
    DATETIME: datetime.fromisoformat,
    DATE: date.fromisoformat,
    TIME: time.fromisoformat,
    JSON: _read_json,
    BOOL: bool,
}


# -- written from clerk.store.schema ------------------------------------------------------


def describe(metadata: Any) -> dict[str, Plain]:
    """The plain form of SQLAlchemy ``metadata``'s tables (what the block below must hold)."""
    from sqlalchemy import JSON as SA_JSON
    from sqlalchemy import Boolean, Date, DateTime, Time

    def kind(type_: Any) -> str | None:
        for sa_type, name in (
            (DateTime, DATETIME),
            (Date, DATE),
            (Time, TIME),
            (SA_JSON, JSON),
            (Boolean, BOOL),
        ):
            if isinstance(type_, sa_type):
                return name
        return None

    def default(column: Any) -> Any:
        arg = column.default.arg
        return arg(None) if column.default.is_callable else arg

    out = {}
    for table in metadata.sorted_tables:
        out[table.name] = Plain(
            table.name,
            tuple(c.name for c in table.columns),
            tuple(kind(c.type) for c in table.columns),
            tuple(c.name for c in table.primary_key.columns),
            tuple((c.name, default(c)) for c in table.columns if c.default is not None),
        )
    return dict(sorted(out.items()))


def render(tables: dict[str, Plain]) -> str:
    """The block below, as ``describe`` finds it."""
    lines = ["TABLES: dict[str, Plain] = {"]
    for name, t in tables.items():
        lines.append(f"    {name!r}: Plain(")
        lines.append(f"        {t.name!r},")
        lines.append(f"        {t.columns!r},")
        lines.append(f"        {t.kinds!r},")
        lines.append(f"        {t.key!r},")
        lines.append(f"        {t.defaults!r},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


BEGIN = "# -- BEGIN written by `python -m clerk.store.columns` from clerk.store.schema; do not edit --\n"
END = "# -- END written from clerk.store.schema --\n"

# -- BEGIN written by `python -m clerk.store.columns` from clerk.store.schema; do not edit --
TABLES: dict[str, Plain] = {
    "actions": Plain(
        "actions",
        (
            "key",
            "meeting_id",
            "position",
            "item_key",
            "text",
            "owner",
            "due",
            "status",
            "note",
            "origin",
        ),
        (None, None, None, None, None, None, "date", None, None, None),
        ("key",),
        (),
    ),
    "adjournments": Plain(
        "adjournments",
        ("key", "meeting_id", "position", "from_time", "to_time", "reason"),
        (None, None, None, "datetime", "datetime", None),
        ("key",),
        (),
    ),
    "bodies": Plain(
        "bodies",
        ("id", "name", "organisation", "kind", "membership"),
        (None, None, None, None, "json"),
        ("id",),
        (("kind", "committee"), ("membership", [])),
    ),
    "continuations": Plain(
        "continuations",
        ("key", "meeting_id", "position", "at_time", "until_time", "item_key"),
        (None, None, None, "datetime", "datetime", None),
        ("key",),
        (),
    ),
    "database_identity": Plain(
        "database_identity",
        ("id", "created_at"),
        (None, "datetime"),
        ("id",),
        (),
    ),
    "declarations": Plain(
        "declarations",
        (
            "key",
            "meeting_id",
            "position",
            "person",
            "kind",
            "item_keys",
            "nature",
            "left_room",
            "made_at",
        ),
        (None, None, None, None, None, "json", None, "bool", None),
        ("key",),
        (),
    ),
    "exclusions": Plain(
        "exclusions",
        (
            "key",
            "meeting_id",
            "position",
            "from_time",
            "to_time",
            "paragraphs",
            "item_keys",
            "resolved_at_item",
        ),
        (None, None, None, "datetime", "datetime", "json", "json", None),
        ("key",),
        (),
    ),
    "house_styles": Plain(
        "house_styles",
        ("id", "body_id", "name", "source", "updated_at"),
        (None, None, None, None, "datetime"),
        ("id",),
        (),
    ),
    "items": Plain(
        "items",
        (
            "key",
            "meeting_id",
            "position",
            "agenda_number",
            "title",
            "kind",
            "status",
            "page_first",
            "page_last",
            "description",
            "exempt",
            "exempt_paragraph",
            "planned_minutes",
            "minute_number",
            "started_at",
            "ended_at",
            "narrative",
            "resolution_parts",
            "resolution_reason",
            "time_limit_minutes",
            "drafting",
            "approves_meeting",
            "approval",
        ),
        (
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "bool",
            None,
            None,
            None,
            "datetime",
            "datetime",
            None,
            "json",
            None,
            None,
            None,
            None,
            "json",
        ),
        ("key",),
        (),
    ),
    "meetings": Plain(
        "meetings",
        (
            "id",
            "body_id",
            "committee",
            "kind",
            "date",
            "organisation",
            "scheduled_time",
            "venue",
            "first_minute_number",
            "started_at",
            "finished_at",
            "officer_name",
            "officer_phone",
            "officer_email",
            "current_item",
            "updated_at",
            "quorum",
            "time_limits",
            "revision",
            "public_count",
            "minutes_signed_at",
            "meeting_type",
            "apologies_accepted",
        ),
        (
            None,
            None,
            None,
            None,
            "date",
            None,
            "time",
            None,
            None,
            "datetime",
            "datetime",
            None,
            None,
            None,
            None,
            "datetime",
            "json",
            "json",
            None,
            None,
            "datetime",
            None,
            "bool",
        ),
        ("id",),
        (("revision", 0),),
    ),
    "minutes_versions": Plain(
        "minutes_versions",
        (
            "key",
            "meeting_id",
            "position",
            "number",
            "made_at",
            "sha256",
            "final",
            "file_name",
            "sent_at",
        ),
        (None, None, None, None, "datetime", None, "bool", None, "datetime"),
        ("key",),
        (("final", False),),
    ),
    "motions": Plain(
        "motions",
        (
            "key",
            "item_key",
            "position",
            "kind",
            "text",
            "mover",
            "seconder",
            "result",
            "has_vote",
            "votes_for",
            "votes_against",
            "votes_abstain",
            "recorded",
            "casting_vote",
            "casting_side",
            "unanimous",
            "moved_at",
            "voted_at",
        ),
        (
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "bool",
            None,
            None,
            None,
            "json",
            None,
            None,
            "bool",
            "datetime",
            "datetime",
        ),
        ("key",),
        (("has_vote", False), ("votes_for", 0), ("votes_against", 0), ("votes_abstain", 0)),
    ),
    "people": Plain(
        "people",
        (
            "meeting_id",
            "id",
            "position",
            "role",
            "attendance",
            "title",
            "forename",
            "initials",
            "surname",
            "name",
            "capacity",
            "substitute_for",
            "remote",
            "ward",
            "post_nominals",
            "in_part",
            "apology_reason",
            "attendance_note",
        ),
        (
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "bool",
            None,
            None,
            "bool",
            None,
            None,
        ),
        ("meeting_id", "id"),
        (),
    ),
    "presence_events": Plain(
        "presence_events",
        ("key", "meeting_id", "position", "person", "kind", "at_time", "item_key", "note"),
        (None, None, None, None, None, "datetime", None, None),
        ("key",),
        (),
    ),
    "recording_segments": Plain(
        "recording_segments",
        (
            "key",
            "meeting_id",
            "position",
            "file",
            "started_at",
            "stopped_at",
            "sample_rate",
            "channels",
            "frames",
            "stop_reason",
        ),
        (None, None, None, None, "datetime", "datetime", None, None, None, None),
        ("key",),
        (),
    ),
    "rewordings": Plain(
        "rewordings",
        ("key", "meeting_id", "position", "item_key", "source", "text", "original"),
        (None, None, None, None, None, None, None),
        ("key",),
        (),
    ),
    "settings": Plain(
        "settings",
        ("name", "value"),
        (None, "json"),
        ("name",),
        (),
    ),
    "speakers": Plain(
        "speakers",
        ("key", "item_key", "position", "name", "capacity", "summary", "started_at", "ended_at"),
        (None, None, None, None, None, None, "datetime", "datetime"),
        ("key",),
        (),
    ),
    "transcript_lines": Plain(
        "transcript_lines",
        ("key", "meeting_id", "segment_key", "start_ms", "end_ms", "text", "item_key"),
        (None, None, None, None, None, None, None),
        ("key",),
        (),
    ),
}
# -- END written from clerk.store.schema --


def table(name: str) -> Plain:
    return TABLES[name]


def _write() -> None:
    from pathlib import Path

    from clerk.store.schema import metadata

    path = Path(__file__)
    source = path.read_text(encoding="utf-8")
    head, rest = source.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    path.write_text(head + BEGIN + render(describe(metadata)) + END + tail, encoding="utf-8")


if __name__ == "__main__":
    _write()
    sys.exit(0)

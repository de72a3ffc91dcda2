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
    """The block below, as ``describe`` finds it: one ``_plain`` call a table, its columns in
    order as ``name`` or ``name:kind``."""
    lines = ["TABLES: dict[str, Plain] = {"]
    for name, t in tables.items():
        spec = " ".join(
            c if k is None else f"{c}:{k}" for c, k in zip(t.columns, t.kinds, strict=True)
        )
        extra = f", defaults={t.defaults!r}" if t.defaults else ""
        lines.append(f"    {name!r}: _plain({name!r}, {spec!r}, key={' '.join(t.key)!r}{extra}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _plain(name: str, spec: str, key: str, defaults: tuple[tuple[str, Any], ...] = ()) -> Plain:
    parts = [column.partition(":") for column in spec.split()]
    return Plain(
        name,
        tuple(c for c, _, _ in parts),
        tuple(k or None for _, _, k in parts),
        tuple(key.split()),
        defaults,
    )


BEGIN = "# -- BEGIN written by `python -m clerk.store.columns` from clerk.store.schema; do not edit --\n"
END = "# -- END written from clerk.store.schema --\n"

# -- BEGIN written by `python -m clerk.store.columns` from clerk.store.schema; do not edit --
TABLES: dict[str, Plain] = {
    "actions": _plain(
        "actions",
        "key meeting_id position item_key text owner due:date status note origin",
        key="key",
    ),
    "adjournments": _plain(
        "adjournments",
        "key meeting_id position from_time:datetime to_time:datetime reason",
        key="key",
    ),
    "bodies": _plain(
        "bodies",
        "id name organisation kind membership:json",
        key="id",
        defaults=(("kind", "committee"), ("membership", [])),
    ),
    "continuations": _plain(
        "continuations",
        "key meeting_id position at_time:datetime until_time:datetime item_key",
        key="key",
    ),
    "database_identity": _plain("database_identity", "id created_at:datetime", key="id"),
    "declarations": _plain(
        "declarations",
        "key meeting_id position person kind item_keys:json nature left_room:bool made_at",
        key="key",
    ),
    "exclusions": _plain(
        "exclusions",
        "key meeting_id position from_time:datetime to_time:datetime paragraphs:json item_keys:json resolved_at_item",
        key="key",
    ),
    "house_styles": _plain("house_styles", "id body_id name source updated_at:datetime", key="id"),
    "items": _plain(
        "items",
        "key meeting_id position agenda_number title kind status page_first page_last description exempt:bool exempt_paragraph planned_minutes minute_number started_at:datetime ended_at:datetime narrative resolution_parts:json resolution_reason time_limit_minutes drafting approves_meeting approval:json",
        key="key",
    ),
    "meetings": _plain(
        "meetings",
        "id body_id committee kind date:date organisation scheduled_time:time venue first_minute_number started_at:datetime finished_at:datetime officer_name officer_phone officer_email current_item updated_at:datetime quorum:json time_limits:json revision public_count minutes_signed_at:datetime meeting_type apologies_accepted:bool",
        key="id",
        defaults=(("revision", 0),),
    ),
    "minutes_versions": _plain(
        "minutes_versions",
        "key meeting_id position number made_at:datetime sha256 final:bool file_name sent_at:datetime",
        key="key",
        defaults=(("final", False),),
    ),
    "motions": _plain(
        "motions",
        "key item_key position kind text mover seconder result has_vote:bool votes_for votes_against votes_abstain recorded:json casting_vote casting_side unanimous:bool moved_at:datetime voted_at:datetime",
        key="key",
        defaults=(
            ("has_vote", False),
            ("votes_for", 0),
            ("votes_against", 0),
            ("votes_abstain", 0),
        ),
    ),
    "people": _plain(
        "people",
        "meeting_id id position role attendance title forename initials surname name capacity substitute_for remote:bool ward post_nominals in_part:bool apology_reason attendance_note",
        key="meeting_id id",
    ),
    "presence_events": _plain(
        "presence_events",
        "key meeting_id position person kind at_time:datetime item_key note",
        key="key",
    ),
    "recording_segments": _plain(
        "recording_segments",
        "key meeting_id position file started_at:datetime stopped_at:datetime sample_rate channels frames stop_reason",
        key="key",
    ),
    "rewordings": _plain(
        "rewordings", "key meeting_id position item_key source text original", key="key"
    ),
    "settings": _plain("settings", "name value:json", key="name"),
    "speakers": _plain(
        "speakers",
        "key item_key position name capacity summary started_at:datetime ended_at:datetime",
        key="key",
    ),
    "transcript_lines": _plain(
        "transcript_lines", "key meeting_id segment_key start_ms end_ms text item_key", key="key"
    ),
}
# -- END written from clerk.store.schema --


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

"""The row statements a change is written with: through SQLAlchemy Core, or on SQLite straight
through the driver.

A clerk's action writes a row or two and moves the meeting's revision on; the commit that
follows is what it must cost. Through Core each statement goes through SQLAlchemy's execution
machinery (about 0.1 ms here, as much as a third of a durable commit); on SQLite the same
statements are fixed SQL run on the driver's own connection, inside the same transaction, each
value first turned into what SQLAlchemy would bind for its column (the dialect's own bind
processor of the column's type: dates and times as SQLite text, JSON encoded, booleans as
integers), so both write the very same bytes (held by ``tests/store/test_row_writers.py``)
and a column added to ``clerk.store.schema`` needs nothing here. PostgreSQL keeps Core.

A driver error is raised as SQLAlchemy's own (``DBAPIError.instance``), so that callers see
one kind of failure whichever way the row went.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Table, and_, bindparam, delete, insert, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Delete, Insert, Update

Row = dict[str, Any]


@dataclass(frozen=True)
class Statements:
    insert: Insert
    update: Update
    delete: Delete
    delete_children: Delete | None
    key_columns: tuple[str, ...]

    def key_of(self, row: Row) -> Row:
        return {f"pk_{name}": row[name] for name in self.key_columns}


@cache
def statements(table: Table) -> Statements:
    """INSERT, UPDATE and DELETE of one row of ``table`` by its primary key, built once."""
    keys = tuple(c.name for c in table.primary_key.columns)
    where = and_(*(table.c[name] == bindparam(f"pk_{name}") for name in keys))
    children = None
    if "item_key" in table.c:
        children = delete(table).where(table.c.item_key == bindparam("pk_item_key"))
    return Statements(
        insert(table), update(table).where(where), delete(table).where(where), children, keys
    )


class CoreRows:
    """Rows written through SQLAlchemy Core statements (any database)."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def insert(self, table: Table, row: Row) -> None:
        self.conn.execute(statements(table).insert, row)

    def insert_many(self, table: Table, rows: list[Row]) -> None:
        if rows:
            self.conn.execute(statements(table).insert, rows)

    def update(self, table: Table, row: Row) -> None:
        sql = statements(table)
        self.conn.execute(sql.update, {**row, **sql.key_of(row)})

    def delete(self, table: Table, row: Row) -> None:
        sql = statements(table)
        self.conn.execute(sql.delete, sql.key_of(row))

    def delete_children(self, table: Table, item_key: str) -> None:
        children = statements(table).delete_children
        assert children is not None
        self.conn.execute(children, {"pk_item_key": item_key})


Bind = Callable[[Any], Any]


class _Shape:
    """The fixed SQL of one statement for one set of columns, and how to bind each value."""

    def __init__(self, sql: str, columns: tuple[str, ...], binds: tuple[Bind | None, ...]):
        self.sql = sql
        self.columns = columns
        self.binds = binds

    def values(self, row: Row) -> tuple:
        return tuple(
            row[name] if bind is None else bind(row[name])
            for name, bind in zip(self.columns, self.binds, strict=True)
        )


class DriverRows:
    """The same row statements as ``CoreRows`` on SQLite's driver connection."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.dialect = conn.dialect
        driver = conn.connection.driver_connection
        assert driver is not None, "an open connection has its driver's connection"
        self.driver: Any = driver
        self.core = CoreRows(conn)

    def _run(self, shape: _Shape, values: tuple | list[tuple], many: bool = False) -> Any:
        try:
            if many:
                return self.driver.executemany(shape.sql, values)
            return self.driver.execute(shape.sql, values)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(shape.sql, values, exc, sqlite3.Error) from exc

    def insert(self, table: Table, row: Row) -> None:
        shape = _insert(self.dialect, table, tuple(row))
        if shape is None:  # a column with a default SQLAlchemy fills in: let Core do it
            self.core.insert(table, row)
            return
        self._run(shape, shape.values(row))

    def insert_many(self, table: Table, rows: list[Row]) -> None:
        if not rows:
            return
        shape = _insert(self.dialect, table, tuple(rows[0]))
        if shape is None or any(tuple(r) != shape.columns for r in rows):
            self.core.insert_many(table, rows)
            return
        self._run(shape, [shape.values(r) for r in rows], many=True)

    def update(self, table: Table, row: Row) -> None:
        shape = _update(self.dialect, table, tuple(row))
        self._run(shape, shape.values(row))

    def delete(self, table: Table, row: Row) -> None:
        shape = _delete(self.dialect, table)
        self._run(shape, shape.values(row))

    def delete_children(self, table: Table, item_key: str) -> None:
        shape = _delete_children(self.dialect, table)
        self._run(shape, shape.values({"item_key": item_key}))

    def move_on(self, table: Table, meeting_id: int, seen: int, now: Any) -> int:
        """Move the meeting's revision on if it is still ``seen``; the rows changed (0 or 1)."""
        shape = _move_on(self.dialect, table)
        values = shape.values({"revision": seen + 1, "updated_at": now, "id": meeting_id})
        return self._run(shape, (*values, seen)).rowcount


def rows_for(conn: Connection) -> CoreRows | DriverRows:
    """The row writer for ``conn``: the driver's on SQLite, Core elsewhere."""
    if conn.dialect.name == "sqlite":
        return DriverRows(conn)
    return CoreRows(conn)


# -- fixed SQL, built once per table and set of columns (and per dialect: an engine's own) ------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _binds(dialect: Any, table: Table, names: Iterable[str]) -> tuple[Bind | None, ...]:
    return tuple(table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names)


def _shape(dialect: Any, table: Table, sql: str, columns: tuple[str, ...]) -> _Shape:
    return _Shape(sql, columns, _binds(dialect, table, columns))


@lru_cache(maxsize=512)
def _insert(dialect: Any, table: Table, columns: tuple[str, ...]) -> _Shape | None:
    if any(c.default is not None and c.name not in columns for c in table.columns):
        return None
    names = ", ".join(_quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    return _shape(
        dialect, table, f"INSERT INTO {_quote(table.name)} ({names}) VALUES ({marks})", columns
    )


def _key_names(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.primary_key.columns)


@lru_cache(maxsize=512)
def _update(dialect: Any, table: Table, columns: tuple[str, ...]) -> _Shape:
    keys = _key_names(table)
    setting = tuple(c for c in columns if c not in keys)
    sets = ", ".join(f"{_quote(c)} = ?" for c in setting)
    where = " AND ".join(f"{_quote(k)} = ?" for k in keys)
    sql = f"UPDATE {_quote(table.name)} SET {sets} WHERE {where}"
    return _shape(dialect, table, sql, setting + keys)


@lru_cache(maxsize=256)
def _delete(dialect: Any, table: Table) -> _Shape:
    keys = _key_names(table)
    where = " AND ".join(f"{_quote(k)} = ?" for k in keys)
    return _shape(dialect, table, f"DELETE FROM {_quote(table.name)} WHERE {where}", keys)


@lru_cache(maxsize=64)
def _delete_children(dialect: Any, table: Table) -> _Shape:
    sql = f"DELETE FROM {_quote(table.name)} WHERE item_key = ?"
    return _shape(dialect, table, sql, ("item_key",))


@lru_cache(maxsize=16)
def _move_on(dialect: Any, table: Table) -> _Shape:
    sql = (
        f"UPDATE {_quote(table.name)} SET revision = ?, updated_at = ? "
        "WHERE id = ? AND revision = ?"
    )
    return _shape(dialect, table, sql, ("revision", "updated_at", "id"))

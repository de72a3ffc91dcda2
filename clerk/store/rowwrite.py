"""The row statements a change is written with: through SQLAlchemy Core, or on SQLite straight
through the driver.

A clerk's action writes a row or two and moves the meeting's revision on; the commit that
follows is what it must cost. Through Core each statement goes through SQLAlchemy's execution
machinery (about 0.1 ms here, as much as a third of a durable commit); on SQLite the same
statements are fixed SQL run on the driver's own connection, inside the same transaction, each
value first turned into what SQLAlchemy would bind for its column (``clerk.store.columns``:
dates and times as SQLite text, JSON encoded, booleans as integers, as the SQLite dialect's
bind processors do), so both write the very same bytes (held by
``tests/store/test_row_writers.py`` and ``tests/store/test_columns.py``) and a column added to
``clerk.store.schema`` needs nothing here. PostgreSQL keeps Core.

Tables are named by their plain form (``clerk.store.columns.Plain``), so a change is written on
SQLite without importing SQLAlchemy at all (``DriverRows`` on ``Database.driver``). Inside a
SQLAlchemy transaction a driver error is raised as SQLAlchemy's own (``DBAPIError.instance``),
so that callers see one kind of failure whichever way the row went; on the bare driver it is
sqlite3's own.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from clerk.store.columns import BIND, Plain

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection
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


def core_table(table: Plain | Table) -> Table:
    """The SQLAlchemy table of a plain one (imports SQLAlchemy)."""
    if not isinstance(table, Plain):
        return table
    from clerk.store.schema import metadata

    return metadata.tables[table.name]


@cache
def statements(table: Plain | Table) -> Statements:
    """INSERT, UPDATE and DELETE of one row of ``table`` by its primary key, built once."""
    from sqlalchemy import and_, bindparam, delete, insert, update

    core = core_table(table)
    keys = tuple(c.name for c in core.primary_key.columns)
    where = and_(*(core.c[name] == bindparam(f"pk_{name}") for name in keys))
    children = None
    if "item_key" in core.c:
        children = delete(core).where(core.c.item_key == bindparam("pk_item_key"))
    return Statements(
        insert(core), update(core).where(where), delete(core).where(where), children, keys
    )


class CoreRows:
    """Rows written through SQLAlchemy Core statements (any database)."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def insert(self, table: Plain | Table, row: Row) -> None:
        self.conn.execute(statements(table).insert, row)

    def insert_many(self, table: Plain | Table, rows: list[Row]) -> None:
        if rows:
            self.conn.execute(statements(table).insert, rows)

    def update(self, table: Plain | Table, row: Row) -> None:
        sql = statements(table)
        self.conn.execute(sql.update, {**row, **sql.key_of(row)})

    def delete(self, table: Plain | Table, row: Row) -> None:
        sql = statements(table)
        self.conn.execute(sql.delete, sql.key_of(row))

    def delete_children(self, table: Plain | Table, item_key: str) -> None:
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
        try:
            return tuple(
                row[name] if bind is None else bind(row[name])
                for name, bind in zip(self.columns, self.binds, strict=True)
            )
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            # A value the column cannot take is a refused save, as on SQLAlchemy's Core
            # (StatementError): the session reports it and keeps the work, never a traceback.
            raise sqlite3.InterfaceError(f"a value could not be written: {exc!r}") from exc


class DriverRows:
    """The same row statements as ``CoreRows`` on SQLite's driver connection.

    ``driver`` is a sqlite3 connection; ``core`` the SQLAlchemy connection it belongs to when
    the rows are written inside one of its transactions (its errors are then raised as
    SQLAlchemy's), None on the bare driver (``Database.driver``)."""

    def __init__(self, driver: Any, core: Connection | None = None):
        self.driver = driver
        self.conn = core

    @classmethod
    def of(cls, conn: Connection) -> DriverRows:
        driver = conn.connection.driver_connection
        assert driver is not None, "an open connection has its driver's connection"
        return cls(driver, conn)

    def _run(self, shape: _Shape, values: tuple | list[tuple], many: bool = False) -> Any:
        try:
            if many:
                return self.driver.executemany(shape.sql, values)
            return self.driver.execute(shape.sql, values)
        except sqlite3.Error as exc:
            if self.conn is None:
                raise
            from sqlalchemy.exc import DBAPIError

            raise DBAPIError.instance(shape.sql, values, exc, sqlite3.Error) from exc

    def insert(self, table: Plain, row: Row) -> None:
        shape = _insert(table, tuple(row))
        self._run(shape, shape.values(_with_defaults(table, row)))

    def insert_many(self, table: Plain, rows: list[Row]) -> None:
        if not rows:
            return
        columns = tuple(rows[0])
        if any(tuple(r) != columns for r in rows):  # rows of other shapes: one by one, in order
            for row in rows:
                self.insert(table, row)
            return
        shape = _insert(table, columns)
        self._run(shape, [shape.values(_with_defaults(table, r)) for r in rows], many=True)

    def update(self, table: Plain, row: Row) -> None:
        shape = _update(table, tuple(row))
        self._run(shape, shape.values(row))

    def delete(self, table: Plain, row: Row) -> None:
        shape = _delete(table)
        self._run(shape, shape.values(row))

    def delete_children(self, table: Plain, item_key: str) -> None:
        shape = _delete_children(table)
        self._run(shape, shape.values({"item_key": item_key}))

    def move_on(self, table: Plain, meeting_id: int, seen: int, now: Any) -> int:
        """Move the meeting's revision on if it is still ``seen``; the rows changed (0 or 1)."""
        shape = _move_on(table)
        values = shape.values({"revision": seen + 1, "updated_at": now, "id": meeting_id})
        return self._run(shape, (*values, seen)).rowcount


def rows_for(conn: Connection) -> CoreRows | DriverRows:
    """The row writer for ``conn``: the driver's on SQLite, Core elsewhere."""
    if conn.dialect.name == "sqlite":
        return DriverRows.of(conn)
    return CoreRows(conn)


# -- fixed SQL, built once per table and set of columns ----------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _binds(table: Plain, names: tuple[str, ...]) -> tuple[Bind | None, ...]:
    kinds = dict(zip(table.columns, table.kinds, strict=True))
    return tuple(None if kinds[n] is None else BIND[kinds[n]] for n in names)  # type: ignore[index]


def _shape(table: Plain, sql: str, columns: tuple[str, ...]) -> _Shape:
    return _Shape(sql, columns, _binds(table, columns))


def _with_defaults(table: Plain, row: Row) -> Row:
    """The row with the values SQLAlchemy fills in for columns it leaves out."""
    missing = [(name, value) for name, value in table.defaults if name not in row]
    if not missing:
        return row
    return {**row, **{name: copy.deepcopy(value) for name, value in missing}}


@lru_cache(maxsize=512)
def _insert(table: Plain, columns: tuple[str, ...]) -> _Shape:
    columns += tuple(name for name, _ in table.defaults if name not in columns)
    names = ", ".join(_quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    return _shape(table, f"INSERT INTO {_quote(table.name)} ({names}) VALUES ({marks})", columns)


@lru_cache(maxsize=512)
def _update(table: Plain, columns: tuple[str, ...]) -> _Shape:
    keys = table.key
    setting = tuple(c for c in columns if c not in keys)
    sets = ", ".join(f"{_quote(c)} = ?" for c in setting)
    where = " AND ".join(f"{_quote(k)} = ?" for k in keys)
    sql = f"UPDATE {_quote(table.name)} SET {sets} WHERE {where}"
    return _shape(table, sql, setting + keys)


@lru_cache(maxsize=256)
def _delete(table: Plain) -> _Shape:
    keys = table.key
    where = " AND ".join(f"{_quote(k)} = ?" for k in keys)
    return _shape(table, f"DELETE FROM {_quote(table.name)} WHERE {where}", keys)


@lru_cache(maxsize=64)
def _delete_children(table: Plain) -> _Shape:
    sql = f"DELETE FROM {_quote(table.name)} WHERE item_key = ?"
    return _shape(table, sql, ("item_key",))


@lru_cache(maxsize=16)
def _move_on(table: Plain) -> _Shape:
    sql = (
        f"UPDATE {_quote(table.name)} SET revision = ?, updated_at = ? "
        "WHERE id = ? AND revision = ?"
    )
    return _shape(table, sql, ("revision", "updated_at", "id"))

"""Reading a meeting's rows on SQLite straight from the driver, typed from the tables.

Opening a meeting reads a dozen tables. Through SQLAlchemy each read builds a statement,
compiles it (the first time: several milliseconds each, on the way to the first window) and
wraps every row; on SQLite the same rows come from fixed statements run on the driver's own
connection, each value made the Python type SQLAlchemy would make of it (dates, times, JSON,
booleans) from its column's kind in ``clerk.store.columns`` (written from the schema), so a
column added to the schema is read here with nothing more to write, and without importing
SQLAlchemy. PostgreSQL keeps the Core statements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clerk.store.columns import READ, Plain

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class TableReader:
    """One table's rows for a meeting, as dicts keyed by column name, in ``position`` order."""

    def __init__(self, table: Plain, where: str, order: str | None = "position"):
        self.names = list(table.columns)
        self.converters = [
            (i, READ[kind]) for i, kind in enumerate(table.kinds) if kind is not None
        ]
        columns = ", ".join(f'"{n}"' for n in self.names)
        self.sql = f'SELECT {columns} FROM "{table.name}" WHERE {where}'
        if order:
            self.sql += f' ORDER BY "{order}"'

    def rows(self, driver: Any, value: object) -> list[dict[str, Any]]:
        names, converters = self.names, self.converters
        out = []
        for raw in driver.execute(self.sql, (value,)).fetchall():
            values = list(raw)
            for i, convert in converters:
                if values[i] is not None:
                    values[i] = convert(values[i])
            out.append(dict(zip(names, values, strict=True)))
        return out


def by_meeting(table: Plain) -> TableReader:
    return TableReader(table, "meeting_id = ?")


def by_item(table: Plain) -> TableReader:
    """Rows of the meeting's items (speakers, motions), in one statement."""
    return TableReader(table, "item_key IN (SELECT key FROM items WHERE meeting_id = ?)")


def driver_of(conn: Connection) -> Any | None:
    """The sqlite3 connection under ``conn``, or None on another database."""
    if conn.dialect.name != "sqlite":
        return None
    return conn.connection.driver_connection

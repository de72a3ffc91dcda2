"""Full-text search across every meeting: titles, notes, resolutions, speakers, actions, names.

SQLite: an FTS5 table (``search_fts``) of one row per searchable record, kept in step lazily
but without loss: triggers on every searched table mark the meeting in ``search_dirty`` in the
same transaction as the save (whatever path wrote it), and a search first re-indexes the marked
meetings. The index, the mark table and the triggers are made on the first search, which marks
every meeting; a database that never searched carries none of them.

PostgreSQL: ``to_tsvector``/``plainto_tsquery`` over the same columns, ``ts_headline`` for the
snippet; nothing is stored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

SNIPPET_START, SNIPPET_END = "[", "]"
_SHIFT = 20  # a meeting's index records: rowids (meeting id << 20) + 0, 1, 2 …


@dataclass(frozen=True, slots=True)
class Hit:
    meeting_id: int
    date: date
    body: str
    item_key: str | None
    item_number: str | None
    item_title: str | None
    snippet: str


# Tables whose rows carry meeting_id, and those that reach it through their item.
_BY_MEETING = ("people", "items", "declarations", "actions", "transcript_lines")
_BY_ITEM = ("speakers", "motions")

_DOCS_SQL = """
SELECT m.id, NULL, m.committee, m.venue, m.organisation, NULL FROM meetings m {w_m}
UNION ALL
SELECT p.meeting_id, NULL, p.title, p.forename, p.surname, p.name || ' ' ||
       coalesce(p.capacity, '') FROM people p {w_p}
UNION ALL
SELECT i.meeting_id, i.key, i.title,
       coalesce(i.description, '') || ' ' || coalesce(i.narrative, ''),
       CAST(i.resolution_parts AS TEXT), i.resolution_reason
  FROM items i {w_i}
UNION ALL
SELECT i.meeting_id, s.item_key, s.name, s.capacity, s.summary, NULL
  FROM speakers s JOIN items i ON i.key = s.item_key {w_i}
UNION ALL
SELECT i.meeting_id, x.item_key, x.text, x.mover, x.seconder, NULL
  FROM motions x JOIN items i ON i.key = x.item_key {w_i}
UNION ALL
SELECT a.meeting_id, a.item_key, a.text, a.owner, NULL, NULL FROM actions a {w_a}
UNION ALL
SELECT d.meeting_id, NULL, d.person, d.nature, NULL, NULL FROM declarations d {w_d}
UNION ALL
SELECT t.meeting_id, t.item_key, t.text, NULL, NULL, NULL FROM transcript_lines t {w_t}
"""


def _joined(parts) -> str:
    out = []
    for part in parts:
        if not part:
            continue
        part = str(part)
        if part.startswith("[") and part.endswith("]"):
            try:
                value = json.loads(part)
            except ValueError:
                value = None
            if isinstance(value, list):
                part = " ".join(str(v) for v in value)
        out.append(part.strip())
    return " ".join(p for p in out if p)


def search(engine: Engine, words: str, limit: int = 200) -> list[Hit]:
    """Meetings and items where all ``words`` occur (stemmed), newest meeting first."""
    tokens = re.findall(r"\w+", words or "")
    if not tokens:
        return []
    if engine.dialect.name == "sqlite":
        return _search_sqlite(engine, tokens, limit)
    return _search_postgresql(engine, " ".join(tokens), limit)


# --- SQLite ------------------------------------------------------------------------------


def _ensure_index(conn: Connection) -> None:
    made = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'")).scalar()
    if made:
        return
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE search_fts USING fts5(body, meeting_id UNINDEXED, "
            "item_key UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    )
    conn.execute(text("CREATE TABLE IF NOT EXISTS search_dirty (meeting_id INTEGER PRIMARY KEY)"))
    mark = "INSERT OR IGNORE INTO search_dirty (meeting_id) VALUES ({})"
    via_item = (
        "INSERT OR IGNORE INTO search_dirty (meeting_id) "
        "SELECT meeting_id FROM items WHERE key = {}"
    )
    for event in ("INSERT", "UPDATE", "DELETE"):
        rows = ("OLD",) if event == "DELETE" else ("NEW",) if event == "INSERT" else ("OLD", "NEW")
        triggers = {"meetings": [mark.format(f"{r}.id") for r in rows]}
        for table in _BY_MEETING:
            triggers[table] = [mark.format(f"{r}.meeting_id") for r in rows]
        for table in _BY_ITEM:
            triggers[table] = [via_item.format(f"{r}.item_key") for r in rows]
        for table, body in triggers.items():
            conn.execute(
                text(
                    f"CREATE TRIGGER IF NOT EXISTS search_{table}_{event.lower()} "
                    f"AFTER {event} ON {table} BEGIN {'; '.join(body)}; END"
                )
            )
    conn.execute(text("INSERT OR IGNORE INTO search_dirty SELECT id FROM meetings"))


def refresh_index(engine: Engine) -> int:
    """Bring the index up to date with every save; returns how many meetings were re-read."""
    with engine.begin() as conn:
        _ensure_index(conn)
        dirty = [r[0] for r in conn.execute(text("SELECT meeting_id FROM search_dirty"))]
        if not dirty:
            return 0
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS search_todo (id INTEGER PRIMARY KEY)"))
        conn.execute(text("DELETE FROM search_todo"))
        conn.execute(text("INSERT INTO search_todo SELECT meeting_id FROM search_dirty"))
        # Each meeting's records sit at rowids (id << 20) + n: deleting them is a rowid range.
        for mid in dirty:
            conn.execute(
                text("DELETE FROM search_fts WHERE rowid >= :lo AND rowid < :hi"),
                {"lo": int(mid) << _SHIFT, "hi": (int(mid) + 1) << _SHIFT},
            )
        where = "WHERE {}.meeting_id IN (SELECT id FROM search_todo)"
        sql = _DOCS_SQL.format(
            w_m="WHERE m.id IN (SELECT id FROM search_todo)",
            w_p=where.format("p"),
            w_i=where.format("i"),
            w_a=where.format("a"),
            w_d=where.format("d"),
            w_t=where.format("t"),
        )
        counts: dict[int, int] = {}
        rows = []
        for r in conn.execute(text(sql)):
            body = _joined(r[2:])
            if not body:
                continue
            mid = int(r[0])
            n = counts[mid] = counts.get(mid, -1) + 1
            rows.append({"r": (mid << _SHIFT) + n, "b": body, "m": mid, "k": r[1]})
        if rows:
            conn.execute(
                text(
                    "INSERT INTO search_fts (rowid, body, meeting_id, item_key) "
                    "VALUES (:r, :b, :m, :k)"
                ),
                rows,
            )
        conn.execute(
            text("DELETE FROM search_dirty WHERE meeting_id IN (SELECT id FROM search_todo)")
        )
        return len(dirty)


def _search_sqlite(engine: Engine, tokens: list[str], limit: int) -> list[Hit]:
    refresh_index(engine)
    query = " ".join('"' + t.replace('"', '""') + '"' for t in tokens)
    # Only rowids from the index (its meeting is rowid >> 20), ordered here by the meeting's
    # date; the bodies of the kept records are then read by rowid. FTS5's snippet() costs
    # 0.1-0.4 ms a record, so the snippet is cut here around the first matching word.
    with engine.connect() as conn:
        # The plain sqlite3 cursor: thousands of rowids read through SQLAlchemy's rows cost
        # several times the query itself.
        raw: Any = conn.connection.driver_connection
        rowids = [
            r[0]
            for r in raw.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (query,)
            ).fetchall()
        ]
        if not rowids:
            return []
        meetings = {
            int(r[0]): (r[1], r[2])
            for r in raw.execute("SELECT id, date, committee FROM meetings").fetchall()
        }
        rowids = [r for r in rowids if (r >> _SHIFT) in meetings]
        rowids.sort(key=lambda r: (str(meetings[r >> _SHIFT][0]), r >> _SHIFT, -r), reverse=True)
        kept: dict[tuple, str] = {}
        for at in range(0, len(rowids), 200):
            chunk = rowids[at : at + 200]
            found = {
                r[0]: (r[1], r[2])
                for r in raw.execute(
                    "SELECT rowid, item_key, body FROM search_fts WHERE rowid IN "
                    f"({','.join(str(int(r)) for r in chunk)})"
                ).fetchall()
            }
            for rowid in chunk:
                key, body = found[rowid]
                kept.setdefault((rowid >> _SHIFT, key), body)
                if len(kept) >= limit:
                    break
            if len(kept) >= limit:
                break
        keys = sorted({k for _, k in kept if k})
        items: dict[str, tuple] = {}
        for at in range(0, len(keys), 500):
            part = keys[at : at + 500]
            items.update(
                (r[0], (r[1], r[2]))
                for r in raw.execute(
                    "SELECT key, agenda_number, title FROM items WHERE key IN "
                    f"({','.join('?' * len(part))})",
                    part,
                ).fetchall()
            )
    pattern = _pattern(tokens)
    hits = []
    for (mid, key), body in kept.items():
        day, committee = meetings[mid]
        if isinstance(day, str):
            day = date.fromisoformat(day)
        number, title = items.get(key, (None, None))
        hits.append(Hit(mid, day, committee, key, number, title, snippet(body, pattern)))
    return hits


def _pattern(tokens: list[str]) -> re.Pattern:
    return re.compile(
        r"\b(?:" + "|".join(re.escape(_prefix(t)) for t in tokens) + r")\w*", re.IGNORECASE
    )


def snippet(body: str, pattern: re.Pattern, width: int = 90) -> str:
    """About ``width`` characters of ``body`` around the first word ``pattern`` finds, the
    words it finds in brackets (``_pattern``: words starting with a token's stem-like prefix)."""
    first = pattern.search(body)
    at = first.start() if first else 0
    lo = max(0, at - width // 3)
    hi = min(len(body), lo + width)
    if lo:
        space = body.find(" ", lo)
        lo = space + 1 if 0 <= space < at else lo
    if hi < len(body):
        space = body.rfind(" ", at, hi)
        hi = space if space > at else hi
    shown = pattern.sub(lambda m: f"{SNIPPET_START}{m[0]}{SNIPPET_END}", body[lo:hi])
    shown = " ".join(shown.split())
    return ("… " if lo else "") + shown + (" …" if hi < len(body) else "")


def _prefix(token: str) -> str:
    t = token.lower()
    for ending in ("ing", "ed", "es", "s", "e", "y"):
        if len(t) - len(ending) >= 3 and t.endswith(ending):
            return t[: -len(ending)]
    return t


def _best(rows, limit: int) -> list[Hit]:
    """One hit per meeting and item (its best-ranked record), newest meeting first."""
    seen: dict[tuple, Hit] = {}
    for mid, key, snip, _rank, day, body, number, title in rows:
        if (mid, key) in seen:
            continue
        if isinstance(day, str):
            day = date.fromisoformat(day)
        seen[(mid, key)] = Hit(int(mid), day, body, key, number, title, " ".join(snip.split()))
    hits = sorted(seen.values(), key=lambda h: (h.date, h.meeting_id), reverse=True)
    return hits[:limit]


# --- PostgreSQL ----------------------------------------------------------------------------


def _search_postgresql(engine: Engine, words: str, limit: int) -> list[Hit]:
    docs = _DOCS_SQL.format(w_m="", w_p="", w_i="", w_a="", w_d="", w_t="")
    docs = docs.replace(
        "CAST(i.resolution_parts AS TEXT)",
        "(SELECT string_agg(v, ' ') FROM json_array_elements_text(CASE WHEN "
        "json_typeof(i.resolution_parts::json) = 'array' THEN i.resolution_parts::json "
        "ELSE '[]'::json END) v)",
    )
    sql = text(
        f"WITH raw (mid, key, a, b, c, d) AS ({docs}), "
        "docs AS (SELECT mid, key, concat_ws(' ', a, b, c, d) AS body FROM raw), "
        "q AS (SELECT plainto_tsquery('english', :w) AS q) "
        "SELECT docs.mid, docs.key, ts_headline('english', docs.body, q.q, "
        f"'StartSel={SNIPPET_START}, StopSel={SNIPPET_END}, MaxWords=14, MinWords=6'), "
        "ts_rank(to_tsvector('english', docs.body), q.q) AS r, m.date, m.committee, "
        "i.agenda_number, i.title "
        "FROM docs CROSS JOIN q JOIN meetings m ON m.id = docs.mid "
        "LEFT JOIN items i ON i.key = docs.key "
        "WHERE to_tsvector('english', docs.body) @@ q.q ORDER BY r DESC"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"w": words}).all()
    return _best(rows, limit)

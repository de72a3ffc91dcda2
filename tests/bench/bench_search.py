"""Find anything: full-text search over ten years of meetings (1,500) against a floor.

The floor is the same search on a database with the schema and the index but no meetings,
timed in turns with the full one (the machine is shared). Three searches: a word in one
meeting, a phrase in every meeting (capped at the service's 200 hits), and a search just after
a save (the saved meeting is re-indexed first; the saves themselves are not timed).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from clerk.services.meetings import demo_record, import_record, load_meeting
from clerk.services.search import search
from clerk.store import writing
from clerk.store.db import open_database
from tests.bench.common import Result, interleaved, timed

MEETINGS = 1500
LIMIT_MS = 50.0
WORDS = [
    "budget",
    "hedge",
    "footpath",
    "allotment",
    "drainage",
    "lighting",
    "bus",
    "shelter",
    "verge",
    "litter",
]


def build(path: Path, meetings: int = MEETINGS) -> None:
    db = open_database(path)
    record = demo_record()
    start = date(2016, 5, 1)
    for n in range(meetings):
        day = start + timedelta(days=n * 365 * 10 // meetings)
        items = []
        for i, it in enumerate(record["items"]):
            word = WORDS[(n + i) % len(WORDS)]
            items.append(
                dict(
                    it,
                    status="taken",
                    narrative=f"Members considered the {word} report, ref {n}-{i}, "
                    "and asked questions about costs and timing. " * 4,
                )
            )
        import_record(db, dict(record, items=items, date=day.isoformat()))
    db.close()


def bench_search() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        big, empty = Path(tmp) / "big.sqlite3", Path(tmp) / "empty.sqlite3"
        build(big)
        open_database(empty).close()
        db_b, db_e = open_database(big, lock=False), open_database(empty, lock=False)
        results = []
        try:
            search(db_e, "x")
            search(db_b, "x")  # the first search builds the index (reported below)
            for label, words in (
                ("one meeting", f"ref {MEETINGS // 2}-1"),
                ("every meeting", "flood defence"),
            ):
                floor, ours = interleaved(
                    lambda w=words: search(db_e, w), lambda w=words: search(db_b, w), 21
                )
                results.append(
                    Result(
                        f"search 1,500 meetings: {label}",
                        ours,
                        floor,
                        "ms",
                        None,
                        f"'{words}' vs the empty database",
                        limit=LIMIT_MS,
                    )
                )
            meeting = load_meeting(db_b, 1)
            db_one = open_database(Path(tmp) / "one.sqlite3")
            small = import_record(db_one, demo_record())
            n = iter(range(10**6))

            def save(db, m):
                first = m.items[0]
                after = replace(
                    m, items=(replace(first, narrative=f"note {next(n)}"), *m.items[1:])
                )
                writing.save_change(db.engine, m, after)
                writing.save_change(db.engine, after, m)

            floor, ours = [], []
            for _ in range(15):  # the saves untimed; the search that re-indexes after them timed
                save(db_one, small)
                save(db_b, meeting)
                floor += timed(lambda: search(db_one, "flood defence"), 1)
                ours += timed(lambda: search(db_b, "flood defence"), 1)
            db_one.close()
            results.append(
                Result(
                    "search 1,500 meetings: after a save",
                    ours,
                    floor,
                    "ms",
                    None,
                    "re-index of the saved meeting + 'flood defence', vs a one-meeting database",
                    limit=LIMIT_MS,
                )
            )
        finally:
            db_b.close()
            db_e.close()
    return results

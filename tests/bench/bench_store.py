"""Store benchmarks: one recorded action against a bare sqlite3 commit; ten years of meetings."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from clerk.services.meetings import create_demo_meeting, demo_record, import_record
from clerk.services.session import MeetingSession
from clerk.store import repository
from clerk.store.db import open_database
from tests.bench.common import Result, interleaved, median, percentile, timed

ACTIONS = 400


def bare_sqlite_commits(folder: Path, count: int) -> list[float]:
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, person TEXT, at TEXT)")
    n = iter(range(10**9))

    def one():
        conn.execute("BEGIN")
        conn.execute("INSERT INTO events (person, at) VALUES (?, ?)", (f"p{next(n)}", "18:40"))
        conn.execute("COMMIT")

    values = timed(one, count)
    conn.close()
    return values


def clerk_actions(folder: Path, count: int) -> list[float]:
    db = open_database(folder / "clerk.sqlite3")
    meeting = create_demo_meeting(db)
    session = MeetingSession.open(db, meeting.id)
    people = [p.id for p in session.meeting.people]
    n = iter(range(10**9))

    def toggle(m, pid, note):
        return replace(
            m, people=tuple(replace(p, left_note=note) if p.id == pid else p for p in m.people)
        )

    def one():
        i = next(n)
        session.apply("Record departure", toggle, people[i % len(people)], f"left during item {i}")

    values = timed(one, count)
    db.close()
    return values


def bench_action() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clerk_actions(Path(tempfile.mkdtemp(dir=tmp)), 30)  # warm up imports and caches
        floor = bare_sqlite_commits(folder, ACTIONS)
        ours = clerk_actions(Path(tempfile.mkdtemp(dir=tmp)), ACTIONS)
    return [
        Result(
            "action median (service)",
            median(ours),
            "ms",
            median(floor),
            2.0,
            "MeetingSession.apply -> committed, vs sqlite3 insert+commit, WAL + synchronous=FULL",
        ),
        Result(
            "action p99 (service)",
            percentile(ours, 99),
            "ms",
            percentile(floor, 99),
            2.0,
            absolute_limit=20.0,
        ),
    ]


def build_ten_years(path: Path, meetings: int = 2000) -> None:
    db = open_database(path)
    record = demo_record()
    for it in record["items"]:
        it["narrative"] = "Members considered the report and asked questions about costs. " * 8
        it["status"] = "taken"
    start = date(2016, 5, 1)
    for n in range(meetings):
        day = start + timedelta(days=n * 365 * 10 // meetings)
        import_record(db, dict(record, date=day.isoformat(), committee=f"Committee {n % 12}"))
    db.close()


def bench_ten_years() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.sqlite3"
        empty = Path(tmp) / "empty.sqlite3"
        build_ten_years(big)
        open_database(empty).close()

        from clerk.gui.models.meetings import PAGE

        def open_and_list(path):
            # What the meetings view does: open the database, read the first page.
            def run():
                db = open_database(path)
                repository.list_meetings(db.engine, limit=PAGE)
                db.close()

            return run

        def search(path):
            db = open_database(path, lock=False)

            def run():
                repository.list_meetings(db.engine, search="flood defence")

            return db, run

        open_and_list(big)()  # first open after building: the file into the page cache
        floor_runs, our_runs = interleaved(open_and_list(empty), open_and_list(big), 31)
        floor_open, ours_open = median(floor_runs), median(our_runs)
        db_e, run_e = search(empty)
        db_b, run_b = search(big)
        floor_runs, our_runs = interleaved(run_e, run_b, 15)
        floor_search, ours_search = median(floor_runs), median(our_runs)
        db_e.close()
        db_b.close()
    return [
        Result(
            "ten years: open + meetings list",
            ours_open,
            "ms",
            floor_open,
            1.5,
            "2,000 meetings vs an empty database",
        ),
        Result(
            "ten years: search all minutes text",
            ours_search,
            "ms",
            floor_search,
            None,
            "2,000 meetings vs an empty database; no target set",
        ),
    ]

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
from tests.bench.common import Result, interleaved

ACTIONS = 400
TEN_YEARS = 1500  # meetings: a dozen committees, each meeting about monthly, for ten years


def bare_commit(folder: Path):
    """A sqlite3 insert + commit with the durability Clerk uses (WAL, synchronous=FULL)."""
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, person TEXT, at TEXT)")
    n = iter(range(10**9))

    def one():
        conn.execute("BEGIN")
        conn.execute("INSERT INTO events (person, at) VALUES (?, ?)", (f"p{next(n)}", "18:40"))
        conn.execute("COMMIT")

    return conn, one


def same_statements(folder: Path):
    """The statements a key in the attendance list commits, made by hand on the driver of a
    Clerk database: the revision moved on if still the one read, one ledger row, one durable
    commit (WAL, synchronous=FULL). A like-for-like floor for key to disk: the same rows in
    the same indexed tables, none of the way to them."""
    import uuid
    from datetime import datetime

    db = open_database(folder / "same.sqlite3")
    meeting = create_demo_meeting(db)
    driver = db.driver
    person = meeting.people[0].id
    state = {
        "revision": driver.execute(
            "SELECT revision FROM meetings WHERE id = ?", (meeting.id,)
        ).fetchone()[0],
        "position": 0,
    }

    def one():
        revision = state["revision"]
        driver.execute("BEGIN IMMEDIATE")
        driver.execute(
            "UPDATE meetings SET revision = ?, updated_at = ? WHERE id = ? AND revision = ?",
            (revision + 1, str(datetime.now()), meeting.id, revision),
        )
        driver.execute(
            "INSERT INTO presence_events (key, meeting_id, position, person, kind, at_time, "
            "item_key, note) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)",
            (
                uuid.uuid4().hex,
                meeting.id,
                state["position"],
                person,
                "arrived" if state["position"] % 2 == 0 else "left",
                "2026-12-08 18:05:00.000000",
            ),
        )
        driver.execute("COMMIT")
        state["revision"] += 1
        state["position"] += 1

    return db, one


def clerk_action(folder: Path):
    db = open_database(folder / "clerk.sqlite3")
    meeting = create_demo_meeting(db)
    session = MeetingSession.open(db, meeting.id)
    people = [p.id for p in session.meeting.people]
    n = iter(range(10**9))

    def toggle(m, pid, note):
        return replace(
            m, people=tuple(replace(p, capacity=note) if p.id == pid else p for p in m.people)
        )

    def one():
        i = next(n)
        session.apply("Edit capacity", toggle, people[i % len(people)], f"left during item {i}")

    return db, one


def bench_action() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        conn, floor = bare_commit(folder)
        db, ours = clerk_action(folder)
        interleaved(floor, ours, 30)  # warm up
        floor_runs, our_runs = interleaved(floor, ours, ACTIONS)
        conn.close()
        db.close()
    note = "MeetingSession.apply -> committed, vs sqlite3 insert+commit, WAL + synchronous=FULL"
    return [
        Result("action: service, median", our_runs, floor_runs, "ms", 2.0, note, basis="wall"),
        Result(
            "action: service, p99",
            our_runs,
            floor_runs,
            "ms",
            None,
            "no ratio target",
            basis="wall",
            stat="p99",
            limit=20.0,
        ),
    ]


def build_ten_years(path: Path, meetings: int) -> None:
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


def bare_list(path: Path):
    """The meetings list as one sqlite3 query of the same columns, in the same order."""
    conn = sqlite3.connect(path)

    def run():
        conn.execute(
            "SELECT id, date, committee, started_at, finished_at, body_id FROM meetings "
            "ORDER BY date DESC, id DESC"
        ).fetchall()

    return conn, run


def bench_ten_years() -> list[Result]:
    from clerk.store.maintenance import check

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.sqlite3"
        small = Path(tmp) / "small.sqlite3"
        empty = Path(tmp) / "empty.sqlite3"
        build_ten_years(big, TEN_YEARS)
        build_ten_years(small, TEN_YEARS // 10)
        open_database(empty).close()

        def open_and_list(path):
            # What the application does: open the database, list every meeting.
            def run():
                db = open_database(path)
                repository.list_meetings(db.engine)
                db.close()

            return run

        def on(path, job):
            db = open_database(path, lock=False)
            return db, lambda: job(db)

        open_and_list(big)()  # first open after building: the file into the page cache
        floor_open, ours_open = interleaved(open_and_list(empty), open_and_list(big), 21)

        conn, bare = bare_list(big)
        db_b, listing = on(big, lambda db: repository.list_meetings(db.engine))
        floor_list, ours_list = interleaved(bare, listing, 21)
        conn.close()

        db_e, run_e = on(empty, lambda db: repository.list_meetings(db.engine, search="flood"))
        _, run_b = on(big, lambda db: repository.list_meetings(db.engine, search="flood"))
        floor_search, ours_search = interleaved(run_e, run_b, 9)

        db_s, check_small = on(small, check)
        _, check_big = on(big, check)
        floor_check, ours_check = interleaved(check_small, check_big, 7)
        grown = big.stat().st_size / small.stat().st_size
        for db in (db_e, db_b, db_s):
            db.close()
    # `check` may grow as fast as the file, no faster: the floor is the small file's check
    # scaled by how much larger the big file is.
    floor_check = [{k: v * grown for k, v in r.items()} for r in floor_check]
    n = f"{TEN_YEARS:,} meetings"
    return [
        Result(
            "ten years: list all meetings",
            ours_list,
            floor_list,
            "ms",
            None,
            f"{n}; floor: the same query in bare sqlite3; no ratio target",
            limit=5.0,
        ),
        Result(
            "ten years: open + list all meetings",
            ours_open,
            floor_open,
            "ms",
            1.5,
            f"{n} vs an empty database",
        ),
        Result(
            "ten years: search all minutes text",
            ours_search,
            floor_search,
            "ms",
            None,
            f"{n} vs an empty database; no target",
        ),
        Result(
            "ten years: clerk check",
            ours_check,
            floor_check,
            "ms",
            1.0,
            f"{n} vs {TEN_YEARS // 10} meetings times the file's growth ({grown:.1f}x)",
        ),
    ]

"""Two Clerks on one meeting in a team database: two real processes on the real PostgreSQL
server the tests start, each with its own copy of the meeting, as two laptops would be.

Each scenario is one the issue saw losing edits: both start and take items, both type notes on
one item, one marks a member present while the other marks apologies; and undo after the other
Clerk's later change. After each, what is on disk is read back by a third connection.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from clerk.domain.formal import presence as ledger
from clerk.domain.model import AgendaItem, Attendance, ItemKind, Meeting, Person, Role
from clerk.services.meetings import load_meeting, save_new_meeting
from clerk.store.db import open_database

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 17)


def meeting() -> Meeting:
    people = tuple(
        Person(id=pid, title="Councillor", surname=name, role=role)
        for pid, name, role in (
            ("ash", "Ashdown", Role.CHAIR),
            ("baker", "Baker", Role.MEMBER),
            ("cole", "Cole", Role.MEMBER),
        )
    )
    items = tuple(
        AgendaItem(str(n), title, kind, key=f"i{n}")
        for n, title, kind in (
            (1, "Apologies for Absence", ItemKind.APOLOGIES),
            (2, "Declarations of Interest", ItemKind.DECLARATIONS),
            (3, "Library Opening Hours", ItemKind.REPORT),
            (4, "Work Plan", ItemKind.WORK_PLAN),
        )
    )
    return Meeting(
        committee="Communities Committee",
        date=DAY,
        first_minute_number=31,
        people=people,
        items=items,
    )


class Clerk:
    """A Clerk in another process, told what to do one line at a time."""

    def __init__(self, url: str, meeting_id: int, kept: Path):
        env = {**__import__("os").environ, "CLERK_KEPT_DIR": str(kept)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.team.clerk_process", url, str(meeting_id)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.ask_raw() == {"ready": True}

    def ask_raw(self) -> dict:
        line = self.proc.stdout.readline()
        assert line, "the Clerk process stopped"
        return json.loads(line)

    def do(self, *command) -> dict:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self.ask_raw()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture
def team(postgres_server, tmp_path):
    url = postgres_server.new_database()
    db = open_database(url)
    saved = save_new_meeting(db, meeting())
    clerks: list[Clerk] = []

    def clerk(name: str) -> Clerk:
        c = Clerk(url, saved.id, tmp_path / f"kept-{name}")
        clerks.append(c)
        return c

    def on_disk() -> Meeting:
        return load_meeting(db, saved.id)

    yield clerk, on_disk, tmp_path
    for c in clerks:
        c.close()
    db.close()


def minute_numbers(m: Meeting) -> list[int]:
    return [it.minute_number for it in m.items if it.minute_number is not None]


def test_start_and_take_items_on_a_stale_copy_never_duplicates_a_minute(team):
    clerk, on_disk, _ = team
    a, b = clerk("a"), clerk("b")
    assert a.do("start_meeting", "17:30") == {"ok": True}
    assert a.do("take_item", "i1", "17:30") == {"ok": True}
    # B's copy still has the meeting not started: taking item 2 on it is refused, not merged.
    refused = b.do("take_item", "i2", "17:32")
    assert refused["error"] == "Conflict"
    assert "changed by another Clerk" in refused["message"]
    assert "not applied" in refused["message"]
    # B now sees A's start and item 1; taking item 2 again gets the next minute.
    seen = b.do("state")
    assert seen["started_at"] == "17:30" and seen["items"]["i1"][0] == 31
    assert b.do("take_item", "i2", "17:32") == {"ok": True}
    disk = on_disk()
    assert disk.started_at.strftime("%H:%M") == "17:30"
    assert disk.item("i1").minute_number == 31 and disk.item("i2").minute_number == 32
    assert len(set(minute_numbers(disk))) == len(minute_numbers(disk))


def test_both_type_notes_on_one_item_both_are_kept(team):
    clerk, on_disk, tmp_path = team
    a, b = clerk("a"), clerk("b")
    assert a.do("set_notes", "i3", "A's notes on the library.") == {"ok": True}
    # B's copy has not seen A's notes: the two texts are merged, neither is lost.
    assert b.do("set_notes", "i3", "B's notes on the library.") == {"ok": True}
    both = "A's notes on the library. B's notes on the library."
    assert on_disk().item("i3").narrative == both
    assert b.do("state")["items"]["i3"][2] == both
    assert a.do("poll") == {"ok": True, "changed": True}
    assert a.do("state")["items"]["i3"][2] == both
    assert not list((tmp_path / "kept-b").glob("*.txt"))


def test_both_rewrite_the_same_words_the_second_is_refused_and_kept(team):
    clerk, on_disk, tmp_path = team
    a, b = clerk("a"), clerk("b")
    assert a.do("set_notes", "i3", "First draft.") == {"ok": True}
    assert b.do("poll") == {"ok": True, "changed": True}
    assert a.do("set_notes", "i3", "Final wording by A.") == {"ok": True}
    refused = b.do("set_notes", "i3", "Second draft by B.")
    assert refused["error"] == "Conflict"
    assert "Item 3's notes" in refused["message"]
    kept = list((tmp_path / "kept-b").glob("*.txt"))
    assert len(kept) == 1 and "Second draft by B." in kept[0].read_text(encoding="utf-8")
    assert str(kept[0]) in refused["message"]
    # Nobody believes something saved that is not: A's notes are on disk and B sees them.
    assert on_disk().item("i3").narrative == "Final wording by A."
    assert b.do("state")["items"]["i3"][2] == "Final wording by A."
    assert a.do("state")["items"]["i3"][2] == "Final wording by A."


def test_present_against_apologies_leaves_one_consistent_record(team):
    clerk, on_disk, _ = team
    a, b = clerk("a"), clerk("b")
    assert a.do("start_meeting", "17:30") == {"ok": True}
    assert a.do("mark_present", "baker", "17:40") == {"ok": True}
    refused = b.do("mark_apologies", "baker")
    assert refused["error"] == "Conflict"
    disk = on_disk()
    # The arrival is in the ledger alone; the attendance shown is derived from it.
    assert ledger.attendance_of(disk, disk.person("baker")) is Attendance.PRESENT
    assert [(e.person, e.kind.value) for e in disk.presence] == [("baker", "arrived")]
    # Told and reloaded, B can still record the apologies deliberately: then no arrival stays.
    assert b.do("mark_apologies", "baker") == {"ok": True}
    disk = on_disk()
    assert disk.person("baker").attendance is Attendance.APOLOGIES and disk.presence == ()


def test_changes_to_different_rows_are_both_kept(team):
    clerk, on_disk, _ = team
    a, b = clerk("a"), clerk("b")
    assert a.do("set_notes", "i3", "Notes typed by A.") == {"ok": True}
    assert b.do("set_notes", "i4", "Notes typed by B.") == {"ok": True}
    assert a.do("mark_absent", "cole") == {"ok": True}
    disk = on_disk()
    assert disk.item("i3").narrative == "Notes typed by A."
    assert disk.item("i4").narrative == "Notes typed by B."
    assert disk.person("cole").attendance is Attendance.ABSENT
    # B's copy took in A's notes when its own change was merged.
    assert b.do("state")["items"]["i3"][2] == "Notes typed by A."


def test_undo_never_overwrites_the_other_clerks_later_change(team):
    clerk, on_disk, _ = team
    a, b = clerk("a"), clerk("b")
    assert a.do("set_notes", "i3", "First draft by A.") == {"ok": True}
    assert b.do("poll") == {"ok": True, "changed": True}
    assert b.do("set_notes", "i3", "Corrected by B.") == {"ok": True}
    refused = a.do("undo")
    assert refused["error"] == "Conflict"
    assert on_disk().item("i3").narrative == "Corrected by B."
    # An undo of A's own step on rows nobody else touched still works after B's change.
    assert a.do("set_notes", "i4", "A on the work plan.") == {"ok": True}
    assert b.do("set_notes", "i1", "B on apologies.") == {"ok": True}
    assert a.do("undo") == {"ok": True, "done": True}
    disk = on_disk()
    assert disk.item("i4").narrative is None and disk.item("i1").narrative == "B on apologies."


def test_the_other_clerks_change_is_seen_by_polling(team):
    clerk, _, _ = team
    a, b = clerk("a"), clerk("b")
    assert b.do("poll") == {"ok": True, "changed": False}
    assert a.do("mark_absent", "cole") == {"ok": True}
    assert b.do("poll") == {"ok": True, "changed": True}
    assert b.do("state")["people"]["cole"] == "absent"
    assert b.do("poll") == {"ok": True, "changed": False}

"""One attendance key walked from the window to the sentence in the minutes, for each key.

P, A, X, L, W and R pressed in the live attendance list each run one action of the
catalogue (one undo step, with the catalogue's label, calling one domain function); what they
record is in the presence ledger or the register's mark alone, on disk, and the minutes word it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from clerk.domain.formal import presence as ledger
from clerk.domain.model import Attendance
from clerk.minutes import compose, plain_text
from clerk.services.session import MeetingSession
from tests.gui.live_helpers import demo_window, saved_meeting


@pytest.fixture
def window(qtbot, db, monkeypatch):
    # Starting, closing and deferring ask first: the clerk answers Yes.
    return demo_window(qtbot, db, monkeypatch, datetime(2026, 12, 8, 17, 55))


def test_each_attendance_key_goes_one_way_to_the_minutes(window, monkeypatch):
    applied: list[tuple[str, str]] = []
    real_apply = MeetingSession.apply

    def apply(self, label, operation, *args, **kw):
        applied.append((label, f"{operation.__module__}.{operation.__name__}"))
        return real_apply(self, label, operation, *args, **kw)

    monkeypatch.setattr(MeetingSession, "apply", apply)
    live = window.live
    table = live.attendance.table
    model = live.attendance.model
    clock = window.clock_for_test
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the live view

    def key(letter: str, person_id: str, hh: int, mm: int) -> tuple[str, str]:
        clock.set(datetime(2026, 12, 8, hh, mm))
        QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the list
        table.selectRow(model.row_of(person_id))
        applied.clear()
        QTest.keyClick(table, letter)
        # One key, one action of the catalogue: one undo step, one domain function.
        assert len(applied) == 1, applied
        assert window.session.undo_label == applied[0][0]
        assert applied[0][1].startswith("clerk.domain.")
        return applied[0]

    # The register, before the start: the mark only, nothing in the ledger.
    for pid in ("marsh", "okafor", "gill", "lindqvist"):
        assert key("P", pid, 17, 55) == (
            f"Cllr {window.session.meeting.person(pid).surname} present",
            "clerk.domain.operations.mark_present",
        )
    assert key("A", "holroyd", 17, 56) == (
        "Cllr Holroyd: apologies",
        "clerk.domain.operations.set_attendance",
    )
    assert key("X", "fairweather", 17, 57) == (
        "Cllr Fairweather absent",
        "clerk.domain.operations.set_attendance",
    )
    assert saved_meeting(window).presence == ()

    clock.set(datetime(2026, 12, 8, 18, 0))
    QTest.keyClick(window, Qt.Key.Key_F5)  # start at 18:00
    clock.set(datetime(2026, 12, 8, 18, 2))
    QTest.keyClick(window, Qt.Key.Key_F7)  # take item 1
    assert key("P", "bellamy", 18, 12)[1] == "clerk.domain.operations.mark_present"
    assert key("W", "gill", 18, 20) == (
        "Cllr Gill left the room for an interest",
        "clerk.domain.formal.presence.record_withdrawal",
    )
    assert key("R", "gill", 18, 25) == (
        "Cllr Gill returned",
        "clerk.domain.formal.presence.record_return",
    )
    assert key("L", "bellamy", 18, 40) == (
        "Cllr Bellamy left",
        "clerk.domain.operations.record_departure",
    )

    saved = saved_meeting(window)
    # On disk: the comings and goings in the ledger alone, the status derived from it.
    assert [(e.person, e.kind.value, f"{e.at:%H:%M}") for e in saved.presence] == [
        ("bellamy", "arrived", "18:12"),
        ("gill", "withdrew", "18:20"),
        ("gill", "returned", "18:25"),
        ("bellamy", "left", "18:40"),
    ]
    bellamy = saved.person("bellamy")
    assert bellamy.attendance is Attendance.UNKNOWN  # never marked in the register
    assert ledger.attendance_of(saved, bellamy) is Attendance.PRESENT
    assert model.index(model.row_of("bellamy"), model.ATTENDANCE).data() == "left 18:40"

    text = plain_text(compose(saved))
    for sentence in (
        "Cllr Bellamy joined the meeting at 6.12 pm.",
        "Cllr Bellamy left the meeting at 6.40 pm (left during item 1).",
        "Cllr Gill left the meeting for this item.",
        "Cllr Gill returned to the meeting.",
        "Apologies for absence were received from Councillors Dunstan and Holroyd.",
    ):
        assert sentence in text, text
    present = next(line for line in text.splitlines() if line.startswith("Present"))
    assert "Bellamy" in present and "Fairweather" not in present and "Holroyd" not in present

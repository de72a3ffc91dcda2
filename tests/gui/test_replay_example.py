"""The December 2022 example meeting clerked again through the window, keys and clicks only.

The meeting starts from its agenda state (people and items, nothing recorded); the clerk takes
the register, starts the meeting, takes each item at the example's time (a hand-set clock),
records the declarations, notes, resolutions, the deferral of item 4 and the action, closes
the meeting and exports the record: it must equal the example.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from clerk.domain import operations as ops
from clerk.domain.model import InterestKind, ItemKind
from clerk.gui.main_window import MainWindow
from clerk.services.clock import ManualClock
from clerk.services.meetings import import_record
from tests.gui.live_helpers import agenda_state, answer_questions, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEY_FOR = {"present": "P", "apologies": "A", "absent": "X"}


def at(record: dict, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"{record['date']}T{hhmm}")


def open_window(qtbot, db, meeting_id, clock):
    window = MainWindow(db, clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    assert window.open_meeting(meeting_id)
    return window


def take_register(window, example):
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = window.live.attendance.table
    assert table.hasFocus()
    model = table.model()
    table.selectRow(0)
    for row in range(model.rowCount()):
        shown = model.index(row, 0).data()
        person = next(p for p in example["people"] if (p.get("surname") or p.get("name")) in shown)
        assert table.currentIndex().row() == row
        QTest.keyClick(table, KEY_FOR[person["attendance"]])


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def declare(window, example, declaration):
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    panel = live.declarations
    person = next(p for p in example["people"] if p["id"] == declaration["person"])
    choose(panel.member, f"Cllr {person['surname']}")
    choose(panel.kind, InterestKind(declaration["kind"]).value.replace("_", " "))
    type_text(panel.items, ", ".join(declaration["items"]))
    type_text(panel.nature, declaration["nature"])
    QTest.keyClick(panel.nature, Qt.Key.Key_Return)


def write_notes(window, item):
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    editor = live.notes.editor
    assert editor.hasFocus()
    narrative = item.get("narrative")
    if not narrative:
        return
    phrases = ops.phrases_for(ItemKind(item["kind"]))
    if narrative in phrases:
        live.notes.phrases.setCurrentIndex(phrases.index(narrative))
        QTest.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)
    else:
        type_text(editor, narrative)


def write_resolution(window, item):
    resolution = item.get("resolution")
    if not resolution:
        return
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_R, ALT)
    parts = live.resolution.parts
    assert parts.hasFocus()
    if parts.toPlainText().splitlines() != resolution["parts"]:
        QTest.keyClick(parts, Qt.Key.Key_A, CTRL)
        type_text(parts, "\n".join(resolution["parts"]))
    if resolution.get("reason"):
        QTest.keyClick(parts, Qt.Key.Key_Tab)
        assert live.resolution.reason.hasFocus()
        type_text(live.resolution.reason, resolution["reason"])


def add_action(window, example, action):
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_C, ALT)
    panel = live.actions_panel
    assert panel.text.hasFocus()
    owner = next(p for p in example["people"] if p["id"] == action["owner"])
    choose(panel.owner, owner["name"])
    type_text(panel.text, action["text"])
    QTest.keyClick(panel.text, Qt.Key.Key_Return)


def test_the_example_meeting_replayed_through_the_window_gives_the_example_record(
    qtbot, db, york_record, tmp_path, monkeypatch
):
    example = york_record
    answer_questions(monkeypatch)  # closing the meeting asks first
    meeting = import_record(db, agenda_state(example))
    clock = ManualClock(at(example, "17:20"))
    window = open_window(qtbot, db, meeting.id, clock)

    take_register(window, example)
    clock.set(at(example, example["started_at"]))
    QTest.keyClick(window, Qt.Key.Key_F5)

    taken = sorted(example["items"], key=lambda it: it["minute_number"])
    for item in taken:
        clock.set(at(example, item["started_at"]))
        QTest.keyClick(window, Qt.Key.Key_F7)
        shown = window.live.notes.heading.text()
        assert f"Minute {item['minute_number']} · Item {item['agenda_number']}:" in shown
        if item["status"] == "deferred":
            QTest.keyClick(window, Qt.Key.Key_D, CTRL)
        if item["kind"] == "declarations":
            for declaration in example["declarations"]:
                declare(window, example, declaration)
        write_notes(window, item)
        write_resolution(window, item)
        for action in example.get("actions", []):
            if action.get("item") == item["agenda_number"]:
                add_action(window, example, action)

    clock.set(at(example, example["finished_at"]))
    QTest.keyClick(window, Qt.Key.Key_F5, SHIFT)

    out = tmp_path / "replayed.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    QTest.keyClick(window, Qt.Key.Key_E, CTRL | SHIFT)
    replayed = json.loads(out.read_text(encoding="utf-8"))
    assert replayed == example
    assert window.statusBar().currentMessage().startswith("Record written")

"""Formal business clerked through the live window with keys and clicks, as a clerk would:
a declaration that bars a member, the withdrawal and return it prompts, a motion with a show
of hands refused and then counted, a recorded vote asked for after it, an inquorate spell, and
an exempt item taken in private; then the draft minutes are exported and read back."""

from __future__ import annotations

from datetime import datetime

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clerk.domain.formal import presence as ledger
from clerk.domain.formal import quorum as quorum_ops
from clerk.domain.model import InterestKind, MotionResult, PresenceKind
from clerk.gui.live.exclusion import ExclusionDialog
from clerk.gui.live.votes import RecordedVoteDialog, ShowOfHandsDialog
from clerk.gui.main_window import MainWindow
from clerk.services.clock import ManualClock
from clerk.services.meetings import create_demo_meeting
from clerk.store import repository
from tests.gui.live_helpers import (
    answer_questions,
    back_to,
    choose,
    in_dialog,
    saved_meeting,
    type_text,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MOTION = "That Option B be agreed as the preferred option."


def t(hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(2026, 12, 8, int(h), int(m))


@pytest.fixture
def clerked(qtbot, db, monkeypatch):
    """The demo meeting clerked from the register to the close; returns (window, notes)."""
    meeting = create_demo_meeting(db)
    clock = ManualClock(t("17:50"))
    window = MainWindow(db, clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.open_meeting(meeting.id)
    asked = answer_questions(monkeypatch)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    live = window.live
    notes: dict = {}

    # The register: Cllr Dunstan sent apologies (Cllr Lindqvist substitutes).
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    live.attendance.table.selectRow(0)
    for key in "PPPAPPPPPPPP":
        QTest.keyClick(live.attendance.table, key)
    clock.set(t("18:00"))
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F7)  # 1 Apologies
    clock.set(t("18:02"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # 2 Declarations
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    panel = live.declarations
    choose(panel.member, "Cllr Gill")
    choose(panel.kind, "disclosable pecuniary")
    type_text(panel.items, "6")
    type_text(panel.nature, "as she owns a property that has stood empty since 2024")
    QTest.keyClick(panel.nature, Qt.Key.Key_Return)
    for hhmm in ("18:05", "18:06", "18:14"):  # 3 Minutes, 4 Public participation, 5 Report
        clock.set(t(hhmm))
        QTest.keyClick(window, Qt.Key.Key_F7)

    # Item 5: a motion, a show of hands (first miscounted), then a recorded vote on it.
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    motions = live.motions
    assert motions.text.hasFocus()
    type_text(motions.text, MOTION)
    choose(motions.mover, "Cllr Okafor")
    choose(motions.seconder, "Cllr Bellamy")
    QTest.keyClick(motions.text, Qt.Key.Key_Return, CTRL)
    clock.set(t("18:40"))

    def hands(counts, then=None):
        def fill(dialog):
            shown = (dialog.for_.value(), dialog.against.value(), dialog.abstain.value())
            notes.setdefault("hands shown", []).append(shown)
            for box, n in zip((dialog.for_, dialog.against, dialog.abstain), counts, strict=True):
                box.selectAll()
                type_text(box, str(n))
            if then is not None:  # refused: the dialog comes back with the figures typed
                in_dialog(ShowOfHandsDialog, then)
            QTest.keyClick(dialog.abstain, Qt.Key.Key_Return)

        return fill

    in_dialog(ShowOfHandsDialog, hands((6, 2, 1), then=hands((5, 1, 1))))
    QTest.keyClick(window, Qt.Key.Key_F10)
    back_to(window)

    def mark(dialog):
        for letter in "FFFFFAB":  # Marsh, Okafor, Bellamy, Fairweather, Gill | Holroyd | Lindqvist
            QTest.keyClick(dialog.table, letter)
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)

    in_dialog(RecordedVoteDialog, mark)
    QTest.keyClick(window, Qt.Key.Key_F11)
    back_to(window)

    # Item 6: Cllr Gill is asked out; four members leave and the meeting is inquorate.
    clock.set(t("18:50"))
    QTest.keyClick(window, Qt.Key.Key_F7)
    clock.set(t("19:00"))
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    table = live.attendance.table
    model = table.model()
    for pid in ("bellamy", "fairweather", "holroyd", "lindqvist"):
        table.selectRow(model.row_of(pid))
        QTest.keyClick(table, "L")
    notes["inquorate"] = live.formal_bar.inquorate.isVisible()
    notes["banner"] = live.formal_bar.inquorate.text()
    notes["gill"] = model.index(model.row_of("gill"), model.ATTENDANCE).data()
    clock.set(t("19:05"))
    table.selectRow(model.row_of("bellamy"))
    QTest.keyClick(table, "P")
    notes["quorate_again"] = not live.formal_bar.inquorate.isVisible()

    # Item 7: Cllr Gill is asked back; 8 and 9; then the exempt business in private.
    for hhmm in ("19:10", "19:12", "19:15"):
        clock.set(t(hhmm))
        QTest.keyClick(window, Qt.Key.Key_F7)
    clock.set(t("19:20"))

    def exclude(dialog):
        notes["paragraphs"] = dialog.chosen_paragraphs()
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(ExclusionDialog, exclude)
    QTest.keyClick(window, Qt.Key.Key_F7)  # 10 Exclusion of press and public
    back_to(window)
    notes["private"] = live.formal_bar.private.isVisible()
    notes["private_text"] = live.formal_bar.private.text()
    clock.set(t("19:22"))
    QTest.keyClick(window, Qt.Key.Key_F7)  # 11 the exempt item, in private
    QTest.keyClick(window, Qt.Key.Key_N, ALT)
    type_text(live.notes.editor, "The District Valuer's figure for the land was discussed.")
    QTest.keyClick(window, Qt.Key.Key_R, ALT)
    type_text(live.resolution.parts, "That the acquisition of the land at Tanners Yard be agreed.")
    clock.set(t("19:35"))
    QTest.keyClick(window, Qt.Key.Key_X, CTRL | SHIFT)  # readmit press and public
    notes["public_again"] = not live.formal_bar.private.isVisible()
    clock.set(t("19:40"))
    QTest.keyClick(window, Qt.Key.Key_F5, SHIFT)
    notes["asked"], notes["warned"] = asked, warned
    return window, notes


def test_formal_business_is_recorded_as_the_clerk_keyed_it(clerked):
    window, notes = clerked
    m = saved_meeting(window)
    (gill_declaration,) = m.declarations
    assert gill_declaration.left_room and gill_declaration.made_at is None

    # The show of hands beyond those entitled was refused with the rule's own words.
    assert any("only 7 members are entitled to vote" in w for w in notes["warned"])
    assert notes["hands shown"] == [(0, 0, 0), (6, 2, 1)]
    item5 = m.item_by_number("5")
    (motion,) = item5.motions
    assert motion.result is MotionResult.CARRIED
    assert motion.voted_at == t("18:40")
    rec = motion.vote.recorded
    assert (motion.vote.for_, motion.vote.against, motion.vote.abstain) == (5, 1, 1)
    assert rec.for_ == ("marsh", "okafor", "bellamy", "fairweather", "gill")
    assert rec.against == ("holroyd",) and rec.abstain == ("lindqvist",)
    assert item5.resolution.parts == (MOTION,)

    # Gill was asked out at item 6 and back at item 7; the ledger holds both.
    item6 = m.item_by_number("6")
    gill = [(e.kind, e.at, e.item_key) for e in m.presence if e.person == "gill"]
    assert gill == [
        (PresenceKind.WITHDREW, t("18:50"), item6.key),
        (PresenceKind.RETURNED, t("19:10"), item6.key),
    ]
    assert notes["gill"] == "out for item 6"
    assert any("Cllr Gill declared a disclosable pecuniary" in q for q in notes["asked"])
    assert any("Has Cllr Gill returned?" in q for q in notes["asked"])

    # Inquorate from 19:00 (two members in the room, three needed) until 19:05.
    assert notes["inquorate"] and "INQUORATE" in notes["banner"]
    assert "2 of 3" in notes["banner"]
    assert notes["quorate_again"]
    (spell,) = quorum_ops.inquorate_spells(m)
    assert (spell.lost_at, spell.regained_at) == (t("19:00"), t("19:05"))
    bellamy = m.person("bellamy")
    assert ledger.moves_of(m, bellamy).left_at is None
    assert ledger.attendance_of(m, bellamy).value == "present"

    # Taken in private under paragraph 3, pre-filled from the agenda; readmitted at 19:35.
    assert notes["paragraphs"] == [3]
    assert notes["private"] and "IN PRIVATE since 19:20" in notes["private_text"]
    assert notes["public_again"]
    (period,) = m.exclusions
    assert (period.from_, period.to, period.paragraphs) == (t("19:20"), t("19:35"), (3,))
    assert period.item_keys == (m.item_by_number("11").key,)
    assert period.resolved_at_item == m.item_by_number("10").key
    assert "press and public be excluded" in m.item_by_number("10").resolution.parts[0]
    assert notes["warned"][1:] == []  # nothing else was refused


def test_every_formal_step_is_one_undo_step(clerked):
    window, _ = clerked
    # Undo back past the readmission and the close: in private again, on disk too.
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)  # close meeting
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)  # readmit
    assert saved_meeting(window).exclusions[0].to is None
    assert window.live.formal_bar.private.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert saved_meeting(window).exclusions[0].to == t("19:35")


def test_the_draft_minutes_say_each_formal_step(clerked, tmp_path, monkeypatch):
    window, _ = clerked
    out = tmp_path / "minutes.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    QTest.keyClick(window, Qt.Key.Key_E, CTRL)
    assert out.exists(), window.statusBar().currentMessage()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    for table in docx.Document(str(out)).tables:
        text += "\n" + "\n".join(c.text for row in table.rows for c in row.cells)
    low = " ".join(text.split()).lower()
    missing = [
        what
        for what, words in (
            ("recorded vote", "a recorded vote was taken"),
            ("for", "for: councillors marsh, okafor, bellamy, fairweather and gill"),
            ("against", "against: councillor holroyd"),
            ("abstained", "abstained: councillor lindqvist"),
            ("withdrawal", "cllr gill left the meeting for this item"),
            ("its interest", "disclosable pecuniary interest"),
            ("return", "cllr gill returned to the meeting"),
            ("inquorate", "inquorate from 7.00 pm to 7.05 pm"),
            ("exclusion", "press and public be excluded from the meeting"),
            ("exempt item", "agenda item 11 (depot relocation - land acquisition)"),
            ("paragraph", "paragraph 3 of schedule 12a"),
            ("readmission", "readmitted to the meeting at 7.35 pm"),
        )
        if words not in low
    ]
    assert missing == [], f"not in the minutes: {missing}"
    # Of the exempt item the public minutes give the resolution, not the debate (which goes
    # to the confidential annex).
    assert "land at tanners yard be agreed" in low
    assert "district valuer" not in low


def demo_window(qtbot, db, clock):
    """The demo meeting open in a window, in the Live view; returns (window, meeting)."""
    meeting = create_demo_meeting(db)
    window = MainWindow(db, clock)
    qtbot.addWidget(window)
    window.show()
    back_to(window)
    window.open_meeting(meeting.id)
    return window, meeting


def test_a_barring_interest_declared_at_the_item_asks_the_member_out(qtbot, db, monkeypatch):
    clock = ManualClock(t("18:00"))
    window, meeting = demo_window(qtbot, db, clock)
    asked = answer_questions(monkeypatch)
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    live.attendance.table.selectRow(0)
    for key in "PPPPPPPP":
        QTest.keyClick(live.attendance.table, key)
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_A, ALT)
    live.agenda.table.selectRow(5)  # item 6
    QTest.keyClick(live.agenda.table, Qt.Key.Key_Return)
    clock.set(t("18:03"))
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    panel = live.declarations
    choose(panel.member, "Cllr Holroyd")
    choose(panel.kind, "prejudicial")
    type_text(panel.items, "6")
    type_text(panel.nature, "as his son rents one of the homes named in the report")
    QTest.keyClick(panel.nature, Qt.Key.Key_Return)
    m = saved_meeting(window)
    (d,) = m.declarations
    assert d.made_at == m.item_by_number("6").key
    (e,) = m.presence
    assert (e.person, e.kind, e.at) == ("holroyd", PresenceKind.WITHDREW, t("18:03"))
    assert "left the room for this item?" in asked[-1]
    assert "Cllr Holroyd: prejudicial, item 6" in panel.list.item(0).text()
    assert "declared at item 6" in panel.list.item(0).text()
    assert repository.load_meeting(db.engine, meeting.id).declarations == m.declarations


def test_an_interest_declared_with_no_kind_is_recorded_as_such(qtbot, db, monkeypatch):
    # Many parish minutes say only that a member declared an interest: the clerk can record
    # it without choosing a kind, and it never asks the member out of the room.
    window, _ = demo_window(qtbot, db, ManualClock(t("18:00")))
    asked = answer_questions(monkeypatch)
    live = window.live
    QTest.keyClick(window, Qt.Key.Key_D, ALT)
    panel = live.declarations
    choose(panel.member, "Cllr Holroyd")
    choose(panel.kind, "interest (no kind)")
    type_text(panel.items, "6")
    type_text(panel.nature, "as a member of the allotment society")
    QTest.keyClick(panel.nature, Qt.Key.Key_Return)
    (d,) = saved_meeting(window).declarations
    assert d.kind is InterestKind.UNSPECIFIED and not d.left_room
    assert asked == []
    assert panel.list.item(0).text().startswith("Cllr Holroyd: interest, item 6")

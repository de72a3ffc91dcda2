"""The Preview as a drafting view, driven as a clerk would the day after the meeting: click a
paragraph, edit what produces it, reword a sentence Clerk writes, mark items drafted and
checked; the deadline and what is left shown; the Word file read back; screenshots kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from clerk.domain.model import DraftState
from clerk.gui.drafting_panel import SPEAKER
from clerk.services.meetings import import_record
from clerk.store import repository
from tests.gui.live_helpers import example_window, type_text
from tests.minutes.minutes_check import docx_lines

SHOTS = os.environ.get("CLERK_SCREENSHOTS")


@pytest.fixture
def window(qtbot, db, example_record, monkeypatch):
    return example_window(qtbot, db, example_record, monkeypatch, "PREVIEW")


def stored(window):
    return repository.load_meeting(window.db.engine, window.session.meeting.id)


def click_paragraph(view, text: str) -> None:
    """A real mouse click on the paragraph that shows ``text``."""
    cursor = view.browser.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 3, QTextCursor.MoveMode.MoveAnchor)
    view.browser.ensureCursorVisible()
    view.browser.setTextCursor(cursor)
    view.browser.ensureCursorVisible()
    point = view.browser.cursorRect(cursor).center()
    QTest.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QApplication.processEvents()


def block_of(view, kind: str):
    return next(b for b in view.blocks if b.source.split(":")[0] == kind)


def shot(widget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        assert widget.grab().save(str(Path(SHOTS) / f"drafting-{name}.png"))


def test_deadline_time_since_and_what_is_left_are_shown(window):
    view = window.preview
    status = view.status.text()
    assert "Held 2 days ago" in status
    # The default (English principal) style names no draft deadline: no "due by" line.
    assert "due by" not in status
    shot(window, "start")


def test_deadline_is_the_styles_draft_deadline(qtbot, db, example_record, monkeypatch):
    """The one deadline of the minutes' lifecycle (document.draft_deadline), as the
    Meetings view has it, read here from the organisation's stored style."""
    from clerk.minutes.style import preset_text
    from clerk.services.styles import import_style

    import_style(db, preset_text("english-parish"), None)
    w = example_window(qtbot, db, example_record, monkeypatch, "PREVIEW")
    status = w.preview.status.text()
    assert "Draft minutes due by 8 January 2027 (1 month): 29 days left" in status
    view = w.preview
    total = view.items.rowCount()
    assert total > 5 and f"{total} of {total} left" in view.left.text()


def test_marking_items_drafted_and_checked_counts_down_and_undoes(window):
    view = window.preview
    total = view.items.rowCount()
    view.table.selectRow(0)
    view.state_buttons[DraftState.CHECKED].click()
    view.table.selectRow(1)
    QTest.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # notes → drafted
    states = [
        it.drafting
        for it in stored(window).items
        if it.key in {view.items.item_key(0), view.items.item_key(1)}
    ]
    assert set(states) == {DraftState.DRAFTED, DraftState.CHECKED}
    assert view.left.text().startswith(f"{total - 1} of {total} left")
    assert view.items.data(view.items.index(0, 2)) == "Checked ✓"
    window.undo()
    window.undo()
    assert {it.drafting for it in stored(window).items} == {DraftState.NOTES}
    assert view.left.text().startswith(f"{total} of {total} left")


def test_clicking_a_paragraph_opens_the_notes_to_edit_in_place(window):
    view = window.preview
    notes = block_of(view, "notes")
    click_paragraph(view, notes.text[:40])
    assert view.panel.block is not None and view.panel.block.source == "notes"
    assert view.panel.notes.toPlainText().startswith(notes.text[:40])
    view.panel.notes.setPlainText(view.panel.notes.toPlainText() + "\n\nA late paragraph.")
    view.panel.save_current()
    assert "A late paragraph." in stored(window).item(notes.item_key).narrative
    assert "A late paragraph." in view.browser.toPlainText()
    view.table.selectRow(0)
    view.state_buttons[DraftState.CHECKED].click()
    shot(window, "notes")
    window.undo()  # the mark
    window.undo()  # the notes
    assert "A late paragraph." not in (stored(window).item(notes.item_key).narrative or "")


def test_a_speaker_and_a_declaration_are_corrected_in_place(window):
    view = window.preview
    speaker = block_of(view, "speaker")
    click_paragraph(view, speaker.text[:30])
    assert view.panel.page == SPEAKER
    view.panel.speaker_capacity.setText("chair of the Mill Lane residents' association")
    view.panel.save_current()
    assert "chair of the Mill Lane residents' association" in view.browser.toPlainText()
    declaration = block_of(view, "declaration")
    click_paragraph(view, declaration.text[:30])
    view.panel.nature.setText("a member of the angling club")
    view.panel.save_current()
    assert "a member of the angling club" in {d.nature for d in stored(window).declarations}


def test_a_sentence_clerk_writes_is_reworded_kept_reverted_and_exported(
    window, tmp_path, monkeypatch
):
    view = window.preview
    apology = block_of(view, "apologies")
    click_paragraph(view, apology.text[:30])
    assert view.panel.reword_box.isVisible()
    assert not view.panel.revert_button.isEnabled()
    view.panel.reworded.clear()
    type_text(view.panel.reworded, "Councillor Dunstan sent apologies, being away on business.")
    view.panel.reword_button.click()
    (kept,) = stored(window).rewordings
    assert kept.text == "Councillor Dunstan sent apologies, being away on business."
    assert kept.original == apology.text
    html = view.browser.toHtml()
    assert "being away on business. ✎" in view.browser.toPlainText() and "#fff1b8" in html
    assert view.panel.revert_button.isEnabled()
    assert apology.text in view.panel.original.text()  # Clerk's own sentence, for comparison
    shot(window, "reworded")
    # Regenerated after another change: the rewording stays.
    window.open_meeting(window.session.meeting.id)
    window.show_view(window.PREVIEW)
    QApplication.processEvents()
    assert "being away on business." in window.preview.browser.toPlainText()
    # In the Word file, through File ▸ Export draft minutes.
    out = tmp_path / "draft.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.export_minutes()
    lines = docx_lines(out)
    assert "Councillor Dunstan sent apologies, being away on business." in lines
    assert apology.text not in lines and not any("✎" in line for line in lines)
    # Reverted: Clerk's sentence again, and undo brings the rewording back.
    view = window.preview
    click_paragraph(view, "being away on business")
    view.panel.revert_button.click()
    assert stored(window).rewordings == ()
    assert apology.text in view.browser.toPlainText()
    window.undo()
    assert len(stored(window).rewordings) == 1


def test_welsh_deadline_is_seven_working_days(qtbot, db, example_record, monkeypatch):
    from clerk.minutes import load_preset
    from clerk.services.drafting import drafting_status

    meeting = import_record(db, example_record)  # Tuesday 8 December 2026
    status = drafting_status(meeting, load_preset("welsh-community"), meeting.date)
    line = status.summary(meeting.date)
    assert "Note of decisions due by 17 December 2026 (7 working days): 7 working days left" in (
        line
    )

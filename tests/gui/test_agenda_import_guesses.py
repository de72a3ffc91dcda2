"""A real-world agenda whose header had to be guessed, opened in the import preview as a clerk
would: what was guessed is in amber with its reason, and the notes say what was not found."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerk.gui.agenda_import import AgendaImportDialog
from clerk.gui.models.record_rows import UNSURE_BRUSH

# A community council's web page (fictional): no body label, a blog's posting date above the
# notice, the meeting on a line of its own with no year and the place beside the time.
PAGE = """Posted 2 March 2024

Meeting of the month

Wednesday 13 March 2024

7.30 pm Glenbrae Village Hall

1. Apologies
2. Minutes of the last meeting
3. Planning applications
4. Treasurer's report
"""


def test_guessed_header_values_are_amber_with_the_reason(qtbot, db, tmp_path):
    path = tmp_path / "glenbrae.txt"
    path.write_text(PAGE, encoding="utf-8")
    dialog = AgendaImportDialog(db, path=path)
    qtbot.addWidget(dialog)
    model = dialog.details_model
    shown = {}
    for key in ("committee", "kind", "date", "venue"):
        cell = model.index(model.row_of(key), 1)
        shown[key] = (
            cell.data(),
            cell.data(Qt.ItemDataRole.BackgroundRole) == UNSURE_BRUSH,
            cell.data(Qt.ItemDataRole.ToolTipRole) or "",
        )
    assert shown["date"][1] and "little to go on" in shown["date"][2]
    assert "2024" in shown["date"][0] and "13" in shown["date"][0]
    assert shown["venue"][0] == "Glenbrae Village Hall" and shown["venue"][1]
    assert shown["committee"][1] and shown["kind"][1]
    notes = dialog.notes.text()
    assert "committee name" in notes
    assert "chosen with little to go on" in notes
    assert "value(s) the importer was unsure of are in amber" in notes


# A parish notice that gives no date at all (only "Monday evening"): none is made up.
NO_DATE = """Elmford Parish Council

A meeting of the Parish Council will be held on Monday evening at 7.30pm in the Village Hall.

1. Apologies
2. Minutes of the last meeting
3. Planning applications
"""


def open_preview(qtbot, db, tmp_path, text: str) -> AgendaImportDialog:
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    dialog = AgendaImportDialog(db, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def save_asks_then_saves(qtbot, db, dialog, key: str, says: str, value: str):
    """Save meeting is refused with a message saying ``says`` and the ``key`` cell selected;
    once ``value`` is typed there, the meeting is saved. The saved meeting."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from clerk.store import repository

    model = dialog.details_model
    row = model.row_of(key)
    cell = model.index(row, 1)
    said = []

    def answer():
        box = QApplication.activeModalWidget()
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert said and says in said[0]
    assert dialog.meeting_id is None and repository.list_meetings(db.engine) == []
    assert dialog.details.currentIndex().row() == row  # the cell to fill is selected
    assert model.setData(cell, value, Qt.ItemDataRole.EditRole)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return repository.load_meeting(db.engine, dialog.meeting_id)


def test_an_agenda_with_no_date_asks_the_clerk_for_it(qtbot, db, tmp_path):
    dialog = open_preview(qtbot, db, tmp_path, NO_DATE)
    model = dialog.details_model
    cell = model.index(model.row_of("date"), 1)
    assert cell.data() in (None, "")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == UNSURE_BRUSH
    assert "put in the date" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "no meeting date found" in dialog.notes.text()
    saved = save_asks_then_saves(qtbot, db, dialog, "date", "gives no meeting date", "16/03/2026")
    assert saved.date.isoformat() == "2026-03-16"


# A notice that names no body at all: the meeting is not saved as "(committee not found)".
NO_BODY = """AGENDA

Notice is hereby given that a meeting will be held on Monday 16 March 2026 at 7.30pm in the
Village Hall.

1. Apologies for absence
2. Minutes of the last meeting
3. Planning applications
"""


def test_an_agenda_naming_no_body_asks_the_clerk_for_it(qtbot, db, tmp_path):
    dialog = open_preview(qtbot, db, tmp_path, NO_BODY)
    model = dialog.details_model
    cell = model.index(model.row_of("committee"), 1)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == UNSURE_BRUSH
    saved = save_asks_then_saves(
        qtbot,
        db,
        dialog,
        "committee",
        "does not name the body that meets",
        "Elmford Parish Council",
    )
    assert saved.committee == "Elmford Parish Council"

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

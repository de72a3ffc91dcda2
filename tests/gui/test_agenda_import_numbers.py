"""The import preview shows the item numbers the importer put in itself (a list whose numbering
was lost, bullets with no numbers) in amber, with the reason, as a clerk opening the file
would see them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerk.gui.agenda_import import AgendaImportDialog
from clerk.gui.models.record_rows import UNSURE_BRUSH

AGENDA = """Ashgrove Town Council
Meeting of the Council to be held on Monday 3 June 2024 at 7.00pm in the Town Hall

  1. To receive apologies for absence
  1. To receive declarations of interest
  1. To approve the minutes of the meeting held on 13 May 2024
  1. To receive the Town Clerk's report
"""


def test_numbers_put_in_by_the_importer_are_amber_with_the_reason(qtbot, db, tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(AGENDA, encoding="utf-8")
    dialog = AgendaImportDialog(db, path=path)
    qtbot.addWidget(dialog)
    model = dialog.items_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["1", "2", "3", "4"]
    number = model.index(2, 0)
    assert number.data(Qt.ItemDataRole.BackgroundRole) == UNSURE_BRUSH
    assert "same number" in number.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 1).data() == "To approve the minutes of the meeting held on 13 May 2024"
    assert "numbered in order" in dialog.notes.text()

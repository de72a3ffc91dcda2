"""File ▸ Settings as a clerk uses it: change a phrase, get it in the next minutes."""

from __future__ import annotations

import docx
from PySide6.QtWidgets import QMessageBox

from clerk.gui.settings_dialog import SettingsDialog
from clerk.minutes import write_minutes
from clerk.services import settings as service
from clerk.services.meetings import import_record
from clerk.store import repository
from tests.gui.live_helpers import type_text


def test_a_changed_phrase_reaches_the_minutes(qtbot, db, example_record, tmp_path):
    meeting = import_record(db, example_record)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    label = dialog.fields["minutes.chair_label"]
    label.setFocus()
    type_text(label, "Chairman")
    dialog.fields["minutes.print_times"].setCurrentIndex(2)  # "no"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = repository.all_settings(db.engine)
    assert settings == {"minutes.chair_label": "Chairman", "minutes.print_times": False}
    out = write_minutes(meeting, tmp_path / "m.docx", settings=service.load(db).minutes)[0]
    text = [p.text for p in docx.Document(out).paragraphs]
    assert "Cllr E. Marsh, Chairman" in text
    assert "33. Minutes" in text  # no time printed in the heading


def test_a_bad_value_is_named_and_nothing_is_saved(qtbot, db, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    type_text(dialog.fields["formal.quorum"], "most of them")
    type_text(dialog.fields["minutes.chair_label"], "Chairman")
    dialog.accept()
    assert shown and "Quorum" in shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert repository.all_settings(db.engine) == {}
    assert dialog.text_of("formal.quorum") == "most of them"  # what was typed is kept


def test_defaults_show_in_empty_fields(qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    field = dialog.fields["minutes.none_declared"]
    assert field.text() == ""
    assert field.placeholderText() == service.info("minutes.none_declared").default

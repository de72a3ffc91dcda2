"""Settings ▸ House style as a clerk uses it: pick a preset for a body, see the minutes change
beside the text, make a mistake and see it named, and keep what works."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox, QWidget

from clerk.gui.settings_dialog import SettingsDialog
from clerk.minutes.style import presets_folder
from clerk.services import styles
from clerk.services.meetings import import_record
from clerk.store.bodies import body_id_of_meeting

PARISH = presets_folder() / "samples" / "english-parish.json"


def parish(db):
    return import_record(db, json.loads(PARISH.read_text(encoding="utf-8")))


def test_a_preset_chosen_for_a_body_reaches_its_minutes(qtbot, db):
    meeting = parish(db)
    body = body_id_of_meeting(db.engine, meeting.id)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    editor = dialog.style_editor
    # the default style, previewed on the principal council's sample meeting
    assert "Borough of Eastmere Council" in editor.preview.toPlainText()
    editor.owner.setCurrentIndex(editor.owner.findData(body))
    editor.preset.setCurrentText("english-parish")
    editor.start_from_preset()
    assert editor.status.text() == "Reads as a style: English parish or town council."
    assert "Proposed by Cllr Carter; seconded by Cllr Dunn" in editor.preview.toPlainText()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    choice = styles.style_for_meeting(db, meeting.id)
    assert (choice.origin, choice.style.style.name) == ("body", "English parish or town council")
    assert styles.stored_source(db, None) is None  # the organisation's style is untouched


def test_a_mistake_is_named_the_preview_keeps_the_last_good_style(qtbot, db, monkeypatch):
    meeting = parish(db)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    editor = dialog.style_editor
    editor.meeting = meeting
    editor.editor.setPlainText('[style]\nbased_on = "english-parish"\n')
    qtbot.waitUntil(lambda: "412. Apologies for absence:" in editor.preview.toPlainText())
    editor.editor.setPlainText('[style]\nbased_on = "english-parish"\n[headings]\nnumbr = "x"\n')
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not used yet"))
    assert "headings.numbr: unknown key" in editor.status.text()
    assert "412. Apologies for absence:" in editor.preview.toPlainText()
    dialog.accept()
    assert shown and "headings.numbr: unknown key" in shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert styles.stored_source(db, None) is None


def test_the_open_meetings_body_suggests_its_preset(qtbot, db):
    class Window(QWidget):  # the dialog reads the open meeting from its parent's session
        def __init__(self, meeting):
            super().__init__()
            self.session = type("Session", (), {"meeting": meeting})()

    meeting = parish(db)
    window = Window(meeting)
    qtbot.addWidget(window)
    dialog = SettingsDialog(db, window)
    assert meeting.committee and "parish" in meeting.committee.lower()
    assert dialog.style_editor.preset.currentText() == "english-parish"


def test_presets_suggested_by_the_bodys_name():
    assert styles.suggest_preset("Hemswell Parish Council") == "english-parish"
    assert styles.suggest_preset("Full Council", "Abergavenny Town Council") == "english-parish"
    assert styles.suggest_preset("Cyngor Cymuned Llangathen Community Council") == (
        "welsh-community"
    )
    assert styles.suggest_preset("Marchmont and Sciennes Community Council") == (
        "scottish-community"
    )
    assert styles.suggest_preset("Cobh Municipal District", "Cork County Council") == (
        "irish-municipal"
    )
    assert styles.suggest_preset("Board of Trustees", "Local Trust") == "board"
    assert styles.suggest_preset("Licensing Committee", "Leeds City Council") == (
        "english-principal"
    )
    assert styles.suggest_preset(None, "") == "english-principal"

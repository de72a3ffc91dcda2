"""File ▸ Settings: the house style (its own tab: ``clerk.gui.style_editor``), the older
phrase settings, the template, the body's rules, backups.

One tab per part, one field per setting, the default shown in grey in an empty field and what
the setting does beneath it. An empty field means the default. Nothing is saved until OK, and a
value that cannot be meant is named in a dialog without closing this one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk import APP_NAME
from clerk.services import settings as service
from clerk.services.database import Database

DEFAULT = "(default)"


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(f"{APP_NAME} settings")
        self.setAccessibleName("Settings")
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.initial: dict[str, str] = {}
        stored = service.current(db)
        tabs = QTabWidget(self)
        forms: dict[str, QFormLayout] = {}
        for setting in service.catalogue():
            if setting.group not in forms:
                page = QWidget()
                forms[setting.group] = QFormLayout(page)
                area = QScrollArea()
                area.setWidgetResizable(True)
                area.setWidget(page)
                tabs.addTab(area, setting.group)
            text = service.as_text(setting, stored[setting.name])
            field = self._field(setting, text)
            self.fields[setting.name] = field
            self.initial[setting.name] = text
            note = QLabel(setting.doc)
            note.setWordWrap(True)
            note.setEnabled(False)
            box = QVBoxLayout()
            box.addWidget(field if setting.kind != "file" else self._with_browse(field))
            box.addWidget(note)
            forms[setting.group].addRow(setting.label, box)
        from clerk.gui.style_editor import StyleEditor

        session = getattr(parent, "session", None)
        self.style_editor = StyleEditor(db, getattr(session, "meeting", None), self)
        tabs.addTab(self.style_editor, "House style")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        # The house style tab shows the style's text beside a preview of the minutes: room for
        # both, within the screen the parent is on.
        width, height = 1100, 720
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.9))
            height = min(height, int(room.height() * 0.9))
        self.resize(max(720, width), max(560, height))

    def _field(self, setting, text: str):
        if setting.kind == "flag":
            combo = QComboBox()
            default = service.as_text(setting, setting.default)
            combo.addItems([f"{DEFAULT}: {default}", "yes", "no"])
            combo.setCurrentIndex({"": 0, "yes": 1, "no": 2}.get(text, 0))
            combo.setAccessibleName(setting.label)
            combo.setToolTip(setting.doc)
            return combo
        edit = QLineEdit(text)
        edit.setPlaceholderText(service.as_text(setting, setting.default) or DEFAULT)
        edit.setAccessibleName(setting.label)
        edit.setToolTip(setting.doc)
        edit.setClearButtonEnabled(True)
        return edit

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        browse = QPushButton("Choose…")
        browse.setAccessibleName("Choose a Word template")

        def choose():
            path, _ = QFileDialog.getOpenFileName(
                self, "Word template", edit.text(), "Word templates (*.docx *.dotx)"
            )
            if path:
                edit.setText(path)

        browse.clicked.connect(choose)
        layout.addWidget(browse)
        return row

    def text_of(self, name: str) -> str:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            return "" if field.currentIndex() == 0 else field.currentText()
        return field.text()

    def changes(self) -> dict[str, str]:
        return {
            name: self.text_of(name)
            for name in self.fields
            if self.text_of(name).strip() != self.initial[name].strip()
        }

    def accept(self) -> None:
        problems = self.style_editor.problems()
        if problems:
            QMessageBox.warning(self, APP_NAME, "Not saved: " + problems[0])
            return
        try:
            service.save(self.db, self.changes())
            self.style_editor.save()
        except service.SettingError as exc:
            QMessageBox.warning(self, APP_NAME, f"Not saved: {exc}")
            return
        except Exception as exc:  # a failed write must not lose what the clerk typed here
            QMessageBox.warning(self, APP_NAME, f"The settings were not saved: {exc}")
            return
        super().accept()

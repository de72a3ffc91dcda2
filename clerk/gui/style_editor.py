"""Settings ▸ House style: a body's (or the organisation's) house style as its text, with the
minutes previewed beside it as they will read.

The text is checked as it is typed (a short pause after the last key); while it does not read,
the line under it names the key and the problem and the preview keeps the last style that
did. Nothing is stored until the dialog's OK, and a style that does not read is never stored.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import Meeting
from clerk.services import bodies as body_service
from clerk.services import styles as service
from clerk.services.database import Database

STARTER = '[style]\nbased_on = "english-principal"\n'
ORGANISATION = 0  # the combo's data for the organisation's own style (bodies' ids start at 1)


class StyleEditor(QWidget):
    def __init__(self, db: Database, meeting: Meeting | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.meeting = meeting
        self.texts: dict[int | None, str] = {}  # what the clerk typed, per owner
        self.saved: dict[int | None, str] = {}
        self.owner = QComboBox(self)
        self.owner.setAccessibleName("Style for")
        self.owner.addItem("The whole organisation", ORGANISATION)
        for body in body_service.list_bodies(db):
            self.owner.addItem(body.label, body.id)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName("Preset")
        self.preset.addItems(service.preset_names())
        if meeting is not None:  # the likeliest preset for the open meeting's body first
            self.preset.setCurrentText(
                service.suggest_preset(meeting.committee, meeting.organisation)
            )
        start = QPushButton("Start from preset", self)
        start.setToolTip("Replace the text with the chosen preset (to change it line by line)")
        start.clicked.connect(self.start_from_preset)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("styleText")
        self.editor.setAccessibleName("House style text")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor.setFont(fixed if fixed.family() else QFont("monospace"))
        self.status = QLabel(self)
        self.status.setObjectName("styleStatus")
        self.status.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("stylePreview")
        self.preview.setAccessibleName("Minutes in this style")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self.timer.start)
        self.owner.currentIndexChanged.connect(self._owner_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel("Style for:"))
        top.addWidget(self.owner, 1)
        top.addWidget(self.preset)
        top.addWidget(start)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor, 1)
        column.addWidget(self.status)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.style = None
        self._load(self._owner())

    # -- owners -------------------------------------------------------------------------------

    def _owner(self) -> int | None:
        data = self.owner.currentData()
        return None if data == ORGANISATION else data

    def _load(self, owner: int | None) -> None:
        if owner not in self.texts:
            stored = service.stored_source(self.db, owner)
            self.saved[owner] = stored or ""
            self.texts[owner] = stored or STARTER
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.texts[owner])
        self.editor.blockSignals(False)
        self.check()

    def _owner_changed(self) -> None:
        self._load(self._owner())

    def start_from_preset(self) -> None:
        self.editor.setPlainText(service.preset_for_editing(self.preset.currentText()))
        self.check()

    # -- checking and previewing -------------------------------------------------------------

    def check(self) -> bool:
        """Read the text; show the problem, or the minutes in the style. True when it reads."""
        from clerk.minutes import preview_html

        self.timer.stop()
        text = self.editor.toPlainText()
        self.texts[self._owner()] = text
        try:
            style = service.parse_style(text, "style")
        except service.StyleError as exc:
            self.status.setText(f"Not used yet: {exc}")
            self.status.setStyleSheet("color: #9c1c1c;")
            return False
        self.style = style
        self.status.setText(f"Reads as a style: {style.style.name}.")
        self.status.setStyleSheet("")
        meeting = self.meeting or service.sample_meeting(style.style.based_on)
        try:
            html = preview_html(meeting, style=style)
        except Exception as exc:  # the dialog must never fail on a preview
            self.status.setText(f"The minutes cannot be previewed: {exc}")
            return False
        position = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(position)
        return True

    def problems(self) -> list[str]:
        """A line for each changed style that does not read (nothing is stored then)."""
        out = []
        for owner, text in self.texts.items():
            if text.strip() == (self.saved.get(owner) or STARTER).strip():
                continue
            try:
                service.parse_style(text, "style")
            except service.StyleError as exc:
                out.append(f"{self._label(owner)}: {exc}")
        return out

    def save(self) -> None:
        """Store every changed style (call ``problems()`` first)."""
        for owner, text in self.texts.items():
            if text.strip() != (self.saved.get(owner) or STARTER).strip():
                service.import_style(self.db, text, owner)
                self.saved[owner] = text

    def _label(self, owner: int | None) -> str:
        index = self.owner.findData(ORGANISATION if owner is None else owner)
        return self.owner.itemText(index) if index >= 0 else "style"

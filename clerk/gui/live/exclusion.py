"""The resolution to exclude the press and public: which exempt items, under which paragraphs
of Schedule 12A. Pre-filled from the agenda (the items marked exempt, their paragraph), so
the clerk usually only presses Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from clerk.domain.model import AgendaItem
from clerk.services.reading import PARAGRAPHS


class ExclusionDialog(QDialog):
    def __init__(self, items: list[AgendaItem], chosen: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Exclude the press and public")
        self.setObjectName("exclusionDialog")
        intro = QLabel(
            "The press and public are to be excluded for the exempt business below. "
            "Tick the paragraph(s) of Schedule 12A (Local Government Act 1972) that apply.",
            self,
        )
        intro.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("exclusionItems")
        self.items.setAccessibleName("Items to be considered in private")
        paragraphs: set[int] = set()
        for it in items:
            row = QListWidgetItem(f"{it.agenda_number}. {it.title}")
            row.setData(Qt.ItemDataRole.UserRole, it.key)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = it.key == chosen or chosen is None
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.items.addItem(row)
            if on and it.exempt_paragraph in PARAGRAPHS:
                paragraphs.add(it.exempt_paragraph)
        self.items.setMaximumHeight(24 * max(2, min(len(items), 5)) + 8)
        box = QGroupBox("Schedule 12A paragraphs", self)
        box_layout = QVBoxLayout(box)
        self.paragraphs: dict[int, QCheckBox] = {}
        for number, words in PARAGRAPHS.items():
            short = words if len(words) < 70 else words[:67].rsplit(" ", 1)[0] + " …"
            check = QCheckBox(f"&{number}  {short}", box)
            check.setObjectName(f"paragraph{number}")
            check.setToolTip(words)
            check.setChecked(number in paragraphs)
            box_layout.addWidget(check)
            self.paragraphs[number] = check
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Exclude press and public")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items)
        layout.addWidget(box)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def item_keys(self) -> list[str]:
        return [
            self.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_paragraphs(self) -> list[int]:
        return [n for n, check in self.paragraphs.items() if check.isChecked()]

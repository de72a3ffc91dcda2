"""The agenda panel: items with number, title, kind, report pages, planned minutes,
description, and exemption under Schedule 12A with its paragraph (1–7)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from clerk.domain.model import AgendaItem, ItemKind
from clerk.gui.models.items import (
    COL_EXEMPT,
    COL_KIND,
    COL_MINUTES,
    COL_NUMBER,
    COL_PAGES,
    COL_STATUS,
    COL_TITLE,
    ItemsModel,
)
from clerk.gui.models.labels import KIND_LABELS, pages_text, paragraph_label, parse_pages
from clerk.gui.setup.listpanel import ListPanel
from clerk.services import actions, reading


class NotesEdit(QPlainTextEdit):
    """A description box that Tab leaves and that says when the clerk has left it."""

    left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event):  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.left.emit()


def _wrap(layout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    w = QWidget()
    w.setLayout(layout)
    return w


def _label(text: str, buddy) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class AgendaPanel(ListPanel):
    noun = "item"

    def __init__(self, apply, report, parent=None):
        super().__init__("Agenda", ItemsModel(), apply, report, parent)
        self.renumber_button = QPushButton("Renumber 1, 2, 3…")
        self.renumber_button.setAccessibleName("Renumber the items in their order")
        self.renumber_button.clicked.connect(lambda: self._apply(actions.renumber_items))
        self.extra_buttons.addWidget(self.renumber_button)

        self.number = QLineEdit()
        self.number.setAccessibleName("Agenda number")
        self.number.setMaximumWidth(60)
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.title.setPlaceholderText("Title")
        row = QHBoxLayout()
        row.addWidget(self.number)
        row.addWidget(self.title, 1)
        self.form.addRow(_label("&Item:", self.number), _wrap(row))

        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.setAccessibleName("Kind of item")
        self.pages = QLineEdit()
        self.pages.setAccessibleName("Report pages")
        self.pages.setPlaceholderText("9–32")
        self.pages.setMaximumWidth(90)
        self.planned = QSpinBox()
        self.planned.setRange(0, reading.MAX_PLANNED_MINUTES)
        self.planned.setSpecialValueText("—")
        self.planned.setSuffix(" min")
        self.planned.setAccessibleName("Planned minutes")
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(_label("&Pages:", self.pages))
        row.addWidget(self.pages)
        row.addWidget(_label("P&lanned:", self.planned))
        row.addWidget(self.planned)
        self.form.addRow(_label("&Kind:", self.kind), _wrap(row))

        self.exempt = QCheckBox("E&xempt")
        self.exempt.setAccessibleName("Exempt: press and public excluded")
        self.paragraph = QComboBox()
        self.paragraph.addItem("(no paragraph)", None)
        for number in reading.EXEMPT_PARAGRAPHS:
            self.paragraph.addItem(paragraph_label(number), number)
        self.paragraph.setAccessibleName("Schedule 12A paragraph")
        # The paragraphs' wording is long: the list shows it whole when open, and the closed box
        # does not widen the Set-up view past a 1366-pixel screen.
        self.paragraph.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.paragraph.setMinimumContentsLength(24)
        self.paragraph.view().setMinimumWidth(self.paragraph.view().sizeHintForColumn(0) + 24)
        row = QHBoxLayout()
        row.addWidget(self.exempt)
        row.addWidget(self.paragraph, 1)
        self.form.addRow(_label("Sch. 12A:", self.paragraph), _wrap(row))

        self.description = NotesEdit()
        self.description.setAccessibleName("Description")
        self.description.setPlaceholderText("What the item is for, as on the agenda")
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.form.addRow(_label("&Description:", self.description), self.description)

        order = [self.table, self.number, self.title, self.kind, self.pages, self.planned]
        order += [self.exempt, self.paragraph, self.description]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.number.editingFinished.connect(lambda: self._edit(agenda_number=self.number.text()))
        self.title.editingFinished.connect(lambda: self._edit(title=self.title.text()))
        self.kind.activated.connect(lambda: self._edit(kind=ItemKind(self.kind.currentData())))
        self.pages.editingFinished.connect(self._pages_finished)
        self.planned.editingFinished.connect(
            lambda: self._edit(planned_minutes=self.planned.value() or None)
        )
        self.exempt.toggled.connect(lambda on: self._edit(exempt=on or None))
        self.paragraph.activated.connect(
            lambda: self._edit(exempt_paragraph=self.paragraph.currentData())
        )
        self.description.left.connect(
            lambda: self._edit(description=self.description.toPlainText())
        )
        for col, width in (
            (COL_NUMBER, 40),
            (COL_KIND, 150),
            (COL_PAGES, 60),
            (COL_MINUTES, 62),
            (COL_EXEMPT, 58),
            (COL_STATUS, 80),
        ):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch
        )

    @property
    def first_field(self) -> QLineEdit:
        return self.title

    # -- ListPanel -------------------------------------------------------------------------
    def entities(self, meeting):
        return meeting.items

    def key_of(self, item: AgendaItem) -> str:
        return item.key

    def set_model_rows(self, items) -> None:
        self._model.set_items(items)

    def show_entity(self, item: AgendaItem | None) -> None:
        self.form_widget.setEnabled(item is not None)
        self._loading = True
        try:
            for edit, value in (
                (self.number, item.agenda_number if item else ""),
                (self.title, item.title if item else ""),
                (self.pages, pages_text(item.pages) if item else ""),
            ):
                if edit.text() != value:
                    edit.setText(value)
            self.kind.setCurrentIndex(
                self.kind.findData((item.kind if item else ItemKind.REPORT).value)
            )
            self.planned.setValue((item.planned_minutes or 0) if item else 0)
            self.exempt.setChecked(bool(item and item.exempt))
            self.paragraph.setCurrentIndex(
                max(0, self.paragraph.findData(item.exempt_paragraph if item else None))
            )
            text = (item.description or "") if item else ""
            if self.description.toPlainText() != text:
                self.description.setPlainText(text)
        finally:
            self._loading = False

    def add_row(self) -> None:
        if self._meeting is None:
            return
        current = self.current_entity()
        item = AgendaItem(reading.next_agenda_number(self._meeting), "", ItemKind.REPORT)
        if self._apply(actions.add_item, item, after=current.key if current else None):
            self.select(item.key)
            self.first_field.setFocus()

    def remove_row(self) -> None:
        item = self.current_entity()
        if item is not None:
            title = item.title or "(no title)"
            self.remove_entity(
                item,
                "Remove item",
                f"Remove item {item.agenda_number} “{title}” from the agenda?",
                actions.remove_item,
            )

    def move_row(self, offset: int) -> None:
        self.move_current(actions.move_item, offset)

    # -- editing ---------------------------------------------------------------------------
    def _edit(self, **changes) -> None:
        item = self.current_entity()
        if self._loading or item is None:
            return
        self._apply(actions.edit_item, item.key, **changes)

    def _pages_finished(self) -> None:
        try:
            pages = parse_pages(self.pages.text())
        except ValueError as exc:
            self._report(str(exc))
            return
        self._edit(pages=pages)

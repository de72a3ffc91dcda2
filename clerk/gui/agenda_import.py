"""Importing a published agenda, with a preview in which the clerk corrects what was found.

``clerk.agenda.read_agenda`` turns a .txt, .docx, .odt or .pdf agenda into a ``clerk.meeting/1``
record and says what it was unsure of. The dialog shows the details, people and items in
editable tables, unsure cells in amber with the reason as a tooltip, and the importer's notes
above. Nothing is saved until "Save meeting"; then the record is checked as a whole and a
fault points at the cell to correct.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from clerk.agenda import AgendaError, AgendaImport, names_no_body, read_agenda
from clerk.domain.model import ItemKind, MeetingKind, Role
from clerk.gui.choice_delegate import ChoiceDelegate
from clerk.gui.models.labels import KIND_LABELS, MEETING_KIND_LABELS, ROLE_LABELS
from clerk.gui.models.record_rows import Column, RecordFieldsModel, RecordRowsModel, split_path
from clerk.gui.setup.ask import warn
from clerk.services import bodies
from clerk.services.database import Database
from clerk.services.meetings import (
    RecordError,
    meeting_from_record,
    meetings_like,
    save_new_meeting,
)

AGENDA_FILES = "Agendas (*.txt *.docx *.odt *.pdf *.html *.htm);;All files (*)"

DETAILS = [
    Column("committee", "Body (committee)"),
    Column("organisation", "Organisation"),
    Column("kind", "Kind", "choice", tuple((k.value, v) for k, v in MEETING_KIND_LABELS.items())),
    Column("date", "Date", "date"),
    Column("scheduled_time", "Time", "time"),
    Column("venue", "Venue"),
    Column("meeting_type", "Type of meeting"),
    Column("first_minute_number", "First minute number", "int"),
    Column("democracy_officer.name", "Democracy officer"),
    Column("democracy_officer.phone", "Officer's phone"),
    Column("democracy_officer.email", "Officer's email"),
]
PEOPLE = [
    Column("title", "Title"),
    Column("forename", "Forename"),
    Column("initials", "Initials"),
    Column("surname", "Surname"),
    Column("name", "Full name"),
    Column("role", "Role", "choice", tuple((k.value, v) for k, v in ROLE_LABELS.items())),
    Column("capacity", "Capacity"),
]
ITEMS = [
    Column("agenda_number", "No."),
    Column("title", "Title"),
    Column("kind", "Kind", "choice", tuple((k.value, v) for k, v in KIND_LABELS.items())),
    Column("pages", "Pages", "pages"),
    Column("planned_minutes", "Planned", "int"),
    Column("exempt", "Exempt", "bool"),
    Column("exempt_paragraph", "Para.", "choice", tuple((n, str(n)) for n in range(1, 8))),
    Column("description", "Description"),
]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class AgendaImportDialog(QDialog):
    def __init__(
        self,
        db: Database,
        parent=None,
        *,
        path: str | Path | None = None,
        found: AgendaImport | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.setWindowTitle("Import agenda")
        self.setAccessibleName("Import agenda")
        self.resize(1100, 680)

        self.file = QLineEdit()
        self.file.setAccessibleName("Agenda file: type its path and press Enter, or choose it")
        self.file.setPlaceholderText(
            "Type the path of the published agenda (.txt, .docx, .odt or .pdf) and press Enter, "
            "or Choose file…"
        )
        # Enter reads the typed path (and goes no further: it must not save the meeting too).
        self.file.installEventFilter(self)
        self.choose = QPushButton("&Choose file…")
        self.choose.setAccessibleName("Choose the agenda file")
        self.choose.clicked.connect(self.choose_file)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName("What to check")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget()
        self.details = _table("Meeting details")
        self.people = _table("People")
        self.items = _table("Agenda items")
        self.tabs.addTab(self.details, "&Details")
        self.tabs.addTab(self.people, "&People")
        self.tabs.addTab(self.items, "&Items")
        self.message = QLabel()
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save meeting")
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        file_label = QLabel("&Agenda:")
        top.addWidget(file_label)
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for table in (self.people, self.items):
            for text, key, slot in (
                ("Add row", Qt.Key.Key_Insert, self._add_row),
                ("Remove row", QKeySequence.StandardKey.Delete, self._remove_row),
            ):
                act = QAction(text, table)
                act.setShortcut(QKeySequence(key))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                act.triggered.connect(lambda _=False, t=table, s=slot: s(t))
                table.addAction(act)

        self.found: AgendaImport | None = None
        self.existing_id: int | None = None  # the meeting to open instead, if the clerk chose it
        file_label.setBuddy(self.file)
        if found is not None:
            self.show_found(found)
        elif path is not None:
            self.read(Path(path))
        self.file.setFocus()

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if (
            watched is self.file
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._read_typed()
            return True
        return super().eventFilter(watched, event)

    def _read_typed(self) -> None:
        text = self.file.text().strip().strip('"')
        if not text:
            self.choose_file()
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self._say(f"There is no file {path}: check the path, or use Choose file….")
            return
        self._say("")
        if self.read(path):
            self.tabs.setFocus()

    # -- reading ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import agenda", "", AGENDA_FILES)
        if name:
            self.read(Path(name))

    def read(self, path: Path) -> bool:
        """Read an agenda file; a file that cannot be read is explained, nothing changes."""
        self.file.setText(str(path))
        try:
            found = read_agenda(path)
        except AgendaError as exc:
            warn(
                self,
                "Import agenda",
                f"Clerk could not read this agenda: {exc}\n\n"
                "Choose another file (a .txt, .docx, .odt or .pdf of the published agenda), "
                "or create the meeting with New meeting and type the items in.",
            )
            return False
        except OSError as exc:
            warn(self, "Import agenda", f"The file cannot be opened: {exc.strerror or exc}")
            return False
        self.show_found(found)
        return True

    def show_found(self, found: AgendaImport) -> None:
        self.found = found
        record = copy.deepcopy(found.record)
        unsure: dict[str, dict] = {"details": {}, "people": {}, "items": {}}
        for path, reason in (found.unsure or {}).items():
            part, row, key = split_path(path)
            unsure[part][(row, key)] = reason
        self._propose_minute(record, unsure["details"])

        details = {}
        for (_, key), reason in unsure["details"].items():
            for i, field in enumerate(DETAILS):
                if field.key == key or field.key.startswith(key + "."):
                    details[(i, field.key)] = reason
        self.details_model = RecordFieldsModel(record, DETAILS, details, self)
        self.people_model = RecordRowsModel(
            record.get("people") or [], PEOPLE, unsure["people"], self
        )
        self.items_model = RecordRowsModel(record.get("items") or [], ITEMS, unsure["items"], self)
        for table, model, columns in (
            (self.details, self.details_model, None),
            (self.people, self.people_model, PEOPLE),
            (self.items, self.items_model, ITEMS),
        ):
            table.setModel(model)
            if columns is None:
                delegate = ChoiceDelegate(DETAILS, table, lambda ix: DETAILS[ix.row()])
                table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
                table.setColumnWidth(0, 200)
            else:
                delegate = ChoiceDelegate(columns, table)
                table.horizontalHeader().setStretchLastSection(True)
            table.setItemDelegate(delegate)
            model.dataChanged.connect(lambda *_: self._update_counts())
            model.refused.connect(self._say)
        self.items.setColumnWidth(0, 50)
        self.items.setColumnWidth(1, 380)
        self.items.setColumnWidth(2, 170)
        self._update_counts()
        lines = list(found.notes or [])
        count = sum(m.unsure_count() for m in self._models())
        if count:
            lines.insert(
                0,
                f"{count} value(s) the importer was unsure of are in amber: check "
                "them (hover for the reason) and correct what is wrong.",
            )
        self.notes.setText("\n".join(f"• {line}" for line in lines))
        self.save_button.setEnabled(True)

    def _propose_minute(self, record: dict, unsure: dict) -> None:
        """A body already in Clerk gets its first minute number proposed; a new one does not,
        since its earlier meetings are not known here."""
        if record.get("first_minute_number") is not None:
            return
        name, org = record.get("committee"), record.get("organisation")
        known = next(
            (b for b in bodies.list_bodies(self.db) if b.name == name and b.organisation == org),
            None,
        )
        if known is None:
            return
        from datetime import date

        try:
            day = date.fromisoformat(record.get("date") or "")
        except ValueError:
            return
        record["first_minute_number"] = bodies.propose_first_minute(self.db, known.id, day)
        unsure[(None, "first_minute_number")] = "proposed from the body's earlier meetings"

    def _models(self):
        return [
            m
            for m in (
                getattr(self, n, None) for n in ("details_model", "people_model", "items_model")
            )
            if m is not None
        ]

    def _update_counts(self) -> None:
        self.tabs.setTabText(1, f"&People ({self.people_model.rowCount()})")
        self.tabs.setTabText(2, f"&Items ({self.items_model.rowCount()})")
        self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")

    # -- rows ------------------------------------------------------------------------------
    def _add_row(self, table: QTableView) -> None:
        model = table.model()
        if model is None:
            return
        at = table.currentIndex().row() + 1 if table.currentIndex().isValid() else model.rowCount()
        if model is self.items_model:
            row = {"agenda_number": str(at + 1), "title": "", "kind": ItemKind.REPORT.value}
        else:
            row = {"role": Role.MEMBER.value, "title": "Councillor"}
        model.insert_row(at, row)
        table.setCurrentIndex(model.index(at, 1))
        self._update_counts()

    def _remove_row(self, table: QTableView) -> None:
        model = table.model()
        if model is None or not table.currentIndex().isValid():
            return
        row = table.currentIndex().row()
        model.remove_row(row)
        if model.rowCount():
            table.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
        self._update_counts()

    # -- saving ----------------------------------------------------------------------------
    def record(self) -> dict:
        """The record as corrected so far."""
        record = copy.deepcopy(self.details_model.record())
        people = self.people_model.rows()
        taken = {p["id"] for p in people if p.get("id")}
        for p in people:
            if not p.get("id"):
                p["id"] = _free_id(p, taken)
        record["people"] = people
        record["items"] = self.items_model.rows()
        record.setdefault("kind", MeetingKind.COMMITTEE.value)
        return record

    def accept(self) -> None:
        if self.found is None:
            self._say("Choose an agenda file first.")
            return
        record = self.record()
        if not record.get("date"):  # the agenda gave none, and none is made up
            self._point_at("date")
            warn(
                self,
                "Import agenda",
                "The agenda gives no meeting date. Put in the date of the meeting (like "
                "2023-02-20 or 20/02/2023) and press Save meeting again.",
            )
            return
        if names_no_body(record):  # the agenda named no body, and none is made up
            self._point_at("committee")
            warn(
                self,
                "Import agenda",
                "The agenda does not name the body that meets. Put in its name (like "
                "Elmford Parish Council, or Planning Committee) and press Save meeting again.",
            )
            return
        try:
            meeting = meeting_from_record(record)
        except RecordError as exc:
            self._point_at(exc.path)
            warn(
                self,
                "Import agenda",
                f"This needs correcting before the meeting can be saved:\n\n{_plain(exc)}\n\n"
                "The cell is selected: correct it and press Save meeting again.",
            )
            return
        if not self._not_a_second_copy(meeting):
            return
        try:
            saved = save_new_meeting(self.db, meeting)
        except Exception as exc:  # noqa: BLE001 - a database error reaches the clerk
            warn(self, "Import agenda", f"The meeting was not saved: {exc}")
            return
        self.meeting_id = saved.id
        super().accept()

    def _not_a_second_copy(self, meeting) -> bool:
        """The same agenda imported again: say so and offer the meeting already saved. True:
        go on and save a new meeting."""
        try:
            same = meetings_like(self.db, meeting.committee, meeting.date)
        except Exception:  # noqa: BLE001 - the check is a help; saving says any real fault
            return True
        if not same:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Import agenda")
        box.setText(
            f"A meeting of {meeting.committee} on {meeting.date:%d %B %Y} is already in Clerk "
            f"({same[0].status}).\n\nOpen that meeting, or import this agenda as another one?"
        )
        open_button = box.addButton("&Open it", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Import another", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            self.meeting_id = self.existing_id = same[0].id
            super().accept()
            return False
        return clicked is not cancel and clicked is not None

    def _point_at(self, path: str) -> None:
        part, row, key = split_path(path)
        if part == "details":
            self.tabs.setCurrentIndex(0)
            r = next(
                (i for i, f in enumerate(DETAILS) if f.key == key or f.key.startswith(f"{key}.")),
                None,
            )
            if r is not None:
                self.details.setCurrentIndex(self.details_model.index(r, 1))
                self.details.setFocus()
            return
        table, columns = (self.people, PEOPLE) if part == "people" else (self.items, ITEMS)
        self.tabs.setCurrentIndex(1 if part == "people" else 2)
        key = (key or "").split(".")[0]
        col = next((i for i, c in enumerate(columns) if c.key == key), 0)
        if row is not None and row < table.model().rowCount():
            table.setCurrentIndex(table.model().index(row, col))
            table.setFocus()


def _free_id(person: dict, taken: set[str]) -> str:
    hint = person.get("surname") or person.get("name") or "person"
    base = re.sub(r"[^a-z0-9]+", "-", hint.lower()).strip("-") or "person"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _plain(exc: RecordError) -> str:
    """ "items[2].title: …" in the clerk's words: "Item 3, title: …"."""
    part, row, key = split_path(exc.path)
    if part == "details":
        where = key or "The record"
    else:
        where = f"{'Person' if part == 'people' else 'Item'} {row + 1}" + (
            f", {key}" if key else ""
        )
    return f"{where}: {exc.message}"

"""The people panel: members with Chair and Vice-Chair, substitutes and whom they replace,
others in attendance and officers with their capacity; a member's ward and letters after the
name, a reason for apologies, and attendance in part or from another place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from clerk.domain.model import Person, Role
from clerk.gui.models.labels import ROLE_LABELS
from clerk.gui.models.people import (
    COL_CAPACITY,
    COL_NAME,
    COL_REPLACES,
    COL_ROLE,
    PeopleModel,
    display_name,
)
from clerk.gui.pickers import surname_typeahead
from clerk.gui.setup.listpanel import ListPanel
from clerk.services import actions, reading

TEXT_FIELDS = (
    "title",
    "forename",
    "initials",
    "surname",
    "name",
    "capacity",
    "post_nominals",
    "ward",
    "apology_reason",
    "attendance_note",
)
FLAGS = (("in_part", "In part"), ("remote", "Remote"))


class PeoplePanel(ListPanel):
    noun = "person"

    def __init__(self, apply, report, parent=None):
        super().__init__("People", PeopleModel(), apply, report, parent)
        self.save_standing_button = QPushButton("Save as standing membership")
        self.save_standing_button.setAccessibleName("Save as the body's standing membership")
        self.save_standing_button.setToolTip(
            "Keep these people (all but substitutes) for the body's next meetings"
        )
        self.extra_buttons.addWidget(self.save_standing_button)

        self.fields: dict[str, QLineEdit] = {}
        for name, label, width in (
            ("title", "Title", 110),
            ("forename", "Forename", 0),
            ("initials", "Initials", 70),
            ("surname", "Surname", 0),
            ("name", "Full name (when not split)", 0),
            ("capacity", "Capacity (job title, or why they attend)", 0),
            ("post_nominals", "Letters after the name (MBE)", 90),
            ("ward", "Ward (electoral area)", 0),
            ("apology_reason", "Reason for apologies", 0),
            ("attendance_note", "Note on attendance (joined after item 9)", 0),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setPlaceholderText(label.split(" (")[0])
            if width:
                edit.setMaximumWidth(width)
            edit.editingFinished.connect(lambda n=name: self._text_finished(n))
            self.fields[name] = edit
        name_row = QHBoxLayout()
        for n in ("title", "forename", "initials", "surname", "post_nominals"):
            name_row.addWidget(self.fields[n])
        self.form.addRow(self._label("&Name:", self.fields["title"]), self._wrap(name_row))
        # Not Alt+F: that is the File menu.
        self.form.addRow("&Whole name:", self.fields["name"])

        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(label, role.value)
        self.role.setAccessibleName("Role")
        self.role.activated.connect(self._role_chosen)
        self.replaces = QComboBox()
        self.replaces.setAccessibleName("Substitute for (type the surname)")
        surname_typeahead(self.replaces)
        self.replaces.activated.connect(self._replaces_chosen)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role)
        role_row.addWidget(self.replaces, 1)
        self.form.addRow(self._label("&Role:", self.role), self._wrap(role_row))
        self.form.addRow("&Capacity:", self.fields["capacity"])
        self.flags: dict[str, QCheckBox] = {}
        more_row = QHBoxLayout()
        more_row.addWidget(self.fields["ward"], 1)
        more_row.addWidget(self.fields["apology_reason"], 1)
        more_row.addWidget(self.fields["attendance_note"], 1)
        for name, text in FLAGS:
            box = QCheckBox(text)
            box.setAccessibleName(
                "Attended in part" if name == "in_part" else "Attended from another place"
            )
            box.toggled.connect(lambda on, n=name: self._flag_toggled(n, on))
            self.flags[name] = box
            more_row.addWidget(box)
        self.form.addRow(self._label("Ward:", self.fields["ward"]), self._wrap(more_row))
        order = [
            self.table,
            *(self.fields[n] for n in ("title", "forename", "initials", "surname", "name")),
        ]
        order.insert(5, self.fields["post_nominals"])
        order += [self.role, self.replaces, self.fields["capacity"], self.fields["ward"]]
        order += [self.fields["apology_reason"], self.fields["attendance_note"]]
        order += list(self.flags.values())
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.table.setColumnWidth(COL_NAME, 140)
        self.table.setColumnWidth(COL_ROLE, 100)
        self.table.setColumnWidth(COL_REPLACES, 120)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_CAPACITY, QHeaderView.ResizeMode.Stretch
        )

    @staticmethod
    def _label(text: str, buddy) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _wrap(layout) -> QWidget:
        layout.setContentsMargins(0, 0, 0, 0)
        w = QWidget()
        w.setLayout(layout)
        return w

    @property
    def first_field(self) -> QLineEdit:
        return self.fields["surname"]

    # -- ListPanel -------------------------------------------------------------------------
    def entities(self, meeting):
        return meeting.people

    def key_of(self, person: Person) -> str:
        return person.id

    def set_model_rows(self, people) -> None:
        self._model.set_people(people)

    def show_entity(self, person: Person | None) -> None:
        self.form_widget.setEnabled(person is not None)
        self._loading = True
        try:
            for name, edit in self.fields.items():
                value = (getattr(person, name) or "") if person is not None else ""
                if edit.text() != value:
                    edit.setText(value)
            for name, box in self.flags.items():
                box.setChecked(bool(getattr(person, name)) if person is not None else False)
            role = person.role if person is not None else Role.MEMBER
            self.role.setCurrentIndex(self.role.findData(role.value))
            self.replaces.clear()
            self.replaces.addItem("(replaces no one)" if person else "", None)
            if person is not None and self._meeting is not None:
                for p in self._meeting.people:
                    if p.role.is_member and p.role is not Role.SUBSTITUTE and p.id != person.id:
                        self.replaces.addItem(f"Substitute for {display_name(p)}", p.id)
                self.replaces.setCurrentIndex(max(0, self.replaces.findData(person.substitute_for)))
            self.replaces.setEnabled(person is not None and person.role is Role.SUBSTITUTE)
        finally:
            self._loading = False

    def add_row(self) -> None:
        if self._meeting is None:
            return
        current = self.current_entity()
        role = current.role if current is not None else Role.MEMBER
        if role in (Role.CHAIR, Role.VICE_CHAIR):
            role = Role.MEMBER
        person = Person(id=reading.new_person_id(self._meeting), role=role)
        # Placed among the others of the same role, not after whoever happens to be selected.
        after = reading.place_for_role(self._meeting, role)
        if self._apply(actions.add_person, person, after=after):
            self.select(person.id)
            self.first_field.setFocus()

    def remove_row(self) -> None:
        person = self.current_entity()
        if person is not None:
            self.remove_entity(
                person,
                "Remove person",
                f"Remove {display_name(person)} from this meeting?",
                actions.remove_person,
            )

    def move_row(self, offset: int) -> None:
        self.move_current(actions.move_person, offset)

    # -- editing ---------------------------------------------------------------------------
    def _text_finished(self, name: str) -> None:
        person = self.current_entity()
        if self._loading or person is None:
            return
        value = self.fields[name].text()
        if (getattr(person, name) or "") == value.strip():
            return
        self._apply(actions.edit_person, person.id, **{name: value})

    def _flag_toggled(self, name: str, on: bool) -> None:
        person = self.current_entity()
        if self._loading or person is None or bool(getattr(person, name)) == on:
            return
        self._apply(actions.edit_person, person.id, **{name: on})

    def _role_chosen(self) -> None:
        person = self.current_entity()
        if self._loading or person is None:
            return
        self._apply(actions.edit_person, person.id, role=Role(self.role.currentData()))

    def _replaces_chosen(self) -> None:
        person = self.current_entity()
        if self._loading or person is None:
            return
        self._apply(
            actions.edit_person,
            person.id,
            substitute_for=self.replaces.currentData(),
        )


__all__ = ["PeoplePanel", "TEXT_FIELDS"]

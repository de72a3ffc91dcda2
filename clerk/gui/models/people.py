"""The people of a meeting in set-up: name, role, capacity, whom a substitute replaces."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerk.domain.model import Person, Role
from clerk.domain.wording import full_name, short_name
from clerk.gui.models.base import RowsModel
from clerk.gui.models.labels import ROLE_LABELS

COL_NAME, COL_ROLE, COL_CAPACITY, COL_REPLACES = range(4)
HEADERS = ("Name", "Role", "Capacity", "Substitute for")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def display_name(person: Person) -> str:
    """ "Cllr Marsh", "Ana Moreno"; a person not yet named shows as such, never as their id."""
    if not any((person.surname, person.name, person.forename, person.initials)):
        return "(no name yet)"
    return short_name(person) if person.role is not Role.OFFICER else full_name(person)


class PeopleModel(RowsModel):
    HEADERS = HEADERS

    @property
    def _people(self) -> tuple[Person, ...]:
        return self._rows

    def set_people(self, people: tuple[Person, ...]) -> None:
        self.set_rows(people)

    def person_id(self, row: int) -> str | None:
        return self._people[row].id if 0 <= row < len(self._people) else None

    def row_of(self, person_id: str | None) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.id == person_id), None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._people[index.row()]
        if role == ID_ROLE:
            return p.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        if col == COL_NAME:
            return display_name(p)
        if col == COL_ROLE:
            return ROLE_LABELS[p.role]
        if col == COL_CAPACITY:
            return p.capacity or ""
        replaced = next((q for q in self._people if q.id == p.substitute_for), None)
        return display_name(replaced) if replaced is not None else ""

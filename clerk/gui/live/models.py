"""Qt models over the meeting for the live view: the agenda and the attendance list.

Each model holds the latest ``Meeting`` value and the clock reading it was drawn at; the view
hands them a new meeting after every change, with the rows the change named (the typed change
set), and a new time every second. Both stand on ``RowsModel``: a change that keeps the rows
in their order redraws only the rows it touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clerk.domain.model import Attendance, ItemStatus, Meeting, Person, Role
from clerk.domain.wording import clock_24, elapsed, full_name, is_councillor, short_name
from clerk.gui.models.base import RowsModel
from clerk.gui.models.labels import ATTENDANCE_LABELS, ROLE_LABELS
from clerk.services import reading

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
OVER_TIME = QColor("#c62828")

# The roles as plain numbers: a view asks ``data`` for eight roles of every cell it measures or
# draws (twenty thousand calls for a 30-item agenda shown), each comparison with a PySide6 enum
# member costs an attribute look-up, and most roles asked are answered by none of these.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
TEXT_ROLES = (DISPLAY, ACCESSIBLE)
ANSWERED = frozenset({int(KEY_ROLE), DISPLAY, EDIT, FONT, FOREGROUND, TOOLTIP, ACCESSIBLE})


def item_state(meeting: Meeting, key: str) -> str:
    """pending, current, taken, deferred or withdrawn: what the clerk sees in the list."""
    item = meeting.item(key)
    if item is None:
        return ""
    if key == meeting.current_item and item.status is ItemStatus.TAKEN:
        return "current"
    return item.status.value


class AgendaModel(RowsModel):
    NUMBER, MINUTE, TITLE, STATUS, STARTED, TAKEN, PLANNED = range(7)
    HEADERS = ("Item", "Min.", "Title", "Status", "At", "Time", "Plan")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._meeting: Meeting | None = None
        self._now = datetime.now()
        self._seconds: dict[str, float] = {}
        # Correcting a stamped start in place: called with (item key, typed text).
        self.edit_start = None

    def row_key(self, value):
        return value.key

    def set_meeting(
        self, meeting: Meeting | None, now: datetime, changed: Iterable[str] | None = None
    ) -> bool:
        """Show ``meeting``. With ``changed`` (the keys of the items a change touched) and
        the same items in the same order, only those rows are redrawn; else the model is
        reset (returns True)."""
        before = self._meeting
        self._meeting = meeting
        self._now = now
        self._seconds = reading.item_seconds(meeting, now) if meeting else {}
        items = meeting.items if meeting else ()
        if before is None or meeting is None or changed is None:
            self.beginResetModel()
            self._rows = items
            self.endResetModel()
            return True
        # The item being taken is drawn in bold: the one before and the one now both change.
        keys = set(changed) | {before.current_item, meeting.current_item} - {None}
        return self.update_rows(items, keys)

    def replace_meeting(self, meeting: Meeting) -> None:
        """A new value with the same rows showing the same things (notes typed): no reset."""
        self._meeting = meeting
        self._rows = meeting.items

    def set_now(self, now: datetime) -> None:
        """A clock tick: only the running item's time changes."""
        if self._meeting is None:
            return
        self._now = now
        self._seconds = reading.item_seconds(self._meeting, now)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.TAKEN), self.index(self.rowCount() - 1, self.TAKEN)
            )

    def key_at(self, row: int) -> str | None:
        item = self.row_value(row)
        return item.key if item is not None else None

    def row_of(self, key: str | None) -> int:
        if key is None:
            return -1
        for row, it in enumerate(self._rows):
            if it.key == key:
                return row
        return -1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and section == self.STARTED:
            return "When the item was taken: F2 corrects it"
        return super().headerData(section, orientation, role)

    def flags(self, index):
        flags = super().flags(index)
        if (
            index.isValid()
            and self._meeting is not None
            and index.column() == self.STARTED
            and self._rows[index.row()].started_at is not None
            and self.edit_start is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.edit_start is None or not index.isValid():
            return False
        self.edit_start(self._rows[index.row()].key, str(value))
        return True

    def data(self, index, role=DISPLAY):
        if role not in ANSWERED or self._meeting is None or not index.isValid():
            return None
        m = self._meeting
        it = self._rows[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return it.key
        if role == EDIT and col == self.STARTED:
            return clock_24(it.started_at) if it.started_at else ""
        if role in TEXT_ROLES:
            if col == self.NUMBER:
                return it.agenda_number
            if col == self.MINUTE:
                return "" if it.minute_number is None else str(it.minute_number)
            if col == self.TITLE:
                return it.title + (" (exempt)" if it.exempt else "")
            if col == self.STATUS:
                return item_state(m, it.key)
            if col == self.STARTED:
                return clock_24(it.started_at) if it.started_at else ""
            if col == self.TAKEN:
                seconds = self._seconds.get(it.key)
                return "" if seconds is None else elapsed(seconds)
            if col == self.PLANNED:
                return f"{it.planned_minutes}′" if it.planned_minutes else ""
        if role == FONT and it.key == m.current_item:
            font = QFont()
            font.setBold(True)
            return font
        if role == FOREGROUND:
            if col == self.TAKEN and reading.is_over_time(m, it.key, self._now):
                return QBrush(OVER_TIME)
            if it.status in (ItemStatus.DEFERRED, ItemStatus.WITHDRAWN):
                return QBrush(QColor("#808080"))
        if role == TOOLTIP and col == self.TITLE:
            return it.description or it.title
        return None


ROLE_ORDER = {
    Role.CHAIR: 0,
    Role.VICE_CHAIR: 1,
    Role.MEMBER: 2,
    Role.SUBSTITUTE: 3,
    Role.IN_ATTENDANCE: 4,
    Role.OFFICER: 5,
}


def person_label(person: Person, meeting: Meeting) -> str:
    name = short_name(person) if is_councillor(person) else full_name(person)
    if person.substitute_for:
        other = meeting.person(person.substitute_for)
        if other is not None:
            name += f" (for {short_name(other)})"
    return name


_AWAY = (Attendance.APOLOGIES, Attendance.ABSENT)


def attendance_text(person: Person, meeting: Meeting) -> str:
    attendance = reading.attendance_of(meeting, person)
    if attendance is Attendance.PRESENT:
        state = reading.state_at(meeting, person, None)
        if state.attending and state.withdrawn_for is not None:
            item = meeting.item(state.withdrawn_for)
            return f"out for item {item.agenda_number}" if item else "out of the room"
    moves = reading.moves_of(meeting, person)
    if moves.left_at is not None:
        return f"left {clock_24(moves.left_at)}"
    if moves.arrived_at is not None:
        return f"arrived {clock_24(moves.arrived_at)}"
    return ATTENDANCE_LABELS[attendance]


class AttendanceModel(RowsModel):
    """Members first (Chair, Vice-Chair, members, substitutes), then others, then officers."""

    NAME, ROLE, ATTENDANCE = range(3)
    HEADERS = ("Name", "Role", "Attendance")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._meeting: Meeting | None = None
        # Correcting a stamped arrival or departure in place: called with (person id, "arrived"
        # or "left", typed text).
        self.edit_time = None

    def row_key(self, value):
        return value.id

    @property
    def _people(self) -> list[Person]:
        return self._rows

    def set_meeting(self, meeting: Meeting | None, changed: Iterable[str] | None = None) -> None:
        """Show ``meeting``. With ``changed`` (the ids of the people a change touched: their
        details, attendance or presence) and the same people in the same order, only their
        rows are redrawn and the selection stays; None redraws every row."""
        people = sorted(meeting.people, key=lambda p: ROLE_ORDER[p.role]) if meeting else []
        if self._meeting is None or meeting is None:
            self.beginResetModel()
            self._meeting, self._rows = meeting, people
            self.endResetModel()
            return
        self._meeting = meeting
        self.update_rows(people, [p.id for p in people] if changed is None else changed)

    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    def person_at(self, row: int) -> Person | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, person_id: str) -> int:
        for row, p in enumerate(self._people):
            if p.id == person_id:
                return row
        return -1

    def stamped(self, person: Person):
        """The time shown for the person that can be corrected: ("left", time) or
        ("arrived", time), or None."""
        if self._meeting is None:
            return None
        moves = reading.moves_of(self._meeting, person)
        if moves.left_at is not None:
            return "left", moves.left_at
        if moves.arrived_at is not None:
            return "arrived", moves.arrived_at
        return None

    def flags(self, index):
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.ATTENDANCE
            and self.edit_time is not None
            and self.stamped(self._people[index.row()]) is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.edit_time is None or not index.isValid():
            return False
        person = self._people[index.row()]
        stamped = self.stamped(person)
        if stamped is None:
            return False
        self.edit_time(person.id, stamped[0], str(value))
        return True

    def data(self, index, role=DISPLAY):
        if role not in ANSWERED or self._meeting is None or not index.isValid():
            return None
        p = self._people[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return p.id
        if role == EDIT and col == self.ATTENDANCE:
            stamped = self.stamped(p)
            return clock_24(stamped[1]) if stamped else ""
        if role in TEXT_ROLES:
            if col == self.NAME:
                return person_label(p, self._meeting)
            if col == self.ROLE:
                return ROLE_LABELS[p.role]
            if col == self.ATTENDANCE:
                return attendance_text(p, self._meeting)
        if role == TOOLTIP:
            return p.capacity or None
        # The other roles a view asks for (several per cell drawn) need no look-up.
        if role == FOREGROUND and col == self.ATTENDANCE:
            gone = reading.moves_of(self._meeting, p).left_at is not None
            if gone or reading.attendance_of(self._meeting, p) in _AWAY:
                return QBrush(QColor("#808080"))
            return None
        if role == FONT and reading.is_in_room(p, self._meeting) and p.role.is_member:
            font = QFont()
            font.setBold(True)
            return font
        return None

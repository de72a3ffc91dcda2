"""The live view's Qt models, without any widget: what each row shows as the meeting moves."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from clerk.domain import operations as ops
from clerk.gui.live.models import AgendaModel, AttendanceModel, item_state
from clerk.services.meetings import demo_record
from clerk.store.record import meeting_from_record

T = datetime(2026, 12, 8, 18, 0)


def demo():
    return meeting_from_record(demo_record())


def test_agenda_model_shows_minutes_status_and_running_time(qtbot):
    m = demo()
    m = ops.start_meeting(m, T)
    m = ops.take_item(m, m.items[4].key, T)  # item 5, planned 30 minutes
    model = AgendaModel()
    model.set_meeting(m, T.replace(minute=10))
    row = 4
    cell = lambda col: model.index(row, col).data()  # noqa: E731
    assert model.rowCount() == len(m.items)
    assert (cell(model.NUMBER), cell(model.MINUTE), cell(model.STATUS)) == ("5", "31", "current")
    assert cell(model.STARTED) == "18:00"
    assert cell(model.TAKEN) == "10:00"
    assert model.index(row, model.TAKEN).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_now(T.replace(minute=31))
    assert cell(model.TAKEN) == "31:00"
    over = model.index(row, model.TAKEN).data(Qt.ItemDataRole.ForegroundRole)
    assert over is not None and over.color().name() == "#c62828"
    assert model.index(0, model.STATUS).data() == "pending"
    assert model.index(10, model.TITLE).data().endswith("(exempt)")


def test_item_state_names_the_five_states():
    m = demo()
    k = [it.key for it in m.items]
    m = ops.take_item(m, k[0], T)
    m = ops.take_item(m, k[1], T)
    m = ops.defer_item(m, k[2])
    m = ops.withdraw_item(m, k[3])
    assert [item_state(m, key) for key in k[:5]] == [
        "taken",
        "current",
        "deferred",
        "withdrawn",
        "pending",
    ]


def test_attendance_model_orders_members_first_and_shows_times(qtbot):
    m = ops.start_meeting(demo(), T)
    m = ops.mark_present(m, "gill", T.replace(minute=7))
    model = AttendanceModel()
    model.set_meeting(m)
    roles = [model.index(r, model.ROLE).data() for r in range(model.rowCount())]
    assert roles[0] == "Chair" and roles[1] == "Vice-Chair" and roles[-1] == "Officer"
    names = [model.index(r, model.NAME).data() for r in range(model.rowCount())]
    assert "Cllr Lindqvist (for Cllr Dunstan)" in names
    assert "Cllr Quayle" in names and "Ana Moreno" in names
    gill = model.row_of("gill")
    assert model.index(gill, model.ATTENDANCE).data() == "arrived 18:07"
    assert model.index(model.row_of("dunstan"), model.ATTENDANCE).data() == "apologies"

"""Every table model of Clerk stands on one base, ``RowsModel`` (issue 14: one base for table
models). The models are found by importing every module under ``clerk.gui``, so a new model
that goes back to its own ``QAbstractTableModel`` fails here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel

import clerk.gui
from clerk.gui.models.base import RowsModel


def gui_models() -> dict[str, type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(clerk.gui.__path__, "clerk.gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == info.name
                and issubclass(cls, QAbstractItemModel)
                and not issubclass(cls, QAbstractProxyModel)
            ):
                found[f"{info.name}.{name}"] = cls
    return found


def test_every_gui_table_model_is_a_rows_model():
    models = gui_models()
    # the search finds the models we know of, the live ones and the import preview's among them
    for known in (
        "clerk.gui.live.models.AgendaModel",
        "clerk.gui.live.models.AttendanceModel",
        "clerk.gui.models.record_rows.RecordRowsModel",
        "clerk.gui.models.record_rows.RecordFieldsModel",
        "clerk.gui.after_meeting.HitsModel",
    ):
        assert known in models
    apart = sorted(name for name, cls in models.items() if not issubclass(cls, RowsModel))
    assert apart == [], f"table models not on RowsModel: {apart}"

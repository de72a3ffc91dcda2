"""The set-up lists' Qt models, without any widget."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clerk.domain.model import AgendaItem, ItemKind, ItemStatus, Person, Role
from clerk.gui.models.items import COL_EXEMPT, COL_PAGES, COL_STATUS, COL_TITLE, ItemsModel
from clerk.gui.models.labels import pages_text, parse_clock, parse_pages
from clerk.gui.models.meetings import MeetingsModel
from clerk.gui.models.people import COL_NAME, COL_REPLACES, COL_ROLE, PeopleModel
from clerk.gui.models.record_rows import (
    Column,
    RecordFieldsModel,
    RecordRowsModel,
    parse_value,
    split_path,
)
from clerk.services.bodies import create_meeting


def test_people_model_names_roles_and_substitutes(qtmodeltester):
    model = PeopleModel()
    model.set_people(
        (
            Person("marsh", Role.CHAIR, title="Councillor", surname="Marsh"),
            Person(
                "varga",
                Role.SUBSTITUTE,
                title="Councillor",
                surname="Varga",
                substitute_for="marsh",
            ),
            Person("person-1"),
            Person("moreno", Role.OFFICER, name="Ana Moreno", capacity="Director"),
        )
    )
    qtmodeltester.check(model)
    assert [model.index(r, COL_NAME).data() for r in range(4)] == [
        "Cllr Marsh",
        "Cllr Varga",
        "(no name yet)",
        "Ana Moreno",
    ]
    assert model.index(0, COL_ROLE).data() == "Chair"
    assert model.index(1, COL_REPLACES).data() == "Cllr Marsh"
    assert model.row_of("moreno") == 3 and model.person_id(9) is None


def test_items_model_shows_pages_exemption_and_minute(qtmodeltester):
    model = ItemsModel()
    model.set_items(
        (
            AgendaItem(
                "1",
                "Minutes",
                ItemKind.MINUTES,
                pages=(1, 6),
                status=ItemStatus.TAKEN,
                minute_number=31,
            ),
            AgendaItem("2", "", ItemKind.REPORT, exempt=True, exempt_paragraph=3, pages=(7, 7)),
        )
    )
    qtmodeltester.check(model)
    assert model.index(0, COL_PAGES).data() == "1–6"
    assert model.index(0, COL_STATUS).data() == "Taken (min. 31)"
    assert model.index(1, COL_TITLE).data() == "(no title yet)"
    assert model.index(1, COL_EXEMPT).data() == "Para 3"
    assert model.index(1, COL_PAGES).data() == "7"


def test_meetings_model_lists_and_searches(qtmodeltester, db):
    create_meeting(db, "Planning Committee", date(2024, 3, 5))
    create_meeting(db, "Licensing Committee", date(2024, 4, 9))
    model = MeetingsModel(db)
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(2)] == [
        "Licensing Committee",
        "Planning Committee",
    ]
    assert model.index(0, 0).data() == "Tue 9 Apr 2024"
    assert model.index(0, 2).data() == "Not started"
    model.refresh("planning")
    assert model.rowCount() == 1


@pytest.mark.parametrize(
    "text, pages",
    [("9-32", (9, 32)), ("9 – 32", (9, 32)), ("pages 9 to 32", (9, 32)), ("7", (7, 7)), ("", None)],
)
def test_pages_are_read_as_written(text, pages):
    assert parse_pages(text) == pages
    if pages:
        assert parse_pages(pages_text(pages)) == pages


@pytest.mark.parametrize("bad", ["nine", "9-32-40", "p9"])
def test_pages_that_are_not_pages(bad):
    with pytest.raises(ValueError):
        parse_pages(bad)


def test_clock_times():
    assert str(parse_clock("1730")) == "17:30:00"
    assert str(parse_clock("5.30")) == "05:30:00"
    assert parse_clock(" ") is None
    with pytest.raises(ValueError):
        parse_clock("25:00")


def test_record_values_parse_by_kind():
    kind = Column("kind", "Kind", "choice", (("report", "Report"), ("minutes", "Minutes")))
    assert parse_value(kind, "Minutes") == "minutes" and parse_value(kind, "report") == "report"
    with pytest.raises(ValueError, match="one of"):
        parse_value(kind, "speech")
    assert parse_value(Column("d", "Date", "date"), "20/02/2023") == "2023-02-20"
    assert parse_value(Column("t", "Time", "time"), "1730") == "17:30"
    assert parse_value(Column("e", "Exempt", "bool"), "yes") is True
    assert parse_value(Column("n", "No.", "int"), "") is None
    assert split_path("items[3].kind") == ("items", 3, "kind")
    assert split_path("democracy_officer.name") == ("details", None, "democracy_officer.name")


def test_record_rows_keep_keys_they_do_not_show(qtmodeltester):
    rows = [{"agenda_number": "1", "title": "Minutes", "status": "pending", "pages": [1, 6]}]
    columns = [Column("agenda_number", "No."), Column("pages", "Pages", "pages")]
    model = RecordRowsModel(rows, columns, {(0, "pages"): "unsure"})
    qtmodeltester.check(model)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Check this: unsure"
    assert model.setData(model.index(0, 1), "1-8")
    assert model.rows() == [
        {"agenda_number": "1", "title": "Minutes", "status": "pending", "pages": [1, 8]}
    ]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    refused = []
    model.refused.connect(refused.append)
    assert not model.setData(model.index(0, 1), "many")
    assert refused and model.rows()[0]["pages"] == [1, 8]


def test_record_fields_write_nested_details(qtmodeltester):
    record = {"committee": "Board"}
    model = RecordFieldsModel(record, [Column("democracy_officer.name", "Officer")])
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), "Priya Hallam")
    assert record["democracy_officer"] == {"name": "Priya Hallam"}
    assert model.setData(model.index(0, 1), "")
    assert "democracy_officer" not in record

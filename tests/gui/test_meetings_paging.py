"""The meetings list reads a page at a time and still finds any meeting."""

from __future__ import annotations

from clerk.gui.models.meetings import PAGE, MeetingsModel
from clerk.services.meetings import demo_record, import_record


def test_pages_are_fetched_as_needed(qtbot, db):
    record = demo_record()
    ids = [
        import_record(db, dict(record, date=f"20{10 + n // 12:02d}-{n % 12 + 1:02d}-01")).id
        for n in range(PAGE + 30)
    ]
    model = MeetingsModel(db)
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    oldest = ids[0]
    assert model.row_of(oldest) == PAGE + 29
    assert model.rowCount() == PAGE + 30
    assert not model.canFetchMore()

"""Meetings as a whole: list, import and export records, create the demo, delete."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from clerk.domain.model import Meeting
from clerk.resources import resource_path
from clerk.store import repository
from clerk.store.db import Database
from clerk.store.record import (
    RecordError,
    dumps,
    meeting_from_record,
    read_record_file,
    record_from_meeting,
)

__all__ = [
    "RecordError",
    "dumps",
    "meeting_from_record",
    "read_record_file",
    "record_from_meeting",
    "save_new_meeting",
    "create_demo_meeting",
    "export_record",
    "has_meetings",
    "import_record",
    "import_record_file",
    "list_meetings",
    "load_meeting",
    "meetings_like",
]


def list_meetings(
    db: Database, search: str | None = None, *, limit: int | None = None, offset: int = 0
) -> list[repository.MeetingSummary]:
    return repository.list_meetings(db.engine, search, limit=limit, offset=offset)


def meetings_like(db: Database, committee: str, day) -> list[repository.MeetingSummary]:
    """Meetings already saved for the same body on the same day (an agenda imported twice)."""
    name = " ".join(committee.split()).casefold()
    return [
        m
        for m in repository.list_meetings(db.engine)
        if m.date == day and " ".join(m.committee.split()).casefold() == name
    ]


def has_meetings(db: Database) -> bool:
    """Whether the database holds any meeting (without reading the list)."""
    return repository.has_meetings(db)


def save_new_meeting(db: Database, meeting: Meeting) -> Meeting:
    """Save a meeting built elsewhere (a record, an imported agenda); links it to its body."""
    with db.engine.begin() as conn:
        body_id = repository.find_or_create_body(
            conn, meeting.committee, meeting.organisation, meeting.kind.value
        )
    return repository.insert_meeting(db.engine, meeting, body_id=body_id)


def import_record(db: Database, record: dict) -> Meeting:
    """Check a decoded record and save it as a new meeting; nothing is saved if it is bad."""
    return save_new_meeting(db, meeting_from_record(record))


def import_record_file(db: Database, path: Path) -> Meeting:
    return import_record(db, read_record_file(path))


def load_meeting(db: Database, meeting_id: int) -> Meeting:
    """A saved meeting (``NotFound`` when there is none with that id)."""
    return repository.load_meeting(db.engine, meeting_id)


def export_record(db: Database, meeting_id: int) -> dict:
    return record_from_meeting(repository.load_meeting(db.engine, meeting_id))


DEMO_RECORD = "demo/demo-meeting.json"


def demo_record() -> dict:
    return json.loads(resource_path(DEMO_RECORD).read_text(encoding="utf-8"))


def create_demo_meeting(db: Database, on: date | None = None) -> Meeting:
    """The demo meeting of a fictional council, offered on a first start.

    On a first start it is dated today (`on`), so that a newcomer can clerk it at once;
    without `on` it keeps the date in its file (8 December 2026), as the tests expect.
    """
    record = demo_record()
    if on is not None:
        record["date"] = on.isoformat()
    return import_record(db, record)

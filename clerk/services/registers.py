"""The body's registers for the Meetings view and the CLI: the action list across a body's
meetings, and the attendance record over its municipal year, as .docx or .csv."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from clerk.domain import minutes_cycle as cycle
from clerk.domain.model import ActionStatus
from clerk.domain.wording import full_name, long_date, short_name
from clerk.services.minutes_cycle import body_refs
from clerk.store import cycle as cycle_store
from clerk.store import repository
from clerk.store.db import Database


@dataclass(frozen=True)
class ActionLine:
    """One action across the meetings it was carried to."""

    text: str
    owner: str
    due: date | None
    status: str  # open, done, carried, dropped (as last marked)
    note: str
    recorded: date  # the meeting it was first recorded at
    minute: str  # "14" or "item 5" (the minute it was recorded under), "" when none
    reviewed: date  # the last meeting that listed it
    meetings: int  # how many meetings listed it

    def row(self) -> list[str]:
        return [
            self.text,
            self.owner,
            self.due.isoformat() if self.due else "",
            STATUS_WORDS[self.status],
            self.note,
            self.recorded.isoformat(),
            self.minute,
            self.reviewed.isoformat(),
        ]


STATUS_WORDS = {
    "open": "Open",
    "done": "Done",
    "carried": "Carried forward",
    "dropped": "Dropped",
}
ACTION_COLUMNS = (
    "Action",
    "Owner",
    "Due",
    "Status",
    "Note",
    "Recorded",
    "Minute",
    "Last reviewed",
)


def body_meeting_ids(db: Database, body: str, start: date | None, end: date | None) -> list[int]:
    """The meetings of the body named ``body`` (any case) between the dates (inclusive)."""
    refs = cycle_store.body_meetings(db.engine, None, body.strip())
    return [
        r.id for r in refs if (start is None or r.date >= start) and (end is None or r.date <= end)
    ]


def action_list(db: Database, meeting_ids: list[int]) -> list[ActionLine]:
    """Every action of these meetings, one line per action however often carried, in the
    order first recorded; its status as last marked."""
    lines: dict[str, dict] = {}
    for mid in meeting_ids:
        m = repository.load_meeting(db.engine, mid)
        numbers = {it.key: it for it in m.items}
        for a in m.actions:
            key = cycle.chain_key(a)
            owner = a.owner or ""
            person = m.person(a.owner) if a.owner else None
            if person is not None:
                owner = short_name(person) if person.title else full_name(person)
            entry = lines.get(key)
            if entry is None:
                item = numbers.get(a.item_key) if a.item_key else None
                minute = ""
                if item is not None:
                    minute = (
                        str(item.minute_number)
                        if item.minute_number is not None
                        else f"item {item.agenda_number}"
                    )
                entry = lines[key] = {
                    "text": a.text,
                    "owner": owner,
                    "due": a.due,
                    "recorded": m.date,
                    "minute": minute,
                    "meetings": 0,
                }
            entry["meetings"] += 1
            entry["status"] = a.status.value
            entry["note"] = a.note or ""
            entry["reviewed"] = m.date
            if a.due is not None:
                entry["due"] = a.due
    return [ActionLine(**e) for e in lines.values()]


def actions_csv(lines: list[ActionLine]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(ACTION_COLUMNS)
    for line in lines:
        out.writerow(line.row())
    return buf.getvalue()


def write_actions_docx(
    db: Database, lines: list[ActionLine], out: Path | str, *, body: str, period: str
) -> Path:
    from clerk.minutes.registers import write_register
    from clerk.services.minutes_inputs import minutes_inputs

    open_count = sum(1 for x in lines if ActionStatus(x.status).outstanding)
    return write_register(
        out,
        title=f"{body}: Action List",
        subtitle=f"{period}. {len(lines)} actions, {open_count} outstanding.",
        header=ACTION_COLUMNS,
        rows=[
            [
                x.text,
                x.owner,
                long_date(x.due) if x.due else "",
                STATUS_WORDS[x.status],
                x.note,
                long_date(x.recorded),
                x.minute,
                long_date(x.reviewed),
            ]
            for x in lines
        ],
        widths=(0.26, 0.12, 0.1, 0.1, 0.16, 0.1, 0.06, 0.1),
        empty="No actions have been recorded.",
        settings=minutes_inputs(db).settings,
    )


def body_year(db: Database, meeting_id: int) -> tuple[str, date, date]:
    """The body of a meeting and the municipal year holding it (first and last day)."""
    from datetime import timedelta

    from clerk.domain.numbering import municipal_year
    from clerk.services.bodies import year_start_month

    meeting = repository.load_meeting(db.engine, meeting_id)
    first, following = municipal_year(meeting.date, year_start_month(db))
    return meeting.committee, first, following - timedelta(days=1)


def export_attendance(db: Database, meeting_id: int, out: Path | str) -> str:
    """The attendance record of the meeting's body over its municipal year, as .docx or .csv
    (by the file's suffix); returns one line saying what was written."""
    from clerk.atomic import write_atomic
    from clerk.services import attendance

    body, start, end = body_year(db, meeting_id)
    record = attendance.attendance_record(db, body, start, end)
    if Path(out).suffix.lower() == ".csv":
        write_atomic(Path(out), attendance.as_csv(record).encode("utf-8"))
    else:
        attendance.write_docx(db, record, out)
    return (
        f"Attendance of {body}, {long_date(start)} to {long_date(end)}: "
        f"{len(record.members)} members, {len(record.meeting_ids)} meetings."
    )


def export_action_list(db: Database, meeting_id: int, out: Path | str) -> str:
    """Every action of the meeting's body across its meetings, as .docx or .csv."""
    from clerk.atomic import write_atomic

    meeting = repository.load_meeting(db.engine, meeting_id)
    ids = [r.id for r in body_refs(db, meeting)]
    lines = action_list(db, ids)
    if Path(out).suffix.lower() == ".csv":
        write_atomic(Path(out), actions_csv(lines).encode("utf-8"))
    else:
        period = f"{len(ids)} meeting{'s' if len(ids) != 1 else ''}"
        write_actions_docx(db, lines, out, body=meeting.committee, period=period)
    outstanding = sum(1 for x in lines if ActionStatus(x.status).outstanding)
    return f"Actions of {meeting.committee}: {len(lines)}, {outstanding} outstanding."

"""A small fictional committee for the formal-business tests (no tests here).

Northmoor District Council's Licensing Committee, 7 members (quorum: a quarter but at least
three, so 3), one member in attendance, one officer; the meeting started at 18:00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from clerk.domain.model import (
    AgendaItem,
    Attendance,
    ItemKind,
    ItemStatus,
    Meeting,
    Person,
    PresenceEvent,
    PresenceKind,
    Role,
)

DAY = date(2025, 3, 11)


def at(hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime.combine(DAY, time(hh, mm, ss))


def cllr(pid: str, surname: str, role: Role = Role.MEMBER, **kw) -> Person:
    return Person(
        id=pid,
        title="Councillor",
        surname=surname,
        role=role,
        attendance=kw.pop("attendance", Attendance.PRESENT),
        **kw,
    )


MEMBERS = ("ash", "birch", "cedar", "dale", "elm", "fern", "gorse")


def committee() -> Meeting:
    people = (
        cllr("ash", "Ashdown", Role.CHAIR),
        cllr("birch", "Birchall", Role.VICE_CHAIR),
        cllr("cedar", "Cedarholm"),
        cllr("dale", "Dalby"),
        cllr("elm", "Elmore"),
        cllr("fern", "Fernley", attendance=Attendance.APOLOGIES),
        cllr("gorse", "Gorsedene"),
        cllr("holm", "Holmwood", Role.IN_ATTENDANCE, capacity="Executive Member"),
        Person(id="officer", name="Jo Ingle", role=Role.OFFICER, attendance=Attendance.PRESENT),
    )
    items = (
        AgendaItem("1", "Apologies for Absence", ItemKind.APOLOGIES, key="i1"),
        AgendaItem("2", "Declarations of Interest", ItemKind.DECLARATIONS, key="i2"),
        AgendaItem("3", "Minutes", ItemKind.MINUTES, key="i3"),
        AgendaItem("4", "Taxi Licensing Policy", ItemKind.REPORT, key="i4"),
        AgendaItem("5", "Street Trading Consents", ItemKind.REPORT, key="i5"),
        AgendaItem("6", "Exclusion of Press and Public", ItemKind.EXCLUSION, key="i6"),
        AgendaItem("7", "Review of a Driver's Licence", ItemKind.REPORT, exempt=True, key="i7"),
    )
    return Meeting(
        committee="Licensing Committee",
        organisation="Northmoor District Council",
        date=DAY,
        started_at=at(18, 0),
        people=people,
        items=items,
        # Gorsedene came late: the ledger is the one record of it.
        presence=(PresenceEvent("gorse", PresenceKind.ARRIVED, at(18, 20)),),
    )


def taken(meeting: Meeting, key: str, start: datetime, end: datetime | None = None) -> Meeting:
    """The item taken from ``start`` (to ``end``), and current."""
    minute = 1 + max((it.minute_number or 0) for it in meeting.items)
    items = tuple(
        replace(it, status=ItemStatus.TAKEN, started_at=start, ended_at=end, minute_number=minute)
        if it.key == key
        else it
        for it in meeting.items
    )
    return replace(meeting, items=items, current_item=key)

"""Small meetings of a fictional council, built in code, for the minutes' tests."""

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
    Resolution,
    Role,
)

DAY = date(2026, 3, 10)


def at(hhmm: str) -> datetime:
    return datetime.combine(DAY, time.fromisoformat(hhmm))


def councillor(pid: str, surname: str, role: Role = Role.MEMBER, **kw) -> Person:
    kw.setdefault("attendance", Attendance.PRESENT)
    return Person(id=pid, title="Councillor", surname=surname, role=role, **kw)


def item(number: str, title: str, kind=ItemKind.REPORT, minute=None, start=None, **kw):
    status = kw.pop("status", ItemStatus.TAKEN if minute is not None else ItemStatus.PENDING)
    return AgendaItem(
        agenda_number=number,
        title=title,
        kind=kind,
        status=status,
        minute_number=minute,
        started_at=at(start) if start else None,
        **kw,
    )


def meeting(**kw) -> Meeting:
    """A taken meeting of the Harbourside Borough Council planning committee."""
    people = (
        councillor("marsh", "Marsh", Role.CHAIR, initials="E."),
        councillor("okafor", "Okafor", Role.VICE_CHAIR),
        councillor("bellamy", "Bellamy"),
        councillor("dunstan", "Dunstan", attendance=Attendance.APOLOGIES),
        councillor("gill", "Gill"),
        councillor("lindqvist", "Lindqvist", Role.SUBSTITUTE, substitute_for="dunstan"),
        Person(
            id="moreno",
            name="Ana Moreno",
            role=Role.OFFICER,
            attendance=Attendance.PRESENT,
            capacity="Head of Planning",
        ),
    )
    items = (
        item("1", "Apologies for Absence", ItemKind.APOLOGIES, 40, "18:00"),
        item("2", "Declarations of Interest", ItemKind.DECLARATIONS, 41, "18:02"),
        item(
            "3",
            "Harbour Wall Repairs",
            ItemKind.REPORT,
            42,
            "18:05",
            narrative="Members considered a report.\n\nIt was noted that:\n- costs had risen\n- work starts in May",
            resolution=Resolution(("That the report be noted.",), "To keep Members informed."),
        ),
    )
    base = Meeting(
        committee="Planning Committee",
        date=DAY,
        organisation="Harbourside Borough Council",
        first_minute_number=40,
        started_at=at("18:00"),
        finished_at=at("19:10"),
        people=people,
        items=items,
    )
    return replace(base, **kw)

from __future__ import annotations

from datetime import date

import pytest

MEMBERS = [
    ("webb", "chair", "Councillor", "Andy", "Webb"),
    ("daubeney", "member", "Councillor", "Sue", "Daubeney"),
    ("fitzpatrick", "member", "Councillor", "Pete", "Fitzpatrick"),
    ("kelly", "officer", None, "Martin", "Kelly"),
]


def record() -> dict:
    return {
        "format": "clerk.meeting/1",
        "committee": "Executive",
        "kind": "committee",
        "date": date(2026, 11, 30).isoformat(),
        "people": [
            {
                "id": i,
                "role": role,
                "title": t,
                "forename": f,
                "surname": s,
                "attendance": "unknown" if i == "fitzpatrick" else "present",
            }
            for i, role, t, f, s in MEMBERS
        ],
        "items": [
            {"agenda_number": "1", "title": "Apologies for Absence", "kind": "apologies"},
            {"agenda_number": "2", "title": "Riverside Flood Defence", "kind": "report"},
            {"agenda_number": "3", "title": "Exclusion of Press and Public", "kind": "exclusion"},
            {
                "agenda_number": "4",
                "title": "Staffing Restructure",
                "kind": "report",
                "exempt": True,
                "exempt_paragraph": 1,
            },
            {"agenda_number": "5", "title": "Work Plan", "kind": "work_plan"},
        ],
    }


@pytest.fixture
def session(db):
    from clerk.services.meetings import import_record
    from clerk.services.session import MeetingSession

    meeting = import_record(db, record())
    return MeetingSession.open(db, meeting.id)

from __future__ import annotations

from datetime import date, datetime

import pytest

from clerk.recording.sources import FileSource
from clerk.services import actions, recording
from clerk.services.clock import ManualClock

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


PARTS = [
    (
        "flood",
        "The committee considered the embankment works in the Riverside flood defence report.",
    ),
    ("secret", "The confidential staffing restructure will move twelve posts."),
    ("plan", "The work plan was agreed for the next municipal year."),
]


def _item(session, number):
    return session.meeting.item_by_number(number).key


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    from tests.recording.speech import make_speech

    return make_speech(tmp_path_factory.mktemp("speech"), PARTS)


@pytest.fixture
def clerked(speech, session):
    """The meeting clerked in time with the speech: item 2 spoken (a member arriving two seconds
    in), items 3-4 in private (the secret part plays to a recorder that must not hear it), item
    5 after readmission."""
    clock = ManualClock(datetime(2026, 11, 30, 18, 0, 0))
    source = FileSource(speech.path)
    rec = recording.MeetingRecording(session, lambda: source, clock=clock.now)

    def play(name, *, skip=0):
        _, seconds = speech.piece(name)
        source.pump(seconds - skip)
        clock.advance(seconds=seconds - skip)

    actions.start_meeting(session, clock.now())
    assert rec.state == "off"
    assert rec.start() == "recording"
    actions.take_item(session, _item(session, "2"), clock.now())
    clock.advance(seconds=2)
    source.pump(2)
    actions.record_arrival(session, "fitzpatrick", clock.now())
    play("flood", skip=2)
    actions.take_item(session, _item(session, "3"), clock.now())
    actions.exclude_press_and_public(
        session, clock.now(), [_item(session, "4")], [1], _item(session, "3")
    )
    assert rec.state == "exempt"
    actions.take_item(session, _item(session, "4"), clock.now())
    play("secret")
    actions.readmit_press_and_public(session, clock.now())
    assert rec.state == "recording"
    actions.take_item(session, _item(session, "5"), clock.now())
    play("plan")
    rec.stop()
    assert rec.state == "off"
    rec.close()
    source.close()
    return session, speech

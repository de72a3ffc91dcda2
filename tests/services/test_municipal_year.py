"""Issue 16's check: a municipal year of a parish council, six meetings, clerked through the
services as the application does, on SQLite and on PostgreSQL.

Each meeting is made from the last (membership, venue, style, the minutes item linked to the
last meeting, its outstanding actions brought forward); each approves the last one's minutes
with one amendment, which are then signed and exported as the final version; actions are
carried and closed; the attendance record, the action list and a search are checked against
what was recorded.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import docx
import pytest

from clerk.domain import minutes_cycle as cycle
from clerk.domain.model import ActionStatus, AgendaItem, ItemKind, Person, Role
from clerk.errors import RuleError
from clerk.services import actions as act
from clerk.services import attendance, bodies, registers
from clerk.services import minutes_cycle as mc
from clerk.services.search import search
from clerk.services.session import MeetingSession
from clerk.services.styles import import_style
from clerk.store import bodies as body_store

BODY = "Elmford Parish Council"
DAYS = [date(2026, 5, 12), date(2026, 7, 14), date(2026, 9, 8)]
DAYS += [date(2026, 11, 10), date(2027, 1, 12), date(2027, 3, 9)]
MEMBERS = [
    Person("ash", Role.CHAIR, title="Cllr", forename="Diane", surname="Ashworth"),
    Person("bell", Role.VICE_CHAIR, title="Cllr", forename="Tom", surname="Bellamy"),
    Person("crow", Role.MEMBER, title="Cllr", forename="Priya", surname="Crowther"),
    Person("dunn", Role.MEMBER, title="Cllr", forename="Owen", surname="Dunmore"),
    Person("eyre", Role.MEMBER, title="Cllr", forename="Lucy", surname="Eyreton"),
    Person("clerk", Role.OFFICER, name="Sam Fielding", capacity="Clerk and RFO"),
]
# Who sent apologies at each meeting (everyone else present).
APOLOGIES = [{"dunn"}, set(), {"eyre", "crow"}, {"dunn"}, set(), {"bell"}]


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def hold(session: MeetingSession, n: int, day: date) -> None:
    """Attendance, every item taken, two new actions on the last item, closed."""
    start = datetime.combine(day, time(19, 0))
    for p in session.meeting.people:
        if p.id in APOLOGIES[n]:
            act.mark_apologies(session, p.id)
        else:
            act.mark_present(session, p.id, start - timedelta(minutes=5))
    act.start_meeting(session, start)
    for k, item in enumerate(session.meeting.items):
        act.take_item(session, item.key, start + timedelta(minutes=5 * k))
    last = session.meeting.items[-1].key
    act.set_notes(session, last, f"Village hall roof: quotes compared at meeting {n + 1}.")
    act.add_action(
        session, f"Obtain quote{n + 1} for gutter repairs", last, "crow", day + timedelta(21)
    )
    act.add_action(session, f"Write to highways about pothole {n + 1}", last, "clerk")
    act.close_meeting(session, start + timedelta(minutes=70))


def test_a_municipal_year_of_a_parish_council(any_db, tmp_path):
    db = any_db
    first = bodies.create_meeting(
        db, BODY, DAYS[0], organisation=BODY, scheduled_time=time(19), venue="Village Hall"
    )
    body_id = body_store.body_id_of_meeting(db.engine, first.id)
    import_style(db, '[style]\nbased_on = "english-parish"\n', body_id)
    session = MeetingSession.open(db, first.id)
    for p in MEMBERS:
        act.add_person(session, p)
    bodies.save_standing_membership(db, session.meeting)
    hold(session, 0, DAYS[0])

    # Draft, sent to the chair, corrected: Clerk says which version the chair has.
    v1 = mc.export_minutes(db, session, tmp_path / "m1-v1.docx", at=datetime(2026, 5, 13, 9))
    act.mark_minutes_sent(session, datetime(2026, 5, 13, 10))
    act.set_notes(session, session.meeting.items[-1].key, "Village hall roof: quotes compared.")
    v2 = mc.export_minutes(db, session, tmp_path / "m1-v2.docx", at=datetime(2026, 5, 14, 9))
    state = mc.minutes_state(db, session.meeting)
    assert (v1.number, v2.number) == (1, 2) and v1.sha256 != v2.sha256
    assert state.stage == cycle.CORRECTED and state.chair_has.number == 1
    assert state.due == date(2026, 6, 12) and state.deadline == "1 month"
    assert mc.version_of_file(session.meeting, tmp_path / "m1-v1.docx").number == 1
    draft_text = docx_text(tmp_path / "m1-v2.docx")
    assert "DRAFT - subject to approval" in draft_text
    assert "Signed: ...." not in draft_text  # no signature block on a draft

    ids = [first.id]
    sessions = [session]
    amendments = []
    for n in range(1, 6):
        made = bodies.duplicate_as_next(db, ids[-1], DAYS[n])
        ids.append(made.id)
        # Made from the last: membership, venue, the minutes item linked, actions brought.
        assert [p.id for p in made.people] == [p.id for p in MEMBERS]
        assert made.venue == "Village Hall" and made.scheduled_time == time(19)
        minutes = cycle.minutes_item(made)
        assert minutes.kind is ItemKind.MINUTES and minutes.approves_meeting == ids[-2]
        brought = [a for a in made.actions if a.origin]
        arising = cycle.arising_item(made)
        assert brought and all(a.item_key == arising.key for a in brought)
        outstanding_before = len(mc.outstanding_actions(db, made))
        assert len(brought) == outstanding_before

        session = MeetingSession.open(db, made.id)
        sessions.append(session)
        hold(session, n, DAYS[n])
        # Each meeting approves the last one's minutes with one amendment.
        amendment = f"minute {n}: for Bellamie read Bellamy (meeting {n})"
        amendments.append(amendment)
        mc.approve_minutes(db, session, [amendment])
        approved = mc.approval_of(db, ids[-2])
        assert approved is not None and approved.amendments == (amendment,)
        assert approved.meeting_id == made.id
        # The actions brought forward: the oldest done, the next carried, the rest dropped.
        for k, a in enumerate(a for a in session.meeting.actions if a.origin):
            status = ("done", "carried", "dropped")[min(k, 2)] if n < 5 else "done"
            mc.mark(session, a.key, status, f"reviewed at meeting {n + 1}")
        # The last meeting's minutes: signed, and their final version without "Draft".
        previous = sessions[-2]
        previous.meeting = MeetingSession.open(db, ids[-2]).meeting
        previous.revision = MeetingSession.open(db, ids[-2]).revision
        mc.sign_minutes(db, previous, datetime.combine(DAYS[n], time(20, 30)))
        final = mc.export_minutes(db, previous, tmp_path / f"m{n}-final.docx", final=True)
        assert final.final
        final_text = docx_text(tmp_path / f"m{n}-final.docx")
        assert "DRAFT" not in final_text and "Signed: ...." in final_text

    # The approving meetings' minutes say so, with the amendment.
    mc.export_minutes(db, sessions[1], tmp_path / "m2.docx")
    minutes_of_2 = docx_text(tmp_path / "m2.docx")
    assert "approved as a correct record" in minutes_of_2 and amendments[0] in minutes_of_2

    states = {mid: mc.minutes_state(db, s.meeting) for mid, s in zip(ids, sessions, strict=True)}
    assert [states[i].stage for i in ids] == [cycle.SIGNED] * 5 + [cycle.DRAFT]
    assert all(len(states[i].approval.amendments) == 1 for i in ids[:5])

    # The action list across the year: one line per action however often carried.
    lines = registers.action_list(db, registers.body_meeting_ids(db, BODY, None, None))
    assert len(lines) == 12
    by_text = {x.text: x for x in lines}
    assert by_text["Obtain quote1 for gutter repairs"].status == "done"
    assert by_text["Obtain quote1 for gutter repairs"].owner == "Cllr Crowther"
    carried = by_text["Write to highways about pothole 1"]
    assert carried.status == "done" and carried.meetings == 3  # carried once, then closed
    still_open = [x for x in lines if x.status == "open"]
    assert {x.recorded for x in still_open} == {DAYS[5]}
    csv_text = registers.actions_csv(lines)
    assert csv_text.count("\n") == 13 and "Carried forward" not in csv_text.splitlines()[1]
    out = registers.write_actions_docx(
        db, lines, tmp_path / "actions.docx", body=BODY, period="2026/27"
    )
    assert "Write to highways about pothole 6" in docx_text(out)

    # The attendance record over the year, as recorded.
    record = attendance.attendance_record(db, BODY, DAYS[0], DAYS[-1])
    rows = {m.name: m for m in record.members}
    assert len(record.meeting_ids) == 6
    for p in MEMBERS[:5]:
        away = sum(1 for a in APOLOGIES if p.id in a)
        row = rows[f"{p.forename} {p.surname}"]
        assert (row.expected, row.present, row.apologies) == (6, 6 - away, away)
    written = attendance.write_docx(db, record, tmp_path / "attendance.docx")
    text = docx_text(written)
    assert "Owen Dunmore" in text and "Attendance Record" in text

    # A search finds an amendment and an action where they were recorded.
    hits = search(db, "Bellamie meeting 3")
    assert hits and hits[0].meeting_id == ids[3]
    hits = search(db, "pothole 4")
    assert {h.meeting_id for h in hits} >= {ids[3]}


def test_approval_signing_and_carrying_are_undone(any_db):
    db = any_db
    first = bodies.create_meeting(db, BODY, DAYS[0], organisation=BODY)
    session = MeetingSession.open(db, first.id)
    for p in MEMBERS:
        act.add_person(session, p)
    hold(session, 0, DAYS[0])
    made = bodies.duplicate_as_next(db, first.id, DAYS[1])
    nxt = MeetingSession.open(db, made.id)
    assert len([a for a in nxt.meeting.actions if a.origin]) == 2

    mc.approve_minutes(db, nxt, [])
    assert mc.approval_of(db, first.id).amendments == ()
    assert (
        "approved as a correct record and signed"
        in cycle.minutes_item(nxt.meeting).resolution.parts[0]
    )
    nxt.undo()
    assert mc.approval_of(db, first.id) is None
    assert cycle.minutes_item(nxt.meeting).resolution is None

    # Signing needs the approval; then undone like any change.
    with pytest.raises(RuleError, match="no later meeting has approved"):
        mc.sign_minutes(db, session, datetime(2026, 7, 14, 21))
    nxt.redo()
    mc.sign_minutes(db, session, datetime(2026, 7, 14, 21))
    assert mc.minutes_state(db, session.meeting).stage == cycle.SIGNED
    session.undo()
    assert MeetingSession.open(db, first.id).meeting.minutes_signed_at is None

    key = next(a.key for a in nxt.meeting.actions if a.origin)
    mc.mark(nxt, key, "carried", "waiting for the contractor")
    marked = next(a for a in nxt.meeting.actions if a.key == key)
    assert marked.status is ActionStatus.CARRIED and marked.note == "waiting for the contractor"
    nxt.undo()
    assert next(a for a in nxt.meeting.actions if a.key == key).status is ActionStatus.OPEN


def test_the_minutes_item_names_the_last_meetings_date_when_the_agenda_does_not(db):
    bodies.create_meeting(db, BODY, DAYS[0], organisation=BODY)  # 12 May 2026
    second = bodies.create_meeting(db, BODY, DAYS[1], organisation=BODY)
    session = MeetingSession.open(db, second.id)
    act.add_item(
        session, AgendaItem("20", "Minutes", ItemKind.MINUTES, description="To approve them.")
    )
    key = session.meeting.items[-1].key
    act.take_item(session, key, datetime.combine(DAYS[1], time(19, 5)))
    assert session.meeting.item(key).resolution.parts == (
        "That the minutes of the meeting held on 12 May 2026 be approved and signed as a "
        "correct record.",
    )

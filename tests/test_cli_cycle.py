"""The minutes lifecycle and actions commands, run as a user runs them: three meetings of a
parish council clerked from the command line."""

from __future__ import annotations

import json

import docx

from tests.test_cli import clerk

BODY = "Elmford Parish Council"


def first_meeting() -> dict:
    return {
        "format": "clerk.meeting/1",
        "organisation": BODY,
        "committee": BODY,
        "date": "2026-05-12",
        "scheduled_time": "19:00",
        "venue": "Village Hall",
        "first_minute_number": 1,
        "started_at": "19:00",
        "finished_at": "20:10",
        "people": [
            {
                "id": "ash",
                "title": "Cllr",
                "surname": "Ashworth",
                "role": "chair",
                "attendance": "present",
            },
            {
                "id": "bell",
                "title": "Cllr",
                "surname": "Bellamy",
                "role": "member",
                "attendance": "apologies",
            },
            {
                "id": "crow",
                "title": "Cllr",
                "surname": "Crowther",
                "role": "member",
                "attendance": "present",
            },
        ],
        "items": [
            {
                "agenda_number": "1",
                "title": "Apologies",
                "kind": "apologies",
                "status": "taken",
                "minute_number": 1,
                "started_at": "19:00",
            },
            {
                "agenda_number": "2",
                "title": "Minutes",
                "kind": "minutes",
                "status": "taken",
                "minute_number": 2,
                "started_at": "19:02",
            },
            {
                "agenda_number": "3",
                "title": "Playground",
                "kind": "report",
                "status": "taken",
                "minute_number": 3,
                "started_at": "19:10",
                "resolution": {"parts": ["That the swings be replaced."]},
            },
        ],
        "actions": [
            {"item": "3", "text": "Order new swings", "owner": "crow", "due": "2026-06-01"},
            {"item": "3", "text": "Tell the insurers", "owner": "Clerk"},
        ],
    }


def words(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_three_meetings_from_the_command_line(tmp_path):
    db = tmp_path / "c.sqlite3"
    record = tmp_path / "m1.json"
    record.write_text(json.dumps(first_meeting()), encoding="utf-8")
    assert clerk("import-record", str(record), db=db).stdout.strip() == "1"

    done = clerk("minutes-version", "1", "-o", str(tmp_path / "v1.docx"), "--sent", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("version 1 (draft)\t")
    assert clerk("minutes-version", "1", "-o", str(tmp_path / "v2.docx"), db=db).returncode == 0
    status = clerk("minutes-status", "1", "--file", str(tmp_path / "v1.docx"), db=db)
    assert status.returncode == 0, status.stderr
    assert status.stdout.startswith("corrected (the chair has version 1 of 2)")
    assert status.stdout.rstrip().endswith("v1.docx: version 1")
    assert "DRAFT" in words(tmp_path / "v2.docx")

    made = clerk("next-meeting", "1", "--date", "2026-07-14", db=db)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "2" and "2 outstanding actions brought forward" in made.stderr
    listed = clerk("actions", "--meeting", "2", db=db).stdout.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [["1", "open"], ["2", "open"]]
    assert clerk("mark-action", "2", "1", "done", "--note", "fitted", db=db).returncode == 0
    assert clerk("mark-action", "2", "2", "carried", db=db).returncode == 0
    bad = clerk("mark-action", "2", "9", "done", db=db)
    assert bad.returncode == 3 and len(bad.stderr.splitlines()) == 1

    early = clerk("sign-minutes", "1", db=db)
    assert early.returncode == 3 and "no later meeting has approved" in early.stderr
    approved = clerk("approve-minutes", "2", "--amend", "minute 3: for swing read swings", db=db)
    assert approved.returncode == 0, approved.stderr
    assert "subject to the following amendments: minute 3: for swing read swings" in (
        approved.stdout
    )
    assert clerk("sign-minutes", "1", db=db).returncode == 0
    final = clerk("minutes-version", "1", "-o", str(tmp_path / "final.docx"), "--final", db=db)
    assert final.returncode == 0 and "(final)" in final.stdout
    text = words(tmp_path / "final.docx")
    assert "DRAFT" not in text and "Chair" in text
    assert clerk("minutes-status", "1", db=db).stdout.startswith("signed, with 1 amendment")

    third = clerk("next-meeting", "2", "--date", "2026-09-08", db=db)
    assert "1 outstanding action brought forward" in third.stderr
    assert clerk("mark-action", "3", "1", "done", db=db).returncode == 0
    refused = clerk("minutes-version", "3", "-o", str(tmp_path / "x.docx"), "--final", db=db)
    assert refused.returncode == 3 and not (tmp_path / "x.docx").exists()

    csv_out = tmp_path / "actions.csv"
    assert clerk("actions", "--body", BODY, "-o", str(csv_out), db=db).returncode == 0
    rows = csv_out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("Action,Owner,Due,Status") and len(rows) == 3
    assert all(",Done," in row for row in rows[1:])
    docx_out = tmp_path / "actions.docx"
    assert clerk("actions", "--body", BODY, "-o", str(docx_out), db=db).returncode == 0
    assert "Tell the insurers" in words(docx_out)

    attendance = tmp_path / "attendance.docx"
    done = clerk(
        "attendance",
        "--body",
        BODY,
        "--from",
        "2026-05-01",
        "--to",
        "2027-04-30",
        "-o",
        str(attendance),
        db=db,
    )
    assert done.returncode == 0, done.stderr
    assert "Attendance Record" in words(attendance) and "Bellamy" in words(attendance)

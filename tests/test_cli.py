"""The command line as a user runs it: real processes, real files, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def clerk(
    *args: str, db: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("CLERK_DB", None)
    if db is not None:
        full_env["CLERK_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "clerk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
    )


def test_import_list_export_round_trip(tmp_path, example_record_path, example_record):
    db = tmp_path / "clerk.sqlite3"
    done = clerk("import-record", str(example_record_path), db=db)
    assert done.returncode == 0, done.stderr
    meeting_id = done.stdout.strip()
    assert meeting_id == "1"
    listed = clerk("meetings", db=db)
    assert listed.stdout.splitlines() == [
        "1\t2026-12-08\tEnvironment and Housing Committee\tclosed"
    ]
    out = tmp_path / "out.json"
    assert clerk("export-record", "1", "-o", str(out), db=db).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == example_record
    printed = clerk("export-record", "1", "--db", str(db))
    assert json.loads(printed.stdout) == example_record


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "is not valid JSON"),
        (
            '{"format": "clerk.meeting/1", "committee": "X", "date": "2022-12-20", "items": [{"agenda_number": "1", "title": "A", "status": "done"}]}',
            "items[0].status: 'done' is not one of",
        ),
        (
            '{"format": "clerk.meeting/1", "committee": "X", "date": "2022-12-20", "bogus": 1}',
            "unknown key 'bogus'",
        ),
    ],
)
def test_bad_records_exit_3_with_one_line_and_nothing_saved(tmp_path, content, message):
    db = tmp_path / "clerk.sqlite3"
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    done = clerk("import-record", str(bad), db=db)
    assert done.returncode == 3
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert clerk("meetings", db=db).stdout == ""


def test_missing_file_and_unknown_meeting(tmp_path):
    db = tmp_path / "clerk.sqlite3"
    done = clerk("import-record", str(tmp_path / "nowhere.json"), db=db)
    assert done.returncode == 3 and "cannot read" in done.stderr
    done = clerk("export-record", "42", db=db)
    assert done.returncode == 3 and "there is no meeting 42" in done.stderr


def test_wrong_usage_exits_2(tmp_path):
    assert clerk("export-record", "not-a-number", db=tmp_path / "c.sqlite3").returncode == 2
    assert clerk("no-such-command").returncode == 2


def test_db_option_and_environment(tmp_path, example_record_path):
    via_env = tmp_path / "env.sqlite3"
    via_opt = tmp_path / "opt.sqlite3"
    assert clerk("import-record", str(example_record_path), db=via_env).returncode == 0
    assert clerk("--db", str(via_opt), "meetings", db=via_env).stdout == ""
    assert clerk("meetings", "--db", str(via_env)).stdout.startswith("1\t")


def test_unwritable_output_is_a_clear_failure(tmp_path, example_record_path):
    db = tmp_path / "clerk.sqlite3"
    clerk("import-record", str(example_record_path), db=db)
    done = clerk("export-record", "1", "-o", str(tmp_path / "no" / "such" / "dir.json"), db=db)
    assert done.returncode == 1
    assert "cannot write" in done.stderr and "Traceback" not in done.stderr


def test_check_reports_a_sound_database(tmp_path, example_record_path):
    db = tmp_path / "clerk.sqlite3"
    clerk("import-record", str(example_record_path), db=db)
    done = clerk("check", db=db)
    assert done.returncode == 0
    assert done.stdout.strip() == f"{db}: ok"


def test_check_refuses_a_damaged_file(tmp_path):
    db = tmp_path / "clerk.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    done = clerk("check", db=db)
    assert done.returncode == 1
    assert "is damaged" in done.stderr and "Traceback" not in done.stderr


def test_import_agenda_with_no_date_makes_none_up(tmp_path):
    agenda = tmp_path / "elmford.txt"
    agenda.write_text(
        "Elmford Parish Council\n\nA meeting of the Parish Council will be held on Monday "
        "evening at 7.30pm in the Village Hall.\n\n1. Apologies\n2. Minutes\n3. Planning\n",
        encoding="utf-8",
    )
    db = tmp_path / "clerk.sqlite3"
    dry = clerk("import-agenda", str(agenda), "--dry-run", "--json", db=db)
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["date"] is None
    assert "no meeting date found" in dry.stderr
    refused = clerk("import-agenda", str(agenda), db=db)
    assert refused.returncode != 0 and "--date" in refused.stderr
    assert "Traceback" not in refused.stderr
    saved = clerk("import-agenda", str(agenda), "--date", "2026-03-16", db=db)
    assert saved.returncode == 0, saved.stderr
    assert "2026-03-16\tElmford Parish Council" in clerk("meetings", db=db).stdout


def test_import_agenda_naming_no_body_asks_for_it_and_saves_with_it(tmp_path):
    agenda = tmp_path / "agenda.txt"
    agenda.write_text(
        "AGENDA\n\nNotice is hereby given that a meeting will be held on Monday 16 March 2026 "
        "at 7.30pm in the Village Hall.\n\n1. Apologies for absence\n2. Declarations of "
        "interest\n3. Minutes of the last meeting\n4. Planning applications\n",
        encoding="utf-8",
    )
    db = tmp_path / "clerk.sqlite3"
    dry = clerk("import-agenda", str(agenda), "--dry-run", "--json", db=db)
    assert dry.returncode == 0, dry.stderr
    assert "no committee name found" in dry.stderr
    refused = clerk("import-agenda", str(agenda), db=db)
    assert refused.returncode == 3 and "--committee" in refused.stderr
    assert refused.stderr.count("\n") == refused.stderr.count("note:") + 1
    assert clerk("meetings", db=db).stdout.strip() == ""  # nothing was saved
    saved = clerk("import-agenda", str(agenda), "--committee", "Elmford  Parish Council", db=db)
    assert saved.returncode == 0, saved.stderr
    assert "2026-03-16\tElmford Parish Council" in clerk("meetings", db=db).stdout
    meeting_id = saved.stdout.strip().splitlines()[-1]
    record = json.loads(clerk("export-record", meeting_id, db=db).stdout)
    assert record["kind"] == "other"  # a parish council as a whole


def test_import_agenda_with_neither_date_nor_body_names_both(tmp_path):
    agenda = tmp_path / "agenda.txt"
    agenda.write_text(
        "AGENDA\n\nA meeting will be held on Monday evening at 7.30pm in the Village Hall."
        "\n\n1. Apologies for absence\n2. Minutes of the last meeting\n3. Planning\n",
        encoding="utf-8",
    )
    refused = clerk("import-agenda", str(agenda), db=tmp_path / "clerk.sqlite3")
    assert refused.returncode == 3
    last = refused.stderr.strip().splitlines()[-1]
    assert "--date YYYY-MM-DD and --committee" in last and "Traceback" not in refused.stderr

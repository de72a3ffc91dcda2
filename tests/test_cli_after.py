"""`clerk search` (and the other after-the-meeting commands), run as a user runs them."""

from __future__ import annotations

from tests.test_cli import clerk


def test_search_prints_one_line_per_hit(tmp_path, york_record_path):
    db = tmp_path / "c.sqlite3"
    assert clerk("import-record", str(york_record_path), db=db).returncode == 0
    done = clerk("search", "Theatre", "Trust", db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all(line.split("\t")[0] == "1" for line in lines)
    assert any("item 4" in line and "[Theatre]" in line for line in lines)
    nothing = clerk("search", "zzyzxqwv", db=db)
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert "nothing found" in nothing.stderr
    bad = clerk("search", "*", "(", db=db)
    assert bad.returncode == 3 and len(bad.stderr.splitlines()) == 1


def test_chapters_plain_and_vtt(tmp_path, york_record_path):
    db = tmp_path / "c.sqlite3"
    assert clerk("import-record", str(york_record_path), db=db).returncode == 0
    plain = clerk("chapters", "1", "--start", "17:30", db=db)
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout and all(line[8] == " " for line in plain.stdout.splitlines())
    out = tmp_path / "chapters.vtt"
    vtt = clerk("chapters", "1", "--start", "17:30:00", "--vtt", "-o", str(out), db=db)
    assert vtt.returncode == 0 and out.read_text(encoding="utf-8").startswith("WEBVTT")
    bad = clerk("chapters", "1", "--start", "half six", db=db)
    assert bad.returncode == 3 and len(bad.stderr.splitlines()) == 1
    missing = clerk("chapters", "99", "--start", "17:30", db=db)
    assert missing.returncode == 3 and "no meeting 99" in missing.stderr


def test_attendance_csv(tmp_path, york_record_path, york_record):
    db = tmp_path / "c.sqlite3"
    assert clerk("import-record", str(york_record_path), db=db).returncode == 0
    day = york_record["date"]
    out = tmp_path / "attendance.csv"
    done = clerk(
        "attendance",
        "--body",
        york_record["committee"],
        "--from",
        day,
        "--to",
        day,
        "-o",
        str(out),
        db=db,
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Member,Expected,Present")
    assert len(lines) > 2
    bad = clerk("attendance", "--body", "X", "--from", "May", "--to", day, db=db)
    assert bad.returncode == 3 and len(bad.stderr.splitlines()) == 1
    none = clerk("attendance", "--body", "Nobody", "--from", day, "--to", day, db=db)
    assert none.returncode == 3 and "no meetings" in none.stderr

"""The settings catalogue: every part's settings listed, values read from and written as text."""

from __future__ import annotations

import pytest

from clerk.minutes.settings import SETTINGS as MINUTES_SETTINGS
from clerk.services import settings as service
from clerk.store import repository


def test_every_minutes_setting_is_offered():
    names = {s.name for s in service.catalogue()}
    assert {f"minutes.{s.name}" for s in MINUTES_SETTINGS} <= names
    assert {"formal.quorum", "formal.interest_kinds", "backups.keep"} <= names


@pytest.mark.parametrize(
    ("name", "text", "stored"),
    [
        ("minutes.print_times", "no", False),
        ("minutes.none_declared", "No interests were declared.", "No interests were declared."),
        ("formal.quorum", "4", {"number": 4}),
        ("formal.quorum", "1/3, at least 4", {"fraction": [1, 3], "minimum": 4}),
        ("formal.interest_kinds", "personal, prejudicial", ["personal", "prejudicial"]),
        ("formal.speaker_minutes", "5", 5),
    ],
)
def test_text_round_trips(db, name, text, stored):
    service.save(db, {name: text})
    assert repository.get_setting(db.engine, name) == stored
    assert service.as_text(service.info(name), stored) == text


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("formal.quorum", "a few", "a number"),
        ("formal.quorum", "1/0", "a number"),
        ("formal.speaker_minutes", "three", "a whole number"),
        ("minutes.print_times", "perhaps", "say yes or no"),
        ("formal.interest_kinds", "personal, grudge", "'grudge' is not a kind of interest"),
    ],
)
def test_bad_text_saves_nothing(db, name, text, message):
    with pytest.raises(service.SettingError, match=message):
        service.save(db, {"minutes.chair_label": "Chairman", name: text})
    assert repository.all_settings(db.engine) == {}


def test_empty_text_goes_back_to_the_default(db):
    service.save(db, {"minutes.chair_label": "Chairman"})
    service.save(db, {"minutes.chair_label": "  "})
    assert repository.get_setting(db.engine, "minutes.chair_label") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("/../../x", "cannot hold '/'"),
        ("..\\evil", "cannot hold"),
        ("-confidential.", "cannot end with a dot"),
        ("-conf\x00idential", "control character"),
    ],
)
def test_a_suffix_that_would_make_a_bad_file_name_is_refused(db, text, message):
    name = "minutes.confidential_suffix"
    with pytest.raises(service.SettingError, match=message):
        service.save(db, {name: text})
    assert repository.all_settings(db.engine).get(name) is None


def test_a_template_setting_must_name_a_file(db, tmp_path):
    with pytest.raises(service.SettingError, match="not a file"):
        service.save(db, {"minutes.template": str(tmp_path)})


def test_a_bad_suffix_stored_earlier_falls_back_to_the_default_in_one_line(db, tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from clerk.services.meetings import demo_record, import_record

    root = Path(__file__).resolve().parents[2]
    record = demo_record()
    for item in record["items"]:  # every item taken, so the exempt one needs an annex
        item["status"] = "taken"
    meeting = import_record(db, record)
    repository.set_setting(db.engine, "minutes.confidential_suffix", "/../../x")
    db.close()
    out = tmp_path / "out" / "m.docx"
    out.parent.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "clerk",
            "--db",
            str(db.path),
            "minutes",
            str(meeting.id),
            "-o",
            str(out),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "confidential_suffix" in done.stderr
    assert "'-confidential' is used" in done.stderr
    assert not (tmp_path / "x.docx").exists()
    written = sorted(p.name for p in tmp_path.rglob("*.docx"))
    assert json.dumps(written) == json.dumps(["m-confidential.docx", "m.docx"])

"""Minutes generated from a held meeting's record must give back the minutes of that meeting:
the demo council's (the project's own ground truth) and the real York example (checked with
the shared checker)."""

from __future__ import annotations

import subprocess
import sys

import docx
import pytest

from clerk.cli import main
from clerk.minutes import compose, write_minutes
from clerk.services.settings import minutes_from
from tests.conftest import DATA
from tests.minutes.minutes_check import compare

OWN_MINUTES = DATA / "kestrel-vale-2026-12-08.minutes.txt"


def check_minutes(out, expected) -> str:
    """Run the shared checker as the coordinator does; returns its last line."""
    tool = expected.parent.parent / "tools" / "check_minutes.py"
    if not tool.exists():
        pytest.skip("the shared checker is not beside the repository")
    run = subprocess.run(
        [sys.executable, str(tool), str(out), str(expected)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout.strip().splitlines()[-1]


def test_york_minutes_pass_the_shared_check(york_meeting, york_record_path, tmp_path):
    """The real meeting: our minutes against the council's published minutes."""
    out = tmp_path / "minutes.docx"
    written = write_minutes(york_meeting, out)
    assert written == [out]
    expected = york_record_path.with_name("cec-2022-12-20.minutes.txt")
    last = check_minutes(out, expected)
    similarity = float(last.split()[2])
    passed, total = last.split()[-1].split("/")
    assert similarity >= 0.99
    assert passed == total


def test_example_minutes_match_the_expected_minutes(example_meeting, tmp_path):
    """The demo council's held meeting against the minutes a clerk would publish."""
    out = tmp_path / "minutes.docx"
    written = write_minutes(example_meeting, out)
    assert written == [out, tmp_path / "minutes-confidential.docx"]
    similarity, misses = compare(out, OWN_MINUTES)
    assert misses == []
    assert similarity >= 0.97


def test_example_reads_as_minutes(example_meeting, tmp_path):
    out = tmp_path / "minutes.docx"
    write_minutes(example_meeting, out)
    doc = docx.Document(out)
    texts = [p.text for p in doc.paragraphs]
    styles = {p.text: p.style.name for p in doc.paragraphs}
    assert texts[:2] == ["Kestrel Vale District Council", "Committee Minutes"]
    assert styles["31. Apologies for Absence (18:00)"] == "Minute Heading"
    headings = [t for t in texts if styles[t] == "Minute Heading"]
    assert [h.split(".")[0] for h in headings] == [str(n) for n in range(31, 42)]
    assert (
        "Cllr Bellamy declared a disclosable pecuniary interest in agenda item 7 (Garden Waste "
        "Collection Charges 2027/28), in that he owns a garden maintenance business that uses "
        "the Council's garden waste service." in texts
    )
    assert texts[-2:] == [
        "Cllr E. Marsh, Chair",
        "[The meeting started at 6.00 pm and finished at 7.24 pm].",
    ]
    rows = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert list(rows) == [
        "Meeting",
        "Date",
        "Present",
        "Apologies",
        "In Attendance",
        "Officers Present",
    ]
    assert "Dunstan" not in rows["Present"].split("(")[0]  # sent apologies, substituted
    assert rows["Officers Present"].count("\n") == 2  # one line each
    bullets = [p for p in doc.paragraphs if p.style.name == "Minutes Bullet"]
    assert len(bullets) == 3
    assert not any(b.text.startswith("- ") for b in bullets)  # the mark is the style's
    # The exempt item's discussion stays in the confidential annex.
    assert not any("SECRET" in t for t in texts)
    annex = [p.text for p in docx.Document(tmp_path / "minutes-confidential.docx").paragraphs]
    assert any("SECRET-PRICE" in t for t in annex)


def test_a_meeting_without_exempt_items_has_no_confidential_annex(york_meeting, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    written = write_minutes(york_meeting, folder / "m.docx")
    assert [p.name for p in written] == ["m.docx"]
    assert sorted(p.name for p in folder.iterdir()) == ["m.docx"]  # no temporary left


def test_cli_writes_the_minutes(example_meeting, db_path, tmp_path, capsys):
    out = tmp_path / "cli.docx"
    code = main(["minutes", str(example_meeting.id), "--db", str(db_path), "-o", str(out)])
    assert code == 0
    assert capsys.readouterr().out.split() == [str(out), str(tmp_path / "cli-confidential.docx")]
    assert docx.Document(out).paragraphs[0].text == "Kestrel Vale District Council"


def test_cli_bad_template_is_one_line_exit_3(example_meeting, db_path, tmp_path, capsys):
    bad = tmp_path / "house.docx"
    bad.write_text("not a word file")
    code = main(
        [
            "minutes",
            str(example_meeting.id),
            "--db",
            str(db_path),
            "-o",
            str(tmp_path / "x.docx"),
            "--template",
            str(bad),
        ]
    )
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and "not a Word document" in err
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("print_times", [True, False])
def test_print_times_setting(example_meeting, print_times):
    blocks = compose(example_meeting, minutes_from({"minutes.print_times": print_times}))
    heading = next(b for b in blocks if b.kind == "heading")
    assert heading.text == ("31. Apologies for Absence" + (" (18:00)" if print_times else ""))

"""The real example: minutes generated from its record must give back the real minutes."""

from __future__ import annotations

import subprocess
import sys

import docx
import pytest

from clerk.cli import main
from clerk.minutes import compose, write_minutes


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


def test_example_minutes_pass_the_shared_check(example_meeting, example_record_path, tmp_path):
    out = tmp_path / "minutes.docx"
    written = write_minutes(example_meeting, out)
    assert written == [out]
    expected = example_record_path.with_name("cec-2022-12-20.minutes.txt")
    last = check_minutes(out, expected)
    similarity = float(last.split()[2])
    passed, total = last.split()[-1].split("/")
    assert similarity >= 0.99
    assert passed == total


def test_example_reads_as_minutes(example_meeting, tmp_path):
    out = tmp_path / "minutes.docx"
    write_minutes(example_meeting, out)
    doc = docx.Document(out)
    texts = [p.text for p in doc.paragraphs]
    styles = {p.text: p.style.name for p in doc.paragraphs}
    assert texts[:2] == ["City of York Council", "Committee Minutes"]
    assert styles["17. Declarations of Interest (17:30)"] == "Minute Heading"
    headings = [t for t in texts if styles[t] == "Minute Heading"]
    assert [h.split(".")[0] for h in headings] == [str(n) for n in range(17, 26)]
    assert (
        "Cllr Webb declared a personal interest in agenda item 5 (Behaviour and Attendance - "
        "Mainstream Primary and Secondary pupils), in that the Chair York Schools & Academies "
        "Board, who was presenting the report, was his manager." in texts
    )
    assert any(
        t.startswith("Cllr Daubeney declared a personal interest in agenda items 4 (")
        for t in texts
    )
    assert texts[-2:] == [
        "Cllr S. Daubeney, Chair",
        "[The meeting started at 5.30 pm and finished at 7.22 pm].",
    ]
    rows = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert list(rows) == ["Meeting", "Date", "Present", "In Attendance", "Officers Present"]
    assert "Baker" not in rows["Present"]  # absent, and no apologies sent
    assert rows["Officers Present"].count("\n") == 4  # one line each
    bullets = [p for p in doc.paragraphs if p.style.name == "Minutes Bullet"]
    assert len(bullets) == 6 + 5 + 3 + 4
    assert not any(b.text.startswith("- ") for b in bullets)  # the mark is the style's


def test_example_has_no_confidential_annex(example_meeting, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    written = write_minutes(example_meeting, folder / "m.docx")
    assert [p.name for p in written] == ["m.docx"]
    assert sorted(p.name for p in folder.iterdir()) == ["m.docx"]  # no temporary left


def test_cli_writes_the_minutes(example_meeting, db_path, tmp_path, capsys):
    out = tmp_path / "cli.docx"
    code = main(["minutes", str(example_meeting.id), "--db", str(db_path), "-o", str(out)])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert docx.Document(out).paragraphs[0].text == "City of York Council"


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
    blocks = compose(example_meeting, {"minutes.print_times": print_times})
    heading = next(b for b in blocks if b.kind == "heading")
    assert heading.text == ("17. Declarations of Interest" + (" (17:30)" if print_times else ""))

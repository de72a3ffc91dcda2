"""`clerk style …` and `clerk minutes --style`, as a user runs them: real processes and files."""

from __future__ import annotations

import docx

from clerk.minutes.style import presets_folder, read_style_file
from tests.test_cli import clerk

PARISH = presets_folder() / "samples" / "english-parish.json"


def test_list_show_export_a_preset(tmp_path):
    db = tmp_path / "clerk.sqlite3"
    listed = clerk("style", "list", db=db)
    assert listed.returncode == 0, listed.stderr
    names = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert {"english-principal", "english-parish", "board"} <= set(names)
    shown = clerk("style", "show", "english-parish", db=db)
    assert 'based_on = "english-parish"' in shown.stdout
    out = tmp_path / "mine.toml"
    done = clerk("style", "export", "english-parish", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    # the export reads back as the preset itself
    assert read_style_file(out).motions.one_line.startswith("Proposed by")


def test_import_for_a_body_then_minutes_in_it(tmp_path):
    db = tmp_path / "clerk.sqlite3"
    assert clerk("import-record", str(PARISH), db=db).returncode == 0
    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[style]\nname = "Aldbury"\nbased_on = "english-parish"\n'
        '[headings]\nnumber = "{{ year2 }}/{{ n3 }}"\n',
        encoding="utf-8",
    )
    done = clerk("style", "import", str(mine), "--body", "Little Aldbury Parish Council", db=db)
    assert done.returncode == 0, done.stderr
    assert "Aldbury\tbody: Little Aldbury Parish Council" in clerk("style", "list", db=db).stdout
    out = tmp_path / "m.docx"
    assert clerk("minutes", "1", "-o", str(out), db=db).returncode == 0
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert any(t.startswith("25/412 Apologies for absence:") for t in texts)
    # --style for one run, by preset name
    other = tmp_path / "b.docx"
    assert clerk("minutes", "1", "-o", str(other), "--style", "board", db=db).returncode == 0
    assert "412. Apologies for absence" in [p.text for p in docx.Document(other).paragraphs]


def test_a_bad_style_is_one_line_exit_3_and_nothing_changes(tmp_path):
    db = tmp_path / "clerk.sqlite3"
    assert clerk("import-record", str(PARISH), db=db).returncode == 0
    good = tmp_path / "good.toml"
    good.write_text('[style]\nname = "Good"\n', encoding="utf-8")
    assert clerk("style", "import", str(good), db=db).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text('[headings]\nnumber = "{{ minute }}"\n', encoding="utf-8")
    done = clerk("style", "import", str(bad), db=db)
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1
    assert "headings.number: unknown placeholder 'minute'" in done.stderr
    assert "Good\torganisation" in clerk("style", "list", db=db).stdout
    out = tmp_path / "m.docx"
    done = clerk("minutes", "1", "-o", str(out), "--style", str(bad), db=db)
    assert done.returncode == 3 and done.stderr.count("\n") == 1
    assert not out.exists()
    missing = clerk("style", "show", "nonesuch", db=db)
    assert missing.returncode == 3 and "no style called 'nonesuch'" in missing.stderr

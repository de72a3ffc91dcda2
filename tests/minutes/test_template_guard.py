"""A hostile Word template: its external links and macros never reach the minutes."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import docx
import pytest

from clerk.minutes import write_minutes
from clerk.minutes.template_guard import TemplateNote
from clerk.store.record import meeting_from_record

ROOT = Path(__file__).resolve().parents[2]
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def hostile_template(path: Path) -> None:
    plain = io.BytesIO()
    docx.Document().save(plain)
    with zipfile.ZipFile(plain) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    parts["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdT" Type="{R}/attachedTemplate" '
        'Target="https://templates.example.net/house.dotm" TargetMode="External"/>'
        "</Relationships>"
    ).encode()
    settings = parts["word/settings.xml"].decode()
    settings = re.sub(
        r"(<w:settings[^>]*>)",
        lambda m: (
            m.group(1).replace(">", f' xmlns:r="{R}">', 1)
            if "xmlns:r=" not in m.group(1)
            else m.group(1)
        ),
        settings,
        count=1,
    )
    settings = re.sub(
        r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdT"/>', settings, count=1
    )
    parts["word/settings.xml"] = settings.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdImg" Type="{R}/image" Target="file:///C:/logo.png" '
        'TargetMode="External"/>'
        f'<Relationship Id="rIdWeb" Type="{R}/hyperlink" Target="https://council.example.gov.uk/" '
        'TargetMode="External"/>'
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
        'vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 pretend macros"
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )
    )
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in parts.items():
            zout.writestr(name, content)


def meeting():
    record = json.loads((ROOT / "resources" / "demo" / "demo-meeting.json").read_text("utf-8"))
    return meeting_from_record(record)


def test_external_links_and_macros_are_removed_and_said(tmp_path):
    template = tmp_path / "house.docx"
    hostile_template(template)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = write_minutes(meeting(), tmp_path / "m.docx", template=template)[0]
    notes = [str(w.message) for w in caught if issubclass(w.category, TemplateNote)]
    assert len(notes) == 1 and "macros" in notes[0] and "2 external link(s)" in notes[0]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        everything = b"".join(zf.read(n) for n in names)
    assert not any("vba" in n.lower() for n in names)
    assert b"templates.example.net" not in everything and b"file:///" not in everything
    assert b"attachedTemplate" not in everything and b"vbaProject" not in everything
    assert b"council.example.gov.uk" in everything  # a plain web link fetches nothing
    assert docx.Document(out).paragraphs  # and Word's reader still opens it


def test_the_command_line_says_what_was_removed_in_one_note(tmp_path):
    template = tmp_path / "house.docx"
    hostile_template(template)
    db = tmp_path / "c.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-m", "clerk", "--db", str(db)]
    demo = ROOT / "resources" / "demo" / "demo-meeting.json"
    subprocess.run([*run, "import-record", str(demo)], cwd=ROOT, env=env, check=True)
    done = subprocess.run(
        [*run, "minutes", "1", "-o", str(tmp_path / "m.docx"), "--template", str(template)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("note: removed from the template house.docx")


def test_a_clean_template_says_nothing(tmp_path):
    template = tmp_path / "plain.docx"
    docx.Document().save(template)
    with warnings.catch_warnings():
        warnings.simplefilter("error", TemplateNote)
        write_minutes(meeting(), tmp_path / "m.docx", template=template)


@pytest.mark.parametrize("field", ['INCLUDEPICTURE "http://x.example/a.png"', "LINK Excel.Sheet"])
def test_fields_that_fetch_are_blanked(field):
    from clerk.minutes.template_guard import clean

    plain = io.BytesIO()
    document = docx.Document()
    run = document.sections[0].header.paragraphs[0].add_run()
    instr = run._r.makeelement(f"{{{W}}}instrText", {})
    instr.text = field
    run._r.append(instr)
    document.save(plain)
    cleaned, removed = clean(plain.getvalue())
    assert removed == ["1 field(s) that fetch content"]
    with zipfile.ZipFile(io.BytesIO(cleaned)) as zf:
        assert field.split()[0].encode() not in zf.read("word/header1.xml")

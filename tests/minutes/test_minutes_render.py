"""The Word file: house style from templates, safe writing, text a clerk pasted, the two lists."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date

import docx
import pytest
from docx.shared import Pt

from clerk.domain.model import Action, ItemKind, Resolution
from clerk.minutes import (
    MinutesError,
    confidential_path,
    write_action_list,
    write_decision_list,
    write_minutes,
)
from clerk.minutes.render import default_template
from clerk.services.settings import minutes_from
from tests.minutes.factory import item, meeting


def texts(path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


def with_exempt_item(m=None):
    m = m or meeting()
    secret = item(
        "4",
        "Depot Land Purchase",
        minute=43,
        start="18:45",
        exempt=True,
        exempt_paragraph=3,
        narrative="The asking price was SECRET-PRICE.",
        resolution=Resolution(("That the land be bought.",), None),
    )
    return replace(m, items=m.items + (secret,))


def test_default_template_has_the_house_styles_page_and_footer():
    doc = docx.Document(default_template())
    names = {s.name for s in doc.styles}
    for name in (
        "Minutes Title",
        "Minutes Subtitle",
        "Attendance Table",
        "Minute Heading",
        "Minutes Text",
        "Minutes Bullet",
        "Resolution",
        "Resolution Part",
        "Reason",
        "Signature",
        "Closing",
        "Minutes Lead",
    ):
        assert name in names, name
    section = doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert len(doc.paragraphs) == 0  # the body is the minutes' alone


def test_output_uses_the_template_styles_header_and_footer(tmp_path):
    out = write_minutes(meeting(), tmp_path / "m.docx")[0]
    doc = docx.Document(out)
    used = {p.style.name for p in doc.paragraphs}
    assert {"Minutes Title", "Minute Heading", "Minutes Bullet", "Resolution", "Reason"} <= used
    assert doc.tables[0].style.name == "Attendance Table"
    assert doc.sections[0].header.paragraphs[0].text == "Draft minutes - subject to approval"
    lead = next(p for p in doc.paragraphs if p.style.name == "Resolution").runs[0]
    assert lead.text.startswith("Resolved:") and lead.style.name == "Minutes Lead"
    assert doc.core_properties.title.startswith("Planning Committee, 10 March 2026")


def test_council_template_edited_in_word_is_followed(tmp_path):
    house = docx.Document(default_template())
    house.styles["Minute Heading"].font.size = Pt(15)
    house.sections[0].header.paragraphs[0].text = "Harbourside Borough Council - DRAFT"
    house.add_paragraph("Sample text the council left in its template.")
    path = tmp_path / "house.docx"
    house.save(path)
    out = write_minutes(meeting(), tmp_path / "m.docx", template=path)[0]
    doc = docx.Document(out)
    assert doc.styles["Minute Heading"].font.size == Pt(15)
    assert doc.sections[0].header.paragraphs[0].text == "Harbourside Borough Council - DRAFT"
    assert "Sample text the council left in its template." not in texts(out)


def test_template_setting_and_dotx_template(tmp_path):
    data = default_template().read_bytes()
    dotx = tmp_path / "house.dotx"
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(dotx, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(info, content)
    out = write_minutes(
        meeting(), tmp_path / "m.docx", settings=minutes_from({"minutes.template": str(dotx)})
    )[0]
    assert texts(out)[0] == "Harbourside Borough Council"


def test_plain_word_template_falls_back_to_built_in_styles(tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    out = write_minutes(meeting(), tmp_path / "m.docx", template=plain)[0]
    doc = docx.Document(out)
    styles = {p.text: p.style.name for p in doc.paragraphs}
    assert styles["42. Harbour Wall Repairs (18:05)"] == "Heading 2"
    assert styles["costs had risen"] == "List Bullet"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"plain text", "not a Word document"),
        (b"PK\x03\x04broken", "not a Word document"),
    ],
)
def test_bad_template_is_bad_input(tmp_path, content, message):
    path = tmp_path / "house.docx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(MinutesError) as caught:
        write_minutes(meeting(), tmp_path / "m.docx", template=path)
    assert caught.value.bad_input and message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "m.docx").exists()


def test_target_open_in_word_is_refused_and_left_alone(tmp_path):
    out = tmp_path / "minutes.docx"
    out.write_bytes(b"the previous draft")
    (tmp_path / "~$nutes.docx").write_bytes(b"owner")
    with pytest.raises(MinutesError) as caught:
        write_minutes(meeting(), out)
    assert not caught.value.bad_input
    assert "open in a word processor" in str(caught.value)
    assert out.read_bytes() == b"the previous draft"


def test_unwritable_folder_is_one_clear_line(read_only_folder):
    with pytest.raises(MinutesError) as caught:
        write_minutes(meeting(), read_only_folder / "m.docx")
    assert "cannot write" in str(caught.value) and not caught.value.bad_input
    assert "\n" not in str(caught.value)
    assert list(read_only_folder.iterdir()) == []


def test_missing_folder_and_folder_as_target(tmp_path):
    with pytest.raises(MinutesError, match="does not exist"):
        write_minutes(meeting(), tmp_path / "nowhere" / "m.docx")
    with pytest.raises(MinutesError, match="it is a folder"):
        write_minutes(meeting(), tmp_path)


def test_failed_save_keeps_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "m.docx"
    out.write_bytes(b"the previous draft")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("clerk.atomic.os.replace", full_disk)
    with pytest.raises(MinutesError, match="No space left on device"):
        write_minutes(meeting(), out)
    assert out.read_bytes() == b"the previous draft"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.docx"]


def test_exempt_item_goes_to_a_confidential_annex(tmp_path):
    m = with_exempt_item()
    out = tmp_path / "m.docx"
    written = write_minutes(m, out)
    assert written == [out, confidential_path(out)]
    assert written[1].name == "m-confidential.docx"
    public = "\n".join(texts(out))
    annex = "\n".join(texts(written[1]))
    assert "SECRET-PRICE" not in public and "Resolved: That the land be bought." in public
    assert "SECRET-PRICE" in annex and "Confidential Annex - Not for Publication" in annex
    assert "42. Harbour Wall Repairs" not in annex


def test_include_exempt_writes_one_confidential_document(tmp_path):
    written = write_minutes(with_exempt_item(), tmp_path / "m.docx", include_exempt=True)
    assert len(written) == 1
    text = "\n".join(texts(written[0]))
    assert "SECRET-PRICE" in text and "Confidential Annex - Not for Publication" in text


NASTY = (
    "Pasted\x00 from\x0bWord\x07 with a bell, \ud800 a lone surrogate, \ufffe, emoji \U0001f3db\ufe0f, "
    "Arabic \u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u062f\u064a\u0646\u0629, Hebrew \u05d5\u05e2\u05d3\u05d4, "
    "tabs\there & <angle> brackets"
)


def test_text_the_clerk_pasted_comes_out_or_is_cleaned(tmp_path):
    long_paragraph = "word " * 20000
    m = meeting(committee="Planning\x01 Committee \U0001f3e0")
    harbour = replace(
        m.items[2],
        title="Harbour\x1f Wall \u202eRepairs",
        narrative=f"{NASTY}\n\n- {NASTY}\n\n{long_paragraph}",
        resolution=Resolution((NASTY, "That \x0c it be noted."), NASTY),
    )
    m = replace(m, items=m.items[:2] + (harbour,))
    out = write_minutes(m, tmp_path / "m.docx")[0]
    text = "\n".join(texts(out))
    assert "emoji \U0001f3db\ufe0f" in text
    assert "\u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u062f\u064a\u0646\u0629" in text
    assert "\u05d5\u05e2\u05d3\u05d4" in text and "& <angle> brackets" in text
    assert "Pasted from\nWord with a bell" in text  # vertical tab became a line break
    assert "\x00" not in text and "\x07" not in text and "\ud800" not in text
    assert len(long_paragraph.strip()) <= max(len(t) for t in texts(out))
    assert "42. Harbour Wall \u202eRepairs (18:05)" in text


def test_decision_list(tmp_path):
    m = with_exempt_item()
    out = write_decision_list(m, tmp_path / "decisions.docx")[0]
    doc = docx.Document(out)
    assert [p.text for p in doc.paragraphs][:2] == ["Harbourside Borough Council", "Decision List"]
    rows = [[c.text for c in r.cells] for r in doc.tables[1].rows]
    assert rows == [
        ["Minute", "Item", "Decision", "Reason"],
        ["42", "Harbour Wall Repairs", "That the report be noted.", "To keep Members informed."],
        ["43", "Depot Land Purchase", "That the land be bought.", ""],
    ]


def test_action_list_keeps_exempt_actions_out_unless_asked(tmp_path):
    m = with_exempt_item()
    harbour, secret = m.items[2], m.items[3]
    m = replace(
        m,
        actions=(
            Action("Report costs to the next meeting", harbour.key, "moreno", date(2026, 4, 1)),
            Action("Instruct the valuer SECRET", secret.key, "Estates team"),
        ),
    )
    out = write_action_list(m, tmp_path / "actions.docx")[0]
    doc = docx.Document(out)
    rows = [[c.text for c in r.cells] for r in doc.tables[1].rows]
    assert rows == [
        ["Action", "Owner", "Due", "Minute"],
        [
            "Report costs to the next meeting",
            "Ana Moreno (Head of Planning)",
            "1 April 2026",
            "42. Harbour Wall Repairs",
        ],
    ]
    assert any("1 action on an exempt item is not listed" in p.text for p in doc.paragraphs)
    full = write_action_list(m, tmp_path / "all.docx", include_exempt=True)[0]
    rows = [[c.text for c in r.cells] for r in docx.Document(full).tables[1].rows]
    assert rows[-1] == ["Instruct the valuer SECRET", "Estates team", "", "43. Depot Land Purchase"]


def test_lists_of_a_meeting_with_nothing_decided(tmp_path):
    m = replace(meeting(), items=(item("1", "Minutes", ItemKind.MINUTES),))
    decisions = texts(write_decision_list(m, tmp_path / "d.docx")[0])
    actions = texts(write_action_list(m, tmp_path / "a.docx")[0])
    assert "No decisions have been recorded." in decisions
    assert "No actions have been recorded." in actions


def test_folder_that_refuses_new_files_is_one_clear_line(tmp_path, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("clerk.atomic.tempfile.mkstemp", refused)
    with pytest.raises(MinutesError) as caught:
        write_minutes(meeting(), tmp_path / "m.docx")
    assert str(caught.value) == f"cannot write to {tmp_path}: Permission denied"
    assert not caught.value.bad_input

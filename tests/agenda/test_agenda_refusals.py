"""Files that are no agenda, or cannot be read at all, are refused with one clear line
(AgendaError; the CLI exits 3 with no traceback)."""

from __future__ import annotations

import io
import zipfile

import pytest

from clerk.agenda import AgendaError, read_agenda, read_agenda_text
from clerk.cli import main

REPORT = """Report of the Director of Place

Local Transport Plan: Annual Progress

1. Summary
2. Background
3. Options considered
4. Consultation
5. Recommendations
"""

LETTER = """Dear Mrs Other,

Thank you for your letter of 3 January 2023 about the hedge at 4 Mill Lane.
1. We have inspected the site.
2. The owner has been written to.

Yours sincerely,
"""


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        LETTER,
        "Shopping list\n\n1. Eggs\n2. Bread\n",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n" * 40,
        "   \n\n\t\n",
        "AGENDA\n\nNothing numbered here at all.\n",
    ],
    ids=["report", "letter", "list", "prose", "blank", "heading-only"],
)
def test_texts_that_are_no_agenda_are_refused(text):
    with pytest.raises(AgendaError) as caught:
        read_agenda_text(text, source_name="document.txt")
    assert "\n" not in str(caught.value)
    assert "document.txt" in str(caught.value)


def test_the_previous_minutes_alone_are_no_agenda(own_pack_text):
    minutes = own_pack_text.split("This page is intentionally left blank")[1]
    with pytest.raises(AgendaError, match="not an agenda"):
        read_agenda_text(minutes)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 64, "not a text"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Word"),
        ("letter.rtf", b"{\\rtf1\\ansi Agenda}", "Rich Text"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", "PDF"),
        ("cut.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50, "PDF"),
        ("archive.docx", _zip({"readme.txt": b"hello"}), "not a Word"),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 300, "Word"),
        (
            "bad-xml.docx",
            _zip({"word/document.xml": b"<w:document>", "[Content_Types].xml": b"<"}),
            "Word",
        ),
    ],
)
def test_unreadable_files_are_refused_in_one_line(tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(AgendaError) as caught:
        read_agenda(path)
    message = str(caught.value)
    assert says in message and "\n" not in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(AgendaError, match="cannot read"):
        read_agenda(tmp_path / "nowhere.pdf")
    with pytest.raises(AgendaError, match="folder"):
        read_agenda(tmp_path)


def test_scanned_pdf_without_text_is_refused(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.rect(100, 100, 200, 300, fill=1)
    drawing.save()
    with pytest.raises(AgendaError, match="no text"):
        read_agenda(path)


def test_cli_refuses_a_non_agenda_with_exit_3(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert main(["import-agenda", str(path), "--dry-run"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("clerk: report.txt is not an agenda")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_refuses_a_missing_file_with_exit_3(tmp_path, capsys):
    assert main(["import-agenda", str(tmp_path / "gone.docx"), "--dry-run"]) == 3
    assert "cannot read" in capsys.readouterr().err


def test_a_report_headed_agenda_item_is_no_agenda():
    report = (
        "Agenda Item 5\n\nReport of the Director of Place\n\nDate: 5 May 2023\n\n"
        "1. Summary\n\n2. Background\n\n3. Recommendations\n"
    )
    with pytest.raises(AgendaError, match="not an agenda"):
        read_agenda_text(report)

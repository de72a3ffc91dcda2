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


PARISH_MINUTES = """Minutes of the meeting of Fernleigh Parish Council held on Monday 4 March 2024
at 7.00 pm in the Village Hall

Present: Cllr A. Brook (Chair), Cllr C. Dale, Cllr E. Frith, Cllr G. Holt

In attendance: the Clerk and two members of the public

1. Apologies for absence
Apologies were received from Cllr J. Kerr.

2. Declarations of interest
None were declared.

3. Minutes of the previous meeting
It was resolved that the minutes of 5 February 2024 be signed as a correct record.

4. Planning
It was agreed to support application 24/0112.

The meeting closed at 8.40 pm.
"""

BOARD_MINUTES_ONE_PARAGRAPH = (
    "THE RIVERSIDE HOUSING TRUST MINUTES OF BOARD MEETING THURSDAY 7 March 2024 Present: "
    "A Shaw (Chair), B Rowe (Vice-Chair), C Lund 1. Apologies Apologies were received from "
    "D Moss. 2. Declarations of interest There were none. 3. Minutes of the last meeting The "
    "minutes were approved. 4. Rent setting RESOLVED that rents rise by 3%.\n"
)

COMMITTEE_REPORT = """Agenda Item 6

Report to: Environment Committee
Date: 12 March 2024
Report of: Head of Waste Services

Garden Waste Collections

1. Purpose of the report
2. Background
3. Options
4. Financial implications
5. Recommendations
"""

RESIDENT_LETTER = """12 Orchard Row
Fernleigh
4 March 2024

Dear Councillor Brook,

Re: the meeting of the Parish Council on Monday 18 March 2024

1. The footpath by the church is flooded again.
2. The bus shelter glass is broken.
3. I would like to speak at the meeting.

Yours sincerely,
A Resident
"""


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (PARISH_MINUTES, "minutes"),
        (BOARD_MINUTES_ONE_PARAGRAPH, "not an agenda"),
        (COMMITTEE_REPORT, "not an agenda"),
        (RESIDENT_LETTER, "not an agenda"),
    ],
    ids=["parish-minutes", "board-minutes-one-paragraph", "committee-report", "resident-letter"],
)
def test_minutes_reports_and_letters_are_refused(text, says, tmp_path, capsys):
    with pytest.raises(AgendaError, match=says):
        read_agenda_text(text, source_name="document.txt")
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["import-agenda", str(path), "--dry-run"]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


MODERNGOV_AGENDA_AND_MINUTES = """Agenda and minutes

Licensing Committee - Tuesday, 5th March, 2024 10.00 am

Venue: Committee Room 3, Civic Centre

Items
No. Item

1.

Apologies for Absence

Minutes:

Apologies were received from Councillor Reed.

2.

Declarations of Interest

Minutes:

There were no declarations of interest.

3.

Minutes

Minutes:

RESOLVED - That the minutes of the meeting held on 6 February 2024 be approved.
"""


def test_a_moderngov_agenda_and_minutes_page_is_an_agenda():
    found = read_agenda_text(MODERNGOV_AGENDA_AND_MINUTES)
    assert found.record["committee"] == "Licensing Committee"
    assert found.record["date"] == "2024-03-05"
    assert [it["kind"] for it in found.record["items"]][:2] == ["apologies", "declarations"]


def test_minutes_in_one_reflowed_paragraph_read_as_minutes_whatever_items_are_found():
    from clerk.agenda.genre import refusal
    from clerk.agenda.lines import split_lines

    lines = split_lines(BOARD_MINUTES_ONE_PARAGRAPH)
    said = refusal("board.txt", [], lines, standard=3, heading=False)
    assert said and "minutes" in said
    agenda = split_lines(MODERNGOV_AGENDA_AND_MINUTES)
    assert refusal("page.txt", agenda[:8], agenda, standard=3, heading=False) is None

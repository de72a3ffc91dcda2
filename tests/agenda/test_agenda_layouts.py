"""Agendas of other (fictional) councils in the layouts councils and parish councils use:
labelled notices and summons letters, items "1.", "1)", "Item 1", "ITEM 1.", sub-items 4a,
4(a), (a), 4.1 (read into their item's description: sub-items are not items), titles over several lines, Part A / Part B, membership as a list, Word tables
and Word's automatic numbering, and one of them as a PDF."""

from __future__ import annotations

import pytest

from clerk.agenda import read_agenda, read_agenda_text
from clerk.store.record import meeting_from_record
from tests.agenda.agenda_makers import FIXTURES, expected_for, misses, write_docx, write_pdf

TEXT_FIXTURES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def test_there_are_varied_fixtures():
    assert len(TEXT_FIXTURES) >= 4


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_text_layouts_read_completely(name):
    found = read_agenda(FIXTURES / f"{name}.txt")
    assert misses(found.record, expected_for(name)) == []
    meeting = meeting_from_record(found.record)
    assert len(meeting.items) == len(expected_for(name)["items"])


def test_part_b_items_are_exempt_with_the_paragraph_of_the_exclusion():
    record = read_agenda(FIXTURES / "eastmoor-planning.txt").record
    by_number = {it["agenda_number"]: it for it in record["items"]}
    assert by_number["6"]["kind"] == "exclusion"
    assert by_number["6"]["exempt_paragraph"] == 5
    assert by_number["7"]["exempt"] is True
    assert not any(by_number[n].get("exempt") for n in ("1", "2", "3", "4", "5"))


def test_named_substitutes_are_noted_not_made_members():
    found = read_agenda(FIXTURES / "eastmoor-planning.txt")
    surnames = {p["surname"] for p in found.record["people"]}
    assert "Frant" not in surnames and "Moss" not in surnames
    assert any("substitutes" in note and "Frant" in note for note in found.notes)


def test_the_pack_stops_at_the_end_of_the_agenda():
    record = read_agenda(FIXTURES / "eastmoor-planning.txt").record
    assert record["items"][-1]["agenda_number"] == "7"
    description = record["items"][-1].get("description", "")
    assert "Minutes of the meeting" not in description
    assert "Present" not in description
    assert record["first_minute_number"] == 93


def test_a_letter_date_above_the_summons_is_not_the_meeting_date():
    found = read_agenda(FIXTURES / "willowbeck-parish.txt")
    assert found.record["date"] == "2023-03-14"
    assert "date" not in found.unsure


def test_guessed_kinds_and_joined_titles_are_marked_unsure():
    found = read_agenda(FIXTURES / "riverton-decision-session.txt")
    assert found.unsure.get("items[3].title") == "joined from several lines"
    parish = read_agenda(FIXTURES / "willowbeck-parish.txt")
    numbers = [it["agenda_number"] for it in parish.record["items"]]
    assert parish.unsure[f"items[{numbers.index('7')}].kind"] == "guessed from the title"
    # Set wordings are sure: standard items, and procedural ones such as correspondence.
    assert f"items[{numbers.index('1')}].kind" not in parish.unsure
    assert f"items[{numbers.index('8')}].kind" not in parish.unsure
    assert any("guessed from the title" in note for note in parish.notes)


def test_missing_facts_are_left_empty_and_noted():
    found = read_agenda(FIXTURES / "willowbeck-parish.txt")
    assert found.record["people"] == []
    assert "no membership found" in found.notes
    assert found.record["first_minute_number"] is None
    assert any("previous minutes" in note for note in found.notes)


# -- Word: a table agenda and an automatically numbered one ------------------------------------

CABINET = [
    ("para", "Northfield District Council"),
    ("heading", "Cabinet"),
    (
        "table",
        [
            ["Date:", "Monday 13 March 2023"],
            ["Time:", "6.30 pm"],
            ["Place:", "The Council Chamber, Northfield House"],
            [
                "Membership:",
                "Councillors Adaeze Obi (Chair), Rhodri Vaughan (Vice-Chair), "
                "Ellen Marsh (Deputy Leader), Farid Haddad and Wren Castell",
            ],
        ],
    ),
    ("para", "AGENDA"),
    (
        "table",
        [
            ["Item", "Subject", "Pages"],
            ["1.", "Apologies for Absence", ""],
            ["2.", "Declarations of Interest\nMembers to declare any interests.", ""],
            [
                "3.",
                "Minutes\nTo confirm the minutes of the meeting held on 13 February 2023.",
                "5 - 12",
            ],
            ["4.", "Public Questions", ""],
            [
                "5.",
                "Revenue Budget 2023/24 and Council Tax Setting\n"
                "Report of the Chief Finance Officer.",
                "13 - 64",
            ],
            ["6.", "Housing Allocations Policy Review", "65 - 90"],
            ["7.", "Forward Plan", "91 - 96"],
            [
                "8.",
                "Exclusion of the Press and Public\nTo consider excluding the press and public "
                "under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
                "",
            ],
            ["9.", "Disposal of Land at Kiln Lane (Exempt)", "97 - 110"],
        ],
    ),
    (
        "para",
        "Contact officer: Morwenna Pryce, Committee Services, 01632 960871, "
        "morwenna.pryce@northfield.example.gov.uk",
    ),
]

CABINET_EXPECTED = {
    "organisation": "Northfield District Council",
    "committee": "Cabinet",
    "date": "2023-03-13",
    "scheduled_time": "18:30",
    "venue": "The Council Chamber, Northfield House",
    "democracy_officer": {
        "name": "Morwenna Pryce",
        "phone": "01632 960871",
        "email": "morwenna.pryce@northfield.example.gov.uk",
    },
    "people": [
        {"title": "Councillor", "forename": "Adaeze", "surname": "Obi", "role": "chair"},
        {"title": "Councillor", "forename": "Rhodri", "surname": "Vaughan", "role": "vice_chair"},
        {"surname": "Marsh", "role": "member", "capacity": "Deputy Leader"},
        {"surname": "Haddad", "role": "member"},
        {"surname": "Castell", "role": "member"},
    ],
    "items": [
        {"agenda_number": "1", "title": "Apologies for Absence", "kind": "apologies"},
        {"agenda_number": "2", "title": "Declarations of Interest", "kind": "declarations"},
        {"agenda_number": "3", "title": "Minutes", "kind": "minutes", "pages": [5, 12]},
        {"agenda_number": "4", "title": "Public Questions", "kind": "public_participation"},
        {
            "agenda_number": "5",
            "title": "Revenue Budget 2023/24 and Council Tax Setting",
            "kind": "report",
            "pages": [13, 64],
            "description": "Report of the Chief Finance Officer.",
        },
        {"agenda_number": "6", "kind": "report", "pages": [65, 90]},
        {"agenda_number": "7", "title": "Forward Plan", "kind": "work_plan", "pages": [91, 96]},
        {"agenda_number": "8", "kind": "exclusion", "exempt_paragraph": 3},
        {
            "agenda_number": "9",
            "title": "Disposal of Land at Kiln Lane (Exempt)",
            "pages": [97, 110],
            "exempt": True,
            "exempt_paragraph": 3,
        },
    ],
}

PANEL = [
    ("heading", "Kestrel Valley Joint Scrutiny Panel"),
    ("para", "NOTICE OF MEETING"),
    (
        "para",
        "A meeting of the Kestrel Valley Joint Scrutiny Panel will be held on Wednesday "
        "22 March 2023 at 2.00 pm in the Ashby Room, Kestrel House, Ridgeway.",
    ),
    ("para", "Members of the Panel:"),
    ("para", "Cllr Owen Hargreaves (Chairman)"),
    ("para", "Cllr Beatrix Nolan (Vice-Chairman)"),
    ("para", "Cllr Sunil Ramaswamy"),
    ("para", "Cllr Fenella Cross"),
    ("para", "Mrs Ruth Addo (Independent Member)"),
    ("para", "AGENDA"),
    ("numbered", "Apologies for absence"),
    ("numbered", "Declarations of interest"),
    ("numbered", "Minutes of the last meeting"),
    ("para", "To agree the minutes of the meeting held on 18 January 2023 (attached)."),
    ("numbered", "Public speaking"),
    ("numbered", "Flood Resilience Programme – progress report from the Environment Agency"),
    ("numbered", "Panel Work Programme 2023/24"),
    ("numbered", "Any other business"),
    (
        "para",
        "For enquiries about this agenda please contact Imogen Stroud on 01632 960555 or "
        "imogen.stroud@kestrelvalley.example.gov.uk",
    ),
]

PANEL_EXPECTED = {
    "committee": "Kestrel Valley Joint Scrutiny Panel",
    "date": "2023-03-22",
    "scheduled_time": "14:00",
    "venue": "Ashby Room, Kestrel House, Ridgeway",
    "democracy_officer": {
        "name": "Imogen Stroud",
        "phone": "01632 960555",
        "email": "imogen.stroud@kestrelvalley.example.gov.uk",
    },
    "people": [
        {"title": "Councillor", "forename": "Owen", "surname": "Hargreaves", "role": "chair"},
        {"title": "Councillor", "forename": "Beatrix", "surname": "Nolan", "role": "vice_chair"},
        {"title": "Councillor", "surname": "Ramaswamy", "role": "member"},
        {"title": "Councillor", "surname": "Cross", "role": "member"},
        {
            "title": "Mrs",
            "surname": "Addo",
            "name": "Mrs Ruth Addo",
            "capacity": "Independent Member",
        },
    ],
    "items": [
        {"agenda_number": "1", "kind": "apologies"},
        {"agenda_number": "2", "kind": "declarations"},
        {"agenda_number": "3", "kind": "minutes", "description": "held on 18 January 2023"},
        {"agenda_number": "4", "kind": "public_participation"},
        {
            "agenda_number": "5",
            "title": "Flood Resilience Programme – progress report from the Environment Agency",
            "kind": "report",
        },
        {"agenda_number": "6", "kind": "work_plan"},
        {"agenda_number": "7", "kind": "urgent_business"},
    ],
}


def test_word_agenda_in_tables(tmp_path):
    path = write_docx(tmp_path / "cabinet.docx", CABINET)
    found = read_agenda(path)
    assert misses(found.record, CABINET_EXPECTED) == []
    meeting_from_record(found.record)


def test_word_agenda_with_automatic_numbering_and_a_membership_list(tmp_path):
    path = write_docx(tmp_path / "panel.docx", PANEL)
    found = read_agenda(path)
    assert misses(found.record, PANEL_EXPECTED) == []
    meeting_from_record(found.record)


def test_word_agenda_saved_without_an_extension(tmp_path):
    path = write_docx(tmp_path / "cabinet", CABINET)
    assert misses(read_agenda(path).record, CABINET_EXPECTED) == []


def test_pdf_of_a_table_agenda(tmp_path):
    pytest.importorskip("reportlab")
    path = write_pdf(tmp_path / "cabinet.pdf", CABINET)
    found = read_agenda(path)
    assert misses(found.record, CABINET_EXPECTED) == []


def test_pdf_of_a_parts_agenda_with_page_column(tmp_path):
    pytest.importorskip("reportlab")
    text = (FIXTURES / "eastmoor-planning.txt").read_text(encoding="utf-8")
    blocks = [("para", line) for line in text.split("\n") if line.strip()]
    found = read_agenda(write_pdf(tmp_path / "eastmoor.pdf", blocks))
    assert misses(found.record, expected_for("eastmoor-planning")) == []


def test_text_in_memory_reads_like_a_file():
    text = (FIXTURES / "marshford-town.txt").read_text(encoding="utf-8")
    found = read_agenda_text(text, source_name="pasted")
    assert misses(found.record, expected_for("marshford-town")) == []


def test_windows_1252_text_file(tmp_path):
    text = (FIXTURES / "riverton-decision-session.txt").read_text(encoding="utf-8")
    path = tmp_path / "riverton.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    assert misses(read_agenda(path).record, expected_for("riverton-decision-session")) == []


def test_utf16_text_file(tmp_path):
    text = (FIXTURES / "willowbeck-parish.txt").read_text(encoding="utf-8")
    path = tmp_path / "willowbeck.txt"
    path.write_text(text, encoding="utf-16")
    assert misses(read_agenda(path).record, expected_for("willowbeck-parish")) == []


# -- every text fixture again as Word and as PDF -------------------------------------------------


def _line_blocks(name: str):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return [("para", line) for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_each_layout_as_word_scores_the_same(tmp_path, name):
    path = write_docx(tmp_path / f"{name}.docx", _line_blocks(name))
    assert misses(read_agenda(path).record, expected_for(name)) == []


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_each_layout_as_pdf_scores_the_same(tmp_path, name):
    pytest.importorskip("reportlab")
    path = write_pdf(tmp_path / f"{name}.pdf", _line_blocks(name))
    assert misses(read_agenda(path).record, expected_for(name)) == []


@pytest.mark.slow
def test_word_files_converted_by_libreoffice(tmp_path):
    """The same Word files turned into PDF by LibreOffice, as a council's own export would be."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    for name in TEXT_FIXTURES:
        write_docx(tmp_path / f"{name}.docx", _line_blocks(name))
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path),
         *[str(tmp_path / f"{n}.docx") for n in TEXT_FIXTURES]],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    for name in TEXT_FIXTURES:
        assert misses(read_agenda(tmp_path / f"{name}.pdf").record, expected_for(name)) == []


def test_labelled_dates_are_sure_and_a_bare_date_line_is_not():
    assert "date" not in read_agenda(FIXTURES / "hollowmere-scrutiny.txt").unsure
    found = read_agenda(FIXTURES / "calderbrook-licensing.txt")
    assert found.record["date"] == "2023-03-14"
    assert "date" in found.unsure


def test_word_title_block_in_a_text_box(tmp_path):
    """The body's name drawn in a text box (with Word's fallback copy) is read once."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = (
        "<w:txbxContent {w}><w:p><w:r><w:t>Greyholme Harbour Board</w:t></w:r></w:p>"
        "</w:txbxContent>"
    )
    anchor._p.append(
        parse_xml(
            f"<w:r {w} {mc}><mc:AlternateContent><mc:Choice Requires='wps'>"
            f"<w:pict>{box.format(w=w)}</w:pict></mc:Choice><mc:Fallback>"
            f"<w:pict>{box.format(w=w)}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    for line in ("Date: Friday 12 May 2023", "Time: 9.30 am", "AGENDA", "1. Apologies",
                 "2. Minutes of the last meeting", "3. Harbour Master's Report"):  # fmt: skip
        document.add_paragraph(line)
    path = tmp_path / "board.docx"
    document.save(path)
    record = read_agenda(path).record
    assert record["committee"] == "Greyholme Harbour Board"
    assert record["kind"] == "board"
    assert [it["kind"] for it in record["items"]] == ["apologies", "minutes", "report"]

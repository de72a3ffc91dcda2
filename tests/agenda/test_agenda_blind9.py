"""Mechanisms found on a ninth blind set of real agendas (read before the change).

Every agenda here is made up (fictional bodies and places) in a layout seen in real agendas: a
joint board's summons re-flowed from PDF, its titles followed by who brings the paper ("- Report
by Director (herewith)"), a page's number and label and a rule of dashes run on after the last
title; "Confirm Draft Minute of Meeting …"; a Welsh/English heading pair with its first
sub-item run on; an agenda-and-minutes table copied as Markdown whose cells wrap over lines.
"""

from __future__ import annotations

from clerk.agenda import read_agenda_text
from clerk.agenda.kinds import kind_of
from clerk.agenda.titles import split_title


def read(text: str):
    return read_agenda_text(text, source_name="agenda.txt")


def titles(found) -> list[str]:
    return [i["title"] for i in found.record["items"]]


def kinds(found) -> list[str]:
    return [i["kind"] for i in found.record["items"]]


_BOARD = (
    "DATA LABEL: Public Elmvale Integration Joint Board Civic Centre Mill Road ELMVALE EV1 2AB "
    "3 March 2024 A meeting of the Elmvale Integration Joint Board will be held within the "
    "Harbour Partnership Centre, 4 Quay Street, Elmvale EV2 3CD on Tuesday 12 March 2024 at "
    "2:00pm. For Chief Executive BUSINESS Public Session 1. Chair's Remarks 2. Standing Orders "
    "- Report by Director (herewith) 3. Order of Business, including notice of urgent business "
    "4. Declarations of Interest - Members should declare any financial and non-financial "
    "interests they have in the items of business for consideration at the meeting. 5. Confirm "
    "Draft Minute of Meeting of Elmvale Integration Joint Board held on Tuesday 9 January 2024. "
    "6. Budget and Finance - Report by Director (herewith) - 1 - DATA LABEL: Public 7. Workforce "
    "Plan - Joint Report by Chief Officer and Head of Finance (herewith) 8. Meeting Arrangements "
    "- Report by Director (herewith) ------------------------------------ NOTE For further "
    "information contact the clerk - 2 - Elmvale Integration Joint Board Date: 12 March 2024 "
    "Agenda Item: 2 STANDING ORDERS REPORT BY DIRECTOR A PURPOSE OF REPORT To agree and adopt"
)


def test_who_brings_a_paper_and_page_furniture_are_not_the_title():
    found = read(_BOARD)
    assert titles(found)[1] == "Standing Orders"
    assert titles(found)[5:] == ["Budget and Finance", "Workforce Plan", "Meeting Arrangements"]
    assert kinds(found)[4] == "minutes"


def test_a_paper_note_keeps_a_dash_that_belongs_to_the_title():
    assert split_title("Finance – Quarterly Statement")[0] == "Finance – Quarterly Statement"
    assert split_title("Grants - Report from the Treasurer (attached)") == (
        "Grants",
        "Report from the Treasurer (attached)",
    )
    assert split_title("Play Area - Update")[0] == "Play Area - Update"


def test_the_draft_minute_to_confirm_is_the_minutes_item():
    assert (
        kind_of("Confirm Draft Minute of Meeting held on 9 January 2024", None, None)[0]
        == "minutes"
    )
    assert kind_of("Approve draft minutes of the last meeting", None, None)[0] == "minutes"


def test_a_welsh_and_english_pair_with_its_first_sub_item_run_on():
    title, rest = split_title("Cofnodion 2. Minutes 2.1 Cadarnhau cofnodion y cyfarfod")
    assert title == "Minutes"
    assert "Cofnodion" in rest


def test_a_markdown_table_whose_cells_wrap_over_lines():
    found = read(
        "Venue: Lantern Room, Elmvale Town Hall\n"
        "| No. | Item |\n|---|---|\n|\n"
        "Declarations of Interest To receive any declarations of interest. Minutes: There were\n"
        "no declarations of interest. |\n|\n|\n"
        "Exclusion of Press and Public To consider passing a\n"
        "Resolution Pursuant to Section 100A (4) Part 1 of the Local Government Act 1972\n"
        "excluding the press and public from the meeting during consideration of the following\n"
        "items on the grounds that if present there would be disclosure to them of\n"
        "exempt information falling within paragraphs 1 and 2 of Part 1 of Schedule 12A\n"
        "of the Act and the public interest in maintaining the exemption outweighs the\n"
        "public interest in disclosing the information. Minutes: ORDERED that the press and "
        "public be excluded from the meeting for the following item. |\n|\n|\n"
        "Harbour Lease To consider the report of the Head of Property. Minutes: ORDERED that "
        "the lease be renewed. |\n"
    )
    assert titles(found) == [
        "Declarations of Interest",
        "Exclusion of Press and Public",
        "Harbour Lease",
    ]
    assert kinds(found)[:2] == ["declarations", "exclusion"]


def test_a_board_of_a_council_named_in_the_summons_is_the_board():
    found = read(
        _BOARD.replace(
            "Elmvale Integration Joint Board will",
            "Elmvale Integration Joint Board of Elmvale Council will",
        )
    )
    assert found.record["committee"] == "Elmvale Integration Joint Board"
    assert found.record["kind"] == "board"


def test_a_cmis_page_title_over_its_date_line_names_the_body():
    found = read(
        "Skip to main content\nBusiness - Elmvale Council\nYou are in Meetings\n\n"
        "Meeting Details\n\nMeeting Summary\nShadow Elmvale Integration Joint Board\n"
        "20 Mar 2015 - 09:30 to 11:00\n\n"
        "1. Apologies\n2. Declarations of Interest\n3. Minute of previous meeting\n"
    )
    r = found.record
    assert r["committee"] == "Shadow Elmvale Integration Joint Board"
    assert (r["date"], r["scheduled_time"], r["kind"]) == ("2015-03-20", "09:30", "board")


def test_an_older_moderngov_page_heading_is_not_the_body():
    found = read(
        "Meeting documents\n\nCouncil\nTuesday, 17th May, 2011 2.15 pm\n\n"
        "Venue: Council Chamber\n\nAgenda:\n\n"
        "1. CHAIRMAN - To elect a Chairman of the Council for the ensuing year.\n\n"
        "2. APOLOGIES FOR ABSENCE\n\n3. QUESTION TIME\n\nNone received\n"
    )
    r = found.record
    assert (r["committee"], r["date"], r["scheduled_time"]) == ("Council", "2011-05-17", "14:15")
    assert titles(found) == ["CHAIRMAN", "APOLOGIES FOR ABSENCE", "QUESTION TIME"]


def test_a_rows_agenda_text_may_open_with_any_sentence_or_a_papers_note():
    from clerk.agenda.minutes_rows import split_row_head

    assert (
        split_row_head(
            "Welcome and Fire Evacuation Procedure In the event the fire alarm sounds attendees "
            "will leave by the nearest exit."
        )[0]
        == "Welcome and Fire Evacuation Procedure"
    )
    assert split_row_head("Harbour Lease Report for decision.") == (
        "Harbour Lease",
        "Report for decision.",
    )
    assert split_row_head("Report of the Head of Planning on the lease")[0] == (
        "Report of the Head of Planning on the lease"
    )


_TEXT_ONLY = (
    "Harbour Joint Board - Tuesday, 22nd January, 2019 10.00 am\n\n"
    "Venue: Meeting Room 5, Quay House\n\nContact: A Clerk, tel 01234 567890\n\n"
    "Welcome from the Chair\n\n\nThe Chair opened the meeting and welcomed all attendees.\n\n\n\n"
    "Members are requested to intimate any declarations of interest\n\n\n"
    "No declarations of interest were intimated.\n\n\n\n"
    "Minute of Special Meeting of the Harbour Joint Board of 13 November 2018 pdf icon PDF 92 KB"
    "\n\n\nThe Board had before it the minute of its Special Meeting.\n\n\n\n"
    "Harbour Dredging Programme pdf icon PDF 120 KB\n\n\nThe Board had before it a report.\n"
)


def test_a_text_only_moderngov_page_without_numbers_or_headings_table():
    found = read(_TEXT_ONLY)
    r = found.record
    assert (r["committee"], r["date"], r["scheduled_time"]) == (
        "Harbour Joint Board",
        "2019-01-22",
        "10:00",
    )
    assert r["venue"] == "Meeting Room 5, Quay House"
    assert kinds(found)[:3] == ["other", "declarations", "minutes"]
    assert titles(found)[3] == "Harbour Dredging Programme"


def test_blocks_after_gaps_need_a_moderngov_header_and_a_standard_item():
    import pytest

    from clerk.agenda import AgendaError

    with pytest.raises(AgendaError):
        read(_TEXT_ONLY.replace("Venue:", "Room:"))
    with pytest.raises(AgendaError):
        read(
            _TEXT_ONLY.replace(
                "Members are requested to intimate any declarations of interest", "Pier"
            ).replace("Minute of Special Meeting", "Review of Special Meeting")
        )


def test_a_document_stores_banner_is_not_the_organisation():
    found = read(
        "Ashby Borough Council\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
        + _BOARD.replace(
            "Elmvale Integration Joint Board will",
            "Elmvale Integration Joint Board of Elmvale Council will",
        )
    )
    assert found.record["organisation"] == "Elmvale Council"


def test_a_bilingual_pdfs_columns_run_together_with_the_number_printed_twice():
    found = read(
        "Cyfarfod Fforwm / Elmvale Liaison Forum Meeting Thursday, 10 May 2018 7.00 pm "
        "Council Chamber, Elmvale Rhaglen Agenda 1. Croeso ac Ymddiheuriadau 1. Welcome and "
        "Apologies 2. Cofnodion 2. Minutes 2.1 Cadarnhau cofnodion y cyfarfod 2.1 Confirmation "
        "of the minutes of the meeting held on 21 November 2017 – attached. 3. Cynllunio Lle "
        "3. Place Shaping 3.1 To note that a further workshop will be held. 4. Unrhyw Fater "
        "Arall 4. Any Other Business"
    )
    assert titles(found)[:3] == ["Welcome and Apologies", "Minutes", "Place Shaping"]
    assert "Cynllunio Lle" in found.record["items"][2]["description"]
    assert kinds(found)[1] == "minutes"


def test_a_long_heading_wrapped_at_the_pages_width_above_its_minutes_block():
    found = read(
        "Agenda and minutes\nAnnual Meeting\nMonday 20 May 2019 7.00 pm\n"
        "Venue: Guildhall, Elmvale.\nItems\nNo. Item\n"
        "AM119\nNotice and Summons of Meeting\nMinutes:\nThe Chief Executive read the Notice.\n"
        "AM219\nMember Attendance and Apologies\nMinutes:\nNo apologies were recorded.\n"
        "AM319\nSuspension of Standing Orders - Admission of General Public to the Internal \n"
        "Chamber where Excess Numbers Necessitate\nMinutes:\nThe Council resolved so.\n"
        "AM419\nElection of Mayor\nMinutes:\nCouncillor A was elected.\n"
    )
    assert titles(found)[2] == (
        "Suspension of Standing Orders - Admission of General Public to the Internal Chamber "
        "where Excess Numbers Necessitate"
    )
    assert titles(found)[3] == "Election of Mayor"

"""Agenda pages as web sites and document stores publish them, read by mechanism: an "agenda and
minutes" page copied without its table, item numbers with a letter, a summons sentence whose
venue and time come before or without a year, a title that starts with a date. Every text here
is written for the test."""

from __future__ import annotations

import pytest

from clerk.agenda import AgendaError, read_agenda_text

# A ModernGov "agenda and minutes" page copied as text: no heading, no numbers, each row the
# item's heading, the agenda's text, the papers' link, then "Minutes:" and the minute.
ROWS_PAGE = """Apologies To receive apologies for absence. Minutes: Apologies were received from Councillor Amber.
Declarations of Interest
Minutes: No declarations were made.
Minutes of the Last Meeting PDF 80 KB To confirm the minutes of the meeting held on 2 May. Minutes: The minutes were agreed as a correct record.
Bus Shelter Repairs PDF 1 MB To consider the report of the Town Clerk. Minutes: The Committee considered the report.
RESOLVED: That the repairs be made.
Any Other Business Minutes: There was none.
"""


def _items(found):
    return [(it.get("title"), it.get("kind")) for it in found.record["items"]]


def test_an_agenda_and_minutes_page_without_its_table_is_read_row_by_row():
    found = read_agenda_text(ROWS_PAGE, source_name="page.txt")
    assert _items(found)[:4] == [
        ("Apologies", "apologies"),
        ("Declarations of Interest", "declarations"),
        ("Minutes of the Last Meeting", "minutes"),
        ("Bus Shelter Repairs", "report"),
    ]
    assert _items(found)[4][0] == "Any Other Business"
    items = found.record["items"]
    # The agenda's own text describes the item; what was minuted is not the agenda's.
    assert items[2]["description"] == "To confirm the minutes of the meeting held on 2 May."
    assert "correct record" not in (items[2].get("description") or "")
    assert found.unsure["items[0].agenda_number"].startswith("no number was printed")


def test_rows_without_any_agenda_text_still_have_their_headings_as_titles():
    text = (
        "No. | Item |\n---|---|\n"
        "Apologies Minutes: An apology was reported from Councillor Amber. |\n"
        "Minutes Minutes: The minutes of the meeting of 3rd March were signed as correct. |\n"
        "Declarations of Interest Minutes: None were recorded. |\n"
        "Park Lighting - Update on Progress Minutes: The Committee noted the update. |\n"
    )
    found = read_agenda_text(text, source_name="page.txt")
    assert [t for t, _ in _items(found)] == [
        "Apologies",
        "Minutes",
        "Declarations of Interest",
        "Park Lighting - Update on Progress",
    ]


def test_the_same_rows_without_papers_or_items_heading_read_as_minutes():
    """With nothing on the page that only an agenda carries (its heading, the items table's
    heading, the papers linked to the items), rows of past-tense minutes are minutes."""
    text = "\n".join(
        line for line in ROWS_PAGE.replace(" PDF 80 KB", "").replace(" PDF 1 MB", "").split("\n")
    )
    with pytest.raises(AgendaError, match="reads as the minutes"):
        read_agenda_text(text, source_name="page.txt")


def test_a_title_that_starts_with_a_date_is_still_an_item():
    text = (
        "AGENDA\n\n1. Apologies for Absence\n2. Declarations of Interest\n"
        "3. Minutes of the last meeting\n4. June 9th Summer Fete and Raffle. Stalls and helpers.\n"
        "5. Correspondence\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    numbers = [it["agenda_number"] for it in found.record["items"]]
    assert numbers == ["1", "2", "3", "4", "5"]
    assert found.record["items"][3]["title"].startswith("June 9th Summer Fete")


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "You are invited to join members of the Parish Council in a meeting in the "
            "Reading Room on Tuesday March 7th 2023 commencing at 7.30 p.m.",
            "Reading Room",
        ),
        (
            "A MEETING of the PARISH COUNCIL will take place on WEDNESDAY MARCH 8, 2023, AND "
            "WILL BE HELD IN THE READING ROOM, TO START AT 7.30pm",
            "Reading Room",  # as a clerk would type it in the minutes
        ),
    ],
    ids=["meeting-in-the", "to-start-at"],
)
def test_the_venue_of_a_summons_sentence_stops_where_the_place_does(sentence, venue):
    text = f"{sentence}\n\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes\n"
    found = read_agenda_text(text, source_name="a.txt")
    assert found.record["venue"] == venue
    assert found.record["scheduled_time"] == "19:30"


def test_what_the_page_is_is_no_part_of_the_body_name():
    text = (
        "Elmford Parish Council – Notice of Parish Meeting\n"
        "The meeting will be held on Wednesday 8 March 2023 at 7.30pm in the Parish Hall.\n"
        "Agenda\n1. Apologies\n2. Declarations of Interest\n3. Minutes\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert found.record["committee"] == "Elmford Parish Council"


def test_the_body_in_an_agenda_title_after_a_notice():
    text = (
        "CANCELLED owing to the weather …. Agenda for Extraordinary Meeting of Elmford Parish "
        "Council to be held at Elmford Village Hall on Wednesday 8 March 2023 at 7.30 p.m.\n\n"
        "Apologies for Absence\n\nPurpose of Meeting\nTo consider the lease of the recreation "
        "ground to the football club for a further term of five years from April.\n\nA Clerk\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert found.record["committee"] == "Elmford Parish Council"
    assert found.record["venue"] == "Elmford Village Hall"


def test_a_kind_of_meeting_in_the_title_is_shown_as_a_guess():
    text = (
        "POSTPONED …. Agenda for Extraordinary Meeting to be held at Elmford Village Hall on "
        "Wednesday 8 March 2023 at 7.30 p.m.\n\n1. Apologies for Absence\n2. Declarations of "
        "Interest\n3. Lease of the recreation ground\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert found.record["committee"] == "Extraordinary Meeting"
    assert "kind of meeting" in found.unsure["committee"]


def test_a_bilingual_one_line_header_run_into_the_items():
    text = (
        "Cruinniú na Comhairle Contae / County Council Monthly Meeting - Amharclann an Bhaile/ "
        "Town Hall Theatre - Dé Luain, 6 Márta 2023 ag 10.00rn - Monday, 6th March 2023 at "
        "10:00am Clár Oibre / Agenda Daighniú Miontuairiscí / Confirmation of Minutes 1.0 Minutes "
        "Minutes of Monthly Meeting held on 6th February 2023 2.0 Minutes of Special Meeting "
        "Minutes of Special Meeting held on 20th February 2023 3.0 Correspondence Letters "
        "received since the last meeting 4.0 Chief Executives Monthly Management Report\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert found.record["committee"] == "County Council Monthly Meeting"
    assert found.record["venue"] == "Town Hall Theatre"
    assert found.record["date"] == "2023-03-06"


def test_lettered_numbers_in_the_number_column_are_the_first_items():
    text = (
        "Agenda and minutes\n\nVenue: Committee Room 3, Town Hall\n\nItems\nNo. Item\n\n"
        "1a\n\nApologies\n\nMinutes:\n\n   Apologies were reported from Councillor Amber.\n\n"
        "1b\n\nMinutes\n\nMinutes:\n\n   The minutes of the meeting of 3rd March were signed.\n\n"
        "2.\n\nMarket Charter pdf icon PDF 40 KB\n\nTo consider the report.\n\nMinutes:\n\n"
        "   The Committee noted the report.\n\n"
        "3.\n\nFootway Lighting\n\nMinutes:\n\n   Deferred to the next meeting.\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert [(it["agenda_number"], it["title"]) for it in found.record["items"]] == [
        ("1a", "Apologies"),
        ("1b", "Minutes"),
        ("2", "Market Charter"),
        ("3", "Footway Lighting"),
    ]


def test_a_welsh_or_irish_date_after_a_day_number_is_no_item():
    text = (
        "Rhaglen / Agenda\n\n1. Ymddiheuriadau / Apologies\n2. Cofnodion / Minutes\n"
        "3. Cynllunio / Planning\n4. Gweithdai / Workshops\n"
        "Nodi y cynhelir gweithdy pellach ar nos Iau,\n5 Gorffennaf 2018 am 7 yh.\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert [it["agenda_number"] for it in found.record["items"]] == ["1", "2", "3", "4"]


def test_bullets_in_a_gap_of_the_numbers_are_the_missing_items():
    text = (
        "AGENDA\n\n1. Apologies for absence\n2. Declarations of Interest\n3. Minutes\n"
        "- Police Report\n- Clerk's Report\nOne line about the report.\n6. Finance\n"
        "7. Correspondence\n8. Planning\n- Land at Mill Lane\n- Barn at Church Farm\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    items = found.record["items"]
    assert [(it["agenda_number"], it["title"]) for it in items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes"),
        ("4", "Police Report"),
        ("5", "Clerk's Report"),
        ("6", "Finance"),
        ("7", "Correspondence"),
        ("8", "Planning"),
    ]
    assert "numbered into the gap" in found.unsure["items[3].agenda_number"]


def test_a_web_page_announcing_the_next_meeting_gives_this_meeting():
    text = (
        "Agenda December 2021\nELMFORD PARISH COUNCIL\n"
        "The next meeting will be held 14th December 2021\n"
        "At Elmford Community Centre, Mill Lane 7.00 pm\nAGENDA\n"
        "1. Apologies\n2. Declarations of Interest\n3. Minutes\n"
        "4. Date of next meeting: 11th January 2022\n"
    )
    found = read_agenda_text(text, source_name="a.txt")
    assert found.record["date"] == "2021-12-14"
    assert found.record["scheduled_time"] == "19:00"
    assert found.record["venue"] == "Elmford Community Centre, Mill Lane"

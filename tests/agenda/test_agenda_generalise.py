"""Mechanisms found on agendas the importer had not seen (a blind set read before the change).

Every agenda here is made up (fictional bodies and places) in a layout seen in real agendas:
a web page that reminds councillors of "the next meeting" (this one) with a date and no year,
a letter that invites members to a meeting of the council under a page title naming only the
meeting, Welsh/English item headings, a standard heading run into its explanation, and a
minutes item whose explanation mentions matters arising.
"""

from __future__ import annotations

import pytest

from clerk.agenda import read_agenda_text
from clerk.agenda.kinds import kind_of
from clerk.agenda.titles import split_title

ITEMS = "1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n"


def read(text: str):
    return read_agenda_text(text, source_name="agenda.txt")


def test_a_reminder_of_the_next_meeting_atop_the_page_is_this_meetings_notice():
    found = read(
        "Ashcombe Parish Council – Notice of Parish Meeting\n"
        "Councillors are reminded of the next meeting of the Parish Council on Tuesday 9th "
        "March, 7.15pm at the Village Institute\nAgenda\n" + ITEMS
    )
    r = found.record
    assert r["committee"] == "Ashcombe Parish Council"
    assert r["scheduled_time"] == "19:15"
    assert r["venue"] == "Village Institute"


def test_the_next_meeting_at_the_foot_of_an_agenda_is_still_a_decoy():
    found = read(
        "Ashcombe Parish Council\nMeeting to be held on Tuesday 9 March 2021 at 7.15pm in the "
        "Village Institute\n\n" + ITEMS + "4. Date of next meeting\n"
        "Councillors are reminded of the next meeting on Tuesday 13 April 2021 at 6pm at the "
        "Old School\n"
    )
    r = found.record
    assert (r["date"], r["scheduled_time"]) == ("2021-03-09", "19:15")
    assert r["venue"] == "Village Institute"


def test_the_council_of_an_invitation_letter_beats_the_page_title():
    found = read(
        "Documents\n\nFull Council Agenda 3rd June 2021\n\nBrookfield Parish Council\n"
        "The Pavilion\nMill Lane\n27th May 2021\nTo: Members of the Brookfield Parish Council\n"
        "Dear Sir/Madam\nI write to invite you to attend a meeting of the Brookfield Parish "
        "Council to be held on Thursday 3rd June 2021 at 7.00 pm.\nYours faithfully\n\n" + ITEMS
    )
    assert found.record["committee"] == "Brookfield Parish Council"
    assert found.record["date"] == "2021-06-03"


def test_a_summons_in_the_first_person_names_the_body():
    found = read(
        "I hereby summon you to attend a meeting of Glanrhyd Community Council to be held in "
        "the Memorial Hall on Monday 14 June 2021 at 7pm.\n\n" + ITEMS
    )
    assert found.record["committee"] == "Glanrhyd Community Council"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Croeso ac Ymddiheuriadau 1. Welcome and Apologies", "Welcome and Apologies"),
        ("Datgan Diddordeb / Declarations of Interest", "Declarations of Interest"),
        (
            "Cofnodion y Cyfarfod Blaenorol. Minutes of the Previous Meeting",
            "Minutes of the Previous Meeting",
        ),  # fmt: skip
        # not a pair: English only, or Welsh only
        ("Report of the Clerk / Town Manager", "Report of the Clerk / Town Manager"),
        ("Cofnodion", "Cofnodion"),
    ],
)
def test_a_welsh_english_heading_keeps_the_english_half_as_the_title(heading, title):
    assert split_title(heading)[0] == title


def test_a_bilingual_item_keeps_the_welsh_in_its_description():
    found = read(
        "Cyngor Cymuned Glanrhyd Community Council\nDate: Monday 14 June 2021\n\n"
        "1. Croeso ac Ymddiheuriadau 1. Welcome and Apologies\n"
        "2. Datgan Diddordeb / Declarations of Interest\n3. Cofnodion / Minutes\n"
    )
    items = found.record["items"]
    assert [i["title"] for i in items] == ["Welcome and Apologies", "Declarations of Interest",
                                           "Minutes"]  # fmt: skip
    assert [i["kind"] for i in items] == ["apologies", "declarations", "minutes"]
    assert "Croeso" in (items[0].get("description") or "")


def test_a_title_case_heading_run_into_its_sentence_is_split():
    title, rest = split_title(
        "Declarations of Interest Members of the Parish Council are asked to declare any "
        "interest in the items below"
    )
    assert title == "Declarations of Interest"
    assert rest.startswith("Members of the Parish Council")
    assert split_title("Questions from Members of the Public")[0] == (
        "Questions from Members of the Public"
    )


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        (
            "Minutes of the meeting held on 3 May 2021 – To approve the draft minutes – any "
            "matters arising to be referred to the clerk",
            "minutes",
        ),  # fmt: skip
        (
            "To receive declarations of interest – any interest not already in the Members’ "
            "Register of Interests",
            "declarations",
        ),  # fmt: skip
        ("To agree the public minutes and summary of the meeting held on 2 March 2022", "minutes"),
        # the heading itself decides: still not the standard items
        ("Annual Review of the Register of Interests", "report"),
        ("Matters arising – from the minutes of the last meeting", "other"),
    ],
)
def test_the_heading_before_the_dash_names_the_business(title, kind):
    assert kind_of(title, None, None)[0] == kind


def test_an_agenda_and_minutes_row_with_nothing_minuted_yet_is_still_an_item():
    found = read(
        "Apologies Minutes: Apologies were received from two members. |\n"
        "Declarations of interest Minutes: There were no declarations. |\n"
        "Minutes PDF 80 KB To agree the minutes of the last meeting. Minutes: RESOLVED, That "
        "the minutes be approved. |\n"
        "Budget monitoring PDF 120 KB To consider the report of the Treasurer. Additional "
        "documents:\n"
    )
    titles = [i["title"] for i in found.record["items"]]
    assert titles == ["Apologies", "Declarations of interest", "Minutes", "Budget monitoring"]
    assert found.record["items"][3]["description"].startswith("To consider the report")

"""The header of an agenda in the forms councils publish it, and the decoys around it.

Every agenda here is made up (fictional bodies and places) in a layout seen in real agendas:
a summons letter dated before the meeting, a clerk's signing date, a photograph call and food
before the meeting, the next meeting's date, ModernGov and CMIS title lines, Welsh labels and
Irish letter openings. The meeting's own date, time, venue and body must win.
"""

from __future__ import annotations

import pytest

from clerk.agenda import read_agenda_text
from clerk.agenda.when import find_dates, find_times

ITEMS = "1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n"


def read(head: str, items: str = ITEMS):
    return read_agenda_text(f"{head}\n\n{items}", source_name="agenda.txt")


def header(found) -> dict:
    r = found.record
    return {k: r.get(k) for k in ("committee", "kind", "date", "scheduled_time", "venue")}


def test_a_letter_date_and_a_photograph_call_lose_to_the_summons():
    found = read(
        "NETHERBY DISTRICT COUNCIL 3 March 2024 Dear Councillor You are hereby invited to "
        "attend a meeting of the Netherby District Council which will be held in the Council "
        "Chamber, Market Hall, Netherby on Tuesday, 12 March 2024 commencing at 7.00pm. Please "
        "note that the Council photograph will be taken at 6.30pm. Yours faithfully A Clerk "
        "Chief Executive\n\nAGENDA"
    )
    assert header(found) == {
        "committee": "Netherby District Council",
        "kind": "other",
        "date": "2024-03-12",
        "scheduled_time": "19:00",
        "venue": "Council Chamber, Market Hall, Netherby",
    }
    assert "date" not in found.unsure and "scheduled_time" not in found.unsure


def test_food_before_the_meeting_and_a_letter_date_before_to_are_decoys():
    found = read(
        "ELMSIDE CITY COUNCIL Civic Offices Elmside EL1 2AB 20 May, 2024 TO: The Mayor and "
        "Councillors of Elmside City Council The monthly meeting of Elmside City Council will "
        "be held in the Council Chamber, Civic Offices, Elmside, on Tuesday, 28 May 2024 at "
        "7.00 pm for the transaction of the business below. Food will be available from "
        "5.30 pm.\n\nAGENDA"
    )
    assert header(found)["date"] == "2024-05-28"
    assert header(found)["scheduled_time"] == "19:00"
    assert header(found)["venue"] == "Council Chamber, Civic Offices, Elmside"
    assert header(found)["committee"] == "Elmside City Council"


def test_the_clerks_signing_date_and_a_deadline_at_noon_are_decoys():
    found = read(
        "To: All Members of Oakholt Parish Council\n\n"
        "You are hereby summoned to attend an ordinary meeting of Oakholt Parish Council, to be "
        "held on Monday 18th March 2024, commencing at 7:30 pm in the Oakholt Village Hall, "
        "Mill Lane, Oakholt.\n\n"
        "J. Smith, Clerk. 11.03.2024\n\n"
        "Members of the public may submit questions to the Clerk by noon on the day.\n\nAGENDA"
    )
    assert header(found) == {
        "committee": "Oakholt Parish Council",
        "kind": "other",
        "date": "2024-03-18",
        "scheduled_time": "19:30",
        "venue": "Oakholt Village Hall, Mill Lane, Oakholt",
    }


@pytest.mark.parametrize(
    ("title", "committee", "day", "at"),
    [
        ("Cabinet - Tuesday, 21 March 2023 2.00 pm", "Cabinet", "2023-03-21", "14:00"),
        ("Licensing Sub-Committee - Friday, 3rd May, 2024 10.00 am", "Licensing Sub-Committee",
         "2024-05-03", "10:00"),
        ("Planning Committee - 10 Sep 2020 - 10:00", "Planning Committee", "2020-09-10", "10:00"),
    ],
)  # fmt: skip
def test_moderngov_and_cmis_title_lines(title, committee, day, at):
    found = read(f"Agenda\n\n{title}\n\nVenue: Committee Room 2, Town Hall. View directions")
    got = header(found)
    assert (got["committee"], got["kind"], got["date"], got["scheduled_time"]) == (
        committee,
        "committee",
        day,
        at,
    )
    assert got["venue"] == "Committee Room 2, Town Hall"


def test_agenda_for_a_meeting_on_one_line():
    found = read("Agenda for Monthly Council Meeting on Monday 5th September, 2022, 6.15 pm")
    got = header(found)
    assert (got["kind"], got["date"], got["scheduled_time"]) == ("other", "2022-09-05", "18:15")


def test_a_weekday_with_no_year_takes_the_year_named_nearby_when_the_weekday_fits():
    found = read(
        "Welcome to the 2020 Annual General Meeting\n\n"
        "Annual General Meeting to be held on Monday November 16th at 6:00pm via Zoom."
    )
    assert header(found)["date"] == "2020-11-16"
    assert header(found)["scheduled_time"] == "18:00"


def test_numeric_dates_with_a_meeting_sentence():
    found = read("Agenda for the Governing Body Meeting\n\nDue to meet on 24.09.15 at 19.00")
    got = header(found)
    assert (got["committee"], got["kind"], got["date"], got["scheduled_time"]) == (
        "Governing Body",
        "board",
        "2015-09-24",
        "19:00",
    )


def test_the_next_meetings_date_and_time_are_not_the_meetings():
    found = read(
        "A meeting of the Council of Governors will be held at 10am on Wednesday 16th "
        "February 2022.",
        ITEMS + "4. Date and time of the next meeting\n"
        "The next meeting will be held on Wednesday 18th May 2022 at 2pm in the Boardroom.\n",
    )
    got = header(found)
    assert (got["committee"], got["date"], got["scheduled_time"]) == (
        "Council of Governors",
        "2022-02-16",
        "10:00",
    )
    assert found.record["items"][3]["kind"] == "other"


def test_a_time_and_place_line_with_no_date():
    found = read("7.30 pm Glenbrae Village Hall")
    assert header(found)["scheduled_time"] == "19:30"
    assert header(found)["venue"] == "Glenbrae Village Hall"
    assert "venue" in found.unsure  # a place beside a time, not a Venue label
    assert any("no meeting date" in note for note in found.notes)


def test_welsh_labels_dates_and_item_titles():
    found = read(
        "Rhaglen\n\nCyngor Tref Aberllyn - Dydd Mercher, 8fed Ebrill, 2015 7.00 o'r gloch\n\n"
        "Lleoliad: Siambr y Cyngor, Neuadd y Dref\n\nCyswllt: Clerc y Cyngor",
        "1. Ymddiheuriadau\n2. Datganiad o Ddiddordeb\n3. Cofnodion\n4. Materion brys\n",
    )
    got = header(found)
    assert (got["committee"], got["kind"], got["date"], got["venue"]) == (
        "Cyngor Tref Aberllyn",
        "other",
        "2015-04-08",
        "Siambr y Cyngor, Neuadd y Dref",
    )
    assert got["scheduled_time"] == "19:00" and "scheduled_time" in found.unsure
    kinds = [it["kind"] for it in found.record["items"]]
    assert kinds == ["apologies", "declarations", "minutes", "urgent_business"]


def test_an_irish_letter_opening_makes_an_agenda():
    found = read(
        "A Chomhairleoir, a chara,\n\nYou are requested to attend the Monthly Meeting of "
        "Carrigmore Municipal District to be held in the Council Chamber, Carrigmore on "
        "Monday, 9th October 2023 at 3.00 p.m.",
        "1. Confirmation of Minutes\n2. Deputations\n3. Correspondence\n4. Late Items\n",
    )
    assert header(found)["date"] == "2023-10-09"
    assert header(found)["scheduled_time"] == "15:00"
    assert [it["kind"] for it in found.record["items"]] == [
        "minutes",
        "public_participation",
        "other",
        "urgent_business",
    ]


def test_a_date_with_little_evidence_is_marked_unsure_and_noted():
    found = read("Parish news\n\nSpring 2024\n\nWednesday 6 March 2024")
    assert found.record["date"] == "2024-03-06"
    assert "date" in found.unsure
    assert any("chosen with little to go on" in note for note in found.notes)


def test_dates_and_times_in_many_forms():
    cases = {
        "Monday, 20 February 2023": "2023-02-20",
        "2nd July, 2020": "2020-07-02",
        "February 20, 2023": "2023-02-20",
        "10.8.2012": "2012-08-10",
        "Dydd Iau, 9fed Hydref, 2014": "2014-10-09",
        "Tachwedd 17, 2020": "2020-11-17",
    }
    for text, day in cases.items():
        assert [f.day.isoformat() for f in find_dates(text)] == [day], text
    assert find_dates("Monday November 16th", [2019, 2020])[0].day.isoformat() == "2020-11-16"
    assert find_dates("Monday November 16th", [2019]) == []  # the weekday fits no year named
    assert find_dates("item 7.3.1. and 7.1") == []
    times = {"7.30 pm": "19:30", "19:00": "19:00", "10am": "10:00", "noon": "12:00"}
    for text, at in times.items():
        assert find_times(text)[0].at.strftime("%H:%M") == at, text
    assert find_times("2.00 o'r gloch")[0].at.strftime("%H:%M") == "14:00"
    assert not find_times("2.00 o'r gloch")[0].sure


def test_a_posting_date_in_front_matter_is_not_the_meeting_date():
    found = read(
        "---\ntitle: Planning Committee agenda\ndate: 3 September 2021\nlayout: post\n---\n"
        "# Planning Committee\n\nThursday 16 September 2021 at 7pm, Council Chamber"
    )
    got = header(found)
    assert (got["committee"], got["date"], got["scheduled_time"], got["venue"]) == (
        "Planning Committee",
        "2021-09-16",
        "19:00",
        "Council Chamber",
    )


def test_a_web_pages_next_meeting_line_is_the_meeting_it_lists():
    found = read(
        "Meetings are normally held on the 2nd Monday of the month.\n\n"
        "Next Parish Council Meeting: 10th February 2020\n7.30pm in the Village Hall\n\n"
        "STANDING AGENDA"
    )
    got = header(found)
    assert (got["date"], got["scheduled_time"], got["venue"]) == (
        "2020-02-10",
        "19:30",
        "Village Hall",
    )


def test_irish_and_welsh_dates_and_clock_marks():
    assert find_dates("Dé Luain, 23 Márta 2020")[0].day.isoformat() == "2020-03-23"
    assert find_dates("Déardaoin 5 Meán Fómhair 2019")[0].day.isoformat() == "2019-09-05"
    marks = {"10.00rn": "10:00", "3.00in": "15:00", "6.30y.h.": "18:30", "9.30 y.b.": "09:30"}
    for text, at in marks.items():
        assert find_times(text)[0].at.strftime("%H:%M") == at, text
    assert find_times("at 10.00 in the Chamber")[0].at.strftime("%H:%M") == "10:00"


def test_a_community_council_that_will_hold_its_meeting_on_a_short_weekday():
    found = read(
        "Thursday, 13 October 2022\n\n"
        "The Glenholm Community Council will hold their October meeting on We 26 Oct at 7:30pm "
        "at St Brides Church Halls"
    )
    got = header(found)
    assert (got["committee"], got["date"], got["scheduled_time"]) == (
        "Glenholm Community Council",
        "2022-10-26",
        "19:30",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "You are summoned to a meeting of Elmford Parish Council to be held on Monday 3rd March"
        " 2025 at 7.30pm in the Memorial Hall for the transaction of the business below.",
        "You are summoned to attend a meeting of Elmford Parish Council, to be held at 7.30pm on"
        " Monday 3rd March 2025 at Memorial Hall, followed by a meeting of the Planning Committee.",
    ],
)
def test_venue_without_the_summons_trailing_clause(sentence):
    """The place ends where the summons goes on ("for the transaction…", "followed by…"),
    also when the time comes before the date."""
    text = f"ELMFORD PARISH COUNCIL\n{sentence}\nAGENDA\n1. Apologies\n2. Declarations of interest\n3. Minutes\n"
    assert read_agenda_text(text).record["venue"] == "Memorial Hall"


@pytest.mark.parametrize(
    "head",
    [
        "Elmford Parish Council\nA meeting of the Parish Council will be held in the Memorial"
        " Hall on Monday 3rd March 2025 at 7.30pm.",
        "To: All Members of Elmford Parish Council\nYou are summoned to a meeting of the Parish"
        " Council to be held in the Memorial Hall on Monday 3rd March 2025 at 7.30pm.",
    ],
)
def test_body_named_where_the_summons_says_only_the_parish_council(head):
    """ "the Parish Council" of the summons is the body the notice names elsewhere."""
    text = f"{head}\nAGENDA\n1. Apologies\n2. Declarations of interest\n3. Minutes\n"
    assert read_agenda_text(text).record["committee"] == "Elmford Parish Council"


def test_the_kind_of_meeting_told_by_how_the_agenda_speaks_of_the_body():
    # A committee's web page headed only by its council's name (fictional, ModernGov layout).
    found = read(
        "Netherby District Council\nAgenda and minutes\n\nVenue: Committee Room 2, Market Hall",
        "1. Chairman's Announcements\n2. Approval of Minutes\nThe committee is requested to "
        "approve the minutes of its meeting on 3 March 2024.\n3. Declarations of Interest\n"
        "These are to be made by members of the committee.\n",
    )
    assert found.record["kind"] == "committee" and "kind" in found.unsure


def test_a_members_table_row_is_not_the_body():
    found = read(
        "Memberships\n| Prof. A Lindqvist | Chair | Non Executive Director (Chairman) |\n"
        "| Mr B Okoro | CEO | Chief Executive Officer |",
        "Item 1\nApologies\nItem 2\nBoard Minutes\nTo approve the minutes. (Paper 01)\n"
        "Item 3\nBoard Assurance Framework\nTo review the Board papers.\n",
    )
    assert "Lindqvist" not in (found.record["committee"] or "")
    assert found.record["kind"] == "board" and "kind" in found.unsure


def test_a_heading_run_into_its_paragraph_gives_the_date():
    found = read(
        "Meeting 1 (2024/25)\nAmenities Committee Agenda 18.06.24\n"
        "Amenities Committee Minutes 18.06.24\nNo | Item |"
    )
    assert (found.record["committee"], found.record["date"]) == (
        "Amenities Committee",
        "2024-06-18",
    )


def test_a_date_with_no_year_takes_the_year_the_agenda_names_where_the_weekday_fits():
    found = read(
        "The Annual Meeting will be held on Monday, 17th May at 7.30pm in Elmford Village Hall\n"
        "Please note that the Annual Parish Meeting will be held later in the year.",
        ITEMS + "4. Date of next meeting 5th July, 2021\n",
    )
    got = header(found)
    assert (got["date"], got["scheduled_time"], got["venue"]) == (
        "2021-05-17",
        "19:30",
        "Elmford Village Hall",
    )
    assert "year is not written" in found.unsure["date"]


def test_a_date_with_no_year_and_none_named_is_left_for_the_clerk():
    found = read("The meeting will be held on Monday, 17th May at 7.30pm in the Village Hall")
    assert found.record["date"] is None and "date" in found.unsure


def test_a_venue_line_in_capitals_is_written_as_a_clerk_would():
    found = read("PARISH OF ELMFORD\nTHE MEMORIAL HALL ANNEXE\nTUESDAY 4th August 2015 at 7.30pm")
    assert header(found)["venue"] == "Memorial Hall Annexe"


def test_a_body_named_by_the_parish_heading_and_a_meeting_type_alone_is_unsure():
    found = read(
        "PARISH OF ELMFORD\nNOTICE OF THE PARISH COUNCIL MEETING\nTHE MEMORIAL HALL\n"
        "TUESDAY 4th August 2015 at 7.30pm"
    )
    assert found.record["committee"] == "Elmford Parish Council"
    found = read("Agenda and minutes\n\nAnnual General Meeting\nMonday 20 May 2019 7.00 pm")
    assert "committee" in found.unsure and "kind of meeting" in found.unsure["committee"]


def test_time_and_date_before_the_place_in_the_sentence():
    found = read(
        "A meeting of the Amenities Committee is to be held at 19:00 on Monday 14th November "
        "2022 in the Lower Council Chamber of the Town Council Offices."
    )
    got = header(found)
    assert (got["date"], got["scheduled_time"], got["venue"]) == (
        "2022-11-14",
        "19:00",
        "Lower Council Chamber of the Town Council Offices",
    )


def test_a_meeting_held_remotely_has_that_for_its_venue():
    found = read(
        "A meeting of Elmford Community Council will be held Remotely on Thursday 19th May "
        "2022 at 6:30p.m. To transact the following agenda:"
    )
    assert header(found)["venue"] == "Remote meeting"
    assert header(found)["scheduled_time"] == "18:30"


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        # the words around the date and time are no part of the place
        ("Meeting on Monday 9 November 2026 at 7pm, Village Hall", "Village Hall"),
        ("Meeting on Monday 9 November 2026 at 7pm, Village Hall AGENDA", "Village Hall"),
        (
            "Parish Council Meeting - 9 November 2026 - 7.30pm - Elmford Pavilion",
            "Elmford Pavilion",
        ),
        # a room whose name holds "Agenda" is a room, not the start of the agenda
        (
            "Meeting of the Town Council on Monday 9 November 2026 at 7pm in the Agenda Room, "
            "Town Hall",
            "Agenda Room, Town Hall",
        ),
    ],
)
def test_a_venue_beside_the_date_without_the_words_around_the_date(line, venue):
    assert header(read(f"Elmford Town Council\n{line}"))["venue"] == venue


# The council named on the first line; the line below says only what kind of meeting it is.
@pytest.mark.parametrize(
    "head, body",
    [
        (
            "Elmford Parish Council\nAGENDA\nMeeting on Monday 4 March 2024 at 7pm in the "
            "Village Hall",
            "Elmford Parish Council",
        ),
        (
            "Elmford Parish Council\n\nAgenda for the meeting on Monday 4 March 2024 at 7pm in "
            "the Village Hall",
            "Elmford Parish Council",
        ),
        (
            "Elmford Town Council\nMonthly Meeting\nMonday 4 March 2024 at 7pm\nThe Village Hall"
            "\nAGENDA",
            "Elmford Town Council",
        ),
        (
            "Elmford Community Council\nOrdinary Meeting - Monday 4 March 2024 - 7pm - Village "
            "Hall",
            "Elmford Community Council",
        ),
    ],
)
def test_a_kind_of_meeting_under_the_council_s_name_does_not_replace_it(head, body):
    found = header(read(head))
    assert found["committee"] == body
    assert found["date"] == "2024-03-04" and found["scheduled_time"] == "19:00"


def test_a_heading_that_names_only_a_kind_of_meeting_is_kept_when_nothing_else_names_one():
    found = read("Monthly Meeting\nMonday 4 March 2024 at 7pm\nThe Village Hall\nAGENDA")
    assert found.record["committee"] == "Monthly Meeting"
    assert "committee" in found.unsure  # and the preview asks for the body's name


def test_the_place_on_the_line_after_held_at():
    found = read(
        "You are hereby summoned to attend the meeting of Elmford Parish Council on Wednesday "
        "25th August 2021 at 7.30pm, to be held in accordance with current regulations at:\n\n"
        "Elmford Village Hall for the purpose of transacting the business on the following "
        "agenda.\n\nA Clerk\nClerk to Elmford Parish Council\n\nAGENDA"
    )
    assert header(found)["venue"] == "Elmford Village Hall"
    assert header(found)["committee"] == "Elmford Parish Council"


def test_a_committee_s_heading_above_the_council_s_dated_title():
    found = read(
        "Planning Committee\nAshcombe Town Council\nMonday 11 November 2024 at 6.30pm in the "
        "Council Offices\nAGENDA"
    )
    assert header(found)["committee"] == "Planning Committee"
    assert header(found)["kind"] == "committee"
    assert found.record["organisation"] == "Ashcombe Town Council"


def test_a_one_line_title_that_starts_with_agenda_and_a_dash():
    found = header(
        read(
            "Agenda – Ashcombe Parish Council Meeting – 14/11/2024 – 7:30pm – Ashcombe Village Hall"
        )
    )
    assert found["committee"] == "Ashcombe Parish Council"
    assert (found["date"], found["scheduled_time"]) == ("2024-11-14", "19:30")
    assert found["venue"] == "Ashcombe Village Hall"


def test_a_place_in_capitals_is_kept_as_a_clerk_would_type_it():
    found = header(
        read(
            "ASHCOMBE PARISH COUNCIL MEETING\nTO BE HELD ON WEDNESDAY 13TH NOVEMBER 2024 AT "
            "7.30PM\nIN THE PAVILION, RECREATION GROUND\nAGENDA"
        )
    )
    assert found["committee"] == "Ashcombe Parish Council"
    assert found["venue"] == "Pavilion, Recreation Ground"


@pytest.mark.parametrize(
    "head, day, at",
    [
        (
            "Ashcombe Parish Council\nDate: 14-Nov-2024   Time: 19:30   Place: Village Hall",
            "2024-11-14",
            "19:30",
        ),
        (
            "Ashcombe Parish Council\nMeeting 2024-11-14 at 19.30, Village Hall",
            "2024-11-14",
            "19:30",
        ),
        (
            "Ashcombe Parish Council\nMeeting on 14/Nov/24 at 7.30pm in the Village Hall",
            "2024-11-14",
            "19:30",
        ),
    ],
    ids=["day-mon-year", "iso", "slashed-month"],
)
def test_dates_written_as_calendars_and_spreadsheets_write_them(head, day, at):
    found = header(read(head))
    assert (found["date"], found["scheduled_time"]) == (day, at)
    assert found["committee"] == "Ashcombe Parish Council"


def test_a_web_page_s_next_meeting_sentence_gives_its_time_with_its_date():
    found = header(
        read(
            "Ashcombe Community Council\nThe next meeting will be held on Tuesday 12th November "
            "2024 at 7.00pm in the Community Centre.\nAll welcome.\nAGENDA"
        )
    )
    assert (found["date"], found["scheduled_time"]) == ("2024-11-12", "19:00")
    assert found["venue"] == "Community Centre"


def test_a_bilingual_meeting_label_is_not_the_body():
    found = header(
        read(
            "Cyngor Cymuned Ashcombe Community Council\nCyfarfod / Meeting: Nos Iau 14 Tachwedd "
            "2024 / Thursday 14 November 2024, 7yh / 7pm\nNeuadd y Pentref / Village Hall\nAGENDA"
        )
    )
    assert "Ashcombe Community Council" in found["committee"]
    assert found["date"] == "2024-11-14"


def test_at_and_the_time_after_a_place_in_capitals_are_not_part_of_it():
    found = header(
        read(
            "ASHCOMBE PARISH COUNCIL\nAGENDA FOR THE MEETING TO BE HELD ON THURSDAY 14 NOVEMBER "
            "2024 IN THE VILLAGE HALL AT 7.30PM"
        )
    )
    assert found["venue"] == "Village Hall" and found["scheduled_time"] == "19:30"


def test_the_council_meeting_for_a_month_is_the_council_s_and_the_place_ends_its_line():
    found = header(
        read(
            "Ashcombe Parish Council\nTHE COUNCIL MEETING FOR NOVEMBER\nWill take place on "
            "Thursday 14 November 2024, 7.30pm\nat Ashcombe Memorial Hall\nThere will be an "
            "opportunity for public questions at 7.15pm\nAGENDA"
        )
    )
    assert found["committee"] == "Ashcombe Parish Council"
    assert found["venue"] == "Ashcombe Memorial Hall"
    assert found["scheduled_time"] == "19:30"


def test_a_trust_s_board_meeting_in_public():
    found = read(
        "Ashcombe Hospitals NHS Foundation Trust\nBoard of Directors – Meeting in Public\n"
        "Thursday 14 November 2024, 10:00–12:30\nBoardroom, Ashcombe General Hospital\nAGENDA"
    )
    got = header(found)
    assert (got["committee"], got["kind"]) == ("Board of Directors", "board")
    assert found.record["organisation"] == "Ashcombe Hospitals NHS Foundation Trust"
    assert got["venue"] == "Boardroom, Ashcombe General Hospital"
    assert got["scheduled_time"] == "10:00"


def test_a_charity_s_registration_is_no_part_of_its_name():
    got = header(
        read(
            "Ashcombe Community Trust (Registered charity no. 1234567)\nNotice of Annual General "
            "Meeting\nNotice is hereby given that the AGM of the Trust will be held at Ashcombe "
            "Hall on Saturday 16 November 2024 at 2pm.\nAGENDA"
        )
    )
    assert got["committee"] == "Ashcombe Community Trust"
    assert (got["date"], got["scheduled_time"], got["venue"]) == (
        "2024-11-16",
        "14:00",
        "Ashcombe Hall",
    )


def test_a_next_meeting_line_with_date_time_and_place():
    got = header(
        read(
            "ASHCOMBE COMMUNITY COUNCIL\nNext meeting: Tuesday 12 November 2024, 7pm, Ashcombe Community Hub\nAgenda"
        )
    )
    assert got["venue"] == "Ashcombe Community Hub"
    assert (got["date"], got["scheduled_time"]) == ("2024-11-12", "19:00")


@pytest.mark.parametrize(
    "head, body",
    [
        (
            "ASHCOMBE SHIRE COUNCIL\nORDINARY COUNCIL MEETING\nNOTICE OF MEETING\nNotice is "
            "hereby given that an Ordinary Meeting of Council will be held in the Council "
            "Chambers, 10 High Street, Ashcombe on Tuesday 12 November 2024, commencing at 6.00pm.",
            "Ashcombe Shire Council",
        ),
        (
            "Town of Ashcombe\nRegular Council Meeting Agenda\nNovember 12, 2024 - 7:00 PM\n"
            "Council Chambers, Ashcombe Town Hall",
            "Town of Ashcombe",
        ),
        (
            "Ashcombe & Burnside Community Council\nOctober's meeting: Tuesday 8 October 2024\n"
            "November meeting: Tuesday 12 November 2024 at 7pm in Burnside Church Hall\nAgenda",
            "Ashcombe & Burnside Community Council",
        ),
    ],
    ids=["shire-in-capitals", "town-of", "month-s-meeting"],
)
def test_the_council_behind_a_meeting_of_the_council(head, body):
    found = read(head)
    assert found.record["committee"] == body
    assert found.record.get("organisation") in (None, body)
    assert found.record["date"] == "2024-11-12"


@pytest.mark.parametrize(
    "line, venue",
    [
        (
            "Meeting on Thursday 14th November at 19.30hrs in the Village Hall\nAgenda 2024/25 no. 6",
            "Village Hall",
        ),
        ("Meeting on Thursday 14 November 2024, 7.30 pm prompt, Village Hall", "Village Hall"),
        (
            "Thursday 14th November 2024\nMeeting starts 7.30pm (doors open 7.15pm)\nVillage Hall",
            "Village Hall",
        ),
        ("Monthly meeting Thurs 14/11/2024 7.30 Village Hall", "Village Hall"),
        (
            "Meeting to be held remotely via Zoom on Thursday 14 November 2024 at 7.30pm\n"
            "Meeting ID: 123 456 7890  Passcode: 123456",
            "Remote meeting",
        ),
    ],
    ids=["yearless-hrs", "prompt", "starts", "weekday-abbreviated", "zoom-id"],
)
def test_lines_that_say_when_or_how_do_not_name_the_body(line, venue):
    found = header(read("Ashcombe Parish Council\n" + line))
    assert found["committee"] == "Ashcombe Parish Council"
    assert (found["date"], found["scheduled_time"]) == ("2024-11-14", "19:30")
    assert found["venue"] == venue


def test_an_irish_municipal_district_under_its_county_council_in_two_languages():
    found = read(
        "Comhairle Chontae Ashcombe / Ashcombe County Council\nMunicipal District of Ashcombe\n"
        "Monthly Meeting\nMonday, 11th November 2024 at 3.00 p.m.\nCouncil Chamber, Áras an "
        "Chontae\nCLÁR / AGENDA"
    )
    assert found.record["committee"] == "Municipal District of Ashcombe"
    assert found.record["organisation"] == "Ashcombe County Council"
    assert (found.record["date"], found.record["scheduled_time"]) == ("2024-11-11", "15:00")


def test_a_welsh_notice_sentence_is_not_the_body_and_the_english_name_is_kept():
    found = read(
        "CYNGOR CYMUNED LLANASHCOMBE COMMUNITY COUNCIL\nRhybudd o Gyfarfod / Notice of Meeting\n"
        "Cynhelir cyfarfod o'r Cyngor Cymuned yn Neuadd y Pentref nos Lun 11 Tachwedd 2024 am "
        "7.00yh.\nA meeting of the Community Council will be held in the Village Hall on Monday "
        "11 November 2024 at 7.00pm.\nRHAGLEN / AGENDA"
    )
    assert found.record["committee"] == "Llanashcombe Community Council"
    assert found.record["organisation"] == "Llanashcombe Community Council"
    assert (found.record["date"], found.record["scheduled_time"]) == ("2024-11-11", "19:00")


@pytest.mark.parametrize("written", ["1930hrs", "1930 hours", "19.30 hrs", "7.30 in the evening"])
def test_times_written_with_hours_or_the_part_of_the_day(written):
    found = header(
        read(
            f"Ashcombe Parish Council\nMeeting on Thursday 14 November 2024 at {written} in the Village Hall"
        )
    )
    assert found["scheduled_time"] == "19:30"
    assert found["venue"] == "Village Hall"


def test_a_note_on_a_changed_room_is_no_part_of_the_place():
    found = header(
        read(
            "Ashcombe Parish Council\nUpdated 12/11/2024 – room changed\nMeeting on Thursday 14 "
            "November 2024 at 7.30pm in the Committee Room (not the Main Hall as previously "
            "advertised)"
        )
    )
    assert found["venue"] == "Committee Room" and found["date"] == "2024-11-14"


@pytest.mark.parametrize(
    "sign_off, name",
    [
        ("Rob Martin\nLocum Clerk to Ashcombe Parish Council", "Rob Martin"),
        ("Rob Martin, Parish Clerk", "Rob Martin"),
        ("Mrs J Bloggs\nClerk and RFO\nTel: 01234 567890", "J Bloggs"),
        ("Signed: J Bloggs (Clerk)  Date: 7 November 2024", "J Bloggs"),
        ("J. Bloggs\nProper Officer", "J. Bloggs"),
    ],
    ids=["locum-clerk-to", "comma-parish-clerk", "clerk-and-rfo", "signed-clerk", "proper-officer"],
)
def test_a_parish_clerk_s_sign_off_names_the_officer(sign_off, name):
    found = read(
        "Ashcombe Parish Council\nYou are hereby summoned to attend the meeting of Ashcombe "
        "Parish Council on Thursday 14 November 2024 at 7.30pm in the Village Hall.\n"
        + sign_off
        + "\nAGENDA"
    )
    assert found.record["democracy_officer"]["name"] == name


def test_an_agenda_sent_as_an_email():
    found = read(
        "Subject: Ashcombe Community Council – agenda for Tuesday's meeting\nDear all,\nThe "
        "next meeting of Ashcombe Community Council is on Tuesday 12th November at 7pm in the "
        "Church Hall. The agenda is below.\nBest wishes,\nAnne (Secretary)"
    )
    got = header(found)
    assert got["committee"] == "Ashcombe Community Council"
    assert got["venue"] == "Church Hall"
    assert got["date"] is None  # no year anywhere: never guessed


def test_a_friends_group_s_agm_is_the_group_s_and_a_cafe_is_a_place():
    found = read(
        "Friends of Ashcombe Park\nAnnual General Meeting\nSaturday 16 November 2024 at 10.30am\n"
        "Ashcombe Park Café\nAgenda"
    )
    got = header(found)
    assert got["committee"] == "Friends of Ashcombe Park" and "committee" in found.unsure
    assert (got["date"], got["scheduled_time"], got["venue"]) == (
        "2024-11-16",
        "10:30",
        "Ashcombe Park Café",
    )


def test_date_time_and_venue_labels_on_one_line():
    got = header(
        read(
            "Ashcombe Neighbourhood Plan Steering Group\nMeeting notes and agenda\n"
            "Date: 14.11.24  Time: 18:30  Venue: Parish Office"
        )
    )
    assert (got["date"], got["scheduled_time"], got["venue"]) == (
        "2024-11-14",
        "18:30",
        "Parish Office",
    )

"""Mechanisms found on a seventh blind set of real agendas (read before the change).

Every agenda here is made up (fictional bodies and places) in a layout seen in real agendas:
a heading, a dash or colon and its explanation; a CMIS page's time range and furniture; a list
of plain lines announced by "The agenda … is as follows:"; an Irish council's "Mot (1)"; numbers
that jump on under a group heading; a supplementary agenda; a re-flowed PDF's page ranges, group
headings and table column run into the titles; a venue followed by a link to join from afar.
"""

from __future__ import annotations

from clerk.agenda import read_agenda_text
from clerk.agenda.kinds import kind_of
from clerk.agenda.titles import split_title


def read(text: str):
    return read_agenda_text(text, source_name="agenda.txt")


def titles(found) -> list[str]:
    return [i["title"] for i in found.record["items"]]


def numbers(found) -> list[str]:
    return [i["agenda_number"] for i in found.record["items"]]


def test_a_heading_a_dash_and_its_sentence():
    assert split_title("Apologies -  To receive and record apologies from members.") == (
        "Apologies",
        "To receive and record apologies from members.",
    )
    title, rest = split_title("Exclusion of press and public: To resolve under the 1960 Act")
    assert (title, rest[:10]) == ("Exclusion of press and public", "To resolve")
    # A dash that joins two parts of a title is left alone.
    assert split_title("Finance – Quarterly Statement – Payments")[0] == (
        "Finance – Quarterly Statement – Payments"
    )


def test_a_cmis_page_gives_the_start_of_its_time_range_and_no_furniture_as_the_body():
    found = read(
        "Meeting Details\n\nCouncil\n12 Oct 2022 - 19:00 to 21:45\n\nAgenda\n\nStandard Items\n"
        "1 Apologies for Absence\n2 Minutes\n3 Mayor's Announcements\n"
    )
    r = found.record
    assert (r["committee"], r["date"], r["scheduled_time"]) == ("Council", "2022-10-12", "19:00")


def test_numbers_that_jump_on_under_a_group_heading_are_items():
    found = read(
        "Meeting Details\n\n4 May 2023 - 19:00 to 21:00\n\nStandard Items\n1 Apologies\n"
        "2 Declarations of Interest\n3 Chair's Business\nNotice Of Motions\n"
        "14 Councillor A Brook to move\n“That this Council supports the market.”\n"
        "15 Councillor C Dale to move\n“That this Council thanks the volunteers.”\n"
    )
    assert numbers(found) == ["1", "2", "3", "14", "15"]


def test_a_supplementary_agenda_adds_the_items_the_list_lacks():
    found = read(
        "Agenda\n1 Apologies for Absence\n2 Minutes\n4 Public Questions\n5 Questions from Members\n"
        "\nSupplementary Agenda\n\n4 pdf Public Questions (120Kb)\n3 pdf Petition Responses (257Kb)\n"
    )
    assert numbers(found) == ["1", "2", "4", "5", "3"]
    assert titles(found)[-1] == "Petition Responses"


def test_plain_lines_announced_as_the_agenda_are_its_items():
    found = read(
        "Annual General Meeting\n"
        "The Annual General Meeting of the Riverside Residents' Association will be held at 7pm "
        "on Tuesday 12th September at Lowfield School (NOT the 19th as previously posted).\n"
        "The agenda for the AGM is as follows:\n"
        "Agree the minutes of the last AGM and to deal with matters arising therefrom.\n"
        "The Chairman’s annual report.\nThe Treasurer’s annual report.\n"
        "Set the annual rate of subscription.\n"
    )
    r = found.record
    assert len(r["items"]) == 4
    assert r["items"][0]["kind"] == "minutes"
    assert (r["scheduled_time"], r["venue"]) == ("19:00", "Lowfield School")


def test_an_irish_councils_motion_reference_numbers_its_item():
    found = read(
        "Council Meetings\n\nSpecial Meeting of County Council 03/09/07 Agenda\n\n"
        "03/09/2007 00:00\nCouncil Chamber\n\n\nMot (1)\n\nSubmitted by:\nCouncillor A. Byrne\n\n"
        '"That this Council calls for a review of the bus routes."\n'
    )
    r = found.record
    assert numbers(found) == ["Mot (1)"]
    assert (r["date"], r["scheduled_time"], r["venue"]) == ("2007-09-03", None, "Council Chamber")


def test_a_reflowed_pdf_keeps_page_ranges_and_group_headings_out_of_titles():
    found = read(
        "14 June 2022 Dear Councillor You are invited to attend a meeting of the Council to be "
        "held in The Chamber at Elmbridge Vale District Council, Council Offices, Mill Road on "
        "Thursday, 16 June 2022 at 19:00 to transact the business noted below. AGENDA 1. "
        "Apologies 2. Declarations of Interest 3. Council minutes of meeting held on 12 May 2022 "
        "5 - 14 4. Requests for Civic Recognition 15 - 22 Matters for Information Page 1 of 40 "
        "5. Correspondence 23 - 30"
    )
    r = found.record
    assert r["committee"] == "Elmbridge Vale District Council"
    assert titles(found)[2:4] == [
        "Council minutes of meeting held on 12 May 2022",
        "Requests for Civic Recognition",
    ]
    assert [i["pages"] for i in r["items"][2:4]] == [[5, 14], [15, 22]]


def test_a_table_column_run_into_every_title_is_not_the_title():
    found = read(
        "CABINET 10.00 am on Wednesday 6 July 2022 Cabinet Wednesday 6 July 2022 at 10.00 am "
        "Cabinet Suite - Shire Hall, Eastbury AGENDA Item Discussion Portfolio 1 Apologies Leader "
        "of Council To note any apologies. 2 Minutes Leader of Council To confirm the minutes. "
        "3 Declarations of Interest Leader of Council Members are invited to declare interests. "
        "4 Questions at Cabinet Meetings Leader of Council To answer any questions."
    )
    r = found.record
    assert titles(found) == [
        "Apologies",
        "Minutes",
        "Declarations of Interest",
        "Questions at Cabinet Meetings",
    ]
    assert (r["committee"], r["venue"]) == ("Cabinet", "Cabinet Suite - Shire Hall, Eastbury")
    # Titles that share words and end there keep them.
    found = read(
        "Agenda\n1. Report of the Director of Finance\n2. Report of the Director of Place\n"
        "3. Report of the Director of People\n4. Report of the Director of Law\n"
    )
    assert titles(found)[0] == "Report of the Director of Finance"


def test_a_venue_stops_where_the_link_to_join_starts():
    found = read(
        "MEETING ON THURSDAY 9th March 2023\n7.30pm at Westfold Village Hall\nJoin Zoom Meeting\n"
        "https://example.org/j/123\nMeeting ID: 123 Passcode: 456\nAGENDA\n1 WELCOME AND APOLOGIES\n"
        "2 MINUTES OF MEETING 9th February 2023\n3 POLICE MATTERS\n"
    )
    assert found.record["venue"] == "Westfold Village Hall"


def test_the_body_without_the_month_and_a_two_letter_last_title_cut_off():
    found = read(
        "Audit Committee (June 2021)\nAgenda\n1. Apologies for Absence\n2. Minutes\n"
        "3. Work Programme\n4. No"
    )
    assert found.record["committee"] == "Audit Committee"
    assert numbers(found) == ["1", "2", "3"]


def test_kinds_of_a_minutes_silence_and_urgent_competent_business():
    assert kind_of("Minutes silence", None, None)[0] == "other"
    assert kind_of("Any Other Urgent Competent Business", None, None)[0] == "urgent_business"
    assert kind_of("Agree the minutes of the last AGM and matters arising", None, None)[0] == (
        "minutes"
    )
    assert kind_of("Matters arising from the minutes", None, None)[0] == "other"


def test_a_group_heading_copied_on_after_a_bracket_is_not_the_title():
    glued = "Deputation - Roads Division (Report to follow) Matters for Decision"
    assert split_title(glued)[0] == "Deputation - Roads Division (Report to follow)"
    assert split_title("Local Plan (Part 2) Consultation")[0] == "Local Plan (Part 2) Consultation"
    assert split_title("Declarations of Members’ Interests")[0] == (
        "Declarations of Members’ Interests"
    )


def test_a_modern_gov_mark_on_an_old_body_and_its_record_of_meeting():
    found = read(
        "Agenda and minutes\n\nPlanning Committee (expired)\nThursday, 5th June, 2008 7.30 pm\n\n"
        "Venue: Civic Centre, High Road\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n\n2.\n\n"
        "Record of meeting pdf icon PDF 36 KB\n\nTo approve the record of the meeting held on 1 May.\n"
    )
    r = found.record
    assert r["committee"] == "Planning Committee"
    assert r["items"][1]["kind"] == "minutes"


def test_a_summons_names_the_body_not_its_meeting_and_the_place_it_takes_place_in():
    found = read(
        "Netherby Parish Council Meeting\nCouncillors are summoned to attend the Parish Council "
        "meeting on\nWednesday 5th October 2022,\n7.30pm in Netherby Memorial Hall\n"
        "1. Apologies for absence\n2. Declarations of Interest\n3. Minutes\n"
    )
    r = found.record
    assert (r["committee"], r["venue"]) == ("Netherby Parish Council", "Netherby Memorial Hall")
    found = read(
        "Councillors are summoned to a meeting of Netherby Parish Council to be held on\n"
        "Tuesday 4th October 2022\nand will take place in the village hall beginning at 19.00hrs.\n"
        "- Receive apologies for absence\n- To receive declarations of interest\n"
        "- To consider minutes of the previous meeting\n"
    )
    assert found.record["venue"] == "village hall"


def test_a_last_title_without_the_full_stop_every_other_title_has_is_kept_and_marked():
    # It may be cut off by the copy ("… new bins on Mill") or whole ("Date of next meeting"):
    # the two cannot be told apart, so the item is kept and the clerk asked to check it.
    head = (
        "Agenda\n1. Apologies for absence.\n2. Declarations of Interest.\n3. Approval of Minutes.\n"
    )
    cut = read(
        head + "4. To agree purchase of a bench.\n5. To consider installing new bins on Mill"
    )
    assert numbers(cut) == ["1", "2", "3", "4", "5"]
    assert "may be cut off" in cut.unsure["items[4].title"]
    assert any("ends with item 5's title" in note for note in cut.notes)
    whole = read(head + "4. To agree purchase of a bench.\n5. Date of next meeting")
    assert numbers(whole) == ["1", "2", "3", "4", "5"]

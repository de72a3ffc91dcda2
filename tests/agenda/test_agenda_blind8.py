"""Mechanisms found on an eighth blind set of real agendas (read before the change).

Every agenda here is made up (fictional bodies and places) in a layout seen in real agendas:
"1:- Title" numbers with "-‐" bullets under them, a time span with one am/pm, "From 19:00 until
21:00" over a platform's name, "AGENDA: <body>" and a "Meeting :" label that gives the when, a
venue label with a column beside its postcode, summons sentences with "in accordance with …" and
"to discuss the Agenda", an agenda-and-minutes page in capitals without numbers, two items run
together on one line of a list without numbers, a re-flowed row's colon, first sentence and
repeated heading, a copy cut inside its last word, a requisitioned meeting's time told in its
item, and a trust's name run into its body's.
"""

from __future__ import annotations

from datetime import date

from clerk.agenda import read_agenda_text
from clerk.agenda.cutoff import cut_inside_word
from clerk.agenda.header import called_meeting_time
from clerk.agenda.titles import run_together, split_title
from clerk.agenda.when import find_times


def read(text: str):
    return read_agenda_text(text, source_name="agenda.txt")


def titles(found) -> list[str]:
    return [i["title"] for i in found.record["items"]]


def kinds(found) -> list[str]:
    return [i["kind"] for i in found.record["items"]]


def test_a_community_council_with_colon_dash_numbers_and_its_header_labels():
    found = read(
        "AGENDA: Northgate & Quayside Community Council\n\n"
        "Meeting : Weds. 12th June 2019, 7.15-9pm Office bearers:\n"
        "Location: 14 Harbour Row, QX4 7PL Convener (Chair)\nOffice vacant (Secretary)\n\n"
        "1:- Sederunt (including apologies).\n"
        "2:- Review of minutes of last meeting.\n-‐ Approval of minutes: proposer, seconder\n"
        "3:- Guests:\n-‐ Welcome to the harbour trust.\n"
        "4:- Treasurerʼs Report.\n5:- Questions from the floor.\n"
    )
    r = found.record
    assert r["committee"] == "Northgate & Quayside Community Council"
    assert (r["date"], r["scheduled_time"]) == ("2019-06-12", "19:15")
    assert r["venue"] == "14 Harbour Row, QX4 7PL"
    assert titles(found)[1:] == [
        "Review of minutes of last meeting",
        "Guests",
        "Treasurerʼs Report",
        "Questions from the floor",
    ]
    assert kinds(found)[-1] == "public_participation"


def test_a_span_of_time_with_one_am_or_pm_starts_at_its_first_time():
    def start(text: str) -> str:
        return str(find_times(text)[0].at)[:5]

    assert start("7.15-9pm") == "19:15"
    assert start("10.30 - 12.30pm") == "10:30"
    assert start("11.30-1pm") == "11:30"


def test_from_a_time_until_a_time_over_a_platform_name():
    found = read(
        "Community Council Meeting – May 2022\n\nFrom 19:00 until 21:00\n\nMicrosoft Teams\n\n"
        "1. Welcome\n2. Apologies\n3. Minutes of the last meeting\n4. AOCB\n"
    )
    r = found.record
    assert (r["scheduled_time"], r["venue"]) == ("19:00", "Microsoft Teams")


def test_a_summons_held_in_accordance_with_rules_at_a_place():
    found = read(
        "2022/02/01: Parish Council Meeting Agenda\n\n"
        "You are hereby summoned to attend the meetingof Elmbrook Parish Council on Wednesday "
        "9th February 2022 at 7.30pm, to be held in accordance with current regulations at: "
        "Elmbrook Village Hall for the purpose of transacting the business on the agenda.\n\n"
        "AGENDA\n1APOLOGIES To receive apologies for absence\n2MINUTES\n3PLANNING\n"
    )
    r = found.record
    assert (r["committee"], r["venue"]) == ("Elmbrook Parish Council", "Elmbrook Village Hall")


def test_a_notice_whose_place_is_followed_by_to_discuss_the_agenda():
    found = read(
        "TO THE MAYOR AND EACH MEMBER OF THE COUNCIL\n\nNotice is hereby given that the May "
        "Monthly Meeting of the Council will take place on Tuesday 2nd May 2006 at 7.30 p.m. in "
        "the Council Chamber, Market House, Fernmore to discuss the Agenda as set out hereunder."
        "\n\n1.0 Confirmation of Minutes\n2.0 Correspondence\n3.0 Notices of Motion\n"
    )
    assert found.record["venue"] == "Council Chamber, Market House, Fernmore"


def test_an_agenda_and_minutes_page_in_capitals_without_numbers_is_read_not_refused():
    found = read(
        "Agenda and minutes\nVenue: Committee Room 1, Civic Centre - View directions\n"
        "No. | Item | |\n"
        "DECLARATIONS OF INTERESTS PDF 120 KB Members are reminded to consider whether they "
        "have an interest in any item.\n"
        "Please note the advice of the Monitoring Officer. Minutes: There were none.\n"
        "REPORTS FOR CONSIDERATION Additional documents: |\n"
        "EXCLUSION OF THE PRESS AND PUBLIC It is recommended that the press and public be "
        "excluded.\nMinutes: RESOLVED that the press and public be excluded.\n"
    )
    assert titles(found) == [
        "DECLARATIONS OF INTERESTS",
        "REPORTS FOR CONSIDERATION",
        "EXCLUSION OF THE PRESS AND PUBLIC",
    ]
    assert kinds(found)[0::2] == ["declarations", "exclusion"]


def test_two_items_run_together_on_one_line_of_a_list_without_numbers():
    assert run_together(
        "Apologies for absence and reasons given Declaration of interests in items to be discussed"
    ) == [
        "Apologies for absence and reasons given",
        "Declaration of interests in items to be discussed",
    ]
    # A heading that receives another's minutes, and one exclusion said twice, stay whole.
    assert len(run_together("To receive Minutes of the previous meeting")) == 1
    assert len(run_together("To exclude the public & press Exclusion of Public and Press")) == 1
    found = read(
        "You are hereby invited to the meeting of the Parish Council on Monday 6th June 2022 at "
        "7pm when the following issues will be considered.\n"
        "Chairman’s Remarks\nApologies for absence Declaration of interests\nPublic Forum\n"
        "To approve the minutes of the meeting held on 9th May 2022\nHighways\n"
        "Correspondence To exclude the public & press for the next item as publicity would be "
        "prejudicial to the public interest because of the confidential nature of the business "
        "to be transacted under the Public Bodies (Admission to Meetings) Act 1960.\n"
    )
    assert titles(found)[:4] == [
        "Chairman’s Remarks",
        "Apologies for absence",
        "Declaration of interests",
        "Public Forum",
    ]
    assert titles(found)[-2] == "Correspondence"
    assert kinds(found)[-1] == "exclusion"
    assert [i["agenda_number"] for i in found.record["items"]] == [str(k) for k in range(1, 9)]


def test_a_reflowed_rows_heading_ends_at_its_colon_its_first_sentence_or_its_repeat():
    assert split_title(
        "Minutes: to consider the adoption of the minutes of the meeting held on 09.03.20"
    )[0] == ("Minutes")
    assert (
        split_title(
            "To receive reports from County, District Cllrs. and Police. The meeting will be "
            "adjourned for questions."
        )[0]
        == "To receive reports from County, District Cllrs. and Police"
    )
    assert split_title("Minutes Minutes of Monthly Meeting held on 19th May 2021")[0] == "Minutes"
    # A short phrase after a colon is the title's own ("Finance: to approve payments").
    assert split_title("Finance: to approve the schedule of payments")[0] == (
        "Finance: to approve the schedule of payments"
    )


def test_a_copy_cut_inside_the_last_word_of_its_last_title_leaves_that_item_out():
    assert cut_inside_word("To approve the planning applicati", "… planning applicati")
    assert cut_inside_word("Reports from Elected Repres", "Reports from Elected Repres")
    assert not cut_inside_word("Internal Audit Plan", "2. Internal Audit Plan")
    assert not cut_inside_word("AOCB", "14. AOCB")
    found = read(
        "AGENDA\n1. Apologies for absence\nTo receive apologies.\n2. Minutes\nTo approve them.\n"
        "3. Clerk's Report\nTo receive it.\n4. Reports from Elected Repres"
    )
    assert titles(found) == ["Apologies for absence", "Minutes", "Clerk's Report"]


def test_a_requisitioned_meetings_time_told_only_in_its_item():
    text = (
        "The Mayor has called a special meeting of the Council at 3.30 p.m. on Thursday 9th March "
        "in the Council Chamber to discuss the following motion:"
    )
    assert str(called_meeting_time(text, date(2023, 3, 9)))[:5] == "15:30"
    assert called_meeting_time(text, date(2023, 3, 10)) is None
    found = read(
        "Special Meeting of County Council 09/03/23 Agenda\n\n09/03/2023 00:00\nCouncil Chamber\n"
        "\nMot (1)\n\n" + text + '\n\n"That the Council reviews its roads programme."\n'
    )
    assert found.record["scheduled_time"] == "15:30"
    assert "scheduled_time" in found.unsure


def test_a_trusts_name_run_into_its_bodys_and_papers_for_a_meeting():
    found = read(
        "Elmford Hospitals NHS Foundation Trust Council of Governors - Meeting being held via "
        "MS teams\n3 March 2021 14:00 - 3 March 2021 15:30\nAGENDA\n1 OPENING MATTERS\n"
        "1.1 Apologies\n2 BUSINESS REPORTS\n2.1 Chair's report\n"
    )
    r = found.record
    assert (r["organisation"], r["committee"]) == (
        "Elmford Hospitals NHS Foundation Trust",
        "Council of Governors",
    )
    found = read(
        "Please find below the agenda and supporting papers for the 'shadow' Council of "
        "Governors meeting on 20 January 2015.\n\n1. Welcome\n2. Minutes from the last meeting\n"
        "3. Matters arising\n4. Any other business\n"
    )
    assert found.record["committee"] == "Council of Governors"


def test_a_summons_for_tuesday_next_with_its_ordinal_run_into_the_month():
    found = read(
        "COUNCIL SUMMONS\nYou are hereby summoned to attend the ANNUAL MEETING of ELMFORD TOWN "
        "COUNCIL to be held TUESDAY NEXT the 13thMAY 2008 at the Memorial Hall, Elmford "
        "commencing at 7.00 p.m. for the transaction of the following business :-\n"
        "1. Mayor’s Announcements\n2.Apologies for absence.\n"
        "3.The Mayor will ask for a nomination for the Office of Mayor of Elmford\n"
        "Town Council for the Municipal Year 2008/2009.\n"
        "4. The Mayor will give her Inaugural Speech.\n"
    )
    r = found.record
    assert (r["date"], r["scheduled_time"], r["venue"]) == (
        "2008-05-13",
        "19:00",
        "Memorial Hall, Elmford",
    )
    assert titles(found)[2] == (
        "The Mayor will ask for a nomination for the Office of Mayor of Elmford Town Council for "
        "the Municipal Year 2008/2009"
    )


def test_a_letter_requesting_attendance_at_a_council_whose_name_holds_a_comma():
    found = read(
        "18 May 2017\n\nDear Alderman / Councillor\n\nYou are hereby requested to attend the "
        "MONTHLY MEETING of NORTHVALE CITY, ELMFORD AND RIVERTON BOROUGH COUNCIL which will be "
        "held as follows:\n\nDate: Monday 22 May 2017\n\nTime: 6.30 pm\n\nVenue: Council "
        "Chamber, Civic Centre\n\nYours sincerely\n\nChief Executive\n\nAGENDA\n\n"
        "1 APOLOGIES\n\n2 COUNCIL MINUTES\n\n3 SCHEDULE OF CORRESPONDENCE\n\n"
        "(Report C-17-14 attached) 4 NOTICES OF MOTION\n\n4.1 Notice of motion on the market\n"
    )
    r = found.record
    assert r["committee"] == "Northvale City, Elmford and Riverton Borough Council"
    assert r["date"] == "2017-05-22"
    assert titles(found) == [
        "APOLOGIES",
        "COUNCIL MINUTES",
        "SCHEDULE OF CORRESPONDENCE",
        "NOTICES OF MOTION",
    ]


def test_the_minutes_of_the_last_annual_general_meeting_are_the_minutes_item():
    found = read(
        "Agenda for the Annual General Meeting\n\n1. Apologies for absence.\n"
        "2. To receive and, if approved, sign as correct the minutes of the Annual General "
        "Meeting held on November 20, 2021.\n3. To elect the President for 2022-2023.\n"
        "4. Minutes of the Finance and General Purposes Committee Meeting\n"
    )
    assert kinds(found)[:2] == ["apologies", "minutes"]
    assert kinds(found)[3] != "minutes"


def test_correspondence_with_its_papers_pages_is_still_procedure():
    from clerk.agenda.kinds import kind_of

    assert kind_of("Correspondence", None, (133, 150)) == ("other", True)
    assert kind_of("Requests for Civic Recognition", None, (121, 132))[0] == "report"


def test_a_list_whose_first_items_lost_their_numbers_and_the_rest_kept_them():
    found = read(
        "GLENFORD COMMUNITY COUNCIL  23rd September 2024– Glenford Community Campus\n\n"
        "  1. Apologies: \n  1. Approval of minutes of last meeting\n  1. Matters Arising\n"
        "      4.Police Report – circulated as received.\n\n      5. Roads\n\n"
        "      6. Planning\n\nAuchterlee, Glenford, West Mains\n\n7. Treasurers Report\n\n"
        "      8. AOCB\n"
    )
    assert [i["agenda_number"] for i in found.record["items"]] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
    ]
    assert titles(found)[-1] == "AOCB"
    assert found.record["venue"] == "Glenford Community Campus"
    assert "items[0].agenda_number" in found.unsure


def test_an_agenda_label_that_names_only_a_kind_of_meeting_is_no_body():
    found = read(
        "AGENDA - PUBLIC MEETING\nYou are hereby summoned to attend a meeting of Elmford Parish "
        "Council to be held in the Village Hall on Monday 3 June 2024 at 7pm.\n1. Apologies\n"
        "2. Minutes\n3. Planning\n"
    )
    assert found.record["committee"] == "Elmford Parish Council"


def test_a_table_of_items_whose_carried_over_references_do_not_run_on():
    found = read(
        "Elmford Parish Council\nA meeting of the full council will be held on 15th March 2022 "
        "at 7:30pm in Elmford Memorial Hall\nAGENDA\nItem Ref | Agenda Item | Report By |\n"
        "Open Meeting | Chair | |\n001/21 | To receive apologies. | Chair |\n"
        "002/21 | To receive declarations of interest. | Chair |\n"
        "003/21 | Consider minutes of meeting 22nd February 2022 | Chair |\n"
        "Agenda Items | ||\n087/21 | Councillor vacancy | Chair |\n"
        "040/20 | To consider the resolution tracker. | Clerk |\n"
        "065/17 | Update on the village sign | Chair |\n"
        "Projects and Reports | ||\n032/20 | To consider progress (from \n"
    )
    assert [i["agenda_number"] for i in found.record["items"]] == [
        "001/21",
        "002/21",
        "003/21",
        "087/21",
        "040/20",
        "065/17",
    ]
    assert titles(found)[3:] == [
        "Councillor vacancy",
        "To consider the resolution tracker",
        "Update on the village sign",
    ]

"""The small readers the agenda importer is built from: dates, times, page ranges, names,
kinds, and short agendas that each hold one awkward shape."""

from __future__ import annotations

from datetime import date, time

import pytest

from clerk.agenda import read_agenda_text
from clerk.agenda.kinds import exempt_paragraphs, kind_of
from clerk.agenda.lines import find_date, find_pages, find_time, normalise_line
from clerk.agenda.people import parse_member_list


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Monday, 20 February 2023", date(2023, 2, 20)),
        ("Tuesday, 14th March, 2023", date(2023, 3, 14)),
        ("on Tuesday 14 March 2023 at 7.30pm", date(2023, 3, 14)),
        ("February 20, 2023", date(2023, 2, 20)),
        ("Thurs 2nd Nov 2023", date(2023, 11, 2)),
        ("31 February 2023", None),
        ("no date here", None),
    ],
)
def test_dates(text, day):
    found = find_date(text)
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    ("text", "clock", "sure"),
    [
        ("5.30 pm", time(17, 30), True),
        ("5:00pm", time(17, 0), True),
        ("10am", time(10, 0), True),
        ("6.00 p.m.", time(18, 0), True),
        ("12 noon", time(12, 0), True),
        ("18:30", time(18, 30), True),
        ("7.30", time(7, 30), False),
    ],
)
def test_times(text, clock, sure):
    assert find_time(text) == (clock, sure)


@pytest.mark.parametrize(
    ("line", "pages", "rest"),
    [
        ("Work Plan (Pages 59 - 62)", (59, 62), "Work Plan"),
        ("Minutes\t1 - 8", (1, 8), "Minutes"),
        ("Budget (Page 5)", (5, 5), "Budget"),
        ("Capital Strategy 2023 - 2026", None, "Capital Strategy 2023 - 2026"),
        ("Budget 2023 - 24", None, "Budget 2023 - 24"),
    ],
)
def test_pages(line, pages, rest):
    assert find_pages(line) == (pages, rest)


def test_lines_lose_markup_but_keep_columns():
    assert normalise_line("- To:** Councillors Baker") == "To: Councillors Baker"
    assert normalise_line("| 1. | Apologies | 1 - 6 |") == "1.\tApologies\t1 - 6"
    assert normalise_line("A G E N D A") == "AGENDA"
    assert normalise_line("<AI3>") == ""
    assert normalise_line("1.          Minutes") == "1.\tMinutes"


def test_membership_lists():
    people = parse_member_list(
        "Councillors Baker, Daubeney (Chair), Fitzpatrick and Webb (Vice-Chair)"
    )
    assert [(p["surname"], p["role"]) for p in people] == [
        ("Baker", "member"),
        ("Daubeney", "chair"),
        ("Fitzpatrick", "member"),
        ("Webb", "vice_chair"),
    ]
    assert all(p["title"] == "Councillor" for p in people)
    (leader,) = parse_member_list(
        "Councillor Ayre (Executive Leader (incorporating Policy, Strategy and Partnerships))"
    )
    assert leader["surname"] == "Ayre"
    assert leader["capacity"].startswith("Executive Leader")
    oxford = parse_member_list("Councillors Smith (Chair), Jones, and Brown")
    assert [p["surname"] for p in oxford] == ["Smith", "Jones", "Brown"]
    assert "forename" not in oxford[2]
    (other,) = parse_member_list("Councillor Ruth Other (Chair of Finance)")
    assert other["role"] == "member" and other["capacity"] == "Chair of Finance"


@pytest.mark.parametrize(
    ("title", "kind", "sure"),
    [
        ("Apologies for Absence", "apologies", True),
        ("Disclosable Pecuniary Interests", "declarations", True),
        ("Minutes of the Previous Meeting", "minutes", True),
        ("Questions from Members of the Public", "public_participation", True),
        ("Any other items which the Chair decides are urgent", "urgent_business", True),
        ("Exclusion of the Press and Public", "exclusion", True),
        ("Forward Work Programme", "work_plan", True),
        ("Date of Next Meeting", "other", True),
        ("Urgent Care Centre Update", "report", False),
        ("Matters Arising from the Minutes", "other", True),
        ("Civic Awards", "other", False),
    ],
)
def test_kinds(title, kind, sure):
    assert kind_of(title, None, None) == (kind, sure)


def test_schedule_12a_paragraphs():
    assert exempt_paragraphs("exempt under paragraphs 1 and 3 of Schedule 12A") == [1, 3]
    assert exempt_paragraphs("see paragraph 4 of the report") == []


def test_minutes_described_under_the_minutes_item_do_not_end_the_agenda():
    found = read_agenda_text(
        "Planning Committee\nDate: 5 May 2023\nAGENDA\n1. Apologies\n2. Minutes\n"
        "Minutes of the meeting held on 12 April 2023.\n3. Planning Applications\n"
    )
    assert [it["agenda_number"] for it in found.record["items"]] == ["1", "2", "3"]


def test_a_wrapped_line_mentioning_contact_details_does_not_end_the_agenda():
    found = read_agenda_text(
        "Licensing Committee\nDate: 5 May 2023\nAGENDA\n1. Public Participation\n"
        "To register please contact Democratic Services.\n"
        "Contact details can be found at the foot of this agenda.\n2. Urgent Business\n"
    )
    assert [it["kind"] for it in found.record["items"]] == [
        "public_participation",
        "urgent_business",
    ]


def test_numbered_notes_above_the_agenda_heading_are_not_items():
    found = read_agenda_text(
        "Audit Committee\nDate: 5 May 2023\nNotes for the public:\n1. This meeting is filmed.\n"
        "2. Fire exits are signed.\nAGENDA\n1. Apologies for Absence\n2. Internal Audit Plan\n"
    )
    assert [it["title"] for it in found.record["items"]] == [
        "Apologies for Absence",
        "Internal Audit Plan",
    ]


def test_a_pack_page_footer_ends_the_agenda():
    found = read_agenda_text(
        "Cabinet\nDate: 5 May 2023\nAGENDA\n1. Apologies\n2. Minutes (Pages 1 - 4)\n"
        "3. Budget Report (Pages 5 - 20)\n\nPage 1\n\nReport of the Director\n"
        "4. Background\n5. Options\n"
    )
    assert [it["agenda_number"] for it in found.record["items"]] == ["1", "2", "3"]


def test_page_footers_of_the_agenda_itself_do_not_end_it():
    found = read_agenda_text(
        "Cabinet\nDate: 5 May 2023\nAGENDA\n1. Apologies\n2. Minutes (Pages 5 - 8)\n"
        "Page 1 of 2\nPage 2\n3. Budget Report (Pages 9 - 20)\n"
    )
    assert [it["agenda_number"] for it in found.record["items"]] == ["1", "2", "3"]


def test_roles_after_a_dash_and_a_chair_named_twice():
    found = read_agenda_text(
        "Anyvale Parish Council\nDate: 5 May 2023\nMembership:\nCllr J Smith – Chairman\n"
        "Cllr Ann Brown – Vice-Chairman\nCllr P Green\nChairman: Councillor John Smith\n"
        "AGENDA\n1. Apologies for absence\n2. Minutes\n"
    )
    people = {p["surname"]: p for p in found.record["people"]}
    assert len(people) == 3
    assert people["Smith"]["role"] == "chair" and people["Brown"]["role"] == "vice_chair"
    assert people["Smith"]["forename"] == "John"


def test_labels_standing_above_their_values_and_public_private_business():
    found = read_agenda_text(
        "Public Document Pack\n\nAgenda\n\nPlanning Committee\n\nTime and Date\n"
        "7.00 pm on Wednesday, 5th April, 2023\n\nPlace\nCouncil Chamber, Council House\n\n"
        "Public Business\n\n1. Apologies for absence and substitutions\n\n"
        "2. Minutes of the Previous Meeting (Pages 3 - 8)\n\nPrivate Business\n\n"
        "3. Land at Mill Road (Pages 9 - 14)\n\nExempt under paragraph 3 of Schedule 12A.\n"
    )
    record = found.record
    assert (record["date"], record["scheduled_time"]) == ("2023-04-05", "19:00")
    assert record["venue"] == "Council Chamber, Council House"
    assert record["committee"] == "Planning Committee"
    last = record["items"][-1]
    assert (last["exempt"], last["exempt_paragraph"]) == (True, 3)
    assert not any(it.get("exempt") for it in record["items"][:-1])


def test_a_title_cut_after_a_connector_goes_on_past_a_blank_line():
    found = read_agenda_text(
        "AGENDA\n\n1 Record of Members Present\n\n2 To Receive Apologies for Absence\n\n"
        "3 To Consider a Request from the Youth Forum asking for the\n\nFormation of a Youth "
        "Club\n\n4 Planning\n"
    )
    titles = [it["title"] for it in found.record["items"]]
    assert titles[2] == (
        "To Consider a Request from the Youth Forum asking for the Formation of a Youth Club"
    )
    assert len(titles) == 4


def test_a_board_of_councillors_and_others():
    people = parse_member_list(
        "Councillors Runciman (Chair), Craghill and Cuthbertson; Dana Pell (Director of "
        "Public Health), Morris Quint (Chair, Independent Care Group)"
    )
    by_surname = {p["surname"]: p for p in people}
    assert [p["surname"] for p in people] == [
        "Runciman",
        "Craghill",
        "Cuthbertson",
        "Pell",
        "Quint",
    ]
    assert by_surname["Craghill"]["title"] == "Councillor"
    assert "title" not in by_surname["Pell"] and by_surname["Pell"]["name"] == "Dana Pell"
    assert by_surname["Quint"]["role"] == "member"
    assert by_surname["Quint"]["capacity"] == "Chair, Independent Care Group"


PACK_HEAD = (
    "Notice of a public meeting of\n\nLicensing Committee\n\nDate: Monday, 5 June 2023\n\n"
    "AGENDA\n\n1. Minutes (Pages 1 - 8)\n2. Sub-Committee Minutes (Pages 9 - 12)\n"
    "3. Fees Review (Pages 13 - 20)\n\nThis page is intentionally left blank\n\n"
)


def _minutes(body: str, numbers: range) -> str:
    heads = "\n\n".join(f"{n}. Item {n}\n\nResolved: noted." for n in numbers)
    return f"Committee Minutes\n\nMeeting\t{body}\nDate\t1 May 2023\nPresent\tCouncillors A and B\n\n{heads}\n\nChair\n\n"


def test_the_minutes_of_this_body_are_preferred_and_the_latest_of_them():
    pack = (
        PACK_HEAD
        + _minutes("Licensing Sub-Committee", range(5, 8))
        + _minutes("Licensing Committee", range(30, 36))
        + _minutes("Licensing Committee", range(36, 40))
    )
    found = read_agenda_text(pack)
    assert found.record["first_minute_number"] == 40


def test_minutes_of_an_unnamed_body_count_when_no_other_is_found():
    pack = PACK_HEAD + _minutes("", range(12, 15)).replace("Meeting\t\n", "")
    assert read_agenda_text(pack).record["first_minute_number"] == 15


def test_a_body_name_wrapped_over_two_lines():
    found = read_agenda_text(
        "Notice of a public meeting of\n\nDecision Session - Executive Member for Children, "
        "Young People\nand Education\n\nTo: Councillor Webb\nDate: Monday, 6 March 2023\n\n"
        "AGENDA\n1. Declarations of Interest\n2. Minutes\n"
    )
    assert found.record["committee"] == (
        "Decision Session - Executive Member for Children, Young People and Education"
    )
    assert found.record["kind"] == "decision_session"


def test_a_municipal_year_is_no_minute_reference():
    found = read_agenda_text(
        "Finance Panel\nDate: 5 May 2023\n2022/23 Outturn Report\nAGENDA\n1. Apologies\n"
        "2. Minutes\n"
    )
    assert [it["agenda_number"] for it in found.record["items"]] == ["1", "2"]


def test_parts_named_by_purpose_are_not_the_private_part():
    from clerk.agenda import read_agenda_text

    items = read_agenda_text(
        "Ashcombe Parish Council\nMeeting on Thursday 14 November 2024 at 7.30pm in the Village "
        "Hall\nAGENDA\n\nPART A – ITEMS FOR DECISION\n1. Apologies\n2. Declarations of interest\n"
        "3. Minutes\nPART B – ITEMS FOR INFORMATION\n4. Clerk's report\n5. Correspondence\n"
        "PART C – CONFIDENTIAL\n6. Exclusion of the press and public\n7. Staffing matters\n"
    ).record["items"]
    assert [bool(it.get("exempt")) for it in items] == [False] * 6 + [True]


def _exempt(body: str) -> list[bool]:
    from clerk.agenda import read_agenda_text

    head = (
        "Ashcombe Parish Council\nMeeting on Thursday 14 November 2024 at 7.30pm in the Village "
        "Hall\nAGENDA\n\n"
    )
    return [bool(it.get("exempt")) for it in read_agenda_text(head + body).record["items"]]


def test_after_the_exclusion_the_close_is_public_and_readmission_ends_it():
    assert _exempt(
        "1. Apologies\n2. Exclusion of the press and public\n3. Staffing\n4. Contract award\n"
        "5. Date of next meeting\n6. Close\n"
    ) == [False, False, True, True, False, False]
    assert _exempt(
        "1. Apologies\n2. Exclusion of the press and public\n3. Staffing\n"
        "4. Readmission of the press and public\n5. Planning\n"
    ) == [False, False, True, False, False]
    # the next meeting's date does not end the private part: what follows stays private
    assert _exempt(
        "1. Apologies\n2. Exclusion of the press and public\n3. Date of next meeting\n4. Staffing\n"
    ) == [False, False, False, True]

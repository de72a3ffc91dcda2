"""Finding the items of agendas in the shapes councils publish them: the numbering that explains
the whole agenda is chosen (running and minute-style numbers, references, numbers alone on
their line, lost numbering, bullets, no numbers at all), and what only looks like an item is
left in its item's text (sub-items, nested lists, a quoted report's paragraphs, dated log
lines, group headings, ModernGov "Minutes:" blocks, table rows "3.1 | …", points printed with the
items' own bullet, a last title cut off by the copy). Short texts in those shapes, each written
for the shape, not copied from a council."""

from __future__ import annotations

import pytest

from clerk.agenda import read_agenda_text
from clerk.agenda.lines import split_lines


def _items(text: str) -> list[dict]:
    return read_agenda_text(text).record["items"]


def _numbers(text: str) -> list[str]:
    return [it["agenda_number"] for it in _items(text)]


def _titles(text: str) -> list[str]:
    return [it["title"] for it in _items(text)]


MODERNGOV = """Agenda and minutes

Planning Committee - Thursday, 6th June, 2024 6.00 pm

Venue: Council Chamber, Town Hall. View directions

Items
No. Item

{a}

Apologies

To receive any apologies for absence.

Minutes:

Apologies were received from Councillor Reed.

1. The Chair welcomed the new members.

2. The Chair thanked the officers.

{b}

Minutes pdf icon PDF 153 KB

To confirm the minutes of the meeting held on 2 May 2024.

Additional documents:

Minutes:

The minutes were approved as a correct record.

{c}

Planning Applications pdf icon PDF 88 KB

Minutes:

Members considered the applications.
"""


@pytest.mark.parametrize(
    "numbers",
    [("137.", "138.", "139."), ("30/24", "31/24", "32/24"), ("24/045", "24/046", "24/047"),
     ("16/20/Plan", "16/21/Plan", "16/22/Plan"), ("C/152", "C/153", "C/154")],
)  # fmt: skip
def test_moderngov_numbers_alone_on_their_line_with_minutes_blocks(numbers):
    text = MODERNGOV.format(a=numbers[0], b=numbers[1], c=numbers[2])
    items = _items(text)
    assert [it["agenda_number"] for it in items] == [n.rstrip(".") for n in numbers]
    assert [it["title"] for it in items] == ["Apologies", "Minutes", "Planning Applications"]
    # The minutes of the meeting under each item are neither items nor its description.
    assert "Councillor Reed" not in (items[0].get("description") or "")
    assert items[0]["description"] == "To receive any apologies for absence."


def test_running_numbers_without_a_heading_are_numbered_minutes():
    text = "Planning Committee\n\n137. Apologies (18:00)\n\nNone were received.\n\n138. Minutes\n"
    with pytest.raises(Exception, match="not an agenda"):
        read_agenda_text(text)


@pytest.mark.parametrize(
    ("lines", "titles"),
    [
        (["1 Apologies for Absence", "2 Declarations of Interest", "3 Minutes"],
         ["Apologies for Absence", "Declarations of Interest", "Minutes"]),
        (["1 / Welcome:", "2 / Apologies:", "3 / Minutes:"], ["Welcome", "Apologies", "Minutes"]),
        (["**1.Apologies**", "**2.Declarations**", "**3.Minutes**"],
         ["Apologies", "Declarations", "Minutes"]),
        (["1.\tApologies", "2.\tDeclarations", "3.\tMinutes"], ["Apologies", "Declarations", "Minutes"]),
        (["1APOLOGIES", "2DECLARATIONS OF INTEREST", "3MINUTES"],
         ["APOLOGIES", "DECLARATIONS OF INTEREST", "MINUTES"]),
    ],
)  # fmt: skip
def test_number_forms(lines, titles):
    text = "Anytown Town Council\n\nAGENDA\n\n" + "\n".join(lines) + "\n"
    assert _numbers(text) == ["1", "2", "3"]
    assert _titles(text) == titles


def test_every_item_printed_one_is_numbered_in_order_and_marked_unsure():
    text = "\n".join(
        f"  1. {t}" for t in ("Apologies for absence", "Declarations of interest", "Minutes",
                              "Town Clerk's update")
    )  # fmt: skip
    found = read_agenda_text(text)
    assert [it["agenda_number"] for it in found.record["items"]] == ["1", "2", "3", "4"]
    assert all(f"items[{k}].agenda_number" in found.unsure for k in range(4))
    assert any("numbered in order" in note for note in found.notes)


def test_bullets_before_numbers_that_start_later():
    text = """A meeting of the Board will be held at 10am on Wednesday 16 November 2022.
- Apologies for absence
- Chair's business
- Declarations of interest
- Minutes of the previous meeting
- To approve the minutes of the previous meeting held on 28 September 2022
- Matters arising
Updates:
6. Chief Executive's update
- Performance report
7. Date of the next meeting
"""
    found = read_agenda_text(text)
    items = found.record["items"]
    assert [it["title"] for it in items] == [
        "Apologies for absence", "Chair's business", "Declarations of interest",
        "Minutes of the previous meeting", "Matters arising", "Chief Executive's update",
        "Date of the next meeting",
    ]  # fmt: skip
    assert [it["agenda_number"] for it in items][5:] == ["6", "7"]
    assert "items[0].agenda_number" in found.unsure and "items[5].agenda_number" not in found.unsure


def test_nested_lists_and_quoted_numbered_paragraphs_stay_in_their_item():
    text = """AGENDA

  1. Welcome and apologies (19:00)
    1. to note: declarations of interest
    2. to agree: order of business
  2. Approval of Minutes (19:05)
  3. Election of Aldermen
     Regulation 4 provides the following:
     1) The election shall be held at the annual meeting.
     2) The number shall not exceed one quarter of the councillors.
     3) A councillor may be nominated by another.
     4) Nominations may be made in writing.
  4. Planning (19:20)
"""
    items = _items(text)
    assert [it["agenda_number"] for it in items] == ["1", "2", "3", "4"]
    assert [it["title"] for it in items] == [
        "Welcome and apologies", "Approval of Minutes", "Election of Aldermen", "Planning"
    ]  # fmt: skip
    assert "to agree: order of business" in items[0]["description"]


def test_dated_log_lines_and_group_headings_are_not_items():
    text = """AGENDA
1. Apologies
2. Minutes of 15/7/2023 Meeting
Standard Items
3. Correspondence
17/9: Replied to the email about the boundary review.
21/9: Sent a letter to the parks department.
22/9: Received an email about the payback scheme.
"""
    items = _items(text)
    assert [it["agenda_number"] for it in items] == ["1", "2", "3"]
    assert "Replied" in items[2]["description"]


def test_a_reflowed_pdf_paragraph_is_cut_at_its_items():
    text = (
        "TOWN COUNCIL 18 May 2024 Dear Councillor You are hereby summoned to attend a meeting of "
        "the Council to be held in the Council Chamber on Wednesday, 25 May 2024 at 7.00pm. "
        "A G E N D A 1. Prayer 2. Apologies 3. Declarations of Interest 4. Minutes of Meeting of "
        "27 April 2024 (Copy attached) 5. Minutes of Committees 5.1. Planning Committee dated "
        "3 May 2024 5.2. Environment Committee dated 4 May 2024 6. Requests for Deputation "
        "6.1. Transport Update (Correspondence attached) 7. Conferences, Invitations etc."
    )
    items = _items(text)
    assert [it["agenda_number"] for it in items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert items[4]["title"] == "Minutes of Committees"
    assert "Environment Committee" in items[4]["description"]
    assert items[5]["title"] == "Requests for Deputation"


def test_upper_case_headings_and_residue_leave_the_title():
    text = """AGENDA

1. APOLOGIES FOR ABSENCE – To receive and accept apologies for absence.

2. NOTES - To approve the minutes of the meeting held on 18 September 2023.

3. ADOPTION OF MINUTES OF COMMITTEES Governance Committee 10 May 2024

4. Minutes of the Previous Meeting: Enclosure

5. Review of the Meeting Verbal

6. Action log (Excel)

7. Planning (19:17)
"""
    assert _titles(text) == [
        "APOLOGIES FOR ABSENCE", "NOTES", "ADOPTION OF MINUTES OF COMMITTEES",
        "Minutes of the Previous Meeting", "Review of the Meeting", "Action log", "Planning",
    ]  # fmt: skip


def test_moderngov_list_without_numbers():
    text = """Agenda and minutes

No. Item


Election of the Chair

To seek nominations for the election of the Chair.


RESOLVED – That Councillor Hale be elected as Chair.



Appeals Against Refusal of Inspection of Documents

To consider any appeals.



Exempt Information - Possible Exclusion of the Press and Public


1)  To highlight reports which contain exempt information.

2)  To note that the press and public will be excluded.
"""
    found = read_agenda_text(text)
    assert [it["title"] for it in found.record["items"]] == [
        "Election of the Chair",
        "Appeals Against Refusal of Inspection of Documents",
        "Exempt Information - Possible Exclusion of the Press and Public",
    ]
    assert "items[0].agenda_number" in found.unsure


def test_plain_lines_without_numbers_are_read_by_their_standard_items():
    text = """You are hereby invited to the meeting of the Parish Council on Wednesday 29th July 2020 at 7.30pm.
Chairman's Remarks
Apologies for absence
Declarations of interest
To approve the minutes of the meeting held on 24th June 2020
Report from the Police
Financial Matters
a. To approve the payment of invoices
Items for next agenda
"""  # noqa: E501
    titles = _titles(text)
    assert titles[:3] == ["Chairman's Remarks", "Apologies for absence", "Declarations of interest"]
    assert "a. To approve the payment of invoices" not in titles
    assert titles[-1] == "Items for next agenda"


def test_markdown_front_matter_links_and_table_rows():
    text = """---
title: Agenda
date: 2024-06-06
---

# Agenda

| No | Item |
|---|---|
| 1 | [Apologies](https://example.org/a) |
2 | Minutes of the last meeting
| 3 | Any other business |
"""
    assert _titles(text) == ["Apologies", "Minutes of the last meeting", "Any other business"]
    lines = split_lines(text)
    assert "title: Agenda" not in lines


def test_line_cleaning_keeps_indent_and_bullets_aside():
    lines = split_lines("    - Performance report\n  2. Minutes pdf icon PDF 22 KB\n{meta} Agenda")
    assert list(lines) == ["Performance report", "2. Minutes", "Agenda"]
    assert lines.bullet == [True, False, False]
    assert lines.indent[:2] == [4, 2]


def test_page_numbers_between_items_and_numbers_alone_without_a_stop():
    paged = "AGENDA\n\n1. Apologies\n\n2. Declarations\n\n3\n\n3. Minutes\n\nPage 4 of 9\n\n4. Planning\n"
    assert _numbers(paged) == ["1", "2", "3", "4"]
    assert _titles(paged)[2] == "Minutes"
    alone = (
        "Public Agenda\n1\n\nApologies\n\nTo receive apologies.\n2\n\nMinutes\n\n3\n\nPlanning\n"
    )
    assert _titles(alone) == ["Apologies", "Minutes", "Planning"]
    assert _items(alone)[0]["description"] == "To receive apologies."


def test_a_wider_number_that_lost_its_full_stop_goes_on():
    text = "AGENDA\n" + "\n".join(
        [f"{n}.        Item {n} title. {n}" for n in range(1, 10)]
        + [f"{n}       Item {n} title   {n}" for n in range(10, 13)]
    )
    assert _numbers(text) == [str(n) for n in range(1, 13)]
    assert _titles(text)[10] == "Item 11 title"


def test_markdown_lists_that_start_again_under_group_headings():
    text = """## Agenda

1. Apologies for absence
2. Minutes of the meeting held on 7 May 2024

**Planning**

1. 24/00123/FUL – 4 Church Lane: rear extension
2. 24/00130/HOU – 12 Mill Road: new porch

**Finance**

1. To approve payments for June
2. To note the bank reconciliation
"""
    found = read_agenda_text(text)
    assert [it["agenda_number"] for it in found.record["items"]] == [str(n) for n in range(1, 7)]
    assert found.record["items"][4]["title"] == "To approve payments for June"
    assert "items[2].agenda_number" in found.unsure and "items[1].agenda_number" not in found.unsure


def test_a_list_straight_under_its_item_stays_in_it():
    text = """AGENDA
1. Apologies
2. Planning applications:
1. 24/00123/FUL – 4 Church Lane
2. 24/00130/HOU – 12 Mill Road
3. Finance
"""
    assert _numbers(text) == ["1", "2", "3"]


def test_numbered_notes_above_the_list_are_not_its_first_items():
    text = """Anytown Town Council
Meeting of the Full Council, Monday 3 June 2024 at 7pm, Town Hall

1. Members of the public are welcome to attend and may speak during the public session for up to three minutes each.
2. The meeting may be recorded; anyone who does not wish to be filmed should tell the Clerk before it begins.

1. Apologies for absence
2. Declarations of interest
3. Minutes of the last meeting
4. Planning applications
"""  # noqa: E501
    assert _titles(text) == [
        "Apologies for absence", "Declarations of interest", "Minutes of the last meeting",
        "Planning applications",
    ]  # fmt: skip


def test_plain_headings_with_their_explanations_under_them():
    text = """Autumn term meeting of the Governing Board
NOTE: Please bring the papers already circulated.
Apologies and reasons for absence
To receive apologies for absence.
Declaration of business interests
a) To note any changes to the Register of Business Interests.
Membership of the Governing Board
To note any resignations and new appointments.
Minutes of the previous meeting
To confirm the minutes of the meeting held on 12 July 2023.
"""
    items = _items(text)
    assert [it["title"] for it in items] == [
        "Apologies and reasons for absence", "Declaration of business interests",
        "Membership of the Governing Board", "Minutes of the previous meeting",
    ]  # fmt: skip
    assert items[0]["description"] == "To receive apologies for absence."


def test_a_table_row_with_lead_purpose_and_paper_columns():
    text = """Board of Directors
Item\tTitle\tLead\tPurpose\tPaper
1\tWelcome and apologies\tChair\tNote\tVerbal
2\tDeclarations of interest\tChair\tNote\tVerbal
3\tChief Executive's report\tChief Executive\tAssurance\tPages 3 - 9
"""
    items = _items(text)
    assert [it["title"] for it in items] == [
        "Welcome and apologies", "Declarations of interest", "Chief Executive's report"
    ]  # fmt: skip
    assert items[2]["pages"] == [3, 9]
    assert "Chief Executive" in items[2]["description"]


def test_group_headings_and_repeated_titles_stay_out_of_descriptions():
    text = """AGENDA
1. Apologies
2. Matters Arising
Board and Committee Updates:
3. Chief Executive's Update
4. Minutes Additional documents: |
Minutes None Additional documents: |
"""
    items = _items(text)
    assert "Board and Committee" not in (items[1].get("description") or "")
    assert [it["title"] for it in items] == [
        "Apologies", "Matters Arising", "Chief Executive's Update", "Minutes"
    ]  # fmt: skip
    assert items[3]["description"] == "None"


def test_a_motions_numbered_clauses_under_the_last_item_are_its_text():
    clauses = [
        "This Council notes the scale of the climate emergency set out in the latest report.",
        "This Council resolves to set a target of net zero for its own operations by 2030.",
        "This Council asks the Clerk to bring a plan of the steps needed to the next meeting.",
        "This Council will write to the local Member of Parliament to ask for their support.",
        "This Council will review progress against the plan at each of its meetings.",
    ]
    text = (
        "AGENDA\n\n1. Apologies for absence\n\n2. Minutes of the last meeting\n\n"
        "3. Motion on climate emergency\n\nProposed by Cllr Green, seconded by Cllr Brown:\n\n"
        + "\n".join(f"{k}. {c}" for k, c in enumerate(clauses, 1))
    )
    items = _items(text)
    assert [it["agenda_number"] for it in items] == ["1", "2", "3"]
    assert "net zero" in items[2]["description"]


def test_a_list_under_an_item_as_long_as_the_agenda_so_far():
    text = """AGENDA
1. Apologies
2. Minutes
3. Public participation
4. Planning applications
1. 24/00123/FUL – 4 Church Lane
2. 24/00130/HOU – 12 Mill Road
3. 24/00141/FUL – 7 Beck Side
4. 24/00150/HOU – 2 Oak Road
5. Finance
6. Any other business
"""
    assert _numbers(text) == ["1", "2", "3", "4", "5", "6"]
    assert _titles(text)[4] == "Finance"


def test_a_planned_time_before_or_after_the_number():
    before = (
        "Board of Directors\nTime\tItem\tTitle\tLead\n10:00\t1\tWelcome and apologies\tChair\n"
        "10:05\t2\tDeclarations of interest\tChair\n10:10\t3\tMinutes of the last meeting\tChair\n"
    )
    assert _numbers(before) == ["1", "2", "3"]
    assert _titles(before) == [
        "Welcome and apologies", "Declarations of interest", "Minutes of the last meeting"
    ]  # fmt: skip
    after = "AGENDA\n1.\t10:00\tWelcome and apologies\n2.\t10:05\tDeclarations of interest\n"
    assert _titles(after) == ["Welcome and apologies", "Declarations of interest"]


BULLETED_PARISH = """OAKDENE PARISH COUNCIL
You are summoned to a meeting of Oakdene Parish Council at the Village Hall on Tuesday 4th March 2025 at 7.30pm.
AGENDA
- RECEIVE APOLOGIES FOR ABSENCE
- RECEIVE DECLARATIONS OF INTEREST
- APPROVE MINUTES OF LAST MEETING – 4th February 2025
- ANY MATTERS ARISING FROM MINUTES
- OPEN FORUM – time for residents –
· Each resident may speak for three minutes.
· Questions should be about items on this agenda.
- FINANCE
6.1 Review balances
6.2 Approve payments
- HIGHWAYS AND FOOTPATHS
- DATE OF NEXT MEETING
"""


def test_bulleted_list_reads_to_its_end():
    """A bullet titled like a minutes heading ("… FROM MINUTES") does not end the agenda;
    points under another bullet sign and "6.1" lines under a bullet stay in their item."""
    titles = [t.split(" – time")[0] for t in _titles(BULLETED_PARISH)]
    assert titles == [
        "RECEIVE APOLOGIES FOR ABSENCE",
        "RECEIVE DECLARATIONS OF INTEREST",
        "APPROVE MINUTES OF LAST MEETING – 4th February 2025",
        "ANY MATTERS ARISING FROM MINUTES",
        "OPEN FORUM",
        "FINANCE",
        "HIGHWAYS AND FOOTPATHS",
        "DATE OF NEXT MEETING",
    ]
    finance = _items(BULLETED_PARISH)[5]
    assert "Review balances" in finance["description"]


def test_reflowed_paragraph_with_point_zero_numbers():
    """A PDF's agenda run into one paragraph, each item numbered "1.0", "2.0" …: cut before
    each number, and the numbers kept as printed."""
    text = "Comhairle / County Council\n" + (
        "County Council Monthly Meeting - Council Chamber - Monday, 2nd June 2025 at 10:00am "
        "Agenda 1.0 Minutes To confirm the record of the monthly meeting of 6th May "
        "2025 2.0 Apologies for absence received by the Meetings Administrator "
        "Statutory Business 3.0 Chief Executive's Monthly Management Report "
        "4.0 Annual Report of the Local Development Committee for noting "
        "5.0 Correspondence received since the last meeting of the Council\n"
    )
    items = _items(text)
    assert [it["agenda_number"] for it in items] == ["1.0", "2.0", "3.0", "4.0", "5.0"]
    assert items[0]["kind"] == "minutes"


SUMMONS = (
    "Elmford Parish Council\n"
    "A meeting of the Parish Council will be held in the Village Hall on Monday 3 June 2024 "
    "at 7.30pm.\n\n{body}"
)


def test_a_number_printed_twice_takes_the_missing_number():
    body = (
        "AGENDA\n1. Apologies\n2. Election of a) Chairman\nb) Vice-chairman\n"
        "2. Co-option of Councillors\n4. Appointments\n5. Minutes of the last meeting\n"
    )
    found = read_agenda_text(SUMMONS.format(body=body))
    items = found.record["items"]
    assert [it["agenda_number"] for it in items] == ["1", "2", "3", "4", "5"]
    assert items[1]["title"] == "Election of a) Chairman"
    assert items[2]["title"] == "Co-option of Councillors"
    assert "items[2].agenda_number" in found.unsure


def test_table_rows_of_sub_numbers_stay_in_their_item():
    body = (
        "No | Item |\n1 | Apologies for absence |\n2 | Minutes of the last meeting |\n"
        "3 | Play Areas |\n3.1 | To note the inspection report. |\n"
        "3.2 | To agree any actions. |\n4 | Christmas Lights |\n"
    )
    items = _items(SUMMONS.format(body=body))
    assert [it["agenda_number"] for it in items] == ["1", "2", "3", "4"]
    assert "inspection report" in items[2]["description"]


def test_sub_numbers_of_an_item_without_a_line_of_its_own_are_the_items():
    body = (
        "1.1 Welcome and apologies - 18:30 to 18:35 - JB\n\nApologies from two trustees\n\n"
        "1.2 Minutes of the last meeting - 18:35 to 18:40 - JB\n\n"
        "2.0 Annual accounts 18:40 to 18:50 - TR\n\n3.0 Election of trustees\n\n"
        "4: Any other business\n"
    )
    items = _items(SUMMONS.format(body=body))
    assert [it["agenda_number"] for it in items] == ["1.1", "1.2", "2.0", "3.0", "4"]
    assert items[0]["title"] == "Welcome and apologies"


def test_moderngov_codes_with_the_year_run_on():
    text = MODERNGOV.format(a="AB124", b="AB224", c="AB324")
    assert _numbers(text)[:3] == ["AB124", "AB224", "AB324"]
    assert _titles(text)[0] == "Apologies"


def test_a_flattened_table_with_glued_numbers_is_cut_into_items():
    line = (
        "AGENDAMeeting starts 7pm – it will last 2 hoursTime1.Chair’s welcome and opening "
        "remarks7.00 pm2.Apologies & Declarations of Interest3.Approval of the Minutes of the "
        "last meeting7.10 pm4.Matters Arising7.20 pm5Treasurer’s Report7.30 pm6Planning "
        "Matters7.40 pm7Any Other Business"
    )
    items = _items(SUMMONS.format(body=line + "\n"))
    assert [it["agenda_number"] for it in items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert items[1]["title"] == "Apologies & Declarations of Interest"
    assert items[4]["title"] == "Treasurer’s Report"


def test_a_last_title_cut_off_by_the_copy_is_left_out():
    body = "AGENDA\n1. Apologies\n2. Minutes of the last meeting\n3. Highways\n4. To consider\n"
    found = read_agenda_text(SUMMONS.format(body=body))
    assert [it["title"] for it in found.record["items"]] == [
        "Apologies",
        "Minutes of the last meeting",
        "Highways",
    ]
    assert any("stops inside item 4" in note for note in found.notes)


def test_points_printed_with_the_items_bullet_stay_in_their_item():
    body = (
        "AGENDA\n- Apologies for absence\n- Declarations of interests in items on the agenda\n"
        "- Disclosable pecuniary interests\n- Non registerable interests\n"
        "- Public participation\n- Members of the public may address the Council for up to\n"
        "15 minutes.\n- Minutes of the last meeting\n- Planning\n- PA24/01234\n"
    )
    titles = _titles(SUMMONS.format(body=body))
    assert titles == [
        "Apologies for absence",
        "Declarations of interests in items on the agenda",
        "Public participation",
        "Minutes of the last meeting",
        "Planning",
    ]


SHORT_AGENDA = """Agenda for an Extraordinary Meeting of Fenwick Parish Council to be held in the Church
Rooms on Tuesday 14 April 2026 at 7.00 pm

Apologies for Absence

Grass Cutting Contract
To choose between the two tenders received for the cutting of the verges and the playing
field this season, and to agree the terms of the contract with the one chosen.

Members of the public may attend and speak with the Chairman's permission.

A. N. Example

Parish Clerk
"""


def test_a_short_agenda_of_headings_alone_is_read():
    """An extraordinary meeting's agenda of two unnumbered headings, one with its paragraph:
    both are items, numbered in order; the clerk's name and title under it are not."""
    assert _titles(SHORT_AGENDA) == ["Apologies for Absence", "Grass Cutting Contract"]
    assert _numbers(SHORT_AGENDA) == ["1", "2"]


def test_headings_alone_in_a_letter_are_not_items():
    """The same shape in a text that never calls itself an agenda is no agenda."""
    from clerk.agenda import AgendaError

    letter = SHORT_AGENDA.replace("Agenda for an Extraordinary Meeting", "Notes of a visit")
    with pytest.raises(AgendaError):
        read_agenda_text(letter)


HEAD = (
    "Ashcombe Township Board\nRegular Meeting\nTuesday 12 November 2024 at 7:00 pm, Township "
    "Hall\nAGENDA\n\n"
)


def test_items_numbered_in_capital_roman_numerals():
    text = HEAD + (
        "I. Call to order\nII. Roll call\nIII. Approval of minutes\nIV. Public comment\n"
        "   i. Written comments received\nV. Old business\nVI. New business\nVII. Adjournment\n"
        "Trustees: V. Okafor, L. Marsh\n"
    )
    assert _numbers(text) == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert _titles(text)[3] == "Public comment"


def test_roman_numerals_inside_numbered_items_are_not_items():
    text = (
        HEAD + "1. Finance\nI. Payments\nII. Bank reconciliation\n2. Planning\n3. Correspondence\n"
    )
    assert _numbers(text) == ["1", "2", "3"]


def test_a_bold_title_and_its_description_on_one_line():
    items = _items(
        HEAD + "1. **Apologies**\n2. **Declarations** of interest\n**3. Minutes** To approve "
        "the minutes of 8 October 2024.\n4. **Planning:** Applications received\n"
    )
    assert [it["title"] for it in items][:3] == ["Apologies", "Declarations of interest", "Minutes"]
    assert items[2]["description"] == "To approve the minutes of 8 October 2024."
    assert items[3]["title"].startswith("Planning")


def test_items_lettered_in_capitals_and_lettered_sub_items():
    lettered = HEAD + (
        "A. Apologies\nB. Minutes\nC. Planning\n1. Land at Mill Lane\n2. 3 Church Street\n"
        "3. The Old Rectory\nD. Finance\nE. Close\n"
    )
    assert _numbers(lettered) == ["A", "B", "C", "D", "E"]
    numbered = HEAD + (
        "1. Apologies\n2. Declarations\n3. Minutes\n4. Planning\nA. Land at Mill Lane\n"
        "B. 3 Church Street\nC. The Old Rectory\nD. Glebe Farm\n5. Finance\n6. Close\n"
    )
    assert _numbers(numbered) == ["1", "2", "3", "4", "5", "6"]


def test_a_whole_short_list_run_onto_one_line():
    text = HEAD + (
        "1. Apologies for absence 2. Declarations of interest 3. Minutes of the meeting held "
        "on 8 October 2024 4. Planning 5. Finance 6. Date of next meeting\n"
    )
    assert _numbers(text) == ["1", "2", "3", "4", "5", "6"]
    assert _titles(text)[2] == "Minutes of the meeting held on 8 October 2024"


def test_a_title_that_counts_phases_is_one_item():
    text = (
        HEAD
        + "1. Apologies\n2. Minutes\n3. Works on Phase 1 Roads, Phase 2 Paths and Phase 3 Lights\n4. Finance\n"
    )
    assert _numbers(text) == ["1", "2", "3", "4"]


def test_a_planned_time_column_and_a_page_column_after_the_titles():
    items = _items(
        HEAD + "1. Apologies for absence\t7.30\n2. Declarations of interest\t7.35\n"
        "3. Budget 2025/26\t9 - 20\n4. Risk register\t21 - 30\n"
    )
    assert [it["title"] for it in items] == [
        "Apologies for absence",
        "Declarations of interest",
        "Budget 2025/26",
        "Risk register",
    ]
    assert [it.get("pages") for it in items][2:] == [[9, 20], [21, 30]]


def test_a_heading_in_capitals_then_colon_dash_and_its_sentence():
    items = _items(
        HEAD + "1. APOLOGIES FOR ABSENCE:- To receive and approve apologies.\n"
        "2. DECLARATIONS OF INTEREST – To receive any declarations of interest.\n3. PLANNING.\n"
    )
    assert [it["title"] for it in items] == [
        "APOLOGIES FOR ABSENCE",
        "DECLARATIONS OF INTEREST",
        "PLANNING",
    ]
    assert items[0]["description"] == "To receive and approve apologies."


@pytest.mark.parametrize("form", ["({n}) {t}", "[{n}] {t}", "#{n} {t}", "No. {n} {t}"])
def test_numbers_in_brackets_or_marked_with_hash_or_no(form):
    titles = ["Apologies for absence", "Declarations of interest", "Minutes", "Planning"]
    text = HEAD + "\n".join(form.format(n=k + 1, t=t) for k, t in enumerate(titles)) + "\n"
    assert _numbers(text) == ["1", "2", "3", "4"]
    assert _titles(text) == titles


def test_bracketed_numbers_inside_an_item_stay_in_it():
    text = HEAD + (
        "1. Apologies\n2. Finance\n(1) Payments\n(2) Bank reconciliation\n(3) Budget\n"
        "(4) Insurance\n3. Planning\n"
    )
    assert _numbers(text) == ["1", "2", "3"]


def test_a_note_on_the_paper_in_brackets_goes_to_the_description():
    items = _items(
        HEAD + "1. Minutes of the meeting held on 10 October 2024 (attached)\n"
        "2. Clerk's report (to follow)\n3. Finance (Enclosure 1)\n4. Grants (to be decided)\n"
    )
    assert [it["title"] for it in items] == [
        "Minutes of the meeting held on 10 October 2024",
        "Clerk's report",
        "Finance",
        "Grants (to be decided)",
    ]
    assert [it.get("description") for it in items][:3] == [
        "(attached)",
        "(to follow)",
        "(Enclosure 1)",
    ]

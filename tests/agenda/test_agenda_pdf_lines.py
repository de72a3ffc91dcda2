"""Agendas as a PDF's text gives them: no blank lines between the header's lines, paragraphs
wrapped at the page's width, a web page's heading and tabs printed with the page.

Every agenda here is made up (fictional bodies and places) in layouts seen when real agendas
were printed to PDF and read back: a ModernGov "Agenda and minutes" page, a re-flowed table of
items wrapped over several lines, a long title whose last word wrapped onto a line of its own.
"""

from __future__ import annotations

from datetime import date

from clerk.agenda import read_agenda_text


def read(text: str):
    return read_agenda_text(text, source_name="agenda.pdf")


def titles(found) -> list[str]:
    return [i["title"] for i in found.record["items"]]


WEB_PAGE = """\
Agenda and minutes
Cabinet - Wednesday, 14th October, 2026 9.30 am
Venue: Council Chamber, Guildhall, Eastmoor. View directions
Media
Items
No. Item
1.
Apologies for Absence
2.
Declarations of Interest
3.
Minutes of the previous meeting
To approve the minutes of the meeting held on 16 September 2026.
"""


def test_a_web_pages_heading_is_not_a_previous_meetings_minutes():
    # "Agenda and minutes" runs into the title line below it when the blank line is gone;
    # its "minutes" must not mark the meeting's own date and time as a previous meeting's.
    found = read(WEB_PAGE)
    assert found.record["date"] == "2026-10-14"
    assert found.record["scheduled_time"] == "09:30"
    assert titles(found)[:2] == ["Apologies for Absence", "Declarations of Interest"]


def test_a_venue_ends_at_its_link_and_before_the_pages_tabs():
    found = read(WEB_PAGE)
    assert found.record["venue"] == "Council Chamber, Guildhall, Eastmoor"
    # The same with the decisions tab in the heading.
    other = read(WEB_PAGE.replace("Agenda and minutes", "Agenda, decisions and minutes"))
    assert (other.record["date"], other.record["scheduled_time"]) == ("2026-10-14", "09:30")


REFLOWED_AND_WRAPPED = """\
CABINET 10.00 am on Thursday 5 November 2026 Cabinet Suite - County Hall, Westbury AGENDA
Item Discussion Portfolio 1 Apologies Leader of Council To note any apologies
for absence. 2 Minutes (Pages 1 - 12) Leader of Council To confirm the minutes
of the meeting held on 8 October 2026. 3 Declarations of Interest Leader of
Council Cabinet members are invited to declare any interests relating to matters
on the agenda. 4 Public Questions Leader of Council Up to 30 minutes is allowed
for written questions from members of the public. 5 Highways Maintenance
Programme (Pages 13 - 30) Cabinet Member for Highways To approve the programme.
"""


def test_a_reflowed_table_wrapped_at_the_pages_width_is_read_item_by_item():
    found = read(REFLOWED_AND_WRAPPED)
    assert [i["agenda_number"] for i in found.record["items"]] == ["1", "2", "3", "4", "5"]
    assert titles(found)[:4] == [
        "Apologies",
        "Minutes",
        "Declarations of Interest",
        "Public Questions",
    ]  # the portfolio column ("Leader of Council") run into each title is taken out
    assert titles(found)[4].startswith("Highways Maintenance Programme")
    assert found.record["date"] == date(2026, 11, 5).isoformat()


def test_items_one_to_a_line_are_not_joined_into_one_paragraph():
    text = """\
Westbury Parish Council
Meeting of the Parish Council on Monday 9 November 2026 at 7.30pm in the Village Hall
1. Apologies for absence
2. Declarations of interest
3. To approve the minutes of the meeting held on 12 October 2026
4. Planning applications
"""
    found = read(text)
    assert titles(found) == [
        "Apologies for absence",
        "Declarations of interest",
        "To approve the minutes of the meeting held on 12 October 2026",
        "Planning applications",
    ]


def test_the_last_words_of_a_long_title_wrapped_onto_their_own_line():
    text = """\
Westbury Parish Council
Meeting of the Parish Council on Monday 9 November 2026 at 7.30pm in the Village Hall
1. To receive apologies for absence.
2. To approve the minutes of the Parish Council meeting held on October 12th
2026.
3. To receive and note the Briefing Note on the Local Government and Elections
(Wales) Act
4. To receive and, if approved, sign as correct the minutes of the Annual
General Meeting held on November 21, 2026.
5. To receive the Clerk's report.
"""
    found = read(text)
    assert titles(found)[1] == (
        "To approve the minutes of the Parish Council meeting held on October 12th 2026"
    )
    assert titles(found)[2] == (
        "To receive and note the Briefing Note on the Local Government and Elections (Wales) Act"
    )
    # a long "To <verb> …" title cut at the page's width goes on to the sentence's end
    assert titles(found)[3] == (
        "To receive and, if approved, sign as correct the minutes of the Annual General Meeting"
        " held on November 21, 2026"
    )
    assert len(titles(found)) == 5


def test_the_meetings_type_is_read_from_its_heading():
    head = "Westbury Parish Council\n{}\n1. Apologies for absence\n2. Minutes\n3. Accounts\n"
    cases = {
        "Notice of the Annual General Meeting on Monday 9 November 2026 at 7pm": "Annual General",
        "An Extraordinary Meeting of the Council will be held on 9 November 2026": "Extraordinary",
        "Agenda for Monthly Council Meeting on Monday 9th November, 2026, 6.15 pm": "Monthly",
        "Meeting of the Parish Council on Monday 9 November 2026 at 7.30pm": None,
        # another meeting's type is not this one's
        "Meeting on 9 November 2026 at 7.30pm; the next Annual Meeting is in May": None,
        "Meeting of the Parish Council on Monday 9 November 2026 at 7.30pm\n"
        "Please note that the Annual Parish Meeting will be held on Monday 20 April 2027": None,
        "Meeting on Monday 9 November 2026 at 7.30pm\n"
        "Members of the public may speak at any ordinary meeting": None,
    }
    for line, expected in cases.items():
        assert read(head.format(line)).record.get("meeting_type") == expected, line


def test_a_tables_rows_with_a_time_cell_are_not_joined_as_wrapped_text():
    rows = [
        ("19:00", "Welcome and apologies for absence", "Mayor"),
        ("19:05", "Declarations of interest", "Mayor"),
        ("19:10", "Minutes of the meeting held on 12 October 2026", "Mayor"),
        ("19:15", "Public participation", "Mayor"),
        ("19:30", "Finance report and schedule of payments", "Town Clerk"),
    ]
    body = "\n".join(f"{t}\t{n}\t{title}\t{who}" for n, (t, title, who) in enumerate(rows, 1))
    found = read(
        "Westbury Town Council\nMeeting of the Town Council on Monday 9 November 2026 at 7pm\n"
        + body
    )
    assert titles(found) == [title for _, title, _ in rows]


def test_a_presenter_or_status_under_a_long_title_is_not_its_last_words():
    found = read(
        "Westbury Borough Council\nPlanning Committee, Monday 9 November 2026 at 6pm\n"
        "1. Apologies for Absence\n"
        "2. Review of the Statement of Community Involvement and Local Development Scheme\n"
        "Head of Planning\n"
        "3. Appointment of Members to the Harbour Wall Working Group and Outside Bodies\n"
        "Recommendation attached\n"
        "4. Exclusion of the Press and Public\n"
    )
    assert titles(found)[1:3] == [
        "Review of the Statement of Community Involvement and Local Development Scheme",
        "Appointment of Members to the Harbour Wall Working Group and Outside Bodies",
    ]


def test_words_broken_at_line_ends_a_running_head_and_ligatures():
    from clerk.agenda import read_agenda_text

    items = read_agenda_text(
        "Ashcombe Parish Council\nMeeting on Thursday 14 November 2024 at 7.30pm in the Village "
        "Hall\nAGENDA\n1. Apologies for absence\n2. Declara-\ntions of interest\n3. Minutes of "
        "the meeting held on 10 October 2024\nAshcombe Parish Council – Agenda – 14 November "
        "2024\nPage 1 of 2\n4. Planning: to consider the following applica-\ntions received since "
        "the last meeting\n5. Conﬁrmation of the date of the next meeting\n"
    ).record["items"]
    assert [it["title"] for it in items] == [
        "Apologies for absence",
        "Declarations of interest",
        "Minutes of the meeting held on 10 October 2024",
        "Planning",
        "Confirmation of the date of the next meeting",
    ]
    assert not items[2].get("description")  # the page's running head is no part of item 3
    assert "applications received" in items[3]["description"]

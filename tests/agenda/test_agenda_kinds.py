"""Item kinds in the words councils, boards and community councils use, and titles that carry
a standard item's words without being that item."""

from __future__ import annotations

import pytest

from clerk.agenda.kinds import kind_of


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("NOTES", "minutes"),
        ("Confirmation of Minutes", "minutes"),
        ("COUNCIL MINUTES - Meeting of Council held on 26 April, 2016", "minutes"),
        ("Adoption of Minutes of 15/7/2015 Meeting", "minutes"),
        ("Cofnodion", "minutes"),
        ("Deputations", "public_participation"),
        ("12minutes for any questions from public.", "public_participation"),
        ("Opportunity for Public to Speak", "public_participation"),
        ("Parishioners' Questions", "public_participation"),
        ("Minute", "minutes"),
        ("Minute of Previous Meeting", "minutes"),
        ("One minute's silence", "other"),
        ("Representation from members of the public", "public_participation"),
        ("Cwestiynau a rhybudd gan y cyhoedd", "public_participation"),
        ("Late Items", "urgent_business"),
        ("Items of business that the Chair deems urgent", "urgent_business"),
        ("Materion brys", "urgent_business"),
        ("Ymddiheuriadau", "apologies"),
        ("Datganiad o Ddiddordeb", "declarations"),
        ("Datgan Cysylltiad", "declarations"),
        ("To receive notification of any conflict of interest from the agenda", "declarations"),
        ("Members' Declarations under the Code of Conduct", "declarations"),
        ("Prayer", "other"),
        ("Council to undertake a period of silent reflection", "other"),
        ("CHAIRPERSON WELCOME & REMARKS", "other"),
        ("Order of Agenda", "other"),
        ("Appointment of Substitute Members", "other"),
        ("Appeals Against Refusal of Inspection of Documents", "other"),
        ("Review of the Meeting", "other"),
        ("Date & Time of the next Meeting", "other"),
        ("Council of Governors’ dates 2023/2024", "other"),
        ("Correspondence and Matters Arising", "other"),
    ],
)
def test_standard_items_in_the_words_councils_use(title, kind):
    assert kind_of(title, None, None)[0] == kind


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of Committees (Copies attached)",
        "ADOPTION OF MINUTES OF COMMITTEES",
        "Minutes of the Planning Committee held on 3 May 2016",
        "Minutes for Noting",
        "Annual Review of the Declarations of Interest",
        "Declarations of Acceptance of Office",
        "Requests for Deputation",
    ],
)
def test_other_bodies_minutes_and_reviews_are_not_the_standard_items(title):
    kind, sure = kind_of(title, None, None)
    assert kind not in ("minutes", "declarations", "public_participation")
    assert not sure


def test_the_bodys_own_minutes_named_in_full_are_the_minutes_item():
    title = "To approve the minutes of the Planning Committee held on 3 May 2016"
    assert kind_of(title, None, None, body="Planning Committee") == ("minutes", True)

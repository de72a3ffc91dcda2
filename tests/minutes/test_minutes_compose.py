"""Wording of the minutes, block by block, on small meetings built in code."""

from __future__ import annotations

from dataclasses import replace

from clerk.domain.model import (
    Adjournment,
    Attendance,
    Declaration,
    InterestKind,
    ItemKind,
    ItemStatus,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    PresenceEvent,
    PresenceKind,
    RecordedVote,
    Resolution,
    Role,
    Speaker,
    Vote,
)
from clerk.minutes import BlockKind, compose, plain_text, preview_html
from clerk.services.settings import minutes_from
from tests.minutes.factory import at, item, meeting

# The default (English principal) style's standard sentence at the declarations item.
INTRO = (
    "Members were asked to declare, at this point in the meeting, any personal interests, "
    "not included on the Register of Interests, or any prejudicial or disclosable "
    "pecuniary interests they may have in respect of business on the agenda."
)


def lines_of(m, **kw) -> list[str]:
    return plain_text(compose(m, **kw)).splitlines()


def minute_of(m, number: int, part="public") -> list[str]:
    blocks = compose(m, part=part)
    return [b.plain for b in blocks if b.minute == number and b.kind is not BlockKind.HEADING]


def test_attendance_table_rows_and_substitute():
    blocks = compose(meeting())
    table = next(b for b in blocks if b.kind is BlockKind.ATTENDANCE)
    rows = dict(table.rows)
    assert list(rows) == ["Meeting", "Date", "Present", "Apologies", "Officers Present"]
    assert rows["Date"] == ("10 March 2026",)
    assert rows["Present"] == (
        "Councillors Marsh (Chair), Okafor (Vice-Chair), Bellamy, Gill, "
        "Lindqvist (Substitute for Cllr Dunstan)",
    )
    assert rows["Apologies"] == ("Councillor Dunstan",)
    assert rows["Officers Present"] == ("Ana Moreno - Head of Planning",)


def test_present_row_with_and_when_the_house_wants_it():
    blocks = compose(meeting(), minutes_from({"minutes.present_final_and": "yes"}))
    rows = dict(next(b for b in blocks if b.kind is BlockKind.ATTENDANCE).rows)
    assert rows["Present"] == (
        "Councillors Marsh (Chair), Okafor (Vice-Chair), Bellamy, Gill and Lindqvist "
        "(Substitute for Cllr Dunstan)",
    )


def test_apologies_item_worded_from_attendance():
    assert minute_of(meeting(), 40) == [
        "An apology for absence was submitted by Councillor Dunstan.",
        "Councillor Lindqvist attended as a substitute for Councillor Dunstan.",
    ]
    m = meeting()
    m = replace(
        m,
        people=tuple(
            replace(p, attendance=Attendance.APOLOGIES) if p.id == "gill" else p for p in m.people
        ),
    )
    assert (
        minute_of(m, 40)[0]
        == "Apologies for absence were received from Councillors Dunstan and Gill."
    )
    nobody = replace(
        m,
        people=tuple(
            p for p in m.people if p.attendance is not Attendance.APOLOGIES and not p.substitute_for
        ),
    )
    assert minute_of(nobody, 40) == ["There were no apologies for absence."]


def test_untitled_unnumbered_item_is_a_passage_without_heading():
    # An item taken with neither a title nor a minute number is the chair's welcome or a
    # prayer: its text stands without a heading ("1. Item 1" would be words nobody typed),
    # and it takes no number from the minutes around it.
    welcome = item("1", " ", ItemKind.APOLOGIES, status=ItemStatus.TAKEN)
    m = replace(meeting(), items=(welcome,), first_minute_number=None)
    blocks = compose(m)
    assert [b for b in blocks if b.kind is BlockKind.HEADING] == []
    assert "Item 1" not in plain_text(blocks)
    assert "An apology for absence was submitted by Councillor Dunstan." in plain_text(blocks)
    report = item("2", "Budget", minute=None, status=ItemStatus.TAKEN)
    both = compose(replace(m, items=(welcome, report), first_minute_number=7))
    assert [b.text for b in both if b.kind is BlockKind.HEADING] == ["7. Budget"]


def test_declarations_none_and_several_items():
    # the style's standard sentence opens the item
    assert minute_of(meeting(), 41) == [INTRO, "None were declared."]
    m = meeting()
    items = m.items + (item("4", "Ferry Timetable", minute=43, start="18:30"),)
    m = replace(m, items=items)
    harbour, ferry = items[2], items[3]
    m = replace(
        m,
        declarations=(
            Declaration(
                "okafor", InterestKind.PERSONAL, (harbour.key, ferry.key), "as she owns a boat"
            ),
            Declaration(
                "bellamy",
                InterestKind.DISCLOSABLE_PECUNIARY,
                (ferry.key,),
                "he is a director of the ferry company.",
                left_room=True,
            ),
        ),
    )
    text = minute_of(m, 41)
    assert text == [
        INTRO,
        "Cllr Okafor declared a personal interest in agenda items 3 (Harbour Wall Repairs) and "
        "4 (Ferry Timetable), as she owns a boat.",
        "Cllr Bellamy declared a disclosable pecuniary interest in agenda item 4 (Ferry "
        "Timetable), in that he is a director of the ferry company, and left the room during "
        "consideration of that item.",
    ]
    assert any("Cllr Bellamy, having declared" in t for t in minute_of(m, 43))
    assert minute_of(m, 41, part="public") == text


def test_narrative_paragraphs_bullets_resolution_reason():
    blocks = [b for b in compose(meeting()) if b.minute == 42]
    assert [(b.kind.value, b.plain) for b in blocks] == [
        ("heading", "42. Harbour Wall Repairs (18:05)"),
        ("paragraph", "Members considered a report."),
        ("paragraph", "It was noted that:"),
        ("bullet", "costs had risen"),
        ("bullet", "work starts in May"),
        ("resolved", "Resolved: That the report be noted."),
        ("reason", "Reason: To keep Members informed."),
    ]


def test_resolution_in_numbered_parts():
    m = meeting()
    harbour = replace(m.items[2], resolution=Resolution(("That A.", "That B.", "That C."), None))
    m = replace(m, items=m.items[:2] + (harbour,))
    assert minute_of(m, 42)[-4:] == ["Resolved:", "i. That A.", "ii. That B.", "iii. That C."]


def test_motion_amendment_and_votes():
    m = meeting()
    motions = (
        Motion(
            "That the scheme be approved in part.",
            MotionKind.AMENDMENT,
            mover="gill",
            seconder="bellamy",
            result=MotionResult.LOST,
            vote=Vote(2, 3, 1),
        ),
        Motion(
            "That the scheme be approved.",
            mover="marsh",
            seconder="okafor",
            result=MotionResult.CARRIED,
            vote=Vote(
                3,
                1,
                0,
                recorded=RecordedVote(("marsh", "okafor", "lindqvist"), ("gill",), ()),
            ),
        ),
        Motion("Refer back", mover="gill", result=MotionResult.WITHDRAWN),
        Motion(
            "That a site visit be held.",
            mover="okafor",
            seconder="gill",
            vote=Vote(2, 2, 0, casting_vote="marsh"),
        ),
    )
    harbour = replace(m.items[2], motions=motions, narrative=None)
    m = replace(m, items=m.items[:2] + (harbour,))
    text = minute_of(m, 42)
    assert text[:-2] == [
        "Cllr Gill moved, and Cllr Bellamy seconded, an amendment that the scheme be approved in part.",
        "On being put to the vote, the amendment was lost (2 for, 3 against and 1 abstention).",
        "Cllr Marsh moved, and Cllr Okafor seconded, that the scheme be approved.",
        # Bellamy was in the room and entitled, but is in no list: named as not voting.
        "A recorded vote was taken: For: Councillors Marsh, Okafor and Lindqvist (3); "
        "Against: Councillor Gill (1); Did not vote: Councillor Bellamy (1).",
        # the recorded vote gave the numbers: no "On being put to the vote" after it
        "The motion was carried.",
        "Cllr Gill moved a motion: Refer back.",
        "The motion was withdrawn.",
        "Cllr Okafor moved, and Cllr Gill seconded, that a site visit be held.",
        "On being put to the vote, there were 2 for and 2 against.",
        "There being an equality of votes, the Chair, Cllr Marsh, gave a casting vote for the "
        "motion, which was therefore carried.",
    ]


def test_pending_motion_is_not_minuted_as_decided():
    m = meeting()
    pending = Motion("That the matter be deferred.", mover="gill", result=MotionResult.PENDING)
    harbour = replace(m.items[2], motions=(pending,), narrative=None, resolution=None)
    m = replace(m, items=m.items[:2] + (harbour,))
    assert minute_of(m, 42) == [
        "Cllr Gill moved that the matter be deferred.",
        "The motion was not put to the vote.",
    ]


def test_arrivals_departures_adjournments_where_they_happened():
    m = meeting()
    moves = (
        PresenceEvent("gill", PresenceKind.ARRIVED, at("18:07")),
        PresenceEvent("bellamy", PresenceKind.LEFT, at("18:03"), note="to attend another meeting"),
    )
    m = replace(
        m, presence=moves, adjournments=(Adjournment(at("18:20"), at("18:30"), "fire alarm"),)
    )
    # During the declarations item (taken at 18:02), after what was said at it.
    assert minute_of(m, 41) == [
        INTRO,
        "None were declared.",
        "Cllr Bellamy left the meeting at 6.03 pm (to attend another meeting).",
    ]
    # During item 42 (taken at 18:05, no timed vote): after the notes, before the resolution.
    assert minute_of(m, 42) == [
        "Members considered a report.",
        "It was noted that:",
        "costs had risen",
        "work starts in May",
        "Cllr Gill joined the meeting at 6.07 pm.",
        "The meeting adjourned at 6.20 pm (fire alarm) and reconvened at 6.30 pm.",
        "Resolved: That the report be noted.",
        "Reason: To keep Members informed.",
    ]


def test_deferred_withdrawn_and_order_taken_without_gaps():
    m = meeting()
    extra = (
        item("5", "Late Report", minute=47, start="18:50", status=ItemStatus.WITHDRAWN),
        item("4", "Ferry Timetable", minute=45, start="18:40", status=ItemStatus.DEFERRED),
        item("6", "Not Reached"),
    )
    m = replace(m, items=m.items + extra)
    headings = [b.text for b in compose(m) if b.kind is BlockKind.HEADING]
    assert headings[3:] == ["43. Ferry Timetable (18:40)", "44. Late Report (18:50)"]
    assert minute_of(m, 43) == ["Resolved: That the item be deferred."]
    assert minute_of(m, 44) == ["This item was withdrawn."]


def test_public_participation_with_and_without_speakers():
    pp = item("4", "Public Participation", ItemKind.PUBLIC_PARTICIPATION, 43, "18:30")
    m = replace(meeting(), items=meeting().items + (pp,))
    assert minute_of(m, 43) == [
        "It was reported that there had been no registrations to speak at the meeting under the "
        "Council's Public Participation Scheme."
    ]
    speakers = (
        Speaker("Jo Reed", "a local resident", "raised concerns about flooding"),
        Speaker("Sam Hale", None, "Supported the scheme."),
    )
    m = replace(m, items=m.items[:3] + (replace(pp, speakers=speakers),))
    assert minute_of(m, 43) == [
        "It was reported that there had been two registrations to speak at the meeting under the "
        "Council's Public Participation Scheme.",
        "Jo Reed, a local resident, raised concerns about flooding.",
        "Sam Hale spoke. Supported the scheme.",
    ]
    said = {"minutes.public_participation_some": "{count} people spoke {sic}."}
    custom = compose(m, minutes_from(said))
    assert "two people spoke {sic}." in plain_text(custom)


def test_exempt_item_public_confidential_and_all():
    m = meeting()
    exclusion = item(
        "4", "Exclusion of Press and Public", ItemKind.EXCLUSION, 43, "18:40", exempt_paragraph=3
    )
    secret = item(
        "5",
        "Depot Land Purchase",
        ItemKind.REPORT,
        44,
        "18:45",
        exempt=True,
        exempt_paragraph=3,
        narrative="The asking price was SECRET-PRICE.",
        resolution=Resolution(("That the land be bought.",), "To relocate the depot."),
    )
    m = replace(m, items=m.items + (exclusion, secret))
    public = plain_text(compose(m))
    assert "SECRET-PRICE" not in public
    assert "44. Depot Land Purchase (18:45)" in public
    assert "Resolved: That the land be bought." in public
    assert (
        "Resolved: That the press and public be excluded from the meeting during consideration "
        "of agenda item 5 (Depot Land Purchase), on the grounds that it contains information "
        "relating to the financial or business affairs of any particular person (including the "
        "authority holding that information), which is classed as exempt under "
        "Paragraph 3 of Schedule 12A" in public
    )
    confidential = compose(m, part="confidential")
    assert [b.text for b in confidential if b.kind is BlockKind.HEADING] == [
        "44. Depot Land Purchase (18:45)"
    ]
    assert "SECRET-PRICE" in plain_text(confidential)
    assert any(b.kind is BlockKind.NOTICE for b in confidential)
    everything = compose(m, part="all")
    assert "SECRET-PRICE" in plain_text(everything)
    assert any(b.kind is BlockKind.NOTICE for b in everything)


def test_exempt_item_without_exclusion_item_says_why_in_public():
    m = meeting()
    secret = item("4", "Staffing Review", minute=43, start="18:40", exempt=True, exempt_paragraph=4)
    m = replace(m, items=m.items + (secret,))
    assert minute_of(m, 43)[0].startswith(
        "The press and public were excluded from the meeting during consideration of this item, "
        "as it contains information relating to any consultations or negotiations"
    )


def test_signature_closing_and_title_settings():
    text = lines_of(
        meeting(),
        settings=minutes_from(
            {"minutes.organisation": "Harbourside BC", "minutes.title": "Minutes"}
        ),
    )
    assert text[:2] == ["Harbourside BC", "Minutes"]
    assert text[-2:] == [
        "Cllr E. Marsh, Chair",
        "[The meeting started at 6.00 pm and finished at 7.10 pm].",
    ]


def test_preview_html_escapes_and_shows_the_same_text():
    m = meeting(committee="Planning <b>& Licensing</b>")
    html = preview_html(m)
    assert "Planning &lt;b&gt;&amp; Licensing&lt;/b&gt;" in html
    assert "<h3>" in html and "<li>costs had risen</li>" in html
    assert "<b>Resolved:</b> That the report be noted." in html


def test_a_passage_outside_the_numbered_minutes_keeps_its_agenda_place_unnumbered():
    m = meeting()
    forum = item(
        "PF",
        "Public Forum",
        ItemKind.OTHER,
        status=ItemStatus.TAKEN,
        start="17:45",
        narrative="A resident asked about the harbour wall.",
    )
    m = replace(m, items=(forum, *m.items))
    lines = lines_of(m)
    heads = [b.plain for b in compose(m) if b.kind is BlockKind.HEADING]
    assert heads[0] == "Public Forum (17:45)"
    assert heads[1].startswith("40. Apologies for Absence")
    assert heads[-1].startswith("42. Harbour Wall Repairs")
    assert lines.index("A resident asked about the harbour wall.") < lines.index(heads[1])


def test_without_any_minute_number_every_taken_item_is_numbered():
    m = meeting()
    items = tuple(replace(it, minute_number=None) for it in m.items)
    heads = [b.plain for b in compose(replace(m, items=items)) if b.kind is BlockKind.HEADING]
    assert [h.split(".")[0] for h in heads] == ["40", "41", "42"]


def test_an_officer_known_by_post_only_is_listed_by_the_post():
    m = meeting()
    post = Person(
        id="officer-1", role=Role.OFFICER, attendance=Attendance.PRESENT, capacity="Chief Executive"
    )
    m = replace(m, people=(*m.people, post))
    rows = dict(next(b for b in compose(m) if b.kind is BlockKind.ATTENDANCE).rows)
    assert rows["Officers Present"] == ("Ana Moreno - Head of Planning", "Chief Executive")

"""Forms of real minutes a house style writes: the opening lines and who presided in the
chair's absence, a group printed when empty, motions before the notes, a virtual meeting, an
interest declared without a kind, a councillor's title with an honorific, a decision's words
after "It was RESOLVED that"."""

from __future__ import annotations

import json
from dataclasses import replace

from clerk.domain.model import (
    Attendance,
    Declaration,
    InterestKind,
    Motion,
    Person,
    Resolution,
    Role,
)
from clerk.minutes import BlockKind, compose, plain_text
from clerk.minutes.style import parse_style
from clerk.store.record import meeting_from_record
from clerk.store.record_export import record_from_meeting
from tests.minutes.factory import meeting

OPENING = """
[document]
opening = ["The meeting commenced at {{ started }}.",
           "{% if presiding %}In the absence of the Chair, {{ presiding }} presided.{% endif %}"]
"""


def paragraphs(blocks) -> list[str]:
    return [b.plain for b in blocks if b.kind is not BlockKind.ATTENDANCE]


def test_opening_lines_and_who_presided_when_the_chair_was_absent():
    style = parse_style(OPENING)
    chaired = paragraphs(compose(meeting(), style=style))
    assert "The meeting commenced at 6.00 pm." in chaired
    assert not any("presided" in p for p in chaired)  # the chair was there
    absent = replace(
        meeting(),
        people=tuple(
            replace(p, attendance=Attendance.APOLOGIES) if p.role is Role.CHAIR else p
            for p in meeting().people
        ),
    )
    text = paragraphs(compose(absent, style=style))
    assert "In the absence of the Chair, Cllr Okafor presided." in text
    # the opening comes after the attendance, before the first minute
    blocks = compose(absent, style=style)
    kinds = [b.kind for b in blocks]
    opening = next(i for i, b in enumerate(blocks) if b.source == "opening:1")
    assert kinds.index(BlockKind.ATTENDANCE) < opening < kinds.index(BlockKind.HEADING)


def test_a_group_printed_when_nobody_is_in_it():
    style = parse_style(
        """
[attendance]
layout = "paragraphs"
groups = ["present", "absent"]
empty = ["absent=There were no absences"]
"""
    )
    assert "Absent: There were no absences" in plain_text(compose(meeting(), style=style))
    quiet = parse_style('[attendance]\nlayout = "paragraphs"\ngroups = ["present", "absent"]')
    assert "Absent" not in plain_text(compose(meeting(), style=quiet))


def test_a_group_with_its_own_stop_and_separator():
    style = parse_style(
        """
[attendance]
layout = "paragraphs"
groups = ["present", "apologies"]
end = "."
ends = ["apologies="]
separators = ["present=; "]
"""
    )
    m = meeting()
    m = replace(
        m,
        people=tuple(
            replace(p, attendance=Attendance.APOLOGIES) if p.id == "gill" else p for p in m.people
        ),
    )
    text = plain_text(compose(m, style=style)).splitlines()
    assert "Apologies: Councillors Dunstan and Gill" in text
    present = next(line for line in text if line.startswith("Present: "))
    assert present.endswith(".") and "; " in present


def test_a_list_ending_with_its_stop_is_not_stopped_twice():
    style = parse_style(
        '[attendance]\nlayout = "paragraphs"\ngroups = ["officers"]\nend = "."\n'
        'officer = "{{ name }} ({{ capacity }}) also attended."\none_per_line = []'
    )
    text = plain_text(compose(meeting(), style=style))
    assert "Ana Moreno (Head of Planning) also attended." in text
    assert "attended.." not in text


def test_a_bad_empty_entry_is_refused_in_one_line():
    try:
        parse_style('[attendance]\nempty = ["nobody"]')
    except ValueError as exc:
        assert str(exc).startswith("attendance.empty:")
    else:
        raise AssertionError("accepted")


def test_motions_before_the_notes():
    motion = Motion("That Cllr Gill be elected Mayor.", mover="bellamy", seconder="gill")
    m = meeting()
    m = replace(
        m,
        items=(
            *m.items[:2],
            replace(
                m.items[2],
                motions=(motion,),
                resolution=Resolution(("That Cllr Gill be elected Mayor.",)),
            ),
        ),
    )
    style = parse_style(
        """
[motions]
form = "one_line"
one_line = "Proposed by {{ mover }} Seconded by {{ seconder }} And {{ result_word }}"
carried = "Resolved"
position = "before_notes"
[decisions]
word = ""
text = "“{{ text }}”."
"""
    )
    text = [b.plain for b in compose(m, style=style) if b.minute == 42]
    assert text[1:4] == [
        "Proposed by Cllr Bellamy Seconded by Cllr Gill And Resolved",
        "“That Cllr Gill be elected Mayor.”",  # no stop after the quotation's own
        "Members considered a report.",
    ]


def test_notes_that_lead_into_the_motion_stay_before_it():
    motion = Motion("That the procedure be adhered to.", mover="bellamy", seconder="gill")
    m = meeting()
    lead_in = replace(
        m.items[2], narrative="The procedure having been explained, it was", motions=(motion,)
    )
    style = parse_style(
        '[motions]\nform = "one_line"\nposition = "before_notes"\n'
        'one_line = "Proposed by {{ mover }} Seconded by {{ seconder }} And Agreed “{{ text }}”"'
    )
    text = [b.plain for b in compose(replace(m, items=(*m.items[:2], lead_in)), style=style)]
    at = text.index("The procedure having been explained, it was")
    assert text[at + 1] == (
        "Proposed by Cllr Bellamy Seconded by Cllr Gill And Agreed “That the procedure be adhered"
        " to.”"
    )


def test_a_virtual_meeting_in_the_title():
    style = parse_style(
        '[document]\ntitle = ["Minutes of {{ body }} held {% if virtual %}via{% else %}at{% endif %}'
        ' {{ venue }}"]'
    )
    m = replace(meeting(), venue="Zoom")
    assert "Minutes of Planning Committee held at Zoom" in plain_text(compose(m, style=style))
    remote = replace(
        m, people=tuple(replace(p, remote=True) if p.role.is_member else p for p in m.people)
    )
    assert "Minutes of Planning Committee held via Zoom" in plain_text(compose(remote, style=style))


def test_an_interest_declared_without_a_kind():
    m = meeting()
    d = Declaration("gill", InterestKind.UNSPECIFIED, (m.items[2].key,), "")
    text = plain_text(compose(replace(m, declarations=(d,))))
    assert "Cllr Gill declared an interest in agenda item 3 (Harbour Wall Repairs)." in text
    record = record_from_meeting(replace(m, declarations=(d,)))
    del record["declarations"][0]["kind"]  # a record may leave the kind out
    back = meeting_from_record(json.loads(json.dumps(record)))
    assert back.declarations[0].kind is InterestKind.UNSPECIFIED


def test_a_councillor_title_with_an_honorific():
    m = meeting()
    mrs = Person(
        id="jureko",
        title="Cllr Mrs",
        initials="S",
        surname="Jureko",
        role=Role.MEMBER,
        attendance=Attendance.PRESENT,
    )
    style = parse_style(
        '[names]\ngroup_councillors = false\nlisted = "{{ titled }}"\n'
        '[attendance]\nlayout = "paragraphs"\ngroups = ["present"]'
    )
    text = plain_text(compose(replace(m, people=(*m.people, mrs)), style=style))
    assert "Cllr Mrs S Jureko" in text
    inside = parse_style(
        '[names]\ngroup_councillors = false\nlisted = "{{ honorific }} {{ initials }} {{ surname }}"'
        '\n[attendance]\nlayout = "paragraphs"\ngroups = ["present"]\n[labels]\npresent = "Councillors"'
    )
    text = plain_text(compose(replace(m, people=(*m.people, mrs)), style=inside))
    assert "Councillors: E. Marsh (Chair)" in text  # a councillor without an honorific
    assert ", Mrs S Jureko" in text
    d = Declaration("jureko", InterestKind.PERSONAL, (m.items[2].key,), "")
    text = plain_text(compose(replace(m, people=(*m.people, mrs), declarations=(d,))))
    assert "Cllr Jureko declared a personal interest" in text  # named as a councillor


def test_it_was_resolved_keeps_a_name_capital():
    m = meeting()
    elected = replace(m.items[2], resolution=Resolution(("That Cllr Porter be elected Chair.",)))
    style = parse_style('[decisions]\nword = ""\ntext = "It was RESOLVED that {{ rest }}"')
    text = plain_text(compose(replace(m, items=(*m.items[:2], elected)), style=style))
    assert "It was RESOLVED that Cllr Porter be elected Chair." in text
    noted = replace(m.items[2], resolution=Resolution(("The report was noted.",)))
    text = plain_text(compose(replace(m, items=(*m.items[:2], noted)), style=style))
    assert "It was RESOLVED that the report was noted." in text

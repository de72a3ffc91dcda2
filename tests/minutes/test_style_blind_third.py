"""Forms found by a third blind round — real minutes of councils not in the corpus, styled from
the documentation alone: a group that carries on the list before it in paragraphs one a group,
a proposal set among the notes after the words that lead into it, apologies without a reason
in their own places among those with one, members declaring the same interest in one
sentence, the vice-chair and the office holders each under their own label. The real minutes
stay outside the repository; each test is a made-up meeting of the same form."""

from __future__ import annotations

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
from clerk.minutes import compose, plain_text
from clerk.minutes.style import parse_style
from tests.minutes.factory import meeting

PARAGRAPHS = '[attendance]\nlayout = "paragraphs"\none_per_line = []\n'


def _lines(m, style: str) -> list[str]:
    return plain_text(compose(m, style=parse_style(style))).splitlines()


def _with(m, pid: str, **changes):
    return replace(m, people=tuple(replace(p, **changes) if p.id == pid else p for p in m.people))


def _guest(m):
    davies = Person(
        "davies", title="Cllr", initials="J", surname="Davies", role=Role.IN_ATTENDANCE,
        attendance=Attendance.PRESENT, capacity="Unitary",
    )  # fmt: skip
    return replace(m, people=(*m.people, davies))


def test_a_group_carries_on_the_list_before_it_in_paragraphs():
    style = (
        PARAGRAPHS + 'groups = ["present", "officers", "in_attendance"]\nend = "."\n'
        'continue_groups = ["in_attendance"]\nand_words = ["officers= and "]\n'
        'guest = "{{ capacity }} {{ name }}"\n[labels]\nofficers = "In attendance"\n'
        '[names]\ngroup_councillors = false\nlisted = "Cllr {{ initials }} {{ surname }}"\n'
    )
    lines = _lines(_guest(meeting()), style)
    assert "In attendance: Ana Moreno - Head of Planning and Unitary Cllr J Davies." in lines
    assert not any(line.startswith("In Attendance") for line in lines)  # no label of its own
    alone = _lines(_guest(meeting()), style.replace('continue_groups = ["in_attendance"]\n', ""))
    assert "In Attendance: Unitary Cllr J Davies." in alone  # without it, a group of its own


def test_councillors_of_another_body_carry_on_the_present_list():
    style = (
        PARAGRAPHS + 'groups = ["present", "in_attendance"]\nend = "."\nfinal_and = true\n'
        'continue_groups = ["in_attendance"]\nand_words = ["present=, and "]\n'
        'officer = "{{ name }} ({{ capacity }})"\n[names]\ngroup_many = "Cllrs."\n'
    )
    m = _with(_guest(meeting()), "davies", capacity="Gwynedd Council")
    present = next(x for x in _lines(m, style) if x.startswith("Present: "))
    assert present.endswith(", and Councillor Davies (Gwynedd Council).")
    assert present.startswith("Present: Cllrs. Marsh (Chair), Okafor (Vice-Chair)")


def test_the_proposal_follows_the_words_that_lead_into_it():
    m = meeting()
    motion = Motion("That Cllr Gill be elected.", mover="bellamy", seconder="okafor")
    notes = "The members agreed the method of election.\n\nIt was;\n\nCllr Gill thanked them."
    three = replace(m.items[2], narrative=notes, motions=(motion,),
                    resolution=Resolution(("That Cllr Gill be elected.",)))  # fmt: skip
    style = (
        '[motions]\nform = "one_line"\nposition = "before_notes"\n'
        'one_line = "Proposed by {{ mover }}\\nSeconded by {{ seconder }}"\n'
        '[decisions]\nword = "AND AGREED"\ntext = "“{{ text }}”"\n'
    )
    lines = _lines(replace(m, items=(*m.items[:2], three)), style)
    order = [
        "The members agreed the method of election.",
        "It was;",
        "Proposed by Cllr Bellamy",
        "AND AGREED “That Cllr Gill be elected.”",
        "Cllr Gill thanked them.",
    ]
    at = [next(i for i, line in enumerate(lines) if line.startswith(o)) for o in order]
    assert at == sorted(at)
    plain = replace(three, narrative="The members agreed the method.\n\nCllr Gill thanked them.")
    lines = _lines(replace(m, items=(*m.items[:2], plain)), style)
    assert lines.index("Proposed by Cllr Bellamy") < lines.index("The members agreed the method.")


def test_apologies_without_a_reason_keep_their_places():
    m = meeting()
    for pid, reason in (("bellamy", None), ("dunstan", "illness"), ("gill", None)):
        m = _with(m, pid, attendance=Attendance.APOLOGIES, apology_reason=reason)
    text = plain_text(compose(m, style=parse_style('[sentences]\napologies_many = "{{ names }}."')))
    assert "Councillor Bellamy, Councillor Dunstan (illness) and Councillor Gill." in text
    m = _with(m, "gill", apology_reason="illness")  # the same reason: one group, as before
    text = plain_text(compose(m, style=parse_style('[sentences]\napologies_many = "{{ names }}."')))
    assert "Councillor Bellamy and Councillors Dunstan and Gill (illness)." in text


def test_members_declaring_the_same_interest_in_one_sentence():
    m = meeting()
    wall = m.items[2].key
    same = "through their roles as members of the harbour trust"
    m = replace(
        m,
        declarations=(
            Declaration("bellamy", InterestKind.PERSONAL, (wall,), same),
            Declaration("gill", InterestKind.PERSONAL, (wall,), same),
            Declaration("okafor", InterestKind.PERSONAL, (wall,), "as a neighbour"),
        ),
    )
    many = (
        '[sentences]\ndeclaration_many = "{{ names }} declared {{ kind }} interests in '
        'agenda item {{ item_numbers }} {{ nature_typed }}."\n'
    )
    text = plain_text(compose(m, style=parse_style(many)))
    assert (
        "Cllr Bellamy and Cllr Gill declared personal interests in agenda item 3 through their "
        "roles as members of the harbour trust." in text
    )
    assert "Cllr Okafor declared a personal interest in agenda item 3" in text  # alone
    default = plain_text(compose(m))
    assert default.count("declared a personal interest") == 3  # a sentence each by default
    grouped = (
        '[names]\ngroup_many = "Cllrs"\ngrouped = "{{ surname }}"\n'
        '[sentences]\ndeclaration_many = "{{ group }} declared {{ kind }} interests."\n'
    )
    text = plain_text(compose(m, style=parse_style(grouped)))
    assert "Cllrs Bellamy and Gill declared personal interests." in text  # as a list names them


def test_the_vice_chair_and_each_office_holder_under_their_own_label():
    m = _with(meeting(), "bellamy", capacity="Secretary")
    style = (
        '[attendance]\nlayout = "paragraphs"\nlabel_position = "own_line"\n'
        'groups = ["chair", "vice_chair", "offices", "present"]\n'
        'one_per_line = ["chair", "vice_chair", "present"]\n'
        'chair_suffix = ""\nvice_chair_suffix = ""\n'
        '[labels]\nchair = "In the chair"\nvice_chair = "Vice-chair"\n'
        'present = "Members present"\nseparator = ""\n'
        '[names]\ngroup_councillors = false\nlisted = "Cllr {{ surname }}"\n'
    )
    lines = _lines(m, style)
    at = lines.index("In the chair")
    assert lines[at : at + 9] == [
        "In the chair",
        "Cllr Marsh",
        "Vice-chair",
        "Cllr Okafor",
        "Secretary",
        "Cllr Bellamy",
        "Members present",
        "Cllr Gill",
        "Cllr Lindqvist (Substitute for Cllr Dunstan)",
    ]
    present = _lines(m, style.replace('"chair", "vice_chair", "offices", "present"', '"present"'))
    assert "Cllr Okafor" in present and "Cllr Bellamy" in present  # in the list when not apart


def test_a_numbered_minute_with_no_title_of_its_own():
    m = meeting()
    bare = replace(m.items[2], title="", narrative="The Chair reported on the harbour wall.")
    m = replace(m, items=(*m.items[:2], bare))
    assert "42. Item 3 (18:05)" in plain_text(compose(m)).splitlines()  # as before by default
    style = (
        '[headings]\ntext = "{{ number }}{% if not untitled %} {{ title }}{% endif %}"\n'
        "run_in = true\n"
    )
    assert "42. The Chair reported on the harbour wall." in _lines(m, style)
    assert any(x.startswith("41. Declarations of Interest ") for x in _lines(m, style))

"""Forms found by styling real minutes of councils not in the corpus from the documentation
alone: Clerk's formal sentences in the style's time form, titles that make a councillor, an
`and` per attendance group, a group written as a sentence, the vice-chair's office in every
list, each part of a decision in the style's words, monograms, the agenda listed before the
minutes."""

from __future__ import annotations

from dataclasses import replace

from clerk.domain.model import (
    Adjournment,
    Attendance,
    ItemStatus,
    Person,
    PresenceEvent,
    PresenceKind,
    Resolution,
    Role,
)
from clerk.minutes import BlockKind, compose, plain_text
from clerk.minutes.style import parse_style
from tests.minutes.factory import at, meeting


def test_formal_sentences_take_the_styles_time_form():
    late = replace(
        meeting(),
        presence=(PresenceEvent("gill", PresenceKind.ARRIVED, at("18:07")),),
        adjournments=(Adjournment(at("18:30"), at("18:45")),),
    )
    default = plain_text(compose(late))
    assert "at 6.07 pm" in default and "adjourned at 6.30 pm and reconvened at 6.45 pm" in default
    style = parse_style('[format]\ntime = "HH:MM"')
    text = plain_text(compose(late, style=style))
    assert "at 18:07" in text and "6.07 pm" not in text
    assert "The meeting adjourned at 18:30 and reconvened at 18:45." in text
    assert "adjourned at 6.30pm" in plain_text(compose(late, style=parse_style(
        '[format]\ntime = "h.mmam"')))  # fmt: skip


def _with(m, pid: str, **changes):
    return replace(m, people=tuple(replace(p, **changes) if p.id == pid else p for p in m.people))


PARAGRAPHS = '[attendance]\nlayout = "paragraphs"\none_per_line = []\n'


def test_a_title_the_style_makes_a_councillor():
    m = meeting()
    m = replace(m, people=tuple(replace(p, title="CClr") for p in m.people))
    style = PARAGRAPHS + 'groups = ["present"]\n[names]\ngroup_many = "CClrs"\n'
    plain = plain_text(compose(m, style=parse_style(style)))
    assert "CClrs" not in plain and "CClr Okafor" in plain  # named one by one, as others are
    text = plain_text(compose(m, style=parse_style(style + 'councillor_titles = ["cclr"]\n')))
    assert "Present: CClrs Marsh (Chair), Okafor (Vice-Chair), Bellamy, Gill" in text


def test_each_group_its_own_and():
    m = _with(meeting(), "gill", attendance=Attendance.APOLOGIES)
    style = parse_style(
        PARAGRAPHS
        + 'groups = ["present", "apologies"]\nfinal_and = true\nand_words = ["apologies="]'
    )
    lines = plain_text(compose(m, style=style)).splitlines()
    assert "Apologies: Councillors Dunstan, Gill" in lines
    assert any(line.startswith("Present: ") and " and " in line for line in lines)
    amp = parse_style(PARAGRAPHS + 'groups = ["present"]\nand_words = ["present= & "]')
    assert " & Lindqvist" in plain_text(compose(meeting(), style=amp))


def test_a_group_written_as_a_sentence():
    style = parse_style(
        PARAGRAPHS
        + 'groups = ["present", "officers"]\n'
        + 'forms = ["officers={{ names }} {% if count == 1 %}was{% else %}were{% endif %} in attendance."]'
    )
    lines = plain_text(compose(meeting(), style=style)).splitlines()
    assert "Ana Moreno - Head of Planning was in attendance." in lines
    assert not any(line.startswith("Officers Present") for line in lines)


def test_a_sentence_in_one_paragraph_and_no_stop_doubled():
    style = parse_style(
        PARAGRAPHS
        + 'groups = ["present", "apologies", "public"]\none_paragraph = true\nsublabels = true\n'
        + 'group_separator = ". "\nend = "."\npublic = "{{ count }} members of the public"\n'
        + 'forms = ["public=There were {{ names }} present."]\n[labels]\napologies = "Apologies from"\n'
    )
    text = plain_text(compose(replace(meeting(), public_count=8), style=style))
    assert "Apologies from: Councillor Dunstan. There were 8 members of the public present." in text
    assert ".." not in text


def test_the_vice_chair_in_every_list():
    m = _with(meeting(), "okafor", attendance=Attendance.APOLOGIES)
    style = parse_style(
        '[attendance]\nvice_chair = "Vice Chair {{ name }}"\n'
        '[sentences]\napologies_many = "Apologies received from {{ names }}"\n'
        '[names]\ngroup_councillors = false\nlisted = "Cllr {{ surname }}"'
    )
    text = plain_text(compose(m, style=style)).splitlines()
    assert "Apologies received from Vice Chair Cllr Okafor and Cllr Dunstan" in text
    assert "Apologies\tVice Chair Cllr Okafor and Cllr Dunstan" in text  # the table's row too
    present = plain_text(compose(meeting(), style=style))
    assert "Vice Chair Cllr Okafor (Vice-Chair)" in present


def test_the_chair_group_keeps_its_suffix_and_its_place():
    style = parse_style(
        PARAGRAPHS
        + 'groups = ["chair", "present", "officers"]\norder = "as_recorded"\none_paragraph = true\n'
        + 'sublabels = true\ncontinue_groups = ["present", "officers"]\n'
        + 'chair_suffix = " (chairman), who presided"\n[labels]\nchair = "PRESENT"'
    )
    text = plain_text(compose(meeting(), style=style))
    line = next(x for x in text.splitlines() if x.startswith("PRESENT: "))
    assert line.startswith("PRESENT: Councillor Marsh (chairman), who presided, ")
    assert line.endswith("Ana Moreno - Head of Planning")


def test_the_attendance_after_the_first_minutes_notes():
    m = meeting()
    m = replace(
        m,
        public_count=5,
        items=(replace(m.items[0], narrative="The Chair welcomed everyone."), *m.items[1:]),
    )
    style = parse_style(
        '[attendance]\nlayout = "first_item"\nin_minute = "after_notes"\ngroups = ["public"]\n'
        'public = "{{ count }} members of the public"\nforms = ["public=Also present were {{ names }}."]'
    )
    lines = plain_text(compose(m, style=style)).splitlines()
    welcome = lines.index("The Chair welcomed everyone.")
    assert lines[welcome + 1] == "Also present were 5 members of the public."


def test_numbered_notes_that_lead_into_the_motion():
    from clerk.domain.model import Motion

    m = meeting()
    motion = Motion("That the report be noted.", mover="bellamy", seconder="gill")
    item = replace(m.items[2], narrative="3.1 It was", motions=(motion,))
    style = parse_style(
        '[motions]\nform = "one_line"\nposition = "before_notes"\n'
        'one_line = "PROPOSED by {{ mover }} Seconded by {{ seconder }}, and"'
    )
    lines = plain_text(compose(replace(m, items=(*m.items[:2], item)), style=style)).splitlines()
    lead = next(i for i, line in enumerate(lines) if line.endswith("It was"))
    assert lines[lead + 1] == "PROPOSED by Cllr Bellamy Seconded by Cllr Gill, and"


def test_the_public_counted_in_a_groups_sentence():
    style = parse_style(
        PARAGRAPHS + 'groups = ["public"]\n'
        'forms = ["public={{ count }} members of the public were also present"]'
    )
    text = plain_text(compose(replace(meeting(), public_count=25), style=style))
    assert "25 members of the public were also present" in text.splitlines()


def test_a_time_with_no_space_before_p_m():
    style = parse_style('[format]\ntime = "h.mma.m."\n[document]\ntitle = ["Held at {{ time }}"]')
    assert "Held at 6.00p.m." in plain_text(compose(meeting(), style=style))


def test_each_part_of_a_decision_in_the_styles_words():
    m = meeting()
    two = replace(m.items[2], resolution=Resolution(("That the report be noted.",
                  "That the works start in May.")))  # fmt: skip
    style = parse_style(
        '[decisions]\nmany = ""\nnumbering = "none"\npart = "Resolved that {{ rest }}"\nreason = ""'
    )
    lines = plain_text(compose(replace(m, items=(*m.items[:2], two)), style=style)).splitlines()
    assert "Resolved that the report be noted." in lines
    assert "Resolved that the works start in May." in lines


def test_monograms_of_initials_and_surnames_in_parts():
    from clerk.minutes.people import monogram

    assert monogram(Person("a", forename="Nicola", initials="N D", surname="Anderton")) == "NDA"
    assert monogram(Person("b", forename="Mark", surname="Le Masurier")) == "MLM"
    assert monogram(Person("c", forename="Kim", surname="O’Sullivan")) == "KOS"
    assert monogram(Person("d", forename="Andrew", surname="Hughes")) == "AH"


def test_the_agenda_listed_before_the_minutes():
    m = meeting()
    m = replace(
        m,
        items=(*m.items, replace(m.items[2], agenda_number="4", title="Committee reports",
               description="- Finance\n- Risk and Premises", status=ItemStatus.PENDING,
               minute_number=None, resolution=None, narrative=None)),
    )  # fmt: skip
    style = parse_style(
        '[attendance]\nlayout = "none"\n[document]\n'
        'agenda_item = "{{ agenda_number }}.{{ title }}{% if description %}\\n{{ description }}'
        '{% endif %}"'
    )
    blocks = compose(m, style=style)
    listed = [b for b in blocks if b.source.startswith("agenda:")]
    assert [b.plain for b in listed] == [
        "1.Apologies for Absence",
        "2.Declarations of Interest",
        "3.Harbour Wall Repairs",
        "4.Committee reports",
        "Finance",
        "Risk and Premises",
    ]
    assert listed[-1].kind is BlockKind.BULLET
    first_heading = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING)
    assert blocks.index(listed[-1]) < first_heading
    assert not any(b.source.startswith("agenda:") for b in compose(m))  # none by default


def test_who_presided_opens_the_first_minute():
    m = _with(meeting(), "marsh", attendance=Attendance.APOLOGIES)
    m = replace(m, items=(replace(m.items[0], narrative="Apologies were noted."), *m.items[1:]))
    opening = (
        '[document]\nopening = ["{% if presiding %}In the absence of the Chair - '
        '{{ chair_absent }}, {{ presiding }} chaired the meeting.{% endif %}"]\n'
    )
    before = plain_text(compose(m, style=parse_style(opening))).splitlines()
    said = "In the absence of the Chair - Cllr Marsh, Cllr Okafor chaired the meeting."
    assert before.index(said) < before.index("40. Apologies for Absence (18:00)")
    style = parse_style(opening + 'opening_in = "first_minute"\n[headings]\nrun_in = true')
    lines = plain_text(compose(m, style=style)).splitlines()
    assert f"40. Apologies for Absence (18:00) {said}" in lines
    assert lines.count(said) == 0  # printed once, run into the heading


def test_guests_apart_from_the_others_in_attendance():
    m = meeting()
    extra = (
        Person("caddick", title="Mrs", initials="C", surname="Caddick", role=Role.IN_ATTENDANCE,
               attendance=Attendance.PRESENT),
        Person("macrae", title="Chief Superintendent", initials="P", surname="MacRae",
               role=Role.IN_ATTENDANCE, attendance=Attendance.PRESENT,
               capacity="Divisional Commander, Police Scotland"),
    )  # fmt: skip
    m = replace(m, people=(*m.people, *extra))
    groups = '[attendance]\nlayout = "paragraphs"\nlabel_position = "own_line"\nofficer = "{{ name }}, {{ capacity }}"\n'
    base = '[names]\nperson_listed = "{{ titled }}"\n[labels]\nin_attendance = "Non-Members also present:-"\n'
    style = parse_style(base + groups + 'groups = ["in_attendance", "guests"]')
    lines = plain_text(compose(m, style=style)).splitlines()
    assert lines[lines.index("Non-Members also present:-") + 1] == "Mrs C Caddick"
    at = lines.index("Also in attendance:")
    assert lines[at + 1] == "Chief Superintendent P MacRae, Divisional Commander, Police Scotland"
    together = plain_text(
        compose(m, style=parse_style(base + groups + 'groups = ["in_attendance"]'))
    ).splitlines()
    at = together.index("Non-Members also present:-")
    assert together[at + 1 : at + 3] == [
        "Mrs C Caddick",
        "Chief Superintendent P MacRae, Divisional Commander, Police Scotland",
    ]


def test_an_empty_vice_chair_form_keeps_the_vice_chair_on_the_list():
    style = parse_style('[attendance]\nvice_chair = ""\n')
    text = plain_text(compose(meeting(), style=style))
    assert "Okafor" in next(x for x in text.splitlines() if x.startswith("Present"))

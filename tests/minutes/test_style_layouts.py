"""The layouts other councils' minutes need, switched on by a house style (issue 13): each is
written to a real Word file and read back in the order a reader sees it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import docx
import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph

from clerk.domain.model import (
    Action,
    Attendance,
    Declaration,
    DemocracyOfficer,
    InterestKind,
    ItemKind,
    Motion,
    MotionResult,
    Person,
    Resolution,
    Role,
    Speaker,
)
from clerk.minutes import write_minutes
from clerk.minutes.style import StyleError, parse_style
from tests.minutes.factory import councillor, item, meeting


def read_back(m, style_text: str, tmp_path) -> list[str]:
    """The minutes as written to .docx: each paragraph's text, and each table row as its cells
    joined by a tab, in document order."""
    out = tmp_path / "minutes.docx"
    write_minutes(m, out, style=parse_style(style_text))
    document = docx.Document(out)
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                lines.append("\t".join(c.text for c in row.cells))
    return [line for line in lines if line.strip()]


def test_agenda_description_and_minutes_label_under_each_heading(tmp_path):
    m = meeting()
    items = list(m.items)
    items[2] = replace(items[2], description="To consider the report of the Harbour Master.")
    m = replace(m, items=tuple(items))
    lines = read_back(
        m,
        '[headings]\ntext = "{{ number }} {{ title }}"\ntime = false\ndescription = true\n'
        'minutes_label = "Minutes:"\n',
        tmp_path,
    )
    at = lines.index("42. Harbour Wall Repairs")
    assert lines[at + 1 : at + 4] == [
        "To consider the report of the Harbour Master.",
        "Minutes:",
        "Members considered a report.",
    ]
    # an item without a description gets the label alone
    assert lines[lines.index("40. Apologies for Absence") + 1] == "Minutes:"


def test_exclusion_item_with_no_exempt_business_says_so(tmp_path):
    m = meeting()
    exclusion = item("4", "Exclusion of Press and Public", ItemKind.EXCLUSION, 43, "18:40")
    m = replace(m, items=(*m.items, exclusion))
    lines = read_back(m, "", tmp_path)  # the English principal preset
    at = lines.index("43. Exclusion of Press and Public (18:40)")
    assert lines[at + 1] == "The agenda contained no exempt information."
    assert not any("be excluded" in line for line in lines)
    worded = read_back(m, '[sentences]\nexclusion_none = ""\n', tmp_path)
    assert any("be excluded from the meeting" in line for line in worded)


def test_actions_in_a_column_beside_their_minute(tmp_path):
    m = meeting()
    m = replace(m, actions=(Action("Write to the contractor", item_key=m.items[2].key),))
    lines = read_back(
        m,
        '[actions]\nshow = "column"\ntext = "{{ text }}"\n'
        'column_headings = ["Discussion and decision", "Action"]\n',
        tmp_path,
    )
    first_row = lines.index("Discussion and decision\tAction")
    assert "40. Apologies for Absence (18:00)\t" in lines
    reason_row = next(line for line in lines if line.startswith("Reason:"))
    assert reason_row == "Reason: To keep Members informed.\tWrite to the contractor"
    # the title and attendance stay above the table
    assert lines.index("Meeting\tPlanning Committee") < first_row


def test_members_grouped_by_title_and_forenames_where_initials_read_alike(tmp_path):
    people = (
        Person(
            "mayor",
            Role.CHAIR,
            Attendance.PRESENT,
            title="Councillor",
            initials="R T",
            surname="Beckett",
            capacity="The Right Worshipful the Mayor",
        ),
        Person("a1", title="Alderman", initials="D", surname="Drysdale",
               attendance=Attendance.PRESENT),
        Person("c1", title="Councillor", initials="N", surname="Anderson",
               attendance=Attendance.PRESENT),
        Person("c2", title="Councillor", forename="Jenny", initials="J", surname="Palmer",
               attendance=Attendance.PRESENT),
        Person("c3", title="Councillor", forename="John", initials="J", surname="Palmer",
               attendance=Attendance.PRESENT),
        Person("a2", title="Alderman", initials="J", surname="Tinsley",
               attendance=Attendance.PRESENT),
    )  # fmt: skip
    lines = read_back(
        meeting(people=people),
        '[names]\ngrouped = "{{ initials }} {{ surname }}"\n'
        'title_groups = ["Alderman=Aldermen", "Councillor=Councillors"]\n'
        '[attendance]\nlayout = "paragraphs"\ngroups = ["chair", "present"]\n'
        'order = "as_recorded"\nfinal_and = true\nchair_suffix = ""\n'
        'chair = "{{ capacity }} {{ name }}"\n'
        '[labels]\nchair = "PRESENT:"\npresent = ""\nseparator = ""\n',
        tmp_path,
    )
    assert "PRESENT: The Right Worshipful the Mayor Councillor R T Beckett" in lines
    assert "Aldermen D Drysdale and J Tinsley" in lines
    assert "Councillors N Anderson, Jenny Palmer and John Palmer" in lines


def test_attendance_as_the_body_of_the_first_item(tmp_path):
    m = meeting()
    present = item("0", "Present", ItemKind.OTHER, 39, "18:00")
    m = replace(m, items=(present, *m.items), first_minute_number=39)
    lines = read_back(
        m,
        '[attendance]\nlayout = "first_item"\ngroups = ["present", "officers", "apologies"]\n'
        'one_per_line = []\n[headings]\ntime = false\ntext = "{{ number }} {{ title }}"\n',
        tmp_path,
    )
    at = lines.index("39. Present")
    assert lines[at + 1].startswith("Present: Councillors Marsh (Chair), Okafor (Vice-Chair)")
    assert lines[at + 2] == "Officers Present: Ana Moreno - Head of Planning"
    assert lines[at + 3] == "40. Apologies for Absence"
    # the apologies item says its own sentence; the apologies group is not repeated above it
    assert lines[at + 4] == "An apology for absence was submitted by Councillor Dunstan."
    assert not any(line.startswith("Apologies:") for line in lines)


def test_unlabelled_groups_carry_on_the_list_in_the_order_recorded(tmp_path):
    people = (
        councillor("rose", "Rose", Role.CHAIR, forename="Cameron"),
        Person("sec", Role.OFFICER, Attendance.PRESENT, name="Elinor Doe",
               capacity="Minute Secretary"),
        Person("pol", Role.IN_ATTENDANCE, Attendance.PRESENT, name="Karen Neilson",
               capacity="Police"),
        councillor("laing", "Laing", forename="Anne"),
        Person("murray", Role.MEMBER, Attendance.APOLOGIES, name="Ian Murray"),
    )  # fmt: skip
    lines = read_back(
        meeting(people=people),
        '[names]\ngroup_councillors = false\nlisted = "Cllr {{ forename }} {{ surname }}"\n'
        'person_listed = "{{ full }}"\n'
        '[attendance]\nlayout = "paragraphs"\none_paragraph = true\nsublabels = true\n'
        'groups = ["present", "officers", "in_attendance", "apologies"]\n'
        'continue_groups = ["officers", "in_attendance"]\norder = "as_recorded"\n'
        'officer = "{{ name }} ({{ capacity }})"\nend = "."\ngroup_separator = " "\n'
        '[labels]\npresent = "Present: –"\napologies = "Apologies: –"\nseparator = ""\n',
        tmp_path,
    )
    assert (
        "Present: – Cllr Cameron Rose (Chair), Elinor Doe (Minute Secretary), "
        "Karen Neilson (Police), Cllr Anne Laing. Apologies: – Ian Murray." in lines
    )


def test_speakers_under_their_own_line_and_the_urgent_none_sentence(tmp_path):
    m = meeting()
    forum = item(
        "PF",
        "Public Forum",
        ItemKind.PUBLIC_PARTICIPATION,
        39,
        "17:55",
        speakers=(Speaker("A resident", summary="- Asked about the harbour wall."),),
    )
    urgent = item("9", "Urgent Business", ItemKind.URGENT_BUSINESS, 43, "18:50")
    m = replace(m, items=(forum, *m.items, urgent), first_minute_number=39)
    lines = read_back(
        m,
        '[sentences]\nspeaker = "{{ roman }}. {{ name }}:"\npublic_one = "Members of the public:"\n'
        'urgent_none = "None."\npublic_end = "The meeting opened at {{ started }}."\n',
        tmp_path,
    )
    at = lines.index("39. Public Forum (17:55)")
    assert lines[at + 1 : at + 5] == [
        "Members of the public:",
        "i. A resident:",
        "Asked about the harbour wall.",
        "The meeting opened at 6.00 pm.",
    ]
    assert lines[lines.index("43. Urgent Business (18:50)") + 1] == "None."


def test_bilingual_title_and_motion_in_two_languages(tmp_path):
    m = meeting(
        committee="Cyngor Cymuned Llan / Llan Community Council",
        date=date(2020, 11, 17),
    )
    mover = councillor("moses", "Moses", initials="C.")
    seconder = councillor("davies", "Davies", initials="A.")
    minutes = item(
        "3",
        "COFNODION / MINUTES",
        ItemKind.MINUTES,
        43,
        "18:30",
        motions=(
            Motion(
                "fod y cofnodion yn gywir.\nthat the minutes be approved.",
                mover="moses",
                seconder="davies",
                result=MotionResult.CARRIED,
            ),
        ),
    )
    m = replace(m, people=(*m.people, mover, seconder), items=(*m.items, minutes))
    lines = read_back(
        m,
        '[format]\nsecond_language = "cy"\n'
        '[document]\ntitle = ["Cofnodion {{ body | part(1) }} ddydd {{ weekday2 }} {{ month2 }} '
        '{{ day }}, {{ year }}", "Minutes of {{ body | part(2) }} held on {{ weekday }}"]\n'
        '[names]\ncouncillor = "{{ initials }} {{ surname }}"\n'
        '[motions]\nform = "one_line"\none_line = "Cynigiwyd gan Cyng. {{ mover }} '
        '{{ text | part(1) }}\\nProposed by Cllr. {{ mover }} {{ text | part(2) }}"\n',
        tmp_path,
    )
    assert lines[0] == "Cofnodion Cyngor Cymuned Llan ddydd Mawrth Tachwedd 17, 2020"
    assert lines[1] == "Minutes of Llan Community Council held on Tuesday"
    assert (
        "Cynigiwyd gan Cyng. C. Moses fod y cofnodion yn gywir.\n"
        "Proposed by Cllr. C. Moses that the minutes be approved." in lines
    )


def test_movers_by_monogram_and_the_decision_before_matters_arising(tmp_path):
    hughes = Person(
        "hughes", title="Mr", forename="Andrew", surname="Hughes", attendance=Attendance.PRESENT
    )
    barton = Person("barton", title="Mrs", forename="Sharon", surname="Barton",
                    attendance=Attendance.PRESENT)  # fmt: skip
    minutes = item(
        "4",
        "Minutes",
        ItemKind.MINUTES,
        43,
        "18:30",
        narrative="An amendment was asked for.\n\nMatters arising\n\nThere were none.",
        resolution=Resolution(("The minutes were approved.",)),
        motions=(Motion("that the minutes be approved", mover="hughes", seconder="barton"),),
    )
    m = meeting()
    m = replace(m, people=(*m.people, hughes, barton), items=(*m.items, minutes))
    lines = read_back(
        m,
        '[motions]\nform = "one_line"\nposition = "after_resolution"\n'
        'one_line = "Proposed ({{ mover_monogram }}) & Seconded ({{ seconder_monogram }})."\n'
        '[decisions]\nword = ""\nbefore_notes_from = "Matters arising"\n',
        tmp_path,
    )
    at = lines.index("43. Minutes (18:30)")
    assert lines[at + 1 : at + 6] == [
        "An amendment was asked for.",
        "The minutes were approved.",
        "Proposed (AH) & Seconded (SB).",
        "Matters arising",
        "There were none.",
    ]


def test_declarations_as_typed_and_by_item_number(tmp_path):
    m = meeting()
    blank = item("23", "", ItemKind.OTHER)
    m = replace(
        m,
        items=(*m.items, blank),
        declarations=(
            Declaration("gill", InterestKind.PREJUDICIAL, (blank.key,), "as the Hub's chair"),
            Declaration("bellamy", InterestKind.PERSONAL, (), "regarding application 146741"),
        ),
    )
    lines = read_back(
        m,
        '[sentences]\ndeclaration = "{{ name }} – Item {{ item_numbers }} – '
        "{% if item_numbers %}{{ nature }}{% else %}declared an interest {{ nature_typed }}"
        '{% endif %}"\n',
        tmp_path,
    )
    assert "Cllr Gill – Item 23 – as the Hub's chair." in lines
    assert "Cllr Bellamy – Item – declared an interest regarding application 146741." in lines


def test_title_names_the_contact_and_times_without_minutes(tmp_path):
    m = meeting(democracy_officer=DemocracyOfficer("Helen Gray", phone="0113 3788657"))
    m = replace(m, started_at=m.started_at.replace(hour=14, minute=0))
    lines = read_back(
        m,
        '[format]\ntime = "h[.mm]am"\n[document]\n'
        'title = ["{{ body }} at {{ started }}", "Contact: {{ officer }} {{ officer_phone }}"]\n',
        tmp_path,
    )
    assert lines[:2] == ["Planning Committee at 2pm", "Contact: Helen Gray 0113 3788657"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[names]\ntitle_groups = ["Alderman"]\n', "names.title_groups: 'Alderman' must be"),
        ('[attendance]\ncontinue_groups = ["staff"]\n', "attendance.continue_groups: unknown"),
        ('[attendance]\nlayout = "second_item"\n', "attendance.layout: 'second_item' is not"),
        ('[actions]\nshow = "margin"\n', "actions.show: 'margin' is not one of"),
        ('[headings]\ndescription = "yes"\n', "headings.description: must be true or false"),
        ('[format]\nsecond_language = "fr"\n', "format.second_language: 'fr' is not one of"),
        ('[sentences]\nspeaker = "{{ nom }}:"\n', "sentences.speaker: unknown placeholder 'nom'"),
        ('[attendance]\nchair = "{{ name | part(1 }}"\n', "attendance.chair: the phrase is not"),
        ("[decisions]\nbefore_notes_from = 3\n", "decisions.before_notes_from: must be a text"),
    ],
)
def test_a_bad_new_key_is_one_line_naming_it(text, says):
    with pytest.raises(StyleError) as caught:
        parse_style(text)
    message = str(caught.value)
    assert says in message
    assert "\n" not in message


def test_a_passage_with_no_heading_stands_before_the_first_minute(tmp_path):
    m = meeting()
    prayer = item("opening", "", ItemKind.OTHER, narrative="The Mayor recited the opening prayer.")
    prayer = replace(prayer, status=m.items[0].status)
    m = replace(m, items=(prayer, *m.items))
    lines = read_back(m, "", tmp_path)
    at = lines.index("The Mayor recited the opening prayer.")
    assert lines[at + 1] == "40. Apologies for Absence (18:00)"
    assert not any(line.startswith(("Item opening", "39.")) for line in lines)


def test_attendance_after_the_opening_passage_when_the_style_says_so(tmp_path):
    m = meeting()
    preamble = item("opening", "", ItemKind.OTHER, narrative="The meeting had been delayed.")
    preamble = replace(preamble, status=m.items[0].status)
    m = replace(m, items=(preamble, *m.items))
    style = '[attendance]\nlayout = "paragraphs"\none_per_line = []\n'
    before = read_back(m, style, tmp_path)
    after = read_back(m, style + "after_opening = true\n", tmp_path)
    present = next(line for line in before if line.startswith("Present:"))
    assert before.index(present) < before.index("The meeting had been delayed.")
    assert after.index(present) > after.index("The meeting had been delayed.")
    assert after.index(present) < after.index("40. Apologies for Absence (18:00)")


def test_apologies_of_members_and_of_others_apart(tmp_path):
    m = meeting()
    guest = Person(
        "wyn",
        Role.IN_ATTENDANCE,
        Attendance.APOLOGIES,
        title="Mr",
        forename="Arfon",
        surname="Wyn",
        capacity="County Councillor",
    )
    m = replace(m, people=(*m.people, guest))
    lines = read_back(
        m,
        '[attendance]\nguest = "{{ capacity }} {{ name }}"\n[names]\nperson_listed = "{{ titled }}"\n'
        '[sentences]\napologies_many = "Received from: {{ members }}. Also: {{ others }}"\n',
        tmp_path,
    )
    assert "Received from: Councillor Dunstan. Also: County Councillor Mr Arfon Wyn" in lines

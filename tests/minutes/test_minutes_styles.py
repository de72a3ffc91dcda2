"""House styles: each preset's fictional meeting gives its expected minutes; a bad style is
refused with one line naming the key; the York layout is the default."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest

from clerk.domain.model import Attendance, ItemStatus
from clerk.minutes import compose, plain_text, write_minutes
from clerk.minutes.blocks import BlockKind
from clerk.minutes.style import (
    StyleError,
    keys,
    load_preset,
    parse_style,
    preset_names,
    presets_folder,
)
from clerk.services.settings import minutes_from
from clerk.store.record import meeting_from_record, read_record_file

GOLDENS = Path(__file__).parent / "goldens"
PRESETS = preset_names()


def sample(name: str):
    return meeting_from_record(read_record_file(presets_folder() / "samples" / f"{name}.json"))


def test_every_named_preset_is_shipped():
    assert set(PRESETS) == {
        "english-principal",
        "english-parish",
        "welsh-community",
        "scottish-community",
        "irish-municipal",
        "board",
    }


@pytest.mark.parametrize("name", PRESETS)
def test_preset_sample_gives_its_expected_minutes(name):
    """The golden: the preset's fictional meeting, as the minutes' text."""
    text = plain_text(compose(sample(name), style=load_preset(name)))
    expected = (GOLDENS / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    assert text == expected


@pytest.mark.parametrize("name", PRESETS)
def test_preset_sample_writes_a_word_file_with_its_tables(name, tmp_path):
    meeting = sample(name)
    style = load_preset(name)
    blocks = compose(meeting, style=style)
    out = tmp_path / f"{name}.docx"
    assert write_minutes(meeting, out, style=style) == [out]
    doc = docx.Document(out)
    texts = [p.text for p in doc.paragraphs if p.text]
    paragraphs = [b for b in blocks if b.kind not in (BlockKind.ATTENDANCE, BlockKind.TABLE)]
    assert len(texts) == len(paragraphs)
    assert texts[-1] == paragraphs[-1].plain
    tables = [b for b in blocks if b.kind in (BlockKind.ATTENDANCE, BlockKind.TABLE)]
    assert len(doc.tables) == len(tables)
    for table, block in zip(doc.tables, tables, strict=True):
        if block.kind is BlockKind.TABLE:
            got = [tuple(c.text for c in row.cells) for row in table.rows]
            assert got == list(block.cells)


def test_the_default_style_is_the_english_principal_preset(example_meeting):
    assert plain_text(compose(example_meeting)) == plain_text(
        compose(example_meeting, style=load_preset("english-principal"))
    )


def test_english_principal_preset_names_every_key():
    """The reference preset is complete: a council can copy it and change any line."""
    text = (presets_folder() / "english-principal.toml").read_text(encoding="utf-8")
    import tomllib

    data = tomllib.loads(text)
    for key, *_ in keys():
        section, name = key.split(".")
        assert name in data[section], key


def test_docs_describe_every_key():
    docs = Path(__file__).resolve().parents[2] / "docs" / "house-styles.md"
    text = docs.read_text(encoding="utf-8")
    missing = [key for key, *_ in keys() if f"`{key.split('.')[1]}`" not in text]
    assert missing == []
    for name in PRESETS:
        assert f"`{name}`" in text


# -- a style file of a few lines, over a preset ---------------------------------------------


def test_a_short_file_changes_only_what_it_names():
    style = parse_style(
        '[style]\nname = "Stoke Parva"\nbased_on = "english-parish"\n'
        '[headings]\nnumber = "{{ year2 }}/{{ n3 }}"\n'
        '[closing]\ntext = "Meeting closed {{ finished }}."\n'
    )
    parish = load_preset("english-parish")
    assert style.style.name == "Stoke Parva"
    assert style.headings.number == "{{ year2 }}/{{ n3 }}"
    assert style.motions == parish.motions
    text = plain_text(compose(sample("english-parish"), style=style))
    assert "25/412 Apologies for absence:" in text
    assert "Meeting closed 8.25pm." in text


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[headings]\nnumbr = 'x'", "headings.numbr: unknown key"),
        ("[heading]\nnumber = 'x'", "unknown section [heading]"),
        ("[attendance]\nlayout = 'grid'", "attendance.layout: 'grid' is not one of"),
        ("[headings]\ntime = 'yes'", "headings.time: must be true or false"),
        ("[numbering]\nyear_start_month = 13", "numbering.year_start_month: must be a month"),
        (
            "[sentences]\napologies_one = 'From {{ nmes }}.'",
            "sentences.apologies_one: unknown placeholder 'nmes' (this key offers: names",
        ),
        ("[closing]\ntext = '{% if started %}x'", "closing.text: the phrase is not a valid"),
        ("[signature]\nlines = 'Chair'", "signature.lines: must be a list"),
        ("[attendance]\ngroups = ['present', 'visitors']", "attendance.groups: unknown entry"),
        ("[style]\nbased_on = 'martian'", "no preset called 'martian'"),
        ("[headings\nnumber = 1", "not a valid TOML file"),
        (
            '[closing]\ntext = "{{ started.__class__.__mro__ }}"',
            "closing.text: the phrase cannot be rendered",
        ),
    ],
)
def test_a_bad_style_is_one_line_naming_the_key(toml, message):
    with pytest.raises(StyleError) as caught:
        parse_style(toml)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_sandbox_refuses_unsafe_phrases():
    with pytest.raises(StyleError, match="cannot be rendered"):
        parse_style("[closing]\ntext = \"{{ ''.__class__.__subclasses__() }}\"")


def test_braces_in_an_older_phrase_setting_are_printed_as_typed(example_meeting):
    settings = minutes_from({"minutes.none_declared": "Nil {{ declared }} {count}."})
    meeting = replace(example_meeting, declarations=())
    blocks = compose(meeting, settings)
    assert "Nil {{ declared }} {count}." in [b.text for b in blocks]


# -- structure ---------------------------------------------------------------------------------


def test_attendance_inside_the_apologies_item():
    style = parse_style(
        "[style]\nbased_on = 'english-parish'\n[attendance]\nlayout = 'apologies_item'\n"
        "one_paragraph = false\n"
    )
    blocks = compose(sample("english-parish"), style=style)
    kinds = [b.kind for b in blocks]
    first_minute = kinds.index(BlockKind.RUN_IN)
    assert blocks[first_minute].lead == "412. Apologies for absence:"
    assert blocks[first_minute + 1].text.startswith("Cllr H Ashdown (Chair), Cllr R Blake")
    assert not any(b.lead == "Present:" for b in blocks[:first_minute])


def test_labels_on_their_own_line_one_name_a_line():
    style = parse_style(
        "[style]\nbased_on = 'english-parish'\n[attendance]\none_paragraph = false\n"
        "label_position = 'own_line'\none_per_line = ['present']\n"
        "[labels]\npresent = 'THOSE ATTENDING'\n"
    )
    text = plain_text(compose(sample("english-parish"), style=style)).splitlines()
    at = text.index("THOSE ATTENDING:")
    assert text[at + 1 : at + 3] == ["Cllr H Ashdown (Chair)", "Cllr R Blake (Vice-Chair)"]


def test_minutes_of_a_meeting_not_yet_held_are_a_marked_skeleton():
    meeting = sample("english-parish")
    meeting = replace(
        meeting,
        started_at=None,
        finished_at=None,
        items=tuple(
            replace(it, status=ItemStatus.PENDING, started_at=None, motions=(), resolution=None)
            for it in meeting.items
        ),
        people=tuple(replace(p, attendance=Attendance.UNKNOWN) for p in meeting.people),
    )
    blocks = compose(meeting, style=load_preset("english-parish"))
    assert any(b.kind is BlockKind.NOTICE and "Not yet held" in b.text for b in blocks)
    headings = [b for b in blocks if b.kind is BlockKind.RUN_IN]
    assert len(headings) == len(meeting.items)
    # a heading with nothing run on after it ends without the colon that would lead into it
    assert all(h.lead and not h.lead.endswith(":") for h in headings)
    assert not any(b.kind in (BlockKind.SIGNATURE, BlockKind.CLOSING) for b in blocks)
    assert "Cllr T Ellis" in plain_text(blocks)  # expected to attend


def test_numbered_lines_and_tab_tables_in_notes():
    from clerk.minutes.compose import narrative_blocks

    notes = (
        "Items:\n\n1. First\n2) Second\n(b) Third\n3.1 Fourth\n2.5 million was spent.\n\nA\tB\nC\tD"
    )
    blocks = narrative_blocks(notes)
    assert [(b.kind, b.lead, b.text) for b in blocks[1:5]] == [
        (BlockKind.NUMBERED, "1.", "First"),
        (BlockKind.NUMBERED, "2)", "Second"),
        (BlockKind.NUMBERED, "(b)", "Third"),
        # "2.5 million" is not a number of a list: it continues the numbered line above
        (BlockKind.NUMBERED, "3.1", "Fourth 2.5 million was spent."),
    ]
    assert blocks[5].kind is BlockKind.TABLE and blocks[5].cells == (("A", "B"), ("C", "D"))


def test_present_list_by_surname_with_the_chair_in_place():
    style = parse_style(
        "[style]\nbased_on = 'english-parish'\n[attendance]\norder = 'surname'\n"
        "groups = ['present']\n"
    )
    present = next(b for b in compose(sample("english-parish"), style=style) if b.lead)
    assert present.text == (
        "Cllr H Ashdown (Chair), Cllr R Blake (Vice-Chair), Cllr S Carter, Cllr M Dunn"
    )
    meeting = sample("english-parish")
    renamed = tuple(replace(p, surname="Young") if p.id == "ashdown" else p for p in meeting.people)
    present = next(b for b in compose(replace(meeting, people=renamed), style=style) if b.lead)
    assert present.text.endswith("Cllr M Dunn, Cllr H Young (Chair)")


@pytest.mark.parametrize(
    ("number", "text", "heading"),
    [
        ("{{ n }}.", "{{ number }} {{ title }}", "412. Apologies for absence"),
        (
            "{{ year2 }}/{{ n3 }}",
            "{{ number }} {{ title | upper }}",
            "25/412 APOLOGIES FOR ABSENCE",
        ),
        ("Min {{ n }}/{{ year2 }}", "{{ number }} {{ title }}", "Min 412/25 Apologies for absence"),
        (
            "{{ n3 }}-{{ municipal_year_short }}",
            "{{ number }} {{ title | upper }}.",
            "412-24/25 APOLOGIES FOR ABSENCE.",
        ),
        (
            "C{{ n3 }}/{{ year2 }}",
            "{{ number }} {{ agenda_number }}. {{ title | upper }}.",
            "C412/25 1. APOLOGIES FOR ABSENCE.",
        ),
        ("", "{{ title }}", "Apologies for absence"),
    ],
)
def test_heading_forms_of_the_docs(number, text, heading):
    style = parse_style(
        "[style]\nbased_on = 'english-parish'\n[headings]\nrun_in = false\n"
        f"number = '{number}'\ntext = '{text}'\n"
    )
    first = next(b for b in compose(sample("english-parish"), style=style) if b.minute)
    assert (first.kind, first.text) == (BlockKind.HEADING, heading)


def test_one_paragraph_with_each_group_labelled():
    style = parse_style(
        "[style]\nbased_on = 'english-parish'\n"
        "[attendance]\nsublabels = true\ngroup_separator = '. '\n"
        "groups = ['present', 'officers', 'public']\npublic = '{{ count }}'\n"
        "officer = '{{ name }}'\n"
        "[labels]\npresent = 'Present: Parish Councillors'\nofficers = 'Clerk'\n"
        "public = 'Member(s) of the Public (MoP)'\n"
    )
    present = next(b for b in compose(sample("english-parish"), style=style) if b.lead)
    assert present.lead == "Present: Parish Councillors:"
    assert present.text == (
        "Cllr H Ashdown (Chair), Cllr R Blake (Vice-Chair), Cllr S Carter, Cllr M Dunn. "
        "Clerk: Mrs J A Hartley. Member(s) of the Public (MoP): 6"
    )

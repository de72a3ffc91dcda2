"""The keys of a house style: each section of the TOML file as a frozen dataclass, each key
with its default (the York layout), what it does, and the values or placeholders it takes.

``clerk.minutes.style`` reads a file against these; ``docs/house-styles.md`` documents them.
"""

from __future__ import annotations

from dataclasses import dataclass

from clerk.minutes.style_fields import (  # noqa: F401 - the names style.py reads here
    DATE_FORMATS,
    DATE_VARS,
    DEFAULT_PRESET,
    GROUPS,
    MEETING_VARS,
    PERSON_VARS,
    TIME_FORMATS,
    StyleError,
    _f,
)
from clerk.minutes.style_sentences import Sentences


@dataclass(frozen=True)
class StyleInfo:
    name: str = _f("English principal council", "The style's name, shown in lists.")
    description: str = _f("", "One sentence on whom the style is for.")
    based_on: str = _f(
        DEFAULT_PRESET, "The preset this file changes; every key not given comes from it."
    )


@dataclass(frozen=True)
class Formats:
    time: str = _f("h.mm am", "How times of day are written in sentences.", choices=TIME_FORMATS)
    date: str = _f("d MMMM yyyy", "How dates are written.", choices=DATE_FORMATS)
    numbers_in_words_up_to: int = _f(10, "Counts up to this are written in words ('two').")
    second_language: str = _f(
        "",
        "The second language of the title's weekday2 and month2 placeholders: Welsh or Irish.",
        choices=("", "cy", "ga"),
    )


@dataclass(frozen=True)
class Document:
    title: tuple = _f(
        ["{{ organisation }}", "{{ kind_title }}"],
        "Title lines; the first in the title style, the rest as subtitles. Empty lines drop.",
        vars=MEETING_VARS,
    )
    draft: str = _f("", "A notice above the title, e.g. 'DRAFT' ('' for none).", vars=MEETING_VARS)
    not_held: str = _f(
        "Not yet held: these are the agenda's headings and the expected attendance.",
        "The notice on minutes drafted before the meeting has started.",
        vars=MEETING_VARS,
    )
    agenda_item: str = _f(
        "",
        "The agenda listed after the attendance and opening lines, before the minutes: each "
        "agenda item in this form, e.g. '{{ agenda_number }}. {{ title }}' ('' for none).",
        vars=("agenda_number", "title", "description"),
    )
    opening: tuple = _f(
        [],
        "Lines after the attendance, before the first minute: 'The meeting commenced at "
        "{{ started }}.', '{% if presiding %}In the absence of the Chair, {{ presiding }} "
        "presided.{% endif %}'. Empty lines drop.",
        vars=(*MEETING_VARS, "presiding", "chair", "chair_absent"),
    )
    opening_in: str = _f(
        "before_minutes",
        "Where the opening lines go: before the first minute, or at the start of the first "
        "minute ('1. Welcome: In the absence of the Chair, …').",
        choices=("before_minutes", "first_minute"),
    )
    draft_deadline: str = _f(
        "",
        "How soon after the meeting the draft minutes are due: 'one month', '7 working days', "
        "'14 days', '2 weeks' ('' for none); shown as a due date in the Meetings view.",
    )
    draft_label: str = _f(
        "draft minutes",
        "What is due by draft_deadline, as the drafting view names it ('note of decisions').",
    )


@dataclass(frozen=True)
class Names:
    councillor: str = _f(
        "Cllr {{ surname }}",
        "A councillor named in a sentence (declarations, motions, arrivals).",
        vars=PERSON_VARS,
    )
    person: str = _f("{{ short }}", "Anyone else named in a sentence.", vars=PERSON_VARS)
    person_listed: str = _f(
        "{{ short }}", "Anyone else in a list (attendance, apologies).", vars=PERSON_VARS
    )
    listed: str = _f(
        "Cllr {{ surname }}",
        "A councillor in a list when councillors are not grouped.",
        vars=PERSON_VARS,
    )
    group_councillors: bool = _f(
        True, "Group councillors in lists: 'Councillors Baker and Heaton'."
    )
    group_one: str = _f("Councillor", "The word before a group of one.")
    group_many: str = _f("Councillors", "The word before a group of several.")
    grouped: str = _f("{{ surname }}", "A councillor inside a group.", vars=PERSON_VARS)
    title_groups: tuple = _f(
        [],
        "Group the members of an attendance list by their title, in this order, each group "
        "after its plural once: entries 'Alderman=Aldermen'. Members with other titles follow.",
    )
    and_word: str = _f(" and ", "Joins the last two names of a list in a sentence.")
    councillor_titles: tuple = _f(
        [],
        "Titles besides Councillor, Cllr and Cllr. that make a person a councillor (named by "
        "the councillor keys, grouped in lists): 'CClr', 'Cyng.', 'Comhairleoir'.",
    )
    signature: str = _f(
        "Cllr {% if initials %}{{ initials }} {% endif %}{{ surname }}",
        "The chair on the signature line when a councillor.",
        vars=PERSON_VARS,
    )


@dataclass(frozen=True)
class Attendance:
    layout: str = _f(
        "table",
        "Where attendance goes: a two-column table, labelled paragraphs, inside the "
        "apologies item, inside the first minute (a 'Present' item), or nowhere.",
        choices=("table", "paragraphs", "apologies_item", "first_item", "none"),
    )
    groups: tuple = _f(
        ["meeting", "date", "present", "apologies", "in_attendance", "officers"],
        "The rows or paragraphs, in order; an empty group is left out.",
        choices=GROUPS,
    )
    one_per_line: tuple = _f(
        ["in_attendance", "officers"], "Groups written one name a line.", choices=GROUPS
    )
    in_minute: str = _f(
        "before_notes",
        "With layout apologies_item or first_item: the attendance opens that minute, or follows "
        "the clerk's notes and sentences in it.",
        choices=("before_notes", "after_notes"),
    )
    order: str = _f(
        "chair_first",
        "Order of the present list: chair, vice-chair, members as recorded, substitutes last; "
        "as recorded; or by surname.",
        choices=("chair_first", "as_recorded", "surname"),
    )
    after_opening: bool = _f(
        False,
        "Put the attendance after a passage without a heading that opens the minutes (a "
        "preamble, a prayer), not before it.",
    )
    label_position: str = _f(
        "run_in",
        "Paragraph layouts: the label before the names, or on a line of its own.",
        choices=("run_in", "own_line"),
    )
    one_paragraph: bool = _f(
        False,
        "Paragraph layouts: every group in one paragraph, under the first group's label.",
    )
    sublabels: bool = _f(
        False, "In one paragraph, put each group after the first after its own label."
    )
    group_separator: str = _f(", ", "In one paragraph, between one group and the next.")
    continue_groups: tuple = _f(
        [],
        "Groups that carry on the list before them without a label of their own: the clerk "
        "and a guest after the members ('… E. Rees and Mrs M. Rees (Clerk)'); in paragraphs "
        "one a group, the names joined to the list before ('In attendance: Mrs S Roberts "
        "(Clerk) and Unitary Cllr J Davies').",
        choices=GROUPS,
    )
    empty: tuple = _f(
        [],
        "Groups printed even when nobody is in them, each with its text: entries "
        "'absent=There were no absences'.",
    )
    ends: tuple = _f(
        [],
        "A group's own end, in place of end: entries 'apologies=' (no stop after the apologies).",
    )
    separators: tuple = _f(
        [],
        "A group's own separator, in place of separator: entries 'apologies=; '.",
    )
    and_words: tuple = _f(
        [],
        "A group's own word joining its last two names, in place of names.and_word and "
        "final_and: entries 'apologies=' (none: the separator), 'officers= & '.",
    )
    forms: tuple = _f(
        [],
        "Groups written as a sentence around their names, with no label: entries "
        "'officers={{ names }} were in attendance.' (placeholders names, count).",
        vars=("names", "count"),
    )
    end: str = _f(
        "",
        "After each list of names, and after each name of a group written one a line (e.g. '.').",
    )
    final_and: bool = _f(False, "Join the last two names of an attendance list with 'and'.")
    separator: str = _f(", ", "Between names of an attendance list.")
    chair_suffix: str = _f(" (Chair)", "After the chair's name in attendance lists.")
    chair: str = _f(
        "{{ name }}",
        "The chair in attendance lists, e.g. with the office first: '{{ capacity }} {{ name }}'.",
        vars=("name", *PERSON_VARS),
    )
    vice_chair_suffix: str = _f(" (Vice-Chair)", "After the vice-chair's name.")
    vice_chair: str = _f(
        "{{ name }}",
        "The vice-chair in every list and in the apologies sentence, e.g. 'Vice Chair {{ name }}' "
        "or '{{ name }} (vice chairman)'.",
        vars=("name", *PERSON_VARS),
    )
    remote_suffix: str = _f("", "After the name of someone who attended remotely.")
    in_part: str = _f(
        "{{ name }}",
        "Someone who attended in part (no times noted), e.g. '{{ name }} (in part)' or "
        "'(In Part) {{ name }}'.",
        vars=("name",),
    )
    note: str = _f(
        " ({{ note }})",
        "After the name of someone whose attendance has a note ('joined the meeting after item "
        "9'), in attendance lists.",
        vars=("note",),
    )
    in_part_after: str = _f(
        "",
        "Put those who attended in part after the rest of their group, introduced by this "
        "('… Anthony Allison and (in part) Gosia Motler, Lorna Wilson'); '' to keep them in "
        "place in the in_part form.",
    )
    ward: str = _f(
        "",
        "The present members grouped by ward (electoral area), each group an entry of its own "
        "in the wards' order of first appearance, e.g. '{{ ward | upper }} {{ names }}' ('' "
        "for one list).",
        vars=("ward", "names", "count"),
    )
    substitute: str = _f(
        "{{ name }} (Substitute for {{ absent }})",
        "A substitute in the present list.",
        vars=("name", "absent"),
    )
    officer: str = _f(
        "{{ name }} - {{ capacity }}",
        "An officer or other attendee with a capacity.",
        vars=("name", *PERSON_VARS),
    )
    guest: str = _f(
        "",
        "Someone in attendance (not an officer) with a capacity; '' for the officer form. E.g. "
        "'{{ capacity }} {{ name }}'.",
        vars=("name", *PERSON_VARS),
    )
    public: str = _f(
        "{{ count_words }} members of the public",
        "The public group, when a count is recorded.",
        vars=("count", "count_words"),
    )
    public_one: str = _f(
        "one member of the public", "As public, for one.", vars=("count", "count_words")
    )


@dataclass(frozen=True)
class Labels:
    meeting: str = _f("Meeting", "Label of the meeting's name.")
    date: str = _f("Date", "Label of the date.")
    chair: str = _f("Chair", "Label of the chair on its own.")
    vice_chair: str = _f("Vice-Chair", "Label of the vice-chair on their own.")
    offices: str = _f(
        "Offices",
        "Label of the office holders in one paragraph; elsewhere each is labelled with their "
        "office ('Secretary').",
    )
    present: str = _f("Present", "Label of the members present.")
    remote: str = _f("Attending remotely", "Label of those who attended remotely.")
    apologies: str = _f("Apologies", "Label of those who sent apologies.")
    absent: str = _f("Absent", "Label of members absent without apology.")
    in_attendance: str = _f("In Attendance", "Label of non-members attending.")
    guests: str = _f("Also in attendance", "Label of those attending with a capacity (guests).")
    officers: str = _f("Officers Present", "Label of the officers.")
    public: str = _f("Public", "Label of the count of the public.")
    separator: str = _f(":", "After a label in a paragraph layout (not in a table).")


@dataclass(frozen=True)
class Headings:
    number: str = _f(
        "{{ n }}.",
        "The minute's number as printed ('' for none).",
        vars=(
            "n",
            "n2",
            "n3",
            "year",
            "year2",
            "municipal_year",
            "municipal_year_short",
            "agenda_number",
        ),
    )
    text: str = _f(
        "{{ number }} {{ title }}{% if time %} ({{ time }}){% endif %}",
        "The heading line.",
        vars=("number", "title", "time", "agenda_number", "untitled"),
    )
    time: bool = _f(True, "Give each heading the time the item was taken.")
    time_format: str = _f("HH:MM", "How the heading's time is written.", choices=TIME_FORMATS)
    run_in: bool = _f(False, "Run the heading into the minute's first paragraph.")
    description: bool = _f(False, "Print the agenda's description of the item under its heading.")
    minutes_label: str = _f(
        "", "A line before the minute itself, e.g. 'Minutes:' after the description."
    )


@dataclass(frozen=True)
class Motions:
    form: str = _f(
        "formal",
        "'formal': moved/seconded and the vote as sentences; 'one_line': the one_line phrase.",
        choices=("formal", "one_line"),
    )
    one_line: str = _f(
        "Proposed by {{ mover }}; seconded by {{ seconder }}; {{ result_word }}.",
        "A motion in one line.",
        vars=(
            "mover",
            "seconder",
            "mover_monogram",
            "seconder_monogram",
            "text",
            "result",
            "result_word",
            "counts",
            "kind",
            "unanimous",
        ),
    )
    position: str = _f(
        "before_resolution",
        "Where one-line motions go in the minute.",
        choices=("before_resolution", "after_resolution", "before_notes"),
    )
    vote_counts: bool = _f(True, "Give the numbers for and against.")
    counts: str = _f(
        "{{ for }} for, {{ against }} against{% if abstain %}, {{ abstain }} abstaining{% endif %}",
        "The counts in the one-line form.",
        vars=("for", "against", "abstain"),
    )
    carried: str = _f("Carried", "The result word for a carried motion (one_line).")
    unanimous: str = _f(
        "Carried unanimously",
        "The result word for a motion carried unanimously (one_line), e.g. 'Unanimously agreed'.",
    )
    lost: str = _f("Lost", "The result word for a lost motion (one_line).")
    withdrawn: str = _f("Withdrawn", "The result word for a withdrawn motion (one_line).")


@dataclass(frozen=True)
class Decisions:
    word: str = _f("Resolved:", "The bold word before a decision ('' for none).")
    text: str = _f(
        "{{ text }}", "A one-part decision after the word.", vars=("text", "rest", "word")
    )
    many: str = _f(
        "{{ word }}",
        "The line before a decision in several parts ('' for none).",
        vars=("word",),
    )
    part: str = _f(
        "{{ text }}",
        "Each part of a decision in several parts, after its number: 'Resolved that {{ rest }}'.",
        vars=("text", "rest", "word", "n"),
    )
    numbering: str = _f(
        "roman",
        "How parts of a decision are numbered.",
        choices=("roman", "arabic", "letters", "none"),
    )
    reason: str = _f("Reason:", "The bold word before the reason ('' to leave reasons out).")
    before_notes_from: str = _f(
        "",
        "In the previous minutes' item, the decision goes before the notes' first paragraph "
        "that starts with these words (e.g. 'Matters arising'), with its proposer; '' for "
        "after all the notes.",
    )


@dataclass(frozen=True)
class Numbering:
    restart: str = _f(
        "municipal_year",
        "When minute numbers go back to 1.",
        choices=("municipal_year", "calendar_year", "never", "each_meeting"),
    )
    year_start_month: int = _f(5, "The month a municipal year begins (1-12).")


@dataclass(frozen=True)
class Actions:
    show: str = _f(
        "none",
        "Actions in the minutes: not at all, after their minute, or in a right-hand column "
        "beside it (the minutes then stand in a two-column table).",
        choices=("none", "after_minute", "column"),
    )
    column_headings: tuple = _f(
        ["Discussion and decision", "Action"],
        "The column layout's two headings ([] for none).",
    )
    text: str = _f(
        "Action: {{ owner }}",
        "One action after its minute.",
        vars=("owner", "text", "due"),
    )


@dataclass(frozen=True)
class Closing:
    text: str = _f(
        "{% if started and finished %}[The meeting started at {{ started }} and finished at "
        "{{ finished }}].{% elif started %}[The meeting started at {{ started }}].{% endif %}",
        "The closing line ('' for none).",
        vars=("started", "finished"),
    )


@dataclass(frozen=True)
class Signature:
    lines: tuple = _f(
        ["{{ chair }}, {{ label }}"],
        "The signature block, line by line ([] for none).",
        vars=("chair", "label", "date"),
    )
    label: str = _f("Chair", "The chair's title on the signature line.")
    after_closing: bool = _f(False, "Put the signature after the closing line.")


SECTIONS: dict[str, type] = {
    "style": StyleInfo,
    "format": Formats,
    "document": Document,
    "names": Names,
    "attendance": Attendance,
    "labels": Labels,
    "headings": Headings,
    "motions": Motions,
    "decisions": Decisions,
    "sentences": Sentences,
    "numbering": Numbering,
    "actions": Actions,
    "closing": Closing,
    "signature": Signature,
}

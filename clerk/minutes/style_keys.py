"""The keys of a house style: each section of the TOML file as a frozen dataclass, each key
with its default (the York layout), what it does, and the values or placeholders it takes.

``clerk.minutes.style`` reads a file against these; ``docs/house-styles.md`` documents them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_PRESET = "english-principal"


class StyleError(ValueError):
    """A house style that cannot be used; ``str()`` is one line naming the key and the problem."""


def _f(default: Any, doc: str, *, choices: tuple = (), vars: tuple[str, ...] | None = None):
    """A style key: its default (the York layout), what it does, and either the values it
    takes (``choices``) or, for a phrase, the placeholders it offers (``vars``)."""
    if isinstance(default, list):
        default = tuple(default)
    return field(default=default, metadata={"doc": doc, "choices": choices, "vars": vars})


DATE_VARS = ("date", "weekday", "day", "day_ordinal", "month", "year", "weekday2", "month2")
MEETING_VARS = (
    "organisation",
    "body",
    "kind",
    "kind_title",
    "venue",
    "time",
    "scheduled",
    "started",
    "officer",
    "officer_phone",
    "officer_email",
    "meeting_type",
    "virtual",
    *DATE_VARS,
)
PERSON_VARS = (
    "title",
    "forename",
    "initial",
    "initials",
    "surname",
    "full",
    "short",
    "titled",
    "honorific",
    "capacity",
    "monogram",
    "post_nominals",
    "ward",
)
TIME_FORMATS = (
    "h.mm am",
    "h.mmam",
    "h:mm am",
    "h:mmam",
    "h.mm AM",
    "h:mm AM",
    "h.mm a.m.",
    "h[.mm]am",
    "h[.mm] am",
    "HH:MM",
    "HH.MM",
)
DATE_FORMATS = ("d MMMM yyyy", "dth MMMM yyyy", "dd/mm/yyyy", "MMMM d, yyyy")
GROUPS = (
    "meeting",
    "date",
    "chair",
    "present",
    "remote",
    "apologies",
    "absent",
    "in_attendance",
    "officers",
    "public",
)


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
    opening: tuple = _f(
        [],
        "Lines after the attendance, before the first minute: 'The meeting commenced at "
        "{{ started }}.', '{% if presiding %}In the absence of the Chair, {{ presiding }} "
        "presided.{% endif %}'. Empty lines drop.",
        vars=(*MEETING_VARS, "presiding", "chair"),
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
        "In one paragraph with sublabels, groups that carry on the list before them without a "
        "label of their own: the clerk and a guest after the members ('… E. Rees and Mrs M. "
        "Rees (Clerk)').",
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
    present: str = _f("Present", "Label of the members present.")
    remote: str = _f("Attending remotely", "Label of those who attended remotely.")
    apologies: str = _f("Apologies", "Label of those who sent apologies.")
    absent: str = _f("Absent", "Label of members absent without apology.")
    in_attendance: str = _f("In Attendance", "Label of non-members attending.")
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
        vars=("number", "title", "time", "agenda_number"),
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
class Sentences:
    apologies_none: str = _f("There were no apologies for absence.", "No apologies.", vars=())
    apologies_one: str = _f(
        "An apology for absence was submitted by {{ names }}.",
        "One apology.",
        vars=("names", "members", "others", "count", "count_words", "accepted"),
    )
    apologies_many: str = _f(
        "Apologies for absence were received from {{ names }}.",
        "Several apologies.",
        vars=("names", "members", "others", "count", "count_words", "accepted"),
    )
    apology_reason: str = _f(
        " ({{ reason }})",
        "After the names of those who gave the same reason for their apologies; the names are "
        "grouped by reason ('Cllr L Watson and Cllr J Foster (family commitment), Cllr A Hart "
        "(work commitment)').",
        vars=("reason",),
    )
    apologies_accepted: str = _f(
        "",
        "After the apologies, when the meeting accepted them, e.g. 'The meeting accepted "
        "{% if count == 1 %}this as a proper reason{% else %}these as proper reasons{% endif %} "
        "for non-attendance.' ('' for nothing; the apologies sentences also have 'accepted').",
        vars=("count", "reasons"),
    )
    arrival: str = _f(
        "",
        "A member arriving after the start ('' for 'Cllr Gill joined the meeting at 6.07 pm.'), "
        "e.g. '{{ title }} {{ initials }} {{ surname }} arrived to the meeting during "
        "consideration of this item of business ({{ time }}).'",
        vars=("name", "time", "note", *PERSON_VARS),
    )
    moves_position: str = _f(
        "in_time",
        "Where an arrival or departure during an item goes in its minute: in time order among "
        "the debate and motions, or first, before the notes.",
        choices=("in_time", "first"),
    )
    departure: str = _f(
        "",
        "A member leaving before the end ('' for 'Cllr Gill left the meeting at 7.05 pm.').",
        vars=("name", "time", "note", *PERSON_VARS),
    )
    substitute: str = _f(
        "{{ name }} attended as a substitute for {{ absent }}.",
        "In the apologies item, each substitute.",
        vars=("name", "absent"),
    )
    absent: str = _f(
        "", "Members absent without apology ('' to say nothing).", vars=("names", "count")
    )
    declarations_intro: str = _f(
        "Members were asked to declare, at this point in the meeting, any personal interests, "
        "not included on the Register of Interests, or any prejudicial or disclosable "
        "pecuniary interests they may have in respect of business on the agenda.",
        "Opens the declarations item ('' for none); not repeated if the notes hold it.",
        vars=(),
    )
    declaration: str = _f(
        "{{ name }} declared {{ a_kind }} interest in {{ items }}"
        "{% if nature %}, {{ nature }}{% endif %}"
        "{% if left_room %}, and left the room during consideration of {{ that_item }}"
        "{% endif %}.",
        "One declaration.",
        vars=(
            "name",
            "kind",
            "a_kind",
            "items",
            "item_numbers",
            "nature",
            "nature_typed",
            "left_room",
            "that_item",
        ),
    )
    no_declarations: str = _f("None were declared.", "Nobody declared an interest.", vars=())
    declarations_end: str = _f(
        "",
        "After the declarations made, e.g. 'No other declarations received.' ('' for none).",
        vars=("count",),
    )
    public_end: str = _f(
        "",
        "After the public's speakers, e.g. 'The Chair … convened the meeting at {{ started }}.' "
        "('' for none).",
        vars=("started", "count"),
    )
    public_none: str = _f(
        "It was reported that there had been no registrations to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "Public participation, nobody spoke.",
        vars=(),
    )
    urgent_none: str = _f(
        "",
        "An urgent business item with nothing minuted in it ('' for nothing), e.g. 'None.'.",
        vars=(),
    )
    public_one: str = _f(
        "It was reported that there had been one registration to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "Public participation, one speaker.",
        vars=("count", "count_words"),
    )
    public_many: str = _f(
        "It was reported that there had been {{ count_words }} registrations to speak at the "
        "meeting under the Council's Public Participation Scheme.",
        "Public participation, several speakers.",
        vars=("count", "count_words"),
    )
    speaker: str = _f(
        "",
        "Each speaker as a line of its own, the summary below it, e.g. '{{ name }}:' or "
        "'{{ roman }}. {{ name }}:' ('' for a sentence: 'Name spoke. Summary').",
        vars=("name", "capacity", "n", "roman"),
    )
    previous_minutes: str = _f(
        "", "The minutes item's decision when none was recorded ('' for none).", vars=()
    )
    deferral: str = _f(
        "That the item be deferred.",
        "The decision of an item deferred without a recorded resolution.",
        vars=("title",),
    )
    withdrawn: str = _f("This item was withdrawn.", "An item withdrawn.", vars=("title",))
    exclusion_none: str = _f(
        "",
        "An exclusion item with no exempt business after it and no decision recorded ('' to "
        "word the exclusion resolution all the same).",
        vars=(),
    )
    exclusion: str = _f(
        "",
        "The resolution to exclude press and public ('' for the Schedule 12A wording).",
        vars=("items", "paragraphs"),
    )
    recording_paused: str = _f(
        "The recording of the meeting was paused while the press and public were excluded.",
        "When the meeting was recorded: after the resolution to exclude the press and public "
        "(or opening the exempt minute), the recording's pause ('' for nothing).",
        vars=(),
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

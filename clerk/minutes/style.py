"""House styles: everything Clerk writes itself in the minutes, as data.

A house style is a TOML file (``docs/house-styles.md`` documents every key). It is read with
``tomllib``, checked key by key against the sections below and turned into a frozen
``HouseStyle``; its phrases are Jinja2 templates compiled in a sandbox, each allowed only the
placeholders its key offers. A bad file gives one ``StyleError`` line naming the key and the
problem, so whoever holds the previous style keeps it.

A file names only what differs from its base: the preset named by ``based_on`` (default: the
English principal council, the York layout), so a council's style can be a dozen lines.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

from clerk.resources import resource_path

DEFAULT_PRESET = "english-principal"


class StyleError(ValueError):
    """A house style that cannot be used; ``str()`` is one line naming the key and the problem."""


def _f(default: Any, doc: str, *, choices: tuple = (), vars: tuple[str, ...] | None = None):
    """A style key: its default (the York layout), what it does, and either the values it
    takes (``choices``) or, for a phrase, the placeholders it offers (``vars``)."""
    if isinstance(default, list):
        default = tuple(default)
    return field(default=default, metadata={"doc": doc, "choices": choices, "vars": vars})


DATE_VARS = ("date", "weekday", "day", "day_ordinal", "month", "year")
MEETING_VARS = (
    "organisation",
    "body",
    "kind",
    "kind_title",
    "venue",
    "time",
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
    "capacity",
)
TIME_FORMATS = (
    "h.mm am",
    "h.mmam",
    "h:mm am",
    "h:mmam",
    "h.mm AM",
    "h:mm AM",
    "h.mm a.m.",
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
    and_word: str = _f(" and ", "Joins the last two names of a list in a sentence.")
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
        "apologies item, or nowhere.",
        choices=("table", "paragraphs", "apologies_item", "none"),
    )
    groups: tuple = _f(
        ["meeting", "date", "present", "apologies", "in_attendance", "officers"],
        "The rows or paragraphs, in order; an empty group is left out.",
        choices=GROUPS,
    )
    one_per_line: tuple = _f(
        ["in_attendance", "officers"], "Groups written one name a line.", choices=GROUPS
    )
    order: str = _f(
        "chair_first",
        "Order of the present list: chair, vice-chair, members as recorded, substitutes last; "
        "as recorded; or by surname.",
        choices=("chair_first", "as_recorded", "surname"),
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
    final_and: bool = _f(False, "Join the last two names of an attendance list with 'and'.")
    separator: str = _f(", ", "Between names of an attendance list.")
    chair_suffix: str = _f(" (Chair)", "After the chair's name in attendance lists.")
    vice_chair_suffix: str = _f(" (Vice-Chair)", "After the vice-chair's name.")
    remote_suffix: str = _f("", "After the name of someone who attended remotely.")
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
        vars=("mover", "seconder", "text", "result", "result_word", "counts", "kind"),
    )
    position: str = _f(
        "before_resolution",
        "Where one-line motions go in the minute.",
        choices=("before_resolution", "after_resolution"),
    )
    vote_counts: bool = _f(True, "Give the numbers for and against.")
    counts: str = _f(
        "{{ for }} for, {{ against }} against{% if abstain %}, {{ abstain }} abstaining{% endif %}",
        "The counts in the one-line form.",
        vars=("for", "against", "abstain"),
    )
    carried: str = _f("Carried", "The result word for a carried motion (one_line).")
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


@dataclass(frozen=True)
class Sentences:
    apologies_none: str = _f("There were no apologies for absence.", "No apologies.", vars=())
    apologies_one: str = _f(
        "An apology for absence was submitted by {{ names }}.",
        "One apology.",
        vars=("names", "count", "count_words"),
    )
    apologies_many: str = _f(
        "Apologies for absence were received from {{ names }}.",
        "Several apologies.",
        vars=("names", "count", "count_words"),
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
        vars=("name", "kind", "a_kind", "items", "nature", "left_room", "that_item"),
    )
    no_declarations: str = _f("None were declared.", "Nobody declared an interest.", vars=())
    public_none: str = _f(
        "It was reported that there had been no registrations to speak at the meeting under "
        "the Council's Public Participation Scheme.",
        "Public participation, nobody spoke.",
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
    previous_minutes: str = _f(
        "", "The minutes item's decision when none was recorded ('' for none).", vars=()
    )
    deferral: str = _f(
        "That the item be deferred.",
        "The decision of an item deferred without a recorded resolution.",
        vars=("title",),
    )
    withdrawn: str = _f("This item was withdrawn.", "An item withdrawn.", vars=("title",))
    exclusion: str = _f(
        "",
        "The resolution to exclude press and public ('' for the Schedule 12A wording).",
        vars=("items", "paragraphs"),
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
        "Actions in the minutes: not at all, or after their minute.",
        choices=("none", "after_minute"),
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


@dataclass(frozen=True)
class Publication:
    """When the draft minutes must be out: shown while drafting (and as a due date)."""

    draft_within: int = _f(
        1,
        "The draft minutes are due this many units after the meeting (0 for no deadline).",
    )
    draft_unit: str = _f(
        "months",
        "The unit of draft_within: calendar months, calendar days or working days.",
        choices=("months", "days", "working_days"),
    )
    draft_label: str = _f(
        "draft minutes",
        "What is due, as the drafting view names it ('note of decisions').",
    )


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
    "publication": Publication,
}


_ENV = SandboxedEnvironment(autoescape=False, undefined=jinja2.StrictUndefined)


def _compile(where: str, text: str, allowed: tuple[str, ...]) -> jinja2.Template:
    try:
        ast = _ENV.parse(text)
    except jinja2.TemplateSyntaxError as exc:
        raise StyleError(f"{where}: the phrase is not a valid template ({exc.message})") from None
    unknown = sorted(meta.find_undeclared_variables(ast) - set(allowed))
    if unknown:
        offers = ", ".join(allowed) if allowed else "none"
        raise StyleError(f"{where}: unknown placeholder '{unknown[0]}' (this key offers: {offers})")
    template = _ENV.from_string(text)
    try:  # a trial run catches what only shows when rendering (unsafe calls, 1/0)
        template.render({name: "X" for name in allowed})
    except Exception as exc:  # noqa: BLE001 - any fault of a phrase is the style's fault
        raise StyleError(f"{where}: the phrase cannot be rendered ({_one_line(exc)})") from None
    return template


def _one_line(exc: BaseException) -> str:
    return (" ".join(str(exc).split()) or type(exc).__name__)[:160]


@dataclass(frozen=True)
class HouseStyle:
    style: StyleInfo = field(default_factory=StyleInfo)
    format: Formats = field(default_factory=Formats)
    document: Document = field(default_factory=Document)
    names: Names = field(default_factory=Names)
    attendance: Attendance = field(default_factory=Attendance)
    labels: Labels = field(default_factory=Labels)
    headings: Headings = field(default_factory=Headings)
    motions: Motions = field(default_factory=Motions)
    decisions: Decisions = field(default_factory=Decisions)
    sentences: Sentences = field(default_factory=Sentences)
    numbering: Numbering = field(default_factory=Numbering)
    actions: Actions = field(default_factory=Actions)
    closing: Closing = field(default_factory=Closing)
    signature: Signature = field(default_factory=Signature)
    publication: Publication = field(default_factory=Publication)
    source: str = ""  # the TOML text it was read from ("" for the built-in defaults)

    def say(self, key: str, **values: Any) -> str:
        """The phrase at ``key`` ("sentences.apologies_one") with its placeholders filled, on
        one line with runs of spaces closed up."""
        return _squash(_render(self, key, -1, values))

    def say_at(self, key: str, index: int, **values: Any) -> str:
        """One entry of a list of phrases ("signature.lines"), filled."""
        return _squash(_render(self, key, index, values))

    def say_lines(self, key: str, **values: Any) -> list[str]:
        """A list of phrases ("document.title"), each filled; empty results left out."""
        section, name = key.split(".")
        count = len(getattr(getattr(self, section), name))
        lines = (_squash(_render(self, key, i, values)) for i in range(count))
        return [line for line in lines if line]

    def value(self, key: str) -> Any:
        section, name = key.split(".")
        return getattr(getattr(self, section), name)


def _squash(text: str) -> str:
    """Runs of spaces closed up, and the full stop doubled by a phrase ending "… {{ time }}."
    after "4.20 p.m." made single (an ellipsis stays)."""
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _render(style: HouseStyle, key: str, index: int, values: dict) -> str:
    from clerk.minutes.render import MinutesError

    template = _templates(style)[(key, index)]
    try:
        return template.render(values)
    except Exception as exc:  # noqa: BLE001 - a phrase fails only by the style's fault
        raise MinutesError(
            f"house style {style.style.name!r}, {key}: {_one_line(exc)}", bad_input=True
        ) from None


@cache
def _templates(style: HouseStyle) -> dict[tuple[str, int], jinja2.Template]:
    """Every phrase of the style, compiled (checked already when the style was read)."""
    out = {}
    for section, cls in SECTIONS.items():
        for f in fields(cls):
            allowed = f.metadata.get("vars")
            if allowed is None:
                continue
            value = getattr(getattr(style, section), f.name)
            key = f"{section}.{f.name}"
            if isinstance(value, tuple):
                for i, text in enumerate(value):
                    out[(key, i)] = _compile(f"{key}[{i + 1}]", text, allowed)
            else:
                out[(key, -1)] = _compile(key, value, allowed)
    return out


# -- reading -----------------------------------------------------------------------------------


def _check_value(where: str, f, value: Any) -> Any:
    default = f.default
    md = f.metadata
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise StyleError(f"{where}: must be true or false, not {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise StyleError(f"{where}: must be a whole number, not {value!r}")
        if where == "numbering.year_start_month" and not 1 <= value <= 12:
            raise StyleError(f"{where}: must be a month from 1 to 12, not {value}")
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise StyleError(f"{where}: must be a list of texts in [ ]")
        if md["choices"]:
            for v in value:
                if v not in md["choices"]:
                    raise StyleError(
                        f"{where}: unknown entry {v!r} (choose from: {', '.join(md['choices'])})"
                    )
        if md["vars"] is not None:
            for i, v in enumerate(value):
                _compile(f"{where}[{i + 1}]", v, md["vars"])
        return tuple(value)
    if not isinstance(value, str):
        raise StyleError(f"{where}: must be a text in quotes, not {value!r}")
    if md["choices"] and value not in md["choices"]:
        raise StyleError(f"{where}: {value!r} is not one of: {', '.join(md['choices'])}")
    if md["vars"] is not None:
        _compile(where, value, md["vars"])
    return value


def _apply(base: HouseStyle, data: dict, origin: str) -> HouseStyle:
    changes = {}
    for section, table in data.items():
        cls = SECTIONS.get(section)
        if cls is None:
            raise StyleError(
                f"{origin}: unknown section [{section}] (sections: {', '.join(SECTIONS)})"
            )
        if not isinstance(table, dict):
            raise StyleError(f"{origin}: {section} must be a section [{section}]")
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in table.items():
            f = known.get(key)
            if f is None:
                raise StyleError(f"{section}.{key}: unknown key (see docs/house-styles.md)")
            values[key] = _check_value(f"{section}.{key}", f, value)
        changes[section] = replace(getattr(base, section), **values)
    return replace(base, **changes)


def parse_style(text: str, origin: str = "style", *, _depth: int = 0) -> HouseStyle:
    """A house style from its TOML text, over the preset it is based on."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"{origin}: not a valid TOML file ({exc})") from None
    info = data.get("style", {})
    based_on = info.get("based_on", DEFAULT_PRESET) if isinstance(info, dict) else None
    if not isinstance(based_on, str):
        raise StyleError("style.based_on: must be the name of a preset")
    if based_on in ("", "none") or _depth > 4 or based_on == origin:
        base = HouseStyle()
    else:
        base = load_preset(based_on, _depth=_depth + 1)
    style = _apply(base, data, origin)
    style = replace(style, source=text)
    _templates(style)  # every phrase compiles, or one line says which does not
    return style


def parse_overrides(base: HouseStyle, data: dict) -> HouseStyle:
    """``base`` with some keys changed ({section: {key: value}}), checked as a file is."""
    style = _apply(base, data, "settings")
    _templates(style)
    return style


def read_style_file(path: Path | str) -> HouseStyle:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StyleError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StyleError(f"{path}: cannot be read ({_one_line(exc)})") from None
    return parse_style(text, path.name)


# -- presets -----------------------------------------------------------------------------------


def presets_folder() -> Path:
    return resource_path("styles")


def preset_names() -> list[str]:
    return sorted(p.stem for p in presets_folder().glob("*.toml"))


def preset_text(name: str) -> str:
    path = presets_folder() / f"{name}.toml"
    if not path.is_file():
        raise StyleError(f"no preset called {name!r} (presets: {', '.join(preset_names())})")
    return path.read_text(encoding="utf-8")


def load_preset(name: str, *, _depth: int = 0) -> HouseStyle:
    return _load_preset(name, _depth)


@cache
def _load_preset(name: str, depth: int) -> HouseStyle:
    return parse_style(preset_text(name), name, _depth=depth)


def default_style() -> HouseStyle:
    return load_preset(DEFAULT_PRESET)


def resolve_style(style: HouseStyle | str | Path | None) -> HouseStyle:
    """A style given as an object, a preset name, a TOML file path, or None (the default)."""
    if style is None:
        return default_style()
    if isinstance(style, HouseStyle):
        return style
    text = str(style)
    if text in preset_names():
        return load_preset(text)
    return read_style_file(text)


def keys() -> list[tuple[str, Any, str, tuple, tuple | None]]:
    """Every key: ("section.key", default, doc, choices, placeholders) for docs and the GUI."""
    out = []
    for section, cls in SECTIONS.items():
        for f in fields(cls):
            out.append(
                (
                    f"{section}.{f.name}",
                    f.default,
                    f.metadata["doc"],
                    f.metadata["choices"],
                    f.metadata["vars"],
                )
            )
    return out

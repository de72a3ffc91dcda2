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
from typing import TYPE_CHECKING, Any

from clerk.minutes.style_keys import (
    DEFAULT_PRESET,
    GROUPS,
    SECTIONS,
    Actions,
    Attendance,
    Closing,
    Decisions,
    Document,
    Formats,
    Headings,
    Labels,
    Motions,
    Names,
    Numbering,
    Sentences,
    Signature,
    StyleError,
    StyleInfo,
)
from clerk.resources import resource_path

if TYPE_CHECKING:
    import jinja2


def _language_part(value: Any, n: int = 1, separator: str | None = None) -> str:
    """The ``n``-th language of a text held in two: "Cyngor Cymuned X / X Community Council"
    or "Welsh text" and "English text" on two lines (``part(2)`` is the English). A text held
    in one language is returned whole, whatever ``n``."""
    text = "" if value is None else str(value)
    if separator is None:
        separator = "\n" if "\n" in text else " / "
    parts = [p.strip() for p in text.split(separator)]
    if len(parts) < 2 or not isinstance(n, int) or n < 1:
        return text.strip()
    return parts[min(n, len(parts)) - 1]


@cache
def _env() -> jinja2.Environment:
    """The templates' sandbox, made when a phrase is first compiled: jinja2 is imported then,
    not with the package (the window opens without it)."""
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(autoescape=False, undefined=jinja2.StrictUndefined)
    env.filters["part"] = _language_part
    return env


def _compile(where: str, text: str, allowed: tuple[str, ...]) -> jinja2.Template:
    import jinja2
    from jinja2 import meta

    env = _env()
    try:
        ast = env.parse(text)
    except jinja2.TemplateSyntaxError as exc:
        raise StyleError(f"{where}: the phrase is not a valid template ({exc.message})") from None
    unknown = sorted(meta.find_undeclared_variables(ast) - set(allowed))
    if unknown:
        offers = ", ".join(allowed) if allowed else "none"
        raise StyleError(f"{where}: unknown placeholder '{unknown[0]}' (this key offers: {offers})")
    template = env.from_string(text)
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
    after "4.20 p.m." made single (an ellipsis stays), as is one after a closing quotation mark
    that already follows a stop ('… “That the report be noted.”.')."""
    text = _DOUBLED_STOP.sub(".", text)
    text = _STOP_AFTER_QUOTE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
_STOP_AFTER_QUOTE = re.compile(r"([.!?][”\"’'])\.")
_SPACES = re.compile(r"[ \t]{2,}")


def _render(style: HouseStyle, key: str, index: int, values: dict) -> str:
    from clerk.minutes.render import MinutesError

    template = _phrases_of(style)[(key, index)]
    try:
        return template.render(values)
    except Exception as exc:  # noqa: BLE001 - a phrase fails only by the style's fault
        raise MinutesError(
            f"house style {style.style.name!r}, {key}: {_one_line(exc)}", bad_input=True
        ) from None


#: The compiled phrases of the styles in use, by the style object's identity (the object is
#: held, so its id stays its own). A minutes document says several hundred phrases: looking
#: them up by the style's value hashed the whole style each time (a tenth of composing).
_BY_OBJECT: dict[int, tuple[HouseStyle, dict[tuple[str, int], jinja2.Template]]] = {}


def _phrases_of(style: HouseStyle) -> dict[tuple[str, int], jinja2.Template]:
    held = _BY_OBJECT.get(id(style))
    if held is None or held[0] is not style:
        if len(_BY_OBJECT) >= 32:
            _BY_OBJECT.clear()
        held = _BY_OBJECT[id(style)] = (style, _templates(style))
    return held[1]


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


_GROUP_ENTRIES = {  # keys whose entries are "group=text", with an example each
    "attendance.empty": "absent=There were no absences",
    "attendance.ends": "apologies=",
    "attendance.separators": "apologies=; ",
    "attendance.and_words": "apologies=",
    "attendance.forms": "officers={{ names }} were in attendance.",
}


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
        if where == "names.title_groups":
            for v in value:
                one, _, many = v.partition("=")
                if not one.strip() or not many.strip():
                    raise StyleError(
                        f"{where}: {v!r} must be a title, '=', then its plural ('Alderman=Aldermen')"
                    )
        if where in _GROUP_ENTRIES:
            for v in value:
                group, eq, text = v.partition("=")
                if group.strip() not in GROUPS or not eq or (where.endswith("empty") and not text):
                    raise StyleError(
                        f"{where}: {v!r} must be a group, '=', then its text "
                        f"({_GROUP_ENTRIES[where]!r})"
                    )
        if md["vars"] is not None:
            for i, v in enumerate(value):
                _compile(f"{where}[{i + 1}]", v, md["vars"])
        return tuple(value)
    if not isinstance(value, str):
        raise StyleError(f"{where}: must be a text in quotes, not {value!r}")
    if md["choices"] and value not in md["choices"]:
        raise StyleError(f"{where}: {value!r} is not one of: {', '.join(md['choices'])}")
    if where == "document.draft_deadline":
        from clerk.domain.minutes_cycle import parse_deadline

        try:
            parse_deadline(value)
        except ValueError as exc:
            raise StyleError(f"{where}: {exc}") from None
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

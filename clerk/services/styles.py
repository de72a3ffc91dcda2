"""House styles for the clerk: the style a meeting's minutes are written in, importing a
style for a body (or for the organisation), and the presets.

The style of a meeting is its body's own, else the organisation's, else the English principal
preset. A style is checked in full before it is stored, so a bad file never replaces the
style in force; a stored style that no longer reads (written for a newer Clerk) gives way to
the preset, with the reason, rather than stopping the minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clerk.domain import numbering
from clerk.domain.model import Meeting
from clerk.minutes.style import (
    DEFAULT_PRESET,
    HouseStyle,
    StyleError,
    default_style,
    load_preset,
    parse_style,
    preset_names,
    preset_text,
    presets_folder,
)
from clerk.store import bodies as body_store
from clerk.store import repository
from clerk.store import styles as style_store
from clerk.store.db import Database
from clerk.store.record import meeting_from_record, read_record_file

__all__ = [
    "StyleChoice",
    "StyleError",
    "import_style",
    "numbering_rule",
    "preset_for_editing",
    "preset_names",
    "sample_meeting",
    "stored_source",
    "style_for_body",
    "style_for_meeting",
    "style_listing",
    "style_source",
]


@dataclass(frozen=True)
class StyleChoice:
    style: HouseStyle
    origin: str  # "body", "organisation" or "preset"
    problem: str | None = None  # why a stored style could not be used


@lru_cache(maxsize=32)
def _parsed(source: str, name: str):
    """A stored style read and checked once per text, not at every selection, preview and
    export (a style is a frozen value; a bad one raises each time and is not kept)."""
    return parse_style(source, name)


def style_for_body(db: Database, body_id: int | None) -> StyleChoice:
    problem = None
    owners = [(body_id, "body")] if body_id is not None else []
    for owner, origin in [*owners, (None, "organisation")]:
        stored = style_store.stored_style(db.engine, owner)
        if stored is None:
            continue
        try:
            return StyleChoice(_parsed(stored.source, stored.name), origin)
        except StyleError as exc:
            problem = problem or f"the stored style {stored.name!r} is not used: {exc}"
    return StyleChoice(default_style(), "preset", problem)


def style_for_meeting(db: Database, meeting_id: int | None) -> StyleChoice:
    body_id = body_store.body_id_of_meeting(db.engine, meeting_id) if meeting_id else None
    return style_for_body(db, body_id)


def import_style(db: Database, source: str, body_id: int | None, origin: str = "style") -> str:
    """Check a style's text and store it for the body (None: the organisation). Returns its
    name; a bad style raises ``StyleError`` and nothing is stored."""
    style = parse_style(source, origin)
    style_store.save_style(db.engine, body_id, style.style.name, source)
    return style.style.name


def style_source(db: Database | None, name: str) -> str:
    """The TOML text of a preset or of a stored style (by its name or its body's name)."""
    if name in preset_names():
        return preset_text(name)
    if db is not None:
        for stored in style_store.stored_styles(db.engine):
            if name in (stored.name, stored.body):
                return stored.source
    raise StyleError(f"no style called {name!r} (see: clerk style list)")


def style_listing(db: Database | None) -> list[tuple[str, str, str]]:
    """(name, where it comes from, description) of every preset and stored style."""
    out = []
    for name in preset_names():
        out.append((name, "preset", load_preset(name).style.name))
    if db is not None:
        for stored in style_store.stored_styles(db.engine):
            where = f"body: {stored.body}" if stored.body_id is not None else "organisation"
            out.append((stored.name, where, ""))
    return out


# Words in a body's or organisation's name, and the preset a body so named most likely writes
# its minutes in; the first that matches wins. Only a suggestion: the clerk chooses.
_SUGGESTIONS = (
    (("municipal district", "comhairle"), "irish-municipal"),
    (("cyngor", "cymuned"), "welsh-community"),
    (("community council",), "scottish-community"),
    (("parish", "town council", "village council", "neighbourhood council"), "english-parish"),
    (
        ("board", "trust", "trustee", "director", "charity", "governor", "association"),
        "board",
    ),
)


def suggest_preset(*names: str | None) -> str:
    """The preset a body of these names (committee, organisation) most likely writes in:
    "Hemswell Parish Council" → english-parish; a council of another kind → english-principal.
    A Welsh community council names itself in Welsh too ("Cyngor Cymuned …"); without that, a
    community council is taken to be Scottish."""
    text = " ".join(n for n in names if n).lower()
    available = set(preset_names())
    for words, preset in _SUGGESTIONS:
        if preset in available and any(w in text for w in words):
            return preset
    return "english-principal"


def preset_for_editing(name: str) -> str:
    """A preset's file as a council starts from it: it names the preset itself in
    ``based_on``, so a key deleted from the copy falls back to that preset."""
    text = preset_text(name)
    line = f'based_on = "{name}"'
    if re.search(r"(?m)^based_on\s*=.*$", text):
        return re.sub(r"(?m)^based_on\s*=.*$", line, text, count=1)
    return f"[style]\n{line}\n\n{text}"


def stored_source(db: Database, body_id: int | None) -> str | None:
    """The text stored for exactly this body (None: the organisation's), if any."""
    stored = style_store.stored_style(db.engine, body_id)
    return stored.source if stored is not None else None


def sample_meeting(name: str) -> Meeting:
    """The fictional meeting shipped with a preset (the English principal one for others)."""
    folder = presets_folder() / "samples"
    path = folder / f"{name}.json"
    if not path.is_file():
        path = folder / f"{DEFAULT_PRESET}.json"
    return meeting_from_record(read_record_file(path))


def numbering_rule(db: Database, body_id: int | None) -> tuple[str, int]:
    """How the body's minute numbers run: (restart rule, first month of its year). The
    older setting of the year's first month still counts when the style keeps May."""
    choice = style_for_body(db, body_id)
    month = choice.style.numbering.year_start_month
    if choice.origin == "preset" or month == numbering.DEFAULT_YEAR_START_MONTH:
        setting = repository.get_setting(db.engine, "meetings.municipal_year_start_month", None)
        if setting is not None:
            month = numbering.valid_start_month(setting)
    return choice.style.numbering.restart, month

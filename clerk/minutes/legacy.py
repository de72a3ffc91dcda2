"""The older ``minutes.*`` phrase settings, read over a house style.

Before house styles, a council changed a few phrases and switches in the settings table; a
database that still holds them keeps its minutes as they were: each such setting, when set,
replaces the matching key of the style in force.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from clerk.minutes.settings import DEFAULTS, MinutesSettings
from clerk.minutes.style import HouseStyle, parse_overrides, resolve_style

# setting name -> (style key, placeholders the old phrase could hold as "{name}")
PHRASES = {
    "none_declared": ("sentences.no_declarations", ()),
    "public_participation": ("sentences.public_none", ()),
    "public_participation_some": ("sentences.public_many", ("count",)),
    "public_participation_one": ("sentences.public_one", ("count",)),
    "no_apologies": ("sentences.apologies_none", ()),
}


def as_template(text: str, names: tuple[str, ...]) -> str:
    """A plain phrase with "{count}" as a template: everything else printed as typed."""
    pieces = [text]
    for name in names:
        pieces = [p for piece in pieces for p in _split(piece, "{" + name + "}")]
    return "".join(
        "{{ count_words }}" if p == "{count}" else "{% raw %}" + p + "{% endraw %}" if p else ""
        for p in pieces
    )


def _split(text: str, token: str) -> list[str]:
    parts = text.split(token)
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append(token)
        out.append(part)
    return out


def effective_style(style: HouseStyle | str | None, settings: MinutesSettings | None) -> HouseStyle:
    base = resolve_style(style)
    if settings is None or not settings.given:
        return base
    given = settings.given
    overrides: dict[str, dict[str, Any]] = {}

    def put(key: str, value: Any) -> None:
        section, name = key.split(".")
        overrides.setdefault(section, {})[name] = value

    for name, (key, names) in PHRASES.items():
        if name in given and settings.value(name) != DEFAULTS[name]:
            put(key, as_template(settings.value(name), names))
    if "print_times" in given:
        put("headings.time", settings.print_times)
    if "present_final_and" in given:
        put("attendance.final_and", settings.present_final_and)
    if "chair_label" in given and settings.chair_label != DEFAULTS["chair_label"]:
        put("signature.label", settings.chair_label)
    if not overrides:
        return base
    return replace(parse_overrides(base, overrides), source=base.source)

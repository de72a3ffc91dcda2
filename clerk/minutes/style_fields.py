"""What every house-style key is made of: ``_f`` (a key's default, its description, its
choices or placeholders), the error a bad style raises, and the placeholder and value lists
several sections share. The sections themselves are in ``style_keys``."""

from __future__ import annotations

from dataclasses import field
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
    "h.mma.m.",
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
    "vice_chair",
    "offices",
    "present",
    "remote",
    "apologies",
    "absent",
    "in_attendance",
    "guests",
    "officers",
    "public",
)

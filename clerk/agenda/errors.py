"""The one error an agenda reader raises: a file that cannot be read or holds no agenda; and
the stand-in name of a body the agenda does not name."""

from __future__ import annotations


class AgendaError(ValueError):
    """``str()`` is one line saying what is wrong with the file, for the CLI and a dialog."""


#: The record's ``committee`` when the agenda names no body that meets (marked unsure, with a
#: note): a meeting is not saved under it until the clerk gives the name.
MISSING_COMMITTEE = "(committee not found)"


def names_no_body(record: dict) -> bool:
    """Whether the record still lacks the name of the body that meets."""
    name = record.get("committee")
    return not isinstance(name, str) or not name.strip() or name.strip() == MISSING_COMMITTEE

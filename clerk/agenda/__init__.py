"""Reading published agendas (.txt, .docx, .odt, .pdf) into ``clerk.meeting/1`` records.

Interface used by the command line and the GUI:

- ``read_agenda(path) -> AgendaImport``: ``record`` is a clerk.meeting/1 dict; ``notes`` lists,
  one line each, what was missing or unsure (for the clerk to check before saving);
  ``unsure`` maps record paths (e.g. ``"items[3].kind"``) to a reason.
- ``read_agenda_text(text, source_name=...)``: the same for text already in memory.
- ``AgendaError``: a file that cannot be read or is no agenda; ``str()`` is one clear line.

The modules below: ``sources`` (getting text out of a file), ``lines`` (cleaning lines; dates,
times, pages), ``notice`` (body and membership; it asks ``header`` to choose the date and time
among every candidate by evidence, ``when`` to find dates and times in English, Welsh and Irish,
and ``venue`` for the place), ``people`` (names, the democracy officer), ``items`` (numbered
items, titles, descriptions, exempt parts), ``kinds`` (standard items, Schedule 12A
paragraphs), ``genre`` (whether the text is an agenda at all, or minutes, a report, a letter),
``previous`` (the last minute number of the previous minutes in the pack) and ``build`` (the
record, notes and what is unsure).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clerk.agenda.errors import MISSING_COMMITTEE, AgendaError, names_no_body

__all__ = [
    "MISSING_COMMITTEE",
    "AgendaError",
    "AgendaImport",
    "names_no_body",
    "read_agenda",
    "read_agenda_text",
    "with_body",
]


@dataclass
class AgendaImport:
    record: dict
    notes: list[str] = field(default_factory=list)
    unsure: dict[str, str] = field(default_factory=dict)


def read_agenda(path: Path) -> AgendaImport:
    """Read an agenda file (.txt, .docx, .odt or .pdf, told by its content) into a meeting record."""
    from clerk.agenda.sources import read_text_and_notes

    path = Path(path)
    text, notes = read_text_and_notes(path)
    found = read_agenda_text(text, source_name=path.name)
    found.notes[:0] = notes
    return found


def read_agenda_text(text: str, source_name: str = "the agenda") -> AgendaImport:
    """Read agenda text already in memory (pasted, or extracted elsewhere)."""
    from clerk.agenda.build import build_import

    if not isinstance(text, str) or not text.strip():
        raise AgendaError(f"{source_name} is empty")
    try:
        return build_import(text, source_name)
    except AgendaError:
        raise
    except RecursionError:
        raise AgendaError(
            f"{source_name} could not be read as an agenda (too deeply nested)"
        ) from None
    except Exception as exc:  # a reader fault must not lose the clerk's work: say it in one line
        raise AgendaError(
            f"{source_name} could not be read as an agenda ({type(exc).__name__}: {exc})"[:300]
        ) from exc


def with_body(record: dict, name: str) -> dict:
    """The record with ``name`` as the body that meets (the clerk's own, where the agenda
    named none or named it wrongly), and the kind of meeting that name says."""
    from clerk.agenda.build import _meeting_kind

    name = " ".join(name.split())
    return {**record, "committee": name, "kind": _meeting_kind(name)}

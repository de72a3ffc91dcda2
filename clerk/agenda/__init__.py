"""Reading published agendas (.txt, .docx, .pdf) into ``clerk.meeting/1`` records.

Interface used by the command line and the GUI:

- ``read_agenda(path) -> AgendaImport``: ``record`` is a clerk.meeting/1 dict; ``notes`` lists,
  one line each, what was missing or unsure (for the clerk to check before saving);
  ``unsure`` maps record paths (e.g. ``"items[3].kind"``) to a reason.
- ``AgendaError``: a file that cannot be read or is no agenda; ``str()`` is one clear line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class AgendaError(ValueError):
    pass


@dataclass
class AgendaImport:
    record: dict
    notes: list[str] = field(default_factory=list)
    unsure: dict[str, str] = field(default_factory=dict)


def read_agenda(path: Path) -> AgendaImport:
    raise AgendaError("agenda import is not available yet")

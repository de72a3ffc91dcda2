"""Fixtures of the agenda tests: agenda packs (notice, agenda, previous minutes, a report) as
text and as Word and PDF files, each with the record a clerk expects from it.

Two packs: the demo council's own (`tests/data/`, always there) and the real York pack of
20 February 2023 (in `../shared`; without it those cases skip, and under CI they fail).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.agenda.agenda_makers import publishable_blocks, write_docx, write_pdf
from tests.conftest import DATA, MISSING_DATA, SHARED


@dataclass(frozen=True)
class Pack:
    """A pack and what is known about it, beyond its expected record."""

    path: Path
    expected_path: Path
    date_line: str  # the notice's date, as written
    june_line: str  # the same date moved into the next municipal year
    june_date: str
    later: tuple[str, ...]  # text after the agenda that must never reach an item


PACKS = {
    "own": Pack(
        path=DATA / "kestrel-vale-2026-12-08.agenda.txt",
        expected_path=DATA / "kestrel-vale-2026-12-08.agenda.expected.json",
        date_line="Tuesday, 8 December 2026",
        june_line="Tuesday, 8 June 2027",
        june_date="2027-06-08",
        later=("Priya Hallam", "None were declared", "Committee Minutes", "Report of the Head"),
    ),
    "york": Pack(
        path=SHARED / "seeds" / "000_887e77f9a3f9c52a.txt",
        expected_path=SHARED / "examples" / "cec-2023-02-20.agenda.expected.json",
        date_line="Monday, 20 February 2023",
        june_line="Monday, 12 June 2023",
        june_date="2023-06-12",
        later=("Jane Meller", "Cllr Webb declared", "Committee Minutes", "Ofsted Revisit"),
    ),
}


@pytest.fixture(scope="session", params=list(PACKS))
def pack(request) -> Pack:
    found = PACKS[request.param]
    for path in (found.path, found.expected_path):
        if not path.exists():
            pytest.skip(f"{MISSING_DATA} ({path.name} missing)")
    return found


@pytest.fixture(scope="session")
def seed_path(pack) -> Path:
    return pack.path


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected(pack) -> dict:
    return json.loads(pack.expected_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def own_pack_text() -> str:
    """The demo council's pack alone, for the fuzzing tests."""
    return PACKS["own"].path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_docx(tmp_path_factory, seed_text) -> Path:
    return write_docx(tmp_path_factory.mktemp("docx") / "pack.docx", publishable_blocks(seed_text))


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory, seed_text) -> Path:
    pytest.importorskip("reportlab")
    return write_pdf(tmp_path_factory.mktemp("pdf") / "pack.pdf", publishable_blocks(seed_text))

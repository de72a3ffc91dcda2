"""Fixtures of the agenda tests: the real agenda pack, as text and as Word and PDF files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from agenda_makers import publishable_blocks, write_docx, write_pdf

SHARED = Path(__file__).resolve().parents[3] / "shared"


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"the shared examples are not beside the repository ({path.name} missing)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_file("seeds", "000_887e77f9a3f9c52a.txt")


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    path = shared_file("examples", "cec-2023-02-20.agenda.expected.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_docx(tmp_path_factory, seed_text) -> Path:
    return write_docx(tmp_path_factory.mktemp("docx") / "pack.docx", publishable_blocks(seed_text))


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory, seed_text) -> Path:
    pytest.importorskip("reportlab")
    return write_pdf(tmp_path_factory.mktemp("pdf") / "pack.pdf", publishable_blocks(seed_text))

"""Agenda import of the seed pack and of a 100-page PDF, against pypdf's bare text extraction."""

from __future__ import annotations

import tempfile
from pathlib import Path

from clerk.agenda import read_agenda, read_agenda_text
from tests.agenda.agenda_makers import publishable_blocks, write_pdf
from tests.bench.common import Result, interleaved, median

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seeds" / "000_887e77f9a3f9c52a.txt"


def hundred_page_pack(folder: Path) -> Path:
    """The seed's agenda pack as a PDF, padded with report pages to 100 pages."""
    text = SEED.read_text(encoding="utf-8")
    blocks = publishable_blocks(text)
    filler = "The report sets out the options considered and the financial implications. " * 12
    blocks += [("paragraph", filler)] * 420
    path = write_pdf(folder / "pack.pdf", blocks)
    from pypdf import PdfReader

    pages = len(PdfReader(path).pages)
    if pages < 100:
        raise RuntimeError(f"the padded pack has {pages} pages, not 100")
    return path


def bare_pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def bench_agenda() -> list[Result]:
    text = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed_pdf = write_pdf(folder / "seed.pdf", publishable_blocks(text))
        big_pdf = hundred_page_pack(folder)
        from pypdf import PdfReader

        seed_pages, big_pages = len(PdfReader(seed_pdf).pages), len(PdfReader(big_pdf).pages)
        seed_floor, seed_text = interleaved(
            lambda: bare_pdf_text(seed_pdf), lambda: read_agenda_text(text), 5
        )
        _, seed_ours = interleaved(lambda: None, lambda: read_agenda(seed_pdf), 5)
        floor, ours = interleaved(lambda: bare_pdf_text(big_pdf), lambda: read_agenda(big_pdf), 3)
    return [
        Result(
            "agenda import, seed pack as text",
            median(seed_text),
            "ms",
            median(seed_floor),
            None,
            "106 KB; floor: pypdf text of the same pack as PDF",
            absolute_limit=1000.0,
        ),
        Result(
            f"agenda import, seed pack as PDF ({seed_pages} pages)",
            median(seed_ours),
            "ms",
            median(seed_floor),
            None,
            "floor: pypdf text of every page; no target set",
        ),
        Result(
            f"agenda import, {big_pages}-page PDF",
            median(ours),
            "ms",
            median(floor),
            None,
            "floor: pypdf text of every page; the importer stops after the agenda; no target set",
        ),
    ]

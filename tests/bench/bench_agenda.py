"""Agenda import of the seed pack (as text and as PDF) and of a 100-page PDF, each against a
floor measured in the same run: for text, reading the same file and splitting it into lines;
for a PDF, pypdf's bare text extraction of the same pages the importer reads (it stops a few
pages after the previous minutes; the reports beyond are not read)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from clerk.agenda import read_agenda, sources
from tests.agenda.agenda_makers import publishable_blocks, write_pdf
from tests.bench.common import Result, interleaved, median

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seeds" / "000_887e77f9a3f9c52a.txt"
SEED_LIMIT_MS = 20.0  # the seed pack as text, in process
PDF_TARGET = 1.2  # a PDF at most 1.2 times pypdf's extraction of the same pages


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


def text_floor(path: Path) -> list[str]:
    """Reading the file and splitting it into lines: what any reader of the text must do."""
    return path.read_text(encoding="utf-8").split("\n")


def pdf_floor(path: Path) -> int:
    """pypdf's plain text of the pages the importer reads, by the importer's own stopping rule
    (sources.pdf_text); returns how many pages that is."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    minutes_ended_at = None
    read = 0
    for number, page in enumerate(reader.pages):
        if number >= sources.MAX_PDF_PAGES:
            break
        text = page.extract_text() or ""
        read += 1
        if sources._MINUTES_START.search(text):
            minutes_ended_at = None
        if sources._MINUTES_END.search(text):
            minutes_ended_at = number
        if (
            minutes_ended_at is not None
            and number - minutes_ended_at >= sources.PAGES_AFTER_MINUTES
        ):
            break
    return read


def bench_agenda() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed_pdf = write_pdf(folder / "seed.pdf", publishable_blocks(SEED.read_text("utf-8")))
        big_pdf = hundred_page_pack(folder)
        seed_pages, big_pages = pdf_floor(seed_pdf), pdf_floor(big_pdf)
        read_agenda(SEED)  # imports and regular expressions compiled before timing
        text_floor_ms, text_ms = interleaved(
            lambda: text_floor(SEED), lambda: read_agenda(SEED), 21
        )
        seed_floor_ms, seed_ms = interleaved(
            lambda: pdf_floor(seed_pdf), lambda: read_agenda(seed_pdf), 5
        )
        big_floor_ms, big_ms = interleaved(
            lambda: pdf_floor(big_pdf), lambda: read_agenda(big_pdf), 3
        )
    return [
        Result(
            "agenda import, seed pack as text",
            median(text_ms),
            "ms",
            median(text_floor_ms),
            None,
            "106 KB, in process; floor: reading the file and splitting it into lines",
            absolute_limit=SEED_LIMIT_MS,
        ),
        Result(
            f"agenda import, seed pack as PDF ({seed_pages} pages read)",
            median(seed_ms),
            "ms",
            median(seed_floor_ms),
            PDF_TARGET,
            "floor: pypdf's text of the same pages",
        ),
        Result(
            f"agenda import, 100-page PDF ({big_pages} pages read)",
            median(big_ms),
            "ms",
            median(big_floor_ms),
            PDF_TARGET,
            "floor: pypdf's text of the same pages; the reports beyond are not read",
        ),
    ]

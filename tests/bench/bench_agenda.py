"""Agenda import, each against the floor of the same job done bare.

- text: ``read_agenda`` of the seed pack's text file, against reading and splitting the same
  file into lines (what any reader of the file must do);
- PDF: ``read_agenda`` of the pack as a PDF and of a 100-page pack, against pypdf extracting
  the text of the same pages the importer reads (it stops a few pages after the previous
  minutes end), counted in an untimed run first.

Targets (issue 12): the seed pack as text in at most 20 ms CPU in process; a PDF at most 1.2×
pypdf's extraction of the same pages.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from clerk.agenda import read_agenda
from tests.agenda.agenda_makers import publishable_blocks, write_pdf
from tests.bench.common import Result, interleaved

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


def pages_read(path: Path) -> int:
    """How many pages the importer extracts from ``path``, counted in one untimed import."""
    from pypdf import PageObject

    original = PageObject.extract_text
    count = 0

    def counting(self, *args, **kw):
        nonlocal count
        count += 1
        return original(self, *args, **kw)

    PageObject.extract_text = counting
    try:
        read_agenda(path)
    finally:
        PageObject.extract_text = original
    return count


def bare_pdf_text(path: Path, pages: int) -> str:
    """pypdf's text of the first ``pages`` pages, the file read from disk as the importer does."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()), strict=False)
    return "\n\n".join(reader.pages[n].extract_text() or "" for n in range(pages))


def bare_text(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def bench_agenda() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = SEED.read_text(encoding="utf-8")
        seed_pdf = write_pdf(folder / "seed.pdf", publishable_blocks(text))
        big_pdf = hundred_page_pack(folder)
        from pypdf import PdfReader

        seed_total, big_total = len(PdfReader(seed_pdf).pages), len(PdfReader(big_pdf).pages)
        seed_read, big_read = pages_read(seed_pdf), pages_read(big_pdf)
        read_agenda(SEED)  # warm: the importer's modules and patterns
        floor_t, ours_t = interleaved(lambda: bare_text(SEED), lambda: read_agenda(SEED), 9)
        floor_s, ours_s = interleaved(
            lambda: bare_pdf_text(seed_pdf, seed_read), lambda: read_agenda(seed_pdf), 5
        )
        floor_b, ours_b = interleaved(
            lambda: bare_pdf_text(big_pdf, big_read), lambda: read_agenda(big_pdf), 3
        )
    size = SEED.stat().st_size // 1024
    return [
        Result(
            "agenda import: seed pack as text",
            ours_t,
            floor_t,
            "ms",
            None,
            f"{size} KB; floor: reading and splitting the same file; no ratio target",
            limit=20.0,
        ),
        Result(
            f"agenda import: seed pack as PDF ({seed_total} pages)",
            ours_s,
            floor_s,
            "ms",
            1.2,
            f"floor: pypdf text of the {seed_read} pages the importer reads",
        ),
        Result(
            f"agenda import: {big_total}-page PDF",
            ours_b,
            floor_b,
            "ms",
            1.2,
            f"floor: pypdf text of the {big_read} pages the importer reads",
        ),
    ]

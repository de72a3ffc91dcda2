"""Draft minutes (.docx) against the minutes a clerk would publish (.txt), the way the shared
checker compares them: the item headings, the counts of "Resolved:" and "Reason:", the
attendance rows, the closing line, and the word-sequence similarity of the whole text."""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

HEADING = re.compile(r"^(\d+)\.\s+(.+?)\s*\((\d{1,2}[:.]\d{2})\)\s*$")
ROWS = ("meeting", "date", "present", "apologies", "in attendance", "officers present")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("**", "")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"^\s*(?:[-\u2022*]\s+)?(?:\(?[ivx]+[.)]\s+)?", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def docx_lines(path: Path) -> list[str]:
    """The body in order: paragraphs, and each table row as "Label<TAB>Value"."""
    doc = docx.Document(path)
    lines = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, doc).text)
        elif tag == "tbl":
            for row in Table(block, doc).rows:
                lines.append("\t".join(cell.text.replace("\n", " ") for cell in row.cells))
    return [line for line in lines if line.strip()]


def compare(out: Path, expected: Path) -> tuple[float, list[str]]:
    """(similarity, misses): misses lists every structural check that failed."""
    got = docx_lines(out)
    want = [line for line in expected.read_text(encoding="utf-8").splitlines() if line.strip()]
    folded = {fold(line) for line in got}
    misses = []
    for line in want:
        m = HEADING.match(line.replace("**", "").strip())
        if m:
            heading = f"{m.group(1)}. {m.group(2)} ({m.group(3).replace('.', ':')})"
            if fold(heading) not in folded:
                misses.append(f"heading {heading!r}")
    for word in ("resolved:", "reason:"):
        n_want = sum(fold(line).startswith(word) for line in want)
        n_got = sum(fold(line).startswith(word) for line in got)
        if n_want != n_got:
            misses.append(f"{word} paragraphs: expected {n_want}, got {n_got}")
    rows = {
        fold(line.partition("\t")[0]): fold(line.partition("\t")[2]) for line in got if "\t" in line
    }
    for line in want:
        label, tab, value = line.partition("\t")
        if tab and fold(label) in ROWS:
            have = rows.get(fold(label), "")
            sim = difflib.SequenceMatcher(None, fold(value).split(), have.split()).ratio()
            if sim < 0.8:
                misses.append(f"row {label!r}: similarity {sim:.2f}")
    for line in want:
        if fold(line).startswith("[the meeting started") and fold(line).rstrip(".") not in {
            g.rstrip(".") for g in folded
        }:
            misses.append(f"closing line {line!r}")
    words_want = " ".join(fold(line) for line in want).split()
    words_got = " ".join(fold(line) for line in got).split()
    similarity = difflib.SequenceMatcher(None, words_want, words_got, autojunk=False).ratio()
    return similarity, misses

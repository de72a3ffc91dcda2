"""Helpers for the agenda tests: the checker's scoring, and agendas made as Word and PDF files.

The Word and PDF copies of the real agenda pack are made here from its text, the way a council
would publish it: the notice's "To / Date / Time / Venue" as a two-column table, everything
else as paragraphs. PDFs are made with reportlab (a test dependency; no LibreOffice needed).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


# -- scoring, as the shared check_agenda.py does it -------------------------------------------


def fold(value):
    if value is None or isinstance(value, (int, float, bool)):
        return value
    if isinstance(value, list):
        return [fold(v) for v in value]
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return re.sub(r"[\s.:;,-]+$", "", text)


def misses(actual: dict, expected: dict) -> list[str]:
    """Every difference between an imported record and the expected subset."""
    out: list[str] = []

    def check(where, want, got):
        if fold(want) != fold(got):
            out.append(f"{where}: expected {want!r}, got {got!r}")

    for key, value in expected.items():
        if key in ("people", "items"):
            continue
        if isinstance(value, dict):
            got = actual.get(key) or {}
            for k, v in value.items():
                check(f"{key}.{k}", v, got.get(k))
        else:
            check(key, value, actual.get(key))
    if "people" in expected:
        people = {fold(p.get("surname") or p.get("name") or ""): p for p in actual["people"]}
        check("people.count", len(expected["people"]), len(actual["people"]))
        for p in expected["people"]:
            key = fold(p.get("surname") or p.get("name"))
            q = people.get(key)
            if q is None:
                out.append(f"person {key} missing")
                continue
            for k, v in p.items():
                check(f"person {key}.{k}", v, q.get(k))
    if "items" in expected:
        items = actual["items"]
        check("items.count", len(expected["items"]), len(items))
        for i, item in enumerate(expected["items"]):
            got = items[i] if i < len(items) else {}
            for k, v in item.items():
                if k == "description":
                    if fold(v) not in (fold(got.get(k)) or ""):
                        out.append(f"item {i + 1}.{k}: {v!r} not in {got.get(k)!r}")
                else:
                    check(f"item {i + 1}.{k}", v, got.get(k))
    return out


def expected_for(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


# -- the seed pack as a council would publish it ------------------------------------------------

_FIELD = re.compile(r"^- (To|Date|Time|Venue):\*\*\s*(.*)$")


def publishable_blocks(text: str) -> list[tuple[str, object]]:
    """The seed text as ("table", rows) and ("para", text) blocks, Markdown marks removed."""
    blocks: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    for raw in text.split("\n"):
        m = _FIELD.match(raw)
        if m:
            rows.append([f"{m.group(1)}:", m.group(2).strip()])
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        line = raw.replace("**", "").strip()
        if line.startswith("- "):
            line = line[2:]
        if line:
            blocks.append(("para", line))
    if rows:
        blocks.append(("table", rows))
    return blocks


def write_docx(path: Path, blocks) -> Path:
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "table":
            table = document.add_table(rows=0, cols=len(value[0]))
            for row in value:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=False):
                    cell.text = text
        elif kind == "heading":
            document.add_heading(value, level=1)
        elif kind == "numbered":
            document.add_paragraph(value, style="List Number")
        else:
            document.add_paragraph(value)
    document.save(path)
    return path


def write_pdf(path: Path, blocks, width: float | None = None) -> Path:
    """A PDF of the blocks with reportlab's standard fonts (Windows-1252 characters only:
    others are shown as "?", as a font without them would)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    def safe(text: str) -> str:
        text = text.encode("cp1252", errors="replace").decode("cp1252")
        return escape(text)

    styles = getSampleStyleSheet()
    story = []
    for kind, value in blocks:
        if kind == "table":
            data = [
                [Paragraph(safe(c).replace("\n", "<br/>"), styles["Normal"]) for c in row]
                for row in value
            ]
            widths = [80, 380] if len(value[0]) == 2 else [40, 340, 70]
            if width is not None:
                widths = [50, width - 50] if len(value[0]) == 2 else [30, width - 80, 50]
            story.append(Table(data, colWidths=widths))
        elif kind == "heading":
            story.append(Paragraph(safe(value), styles["Heading1"]))
        else:
            story.append(Paragraph(safe(value.replace("\t", "    ")), styles["Normal"]))
        story.append(Spacer(1, 6))
    size = A4 if width is None else (width + 72, A4[1])
    SimpleDocTemplate(str(path), pagesize=size).build(story)
    return path


def header_of(record: dict) -> tuple:
    """(body, date, time, venue) of an imported record, to compare in one line."""
    return (record["committee"], record["date"], record.get("scheduled_time"), record.get("venue"))


def numbered_titles(record: dict) -> list[tuple]:
    """(number, title) of each item of an imported record."""
    return [(it.get("agenda_number"), it["title"]) for it in record["items"]]

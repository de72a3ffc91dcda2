"""Drawing blocks into a Word file in the house style, and writing it safely.

The template gives the named styles, page set-up, header and footer; its body is replaced.
Paragraphs are built straight as WordprocessingML elements with the style ids looked up once
per document: python-docx's ``add_paragraph`` looks the style up and re-walks the body on
every call, which would make long minutes several times slower than the text itself needs.

The file is written to a temporary file in the target's folder and renamed over the target,
so a crash or a full disk never leaves half a document where the minutes were.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

from clerk.atomic import WriteError, write_atomic
from clerk.minutes.blocks import Block, BlockKind
from clerk.resources import resource_path


class MinutesError(Exception):
    """The minutes could not be written; ``str()`` is one line a clerk can act on."""

    def __init__(self, message: str, *, bad_input: bool = False):
        super().__init__(message)
        self.bad_input = bad_input


# Style names tried in order for each kind of block: the house style's own, then Word's.
PARAGRAPH_STYLES: dict[str, tuple[str, ...]] = {
    BlockKind.TITLE: ("Minutes Title", "Title"),
    BlockKind.SUBTITLE: ("Minutes Subtitle", "Subtitle"),
    BlockKind.NOTICE: ("Minutes Notice", "Intense Quote", "Minutes Subtitle"),
    BlockKind.HEADING: ("Minute Heading", "Heading 2", "heading 2"),
    BlockKind.PARAGRAPH: ("Minutes Text", "Body Text"),
    BlockKind.BULLET: ("Minutes Bullet", "List Bullet"),
    BlockKind.RESOLVED: ("Resolution", "Minutes Text", "Body Text"),
    BlockKind.RESOLUTION_PART: ("Resolution Part", "Resolution", "Minutes Text", "Body Text"),
    BlockKind.REASON: ("Reason", "Minutes Text", "Body Text"),
    BlockKind.SIGNATURE: ("Signature", "Minutes Text", "Body Text"),
    BlockKind.CLOSING: ("Closing", "Minutes Text", "Body Text"),
    BlockKind.RUN_IN: ("Minutes Text", "Body Text"),
    BlockKind.NUMBERED: ("Minutes Numbered", "Resolution Part", "Minutes Text", "Body Text"),
    BlockKind.ACTION: ("Minutes Action", "Minutes Text", "Body Text"),
    "label": ("Attendance Label", "Minutes Text", "Body Text"),
    "cell": ("Attendance Text", "Minutes Text", "Body Text"),
    "table_heading": ("List Table Heading", "Attendance Label", "Minutes Text"),
}
TABLE_STYLES = ("Attendance Table", "Table Grid")
LEAD_STYLES = ("Minutes Lead", "Strong")
DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
W_T, W_R, W_P, W_BR, W_TAB = qn("w:t"), qn("w:r"), qn("w:p"), qn("w:br"), qn("w:tab")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def default_template() -> Path:
    return resource_path("templates", "minutes.docx")


def open_template(template: Path | str | None) -> Document:
    """The template as a fresh document; a .dotx is read as the document it makes.

    Any fault in a council's template is reported as one line, ``bad_input``.
    """
    from clerk.minutes.template_guard import TemplateRefused, read_template

    path = Path(template) if template else default_template()
    try:
        data = read_template(path)  # regular file, size, zip bomb; links and macros removed
    except TemplateRefused as exc:
        raise MinutesError(f"template {exc}", bad_input=True) from None
    try:
        data = _as_document(data)
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise MinutesError(
            f"template {path} is not a Word document (.docx or .dotx): {_one_line(exc)}",
            bad_input=True,
        ) from None
    return doc


def _as_document(data: bytes) -> bytes:
    """A Word template (.dotx) differs from a document only in one content type."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        types = zin.read("[Content_Types].xml")
        if DOTX.encode() not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                content = zin.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    content = content.replace(DOTX.encode(), DOCX.encode())
                zout.writestr(info, content)
        return out.getvalue()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


class Canvas:
    """One document being drawn: the template's styles resolved once, blocks appended."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.body = doc.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        for child in list(self.body):
            if child is not self.sect_pr:
                self.body.remove(child)
        by_name: dict[tuple[str, str], str] = {}
        for el in doc.styles.element.findall(qn("w:style")):
            name = el.find(qn("w:name"))
            if name is not None:
                key = (el.get(qn("w:type")) or "paragraph", name.get(qn("w:val")).lower())
                by_name.setdefault(key, el.get(qn("w:styleId")))
        self._styles = by_name
        self.paragraph_style = {
            kind: self._find("paragraph", names) for kind, names in PARAGRAPH_STYLES.items()
        }
        self.table_style = self._find("table", TABLE_STYLES)
        self.lead_style = self._find("character", LEAD_STYLES)
        self.text_width = _text_width(self.sect_pr)

    def _find(self, kind: str, names: Iterable[str]) -> str | None:
        for name in names:
            found = self._styles.get((kind, name.lower()))
            if found:
                return found
        return None

    # -- drawing -------------------------------------------------------------------------------

    def _append(self, element) -> None:
        if self.sect_pr is not None:
            self.sect_pr.addprevious(element)
        else:
            self.body.append(element)

    def paragraph(self, kind: str, text: str, lead: str = "", parent=None):
        # A numbered part's "i." is followed by a tab so that the parts' text lines up.
        gap = "\t" if kind in (BlockKind.RESOLUTION_PART, BlockKind.NUMBERED) else " "
        p = _paragraph(self.paragraph_style.get(kind), text, lead, self.lead_style, gap)
        if parent is None:
            self._append(p)
        else:
            parent.append(p)
        return p

    def blocks(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            if block.kind is BlockKind.ATTENDANCE:
                self.table([(label, lines) for label, lines in block.rows], widths=(0.24, 0.76))
            elif block.kind is BlockKind.TABLE:
                self.notes_table(block)
            else:
                self.paragraph(block.kind, block.text, block.lead)

    def table(
        self,
        rows,
        *,
        widths: Sequence[float],
        header: Sequence[str] | None = None,
        label_column: bool = True,
    ):
        """A table of rows; each row is a sequence of cells, each cell a string or lines.

        In a two-column table without a header the first cell is a label (bold).
        """
        if not rows and not header:
            return None
        w = _w
        tbl = etree.Element(qn("w:tbl"))
        tbl_pr = etree.SubElement(tbl, qn("w:tblPr"))
        if self.table_style:
            etree.SubElement(tbl_pr, qn("w:tblStyle")).set(w("val"), self.table_style)
        tbl_w = etree.SubElement(tbl_pr, qn("w:tblW"))
        tbl_w.set(w("w"), "5000")
        tbl_w.set(w("type"), "pct")
        look = etree.SubElement(tbl_pr, qn("w:tblLook"))
        look.set(w("val"), "0020" if header else "0000")
        grid = etree.SubElement(tbl, qn("w:tblGrid"))
        twips = [str(int(self.text_width * f)) for f in widths]
        for width in twips:
            etree.SubElement(grid, qn("w:gridCol")).set(w("w"), width)
        all_rows = ([list(header)] if header else []) + [list(r) for r in rows]
        for r, row in enumerate(all_rows):
            tr = etree.SubElement(tbl, qn("w:tr"))
            if header and r == 0:
                tr_pr = etree.SubElement(tr, qn("w:trPr"))
                etree.SubElement(tr_pr, qn("w:tblHeader"))
            for c, width in enumerate(twips):
                cell = row[c] if c < len(row) else ""
                tc = etree.SubElement(tr, qn("w:tc"))
                tc_pr = etree.SubElement(tc, qn("w:tcPr"))
                tc_w = etree.SubElement(tc_pr, qn("w:tcW"))
                tc_w.set(w("w"), width)
                tc_w.set(w("type"), "dxa")
                if header and r == 0:
                    kind = "table_heading"
                elif not header and c == 0 and label_column:
                    kind = "label"
                else:
                    kind = "cell"
                lines = (cell,) if isinstance(cell, str) else tuple(cell) or ("",)
                for line in lines:
                    self.paragraph(kind, line, parent=tc)
        self._append(tbl)
        return tbl

    def notes_table(self, block: Block):
        """A table written in the clerk's notes: equal columns, the header row if marked."""
        rows = [list(r) for r in block.cells]
        if not rows:
            return None
        width = max(len(r) for r in rows)
        header = rows[0] if block.header else None
        body = rows[1:] if block.header else rows
        if header is None:
            # Without a header every cell is text (no bold label column).
            return self.table(body, widths=(1 / width,) * width, label_column=False)
        return self.table(body, widths=(1 / width,) * width, header=header)

    # -- saving --------------------------------------------------------------------------------

    def save(self, out: Path | str) -> Path:
        return save_atomic(self.doc, out)


def _w(name: str) -> str:
    return qn(f"w:{name}")


def _text_width(sect_pr) -> int:
    """The width between the margins, in twips (A4 with 2.2 cm margins when unknown)."""
    try:
        page = int(sect_pr.find(qn("w:pgSz")).get(qn("w:w")))
        mar = sect_pr.find(qn("w:pgMar"))
        width = page - int(mar.get(qn("w:left"))) - int(mar.get(qn("w:right")))
        return width if width > 1000 else 9412
    except (AttributeError, TypeError, ValueError):
        return 9412


def _paragraph(style_id: str | None, text: str, lead: str, lead_style: str | None, gap: str = " "):
    p = etree.Element(W_P)
    if style_id:
        p_pr = etree.SubElement(p, qn("w:pPr"))
        etree.SubElement(p_pr, qn("w:pStyle")).set(qn("w:val"), style_id)
    if lead:
        r = etree.SubElement(p, W_R)
        r_pr = etree.SubElement(r, qn("w:rPr"))
        if lead_style:
            etree.SubElement(r_pr, qn("w:rStyle")).set(qn("w:val"), lead_style)
        else:
            etree.SubElement(r_pr, qn("w:b"))
        t = etree.SubElement(r, W_T)
        t.text = lead
        if text:
            if gap == "\t":
                etree.SubElement(r, W_TAB)
            else:
                t.text += gap
                t.set(XML_SPACE, "preserve")
    if text:
        _runs(p, text)
    return p


def _runs(p, text: str) -> None:
    """One run for the text; line breaks and tabs as Word's own break and tab elements."""
    r = etree.SubElement(p, W_R)
    if "\n" not in text and "\t" not in text:
        t = etree.SubElement(r, W_T)
        t.text = text
        if text[:1].isspace() or text[-1:].isspace():
            t.set(XML_SPACE, "preserve")
        return
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(r, W_BR)
        for j, piece in enumerate(line.split("\t")):
            if j:
                etree.SubElement(r, W_TAB)
            if piece:
                t = etree.SubElement(r, W_T)
                t.text = piece
                t.set(XML_SPACE, "preserve")


def _lock_files(out: Path) -> list[Path]:
    """Lock files Word (~$…) and LibreOffice (.~lock.…#) keep beside a document they have open."""
    name = out.name
    candidates = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [out.parent / c for c in sorted(candidates) if (out.parent / c).exists()]


def save_atomic(doc: Document, out: Path | str) -> Path:
    """Save to a temporary file beside ``out``, flush it to disk, then rename it over ``out``."""
    out = Path(out)
    if out.is_dir():
        raise MinutesError(f"cannot write {out}: it is a folder; give a file name ending .docx")
    locks = _lock_files(out)
    if locks:
        raise MinutesError(
            f"cannot write {out}: it is open in a word processor ({locks[0].name} is beside "
            "it); close it and try again, or delete that lock file if nothing has it open"
        )
    try:
        return write_atomic(out, doc.save)
    except WriteError as exc:
        raise MinutesError(str(exc).replace("another program", "Word")) from None

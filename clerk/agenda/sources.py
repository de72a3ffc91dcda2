"""Getting the text out of an agenda file: plain text, Word (.docx), OpenDocument (.odt) or PDF.

The kind of file is told by its first bytes, not only its name, because agenda packs are
often saved with the wrong or no extension. Each reader gives back plain text with one
paragraph (or visual line) per line; Word tables become one line per row with the cells
separated by a tab, so that a row "4. | Budget Report | 9 - 32" reads like the same line of
a PDF. Anything that cannot be read becomes one ``AgendaError`` line.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from clerk.agenda.errors import AgendaError

MAX_BYTES = 200 * 1024 * 1024
MAX_PDF_PAGES = 60
PAGES_AFTER_MINUTES = 3
_MINUTES_START = re.compile(r"^\s*(?:committee\s+)?minutes\b", re.IGNORECASE | re.MULTILINE)
_MINUTES_END = re.compile(
    r"\[?\s*the meeting (?:started|commenced|closed|ended|finished|concluded|rose)\b",
    re.IGNORECASE,
)


def read_text_of(path: Path) -> str:
    return read_text_and_notes(path)[0]


def read_text_and_notes(path: Path) -> tuple[str, list[str]]:
    """The text of an agenda file, and notes on how it was read (one line each).

    The file's checks (a regular file, within the size limits; a .docx judged by its zip's
    declared sizes before unpacking) are those of ``clerk.safefiles``."""
    from clerk.safefiles import LIMITS, UnsafeFile, check_text, check_zip, read_head, read_regular

    path = Path(path)
    try:
        head = read_head(path)
        packed = head.startswith((b"PK\x03\x04", b"%PDF")) or head.find(b"%PDF-") >= 0
        # Text is held to its own (smaller) limit before it is read.
        limit = LIMITS["agenda"] if packed else LIMITS["agenda-text"]
        data = read_regular(path, limit)
        if data.startswith(b"PK\x03\x04"):
            check_zip(io.BytesIO(data), path.name, limit)
        notes: list[str] = []
        text = text_of_bytes(data, path.name, notes)
        check_text(text, path.name, limit)
    except UnsafeFile as exc:
        raise AgendaError(str(exc)) from None
    return text, notes


def text_of_bytes(data: bytes, name: str, notes: list[str] | None = None) -> str:
    if not data.strip():
        raise AgendaError(f"{name} is empty")
    if data.startswith(b"%PDF") or data[:1024].find(b"%PDF-") >= 0:
        return pdf_text(data, name)
    if data.startswith(b"PK\x03\x04"):
        if _is_opendocument(data):
            return odt_text(data, name)
        return docx_text(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise AgendaError(f"{name} is an old Word (.doc) file: save it as .docx or PDF first")
    if data.startswith(b"{\\rtf"):
        raise AgendaError(f"{name} is a Rich Text (.rtf) file: save it as .docx or PDF first")
    text = decode_text(data, name, notes)
    if _HTML_START.match(text):  # a web page saved whole ("Save page as…")
        return html_text(text)
    return text


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


_CONTROL_BYTES = bytes((*range(0, 9), *range(14, 32)))


def decode_text(data: bytes, name: str, notes: list[str] | None = None) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise AgendaError(f"{name} is not readable text") from None
    sample = data[:65536]
    # One pass: the sample less its control bytes (counting each of 23 took 27 passes).
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample.count(b"\x00") > len(sample) // 100 or controls > len(sample) // 20:
        raise AgendaError(f"{name} is not a text, Word (.docx) or PDF file")
    # Older Windows exports are Windows-1252: read as such, with a note (clerk.safefiles).
    from clerk.safefiles import decode

    text, said = decode(data, name)
    if notes is not None:
        notes.extend(said)
    return text


# -- a web page saved whole (.html) ----------------------------------------------------------


def html_text(page: str) -> str:
    """The text of a web page as a reader sees it: the title first, one block (paragraph,
    heading, list item, table row) a line, numbered lists with their numbers ("4."), bulleted
    ones with "- ", table cells split by a tab; scripts, styles and the head left out."""
    from html.parser import HTMLParser

    blocks = {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
        "section", "article", "header", "footer", "nav", "main", "aside", "dt", "dd",
        "blockquote", "hr", "pre", "address", "form", "fieldset", "figure", "figcaption",
    }  # fmt: skip

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.lines: list[str] = []
            self.current: list[str] = []
            self.skip = 0  # inside <script>, <style>, <head> (its <title> is read)
            self.in_title = False
            self.title = ""
            self.lists: list[list] = []  # [kind, next number, type]
            self.cell = False

        def end_line(self) -> None:
            text = " ".join("".join(self.current).split())
            if text:
                self.lines.append(text)
            self.current = []

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag in ("script", "style", "noscript", "template", "head"):
                self.skip += 1
            elif tag == "title":
                self.in_title = True
            if tag in blocks and tag not in ("td", "th"):
                self.end_line()
            if tag in ("ol", "ul"):
                start = a.get("start") or "1"
                self.lists.append([tag, int(start) if start.isdigit() else 1, a.get("type", "1")])
            elif tag == "li" and self.lists:
                kind, n, style = self.lists[-1]
                self.lists[-1][1] = n + 1
                indent = "  " * (len(self.lists) - 1)
                label = "-" if kind == "ul" else list_label(style, n) or f"{n}."
                self.current.append(f"{indent}{label} ")
            elif tag in ("td", "th"):
                if self.cell:
                    self.current.append("\t")
                self.cell = True

        def handle_endtag(self, tag):
            if tag in ("script", "style", "noscript", "template", "head") and self.skip:
                self.skip -= 1
            elif tag == "title":
                self.in_title = False
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            if tag == "tr":
                self.cell = False
            if tag in blocks:
                self.end_line()

        def handle_data(self, data):
            if self.in_title:
                self.title += data
            elif not self.skip:
                self.current.append(data)

    reader = Reader()
    try:
        reader.feed(page)
        reader.close()
    except Exception:  # noqa: BLE001 - a broken page: read what was read
        pass
    reader.end_line()
    title = " ".join(reader.title.split())
    lines = reader.lines
    if title and (not lines or lines[0] != title):
        lines = [title, "", *lines]
    # a cell's line breaks inside a row were spaces already; a tab run at the ends is noise
    return "\n".join(line.strip("\t ") if "\t" in line else line for line in lines)


# -- Word ------------------------------------------------------------------------------------


def docx_text(data: bytes, name: str) -> str:
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise AgendaError("reading Word files needs python-docx") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise AgendaError(f"{name} is a zip file but not a Word (.docx) document")
        document = docx.Document(io.BytesIO(data))
        return "\n".join(_docx_lines(document))
    except AgendaError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged file
        raise AgendaError(f"{name} is not a readable Word document ({_short(exc)})") from None


def _docx_lines(document) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = _Numbering(document)
    lines: list[str] = []
    for section in document.sections[:1]:
        for p in section.header.paragraphs:
            lines.append(p.text)
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(_text_box_lines(child))
            lines.extend(_paragraph_lines(Paragraph(child, document), numbering))
        elif tag == "tbl":
            lines.extend(_table_lines(Table(child, document)))
        elif tag == "sdt":  # content controls wrap ordinary paragraphs
            for p in child.iter():
                if p.tag.rsplit("}", 1)[-1] == "p":
                    lines.extend(_paragraph_lines(Paragraph(p, document), numbering))
    return lines


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_box_lines(p) -> list[str]:
    """Text in text boxes anchored to a paragraph (title blocks are often drawn so); Word keeps
    a second copy for old readers in a "Fallback" branch, which is skipped."""
    lines: list[str] = []
    for box in p.iter(f"{_W}txbxContent"):
        parent = box.getparent()
        fallback = False
        while parent is not None and parent is not p:
            if parent.tag == _MC_FALLBACK:
                fallback = True
                break
            parent = parent.getparent()
        if fallback:
            continue
        for inner in box.iter(f"{_W}p"):
            text = "".join(t.text or "" for t in inner.iter(f"{_W}t"))
            if text.strip():
                lines.append(text)
    return lines


def _paragraph_lines(paragraph, numbering: _Numbering) -> list[str]:
    text = paragraph.text
    if text.strip():
        number = numbering.label(paragraph)
        if number:
            text = f"{number} {text}"
    # Paragraphs follow each other without blank lines, as in a PDF: Word's empty paragraphs
    # (spacing typed with Enter) are the blank lines.
    return text.split("\n")


class _Numbering:
    """Word's automatic numbering is not in the paragraph text: "1." lives in the list's
    definition. Numbered agenda items made that way get their printed numbers back here
    (decimal as "4.", letters as "(a)"); bullets get nothing."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.styles: dict[str, tuple[str, int]] = {}  # numbered paragraph styles
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        try:
            for style in document.styles.element.iter(f"{w}style"):
                num_id = style.find(f"{w}pPr/{w}numPr/{w}numId")
                if num_id is not None:
                    ilvl = style.find(f"{w}pPr/{w}numPr/{w}ilvl")
                    level = int(ilvl.get(f"{w}val", "0")) if ilvl is not None else 0
                    self.styles[style.get(f"{w}styleId")] = (num_id.get(f"{w}val"), level)
        except Exception:  # no styles part: no numbered styles
            pass
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: no lists
            return
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        abstract: dict[str, dict[int, str]] = {}
        for a in root.iter(f"{w}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{w}lvl"):
                fmt = lvl.find(f"{w}numFmt")
                levels[int(lvl.get(f"{w}ilvl", "0"))] = (
                    fmt.get(f"{w}val") if fmt is not None else "decimal"
                )
            abstract[a.get(f"{w}abstractNumId")] = levels
        for num in root.iter(f"{w}num"):
            ref = num.find(f"{w}abstractNumId")
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(f"{w}val"), {}).items():
                self.formats[(num.get(f"{w}numId"), ilvl)] = fmt

    def label(self, paragraph) -> str | None:
        try:
            ppr = paragraph._p.pPr
            if ppr is None:
                return None
            num_pr = ppr.numPr
            if num_pr is not None and num_pr.numId is not None:
                num_id = str(num_pr.numId.val)
                ilvl = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
            elif ppr.pStyle is not None and ppr.pStyle.val in self.styles:
                num_id, ilvl = self.styles[ppr.pStyle.val]
            else:
                return None
        except Exception:  # an odd list definition: read the text as it is
            return None
        fmt = self.formats.get((num_id, ilvl), "bullet")
        key = (num_id, ilvl)
        for other in list(self.counters):  # a higher level restarts the deeper ones
            if other[0] == num_id and other[1] > ilvl:
                del self.counters[other]
        n = self.counters[key] = self.counters.get(key, 0) + 1
        return list_label(_WORD_FORMATS.get(fmt), n)


# -- OpenDocument (.odt: LibreOffice Writer, the other word processor parish clerks use) -------

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


def _is_opendocument(data: bytes) -> bool:
    """An OpenDocument zip says so in its first entry ("mimetype", stored uncompressed)."""
    return b"application/vnd.oasis.opendocument" in data[:200]


def odt_text(data: bytes, name: str) -> str:
    """The text of an OpenDocument text file, one paragraph a line, as ``docx_text`` gives a
    Word file's: numbered list items get their numbers back ("4."), tables one row a line
    with the cells split by a tab."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if b"opendocument.text" not in data[:200] or "content.xml" not in names:
                raise AgendaError(
                    f"{name} is an OpenDocument file but not a text document: save the agenda "
                    "as .odt, .docx or PDF"
                )
            content = ElementTree.fromstring(zf.read("content.xml"))
            styles = (
                ElementTree.fromstring(zf.read("styles.xml")) if "styles.xml" in names else None
            )
    except AgendaError:
        raise
    except Exception as exc:  # a damaged zip or XML
        raise AgendaError(f"{name} is not a readable OpenDocument file ({_short(exc)})") from None
    formats = _odf_list_formats(content, styles)
    body = content.find(f"{{{_ODF_OFFICE}}}body/{{{_ODF_OFFICE}}}text")
    if body is None:
        raise AgendaError(f"{name} is an OpenDocument file with no text")
    lines: list[str] = []
    if styles is not None:  # the page header: often the council's name and the clerk's address
        for header in styles.iter(f"{{{_ODF_STYLE}}}header"):
            _odf_block(header, lines, formats, {}, 0, None)
            break
    _odf_block(body, lines, formats, {}, 0, None)
    return "\n".join(lines)


def _odf_list_formats(*roots) -> dict[tuple[str, int], str]:
    """(list style, level) -> number format ("1", "a", "A", "i", "I"); bullets are absent."""
    out: dict[tuple[str, int], str] = {}
    for root in roots:
        if root is None:
            continue
        for list_style in root.iter(f"{{{_ODF_TEXT}}}list-style"):
            style = list_style.get(f"{{{_ODF_STYLE}}}name", "")
            for level in list_style.iter(f"{{{_ODF_TEXT}}}list-level-style-number"):
                n = int(level.get(f"{{{_ODF_TEXT}}}level", "1"))
                out[(style, n)] = level.get(f"{{{_ODF_STYLE}}}num-format", "1") or "1"
    return out


_WORD_FORMATS = {"decimal": "1", "lowerLetter": "a", "upperLetter": "A"}


def list_label(fmt: str | None, n: int) -> str | None:
    """The printed number of the ``n``th item of a list numbered "1", "a" or "A" (the forms of
    OpenDocument and HTML; Word's are mapped to them): "4.", "(d)", "D."; None otherwise."""
    if fmt == "1":
        return f"{n}."
    if fmt == "a" and n <= 26:
        return f"({chr(96 + n)})"
    if fmt == "A" and n <= 26:
        return f"{chr(64 + n)}."
    return None


def _odf_block(element, lines, formats, counters, depth, style) -> None:
    """Paragraphs, headings, lists and tables under ``element``, in document order."""
    t = f"{{{_ODF_TEXT}}}"
    for child in element:
        tag = child.tag
        if tag in (f"{t}p", f"{t}h"):
            text = _odf_inline(child).strip()
            if text or not lines or lines[-1]:
                lines.append(text)
        elif tag == f"{t}list":
            own = child.get(f"{t}style-name") or style
            if child.get(f"{t}continue-numbering") != "true" and not child.get(f"{t}continue-list"):
                for key in [k for k in counters if k[1] >= depth + 1 and k[0] == own]:
                    del counters[key]
            for item in child:
                if item.tag not in (f"{t}list-item", f"{t}list-header"):
                    continue
                level = depth + 1
                label = None
                if item.tag == f"{t}list-item":
                    key = (own or "", level)
                    counters[key] = counters.get(key, 0) + 1
                    for deeper in [k for k in counters if k[0] == key[0] and k[1] > level]:
                        del counters[deeper]
                    label = list_label(formats.get(key), counters[key])
                start = len(lines)
                _odf_block(item, lines, formats, counters, level, own)
                if start < len(lines) and item.tag == f"{t}list-item":
                    numbered = (own or "", level) in formats
                    mark = f"{label} " if label else ("" if numbered else "- ")  # a bullet list
                    lines[start] = "  " * (level - 1) + mark + lines[start]
        elif tag == f"{{{_ODF_TABLE}}}table":
            for row in child.iter(f"{{{_ODF_TABLE}}}table-row"):
                cells = [
                    " ".join(_odf_inline(p).strip() for p in cell.iter(f"{t}p")).strip()
                    for cell in row.findall(f"{{{_ODF_TABLE}}}table-cell")
                ]
                if any(cells):
                    lines.append("\t".join(cells))
        elif tag == f"{t}section":
            _odf_block(child, lines, formats, counters, depth, style)


def _odf_inline(element) -> str:
    """A paragraph's text: spans and links read through, spaces, tabs and line breaks kept."""
    t = f"{{{_ODF_TEXT}}}"
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{t}s":
            parts.append(" " * int(child.get(f"{t}c", "1")))
        elif child.tag == f"{t}tab":
            parts.append("\t")
        elif child.tag == f"{t}line-break":
            parts.append("\n")
        elif child.tag not in (f"{t}note", f"{t}soft-page-break", f"{t}bookmark"):
            parts.append(_odf_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _table_lines(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            paras = [p.text.strip() for p in cell.paragraphs]
            for inner in cell.tables:
                paras.extend(line.strip() for line in _table_lines(inner))
            cells.append([p for p in "\n".join(paras).split("\n") if p.strip()])
        firsts = [c[0] for c in cells if c]
        if firsts:
            lines.append("\t".join(firsts))
        for c in cells:
            lines.extend(c[1:])
        lines.append("")
    return lines


# -- PDF -------------------------------------------------------------------------------------


def pdf_text(data: bytes, name: str) -> str:
    """Text of a PDF with pypdf (pure Python, kept up to date, already a dependency).

    pypdf's plain extraction keeps the reading order of ModernGov and Word-made PDFs and puts
    each visual line on its own line; the agenda reader joins wrapped titles itself.
    """
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise AgendaError("reading PDF files needs pypdf") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise AgendaError(f"{name} is a password-protected PDF")
            except AgendaError:
                raise
            except Exception:
                raise AgendaError(f"{name} is a password-protected PDF") from None
        pages = []
        # The agenda and the previous minutes open the pack; the reports after them (often
        # hundreds of pages, about 30 ms a page) are not needed. Reading stops a few pages
        # after the last minutes seen end, and after MAX_PDF_PAGES pages in any case.
        minutes_ended_at = None
        for number, page in enumerate(reader.pages):
            if number >= MAX_PDF_PAGES:
                break
            try:
                text = page.extract_text() or ""
            except Exception:  # one damaged page: read the others
                text = ""
            pages.append(text)
            if _MINUTES_START.search(text):
                minutes_ended_at = None
            if _MINUTES_END.search(text):
                minutes_ended_at = number
            if minutes_ended_at is not None and number - minutes_ended_at >= PAGES_AFTER_MINUTES:
                break
    except AgendaError:
        raise
    except PdfReadError as exc:
        raise AgendaError(f"{name} is not a readable PDF ({_short(exc)})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise AgendaError(f"{name} is not a readable PDF ({_short(exc)})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise AgendaError(f"{name} holds no text (a scanned PDF?): it cannot be read")
    return text


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 80 else text[:77] + "…"

"""Build Clerk's default minutes template, ``minutes.docx``, in a plain house style.

Run from the repository's root to rebuild it after changing the style here:

    python resources/templates/make_template.py

The minutes take from the template only its named styles, page set-up, header and footer; the
body is replaced. A council's own template needs styles of the same names (edit this one in
Word and save it under another name); any style it lacks falls back to Word's built-in one.

Style names the minutes use:
  Minutes Title, Minutes Subtitle, Minutes Notice, Attendance Table (table style),
  Attendance Label, Attendance Text, Minute Heading, Minutes Text, Minutes Bullet,
  Resolution, Resolution Part, Reason, Signature, Closing, Minutes Lead (character style for
  "Resolved:" and "Reason:"), List Table Heading (the decision and action lists' header row).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT = "Calibri"
INK = RGBColor(0x1F, 0x1F, 0x1F)
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)


def _paragraph_style(
    doc,
    name,
    *,
    base="Normal",
    size=11,
    bold=False,
    italic=False,
    before=0,
    after=6,
    keep_next=False,
    left=None,
    hanging=None,
    colour=None,
    align=None,
):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True
    font = style.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = colour or INK
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next
    if left is not None:
        fmt.left_indent = Cm(left)
    if hanging is not None:
        fmt.first_line_indent = Cm(-hanging)
    if align is not None:
        fmt.alignment = align
    return style


def _prune_styles(doc) -> None:
    """Drop the ~140 table styles and the latent-style list no minutes use: the template
    loads and saves several times faster, which the minutes' speed budget needs."""
    root = doc.styles.element
    for style in list(root.findall(qn("w:style"))):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in (
            "TableNormal",
            "TableGrid",
        ):
            root.remove(style)
    latent = root.find(qn("w:latentStyles"))
    if latent is not None:
        for child in list(latent):
            latent.remove(child)


def _drop_styles_with_effects(doc) -> None:
    """Drop the second copy of the styles (Word 2010's) and python-docx's stock thumbnail."""
    part = doc.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rel_id)
    package = part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(rel_id)


def _attendance_table_style(doc) -> None:
    style = doc.styles.add_style("Attendance Table", WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    tbl_pr = OxmlElement("w:tblPr")
    style.element.append(tbl_pr)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "bottom"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "1F3A5F")
        borders.append(el)
    for edge in ("left", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge, width in (("top", "60"), ("left", "80"), ("bottom", "60"), ("right", "80")):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), width)
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) drawn as its current value by Word and LibreOffice."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run._r.append(instr)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def build(out: Path) -> Path:
    doc = docx.Document()
    _prune_styles(doc)
    _drop_styles_with_effects(doc)

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)

    _paragraph_style(doc, "Minutes Title", size=18, bold=True, after=4, colour=ACCENT)
    _paragraph_style(doc, "Minutes Subtitle", size=14, bold=True, after=12, colour=ACCENT)
    _paragraph_style(
        doc, "Minutes Notice", size=12, bold=True, after=12, colour=RGBColor(0x9C, 0x1C, 0x1C)
    )
    _paragraph_style(doc, "Attendance Label", bold=True, after=2)
    _paragraph_style(doc, "Attendance Text", after=2)
    _paragraph_style(
        doc, "Minute Heading", size=12, bold=True, before=14, after=6, keep_next=True, colour=ACCENT
    )
    _paragraph_style(doc, "Minutes Text", after=8)
    bullet = _paragraph_style(
        doc, "Minutes Bullet", base="Minutes Text", after=4, left=1.0, hanging=0.5
    )
    # Borrow the bullet numbering of Word's "List Bullet" so bullets need no numbering of ours.
    num_pr = doc.styles["List Bullet"].element.pPr.find(qn("w:numPr"))
    if num_pr is not None:
        bullet.element.get_or_add_pPr().insert(0, copy.deepcopy(num_pr))
    _paragraph_style(doc, "Resolution", base="Minutes Text", before=4, keep_next=True)
    _paragraph_style(doc, "Resolution Part", base="Minutes Text", after=4, left=1.0, hanging=1.0)
    _paragraph_style(doc, "Reason", base="Minutes Text", after=10)
    _paragraph_style(doc, "Signature", before=36, after=12, bold=True)
    _paragraph_style(doc, "Closing", italic=True, after=0)
    _paragraph_style(doc, "List Table Heading", bold=True, after=2, colour=ACCENT)
    lead = doc.styles.add_style("Minutes Lead", WD_STYLE_TYPE.CHARACTER)
    lead.font.bold = True
    _attendance_table_style(doc)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    head = section.header.paragraphs[0]
    head.text = "Draft minutes - subject to approval"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in head.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Page ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")
    for run in foot.runs:
        run.font.size = Pt(8)

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    props = doc.core_properties
    props.title = "Draft minutes"
    props.author = "Clerk"
    props.comments = "Clerk's default minutes template; see make_template.py."
    doc.save(out)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("minutes.docx")
    print(build(target))

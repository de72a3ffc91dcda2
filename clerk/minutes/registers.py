"""Records that run across meetings (an action list, an attendance record) as one Word table.

The same template as the minutes; a title, a line saying what the record covers, then the
table (or one line when it is empty).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from clerk.domain.text import clean_line, clean_text
from clerk.minutes.blocks import BlockKind
from clerk.minutes.render import Canvas, open_template
from clerk.minutes.settings import MinutesSettings


def write_register(
    out: Path | str,
    *,
    title: str,
    subtitle: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    empty: str,
    organisation: str | None = None,
    notes: Sequence[str] = (),
    template: Path | str | None = None,
    settings: MinutesSettings | None = None,
) -> Path:
    """A titled table written atomically to ``out``; returns the path."""
    conf = settings or MinutesSettings()
    canvas = Canvas(open_template(template or conf.template))
    organisation = conf.organisation or organisation
    if organisation:
        canvas.paragraph(BlockKind.TITLE, clean_line(organisation))
    canvas.paragraph(BlockKind.SUBTITLE, clean_line(title))
    canvas.paragraph(BlockKind.PARAGRAPH, clean_text(subtitle))
    cells = [tuple(clean_text(str(c)) if c is not None else "" for c in row) for row in rows]
    if cells:
        canvas.table(cells, widths=tuple(widths), header=tuple(header))
    else:
        canvas.paragraph(BlockKind.PARAGRAPH, empty)
    for note in notes:
        canvas.paragraph(BlockKind.PARAGRAPH, clean_text(note))
    canvas.doc.core_properties.title = clean_line(f"{title}: {subtitle}")[:250]
    return canvas.save(out)

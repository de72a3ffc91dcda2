"""The composed minutes as simple HTML, for an on-screen preview (a QTextBrowser shows it).

Plain tags only (Qt's rich text understands a subset of HTML 4), every text escaped. With
``links`` (the drafting view) each block is a link ``block:<index>`` to the block it draws, so
a click opens what produces it, and a sentence reworded for the meeting is marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from clerk.minutes.blocks import Block, BlockKind

STYLE = """
body { font-family: Calibri, Carlito, sans-serif; font-size: 11pt; }
h1 { font-size: 16pt; margin-bottom: 0; }
h2 { font-size: 13pt; margin-top: 2pt; }
h3 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }
p.notice { color: #9c1c1c; font-weight: bold; }
p.part { margin-left: 24px; }
p.signature { margin-top: 24pt; font-weight: bold; }
p.closing { font-style: italic; }
td.label { font-weight: bold; padding-right: 12px; vertical-align: top; }
""".strip()

TAGS = {
    BlockKind.TITLE: ("h1", ""),
    BlockKind.SUBTITLE: ("h2", ""),
    BlockKind.NOTICE: ("p", "notice"),
    BlockKind.HEADING: ("h3", ""),
    BlockKind.PARAGRAPH: ("p", ""),
    BlockKind.RESOLVED: ("p", "resolved"),
    BlockKind.RESOLUTION_PART: ("p", "part"),
    BlockKind.REASON: ("p", "reason"),
    BlockKind.SIGNATURE: ("p", "signature"),
    BlockKind.CLOSING: ("p", "closing"),
    BlockKind.RUN_IN: ("p", "runin"),
    BlockKind.NUMBERED: ("p", "part"),
    BlockKind.ACTION: ("p", "action"),
}


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>").replace("\t", "&#9;")


#: The look of a reworded sentence on screen (and of one whose source changed since).
REWORDED = {
    "reworded": "background-color:#fff1b8;",
    "reworded-stale": "background-color:#ffd0a0;",
}
_LINK = "color:#000000; text-decoration:none;"


def _link(index: int | None, block: Block, inner: str) -> str:
    """``inner`` as a link to block ``index`` (no link when ``index`` is None)."""
    if block.reworded and index is not None:
        mark = " ✎" if block.reworded == "reworded" else " ✎ (Clerk's wording has changed)"
        inner = f'<span style="{REWORDED[block.reworded]}">{inner}{mark}</span>'
    if index is None:
        return inner
    return f'<a href="block:{index}" style="{_LINK}">{inner}</a>'


def blocks_html(blocks: Sequence[Block], *, links: bool = False) -> str:
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    in_list = False
    for index, block in enumerate(blocks):
        at = index if links else None
        if block.kind is BlockKind.BULLET:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_link(at, block, _text(block.text))}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind is BlockKind.ATTENDANCE:
            out.append('<table cellspacing="0" cellpadding="3">')
            for label, lines in block.rows:
                cell = _link(at, block, "<br/>".join(_text(line) for line in lines))
                out.append(f'<tr><td class="label">{_text(label)}</td><td>{cell}</td></tr>')
            out.append("</table>")
            continue
        if block.kind is BlockKind.TABLE:
            out.append('<table border="1" cellspacing="0" cellpadding="3">')
            for r, row in enumerate(block.cells):
                cell = "th" if block.header and r == 0 else "td"
                cells = "".join(f"<{cell}>{_link(at, block, _text(c))}</{cell}>" for c in row)
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
            continue
        tag, cls = TAGS.get(block.kind, ("p", ""))
        attrs = f' class="{cls}"' if cls else ""
        anchor = f'<a name="minute-{block.minute}"></a>' if block.kind is BlockKind.HEADING else ""
        lead = f"<b>{_text(block.lead)}</b> " if block.lead else ""
        inner = _link(at, block, f"{lead}{_text(block.text)}")
        out.append(f"<{tag}{attrs}>{anchor}{inner}</{tag}>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)

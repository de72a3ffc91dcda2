"""The composed minutes as simple HTML, for an on-screen preview (a QTextBrowser shows it).

Plain tags only (Qt's rich text understands a subset of HTML 4), every text escaped.
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


def blocks_html(blocks: Sequence[Block]) -> str:
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    in_list = False
    for block in blocks:
        if block.kind is BlockKind.BULLET:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_text(block.text)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind is BlockKind.ATTENDANCE:
            out.append('<table cellspacing="0" cellpadding="3">')
            for label, lines in block.rows:
                cell = "<br/>".join(_text(line) for line in lines)
                out.append(f'<tr><td class="label">{_text(label)}</td><td>{cell}</td></tr>')
            out.append("</table>")
            continue
        if block.kind is BlockKind.TABLE:
            out.append('<table border="1" cellspacing="0" cellpadding="3">')
            for r, row in enumerate(block.cells):
                cell = "th" if block.header and r == 0 else "td"
                out.append("<tr>" + "".join(f"<{cell}>{_text(c)}</{cell}>" for c in row) + "</tr>")
            out.append("</table>")
            continue
        tag, cls = TAGS.get(block.kind, ("p", ""))
        attrs = f' class="{cls}"' if cls else ""
        anchor = f'<a name="minute-{block.minute}"></a>' if block.kind is BlockKind.HEADING else ""
        lead = f"<b>{_text(block.lead)}</b> " if block.lead else ""
        out.append(f"<{tag}{attrs}>{anchor}{lead}{_text(block.text)}</{tag}>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)

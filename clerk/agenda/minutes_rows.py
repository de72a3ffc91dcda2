"""The items of a ModernGov "agenda and minutes" page copied without its table.

Each item of such a page is a row: the item's heading, the agenda's own text for it ("To
receive apologies for absence."), the papers' link ("PDF 62 KB"), then "Minutes:" and what was
minuted. Copied as text, a row becomes one line ("Apologies for Absence To receive apologies
for absence. Minutes: There were no apologies for absence."), or the heading stays alone with
"Minutes: …" on the line below it. Such a page prints no numbers: the rows are the items, in
order; the heading is the title and the agenda's text is the item's description. What was
minuted is no part of the agenda: it is left out, as under a ModernGov "Minutes:" block.
"""

from __future__ import annotations

import re

# "Heading [agenda text] Minutes: text" (Welsh "Cofnodion:"); the label alone on its line is
# the ordinary ModernGov block that ``numbering`` already reads.
_INLINE_LABEL = re.compile(r"^(?P<head>\S.{0,1000}?)\s+(?:Minutes|Cofnodion)\s*:\s+(?=\S)")
_LEADING_LABEL = re.compile(r"^(?:Minutes|Cofnodion)\s*:\s+\S")
# The agenda's text after the heading: "To receive …", "To consider …", "That the …".
# Also a sentence that opens with a capital ("In the event the fire alarm sounds …") and a
# paper's note ("Report for decision.").
_AGENDA_TEXT = re.compile(
    r"\s+(?=(?:To|That|I)\s+[a-z]"
    r"|(?:In|The|This|If|Where|Members|Following|Under)\s+(?:[a-z][\w'’,-]*\s+){3}"
    r"|(?:Report|Paper|Presentation)\s+for\s+(?:decision|information|noting|approval"
    r"|consideration|discussion)\b)"
)
_PAPERS = re.compile(r"\s*\b(?:pdf\s+e?icon\s+)?PDF\s+[\d.,]+\s*[KM]B\b", re.IGNORECASE)


def split_row_head(head: str) -> tuple[str, str]:
    """(title, agenda text) of what comes before a row's "Minutes:" label."""
    head = _PAPERS.sub("", head).strip()
    if re.match(r"(?:To|That)\s+[a-z]", head):
        return head, ""  # no heading of its own: the agenda's text is all there is
    m = _AGENDA_TEXT.search(head)
    if m is None:
        return head, ""
    return head[: m.start()].strip(), head[m.end() :].strip()


def minutes_rows(lines: list[str], lo: int, stop: int) -> list[tuple[int, str, str]]:
    """(line, title, description) of every row, or [] when the page is not made of them; a
    "Minutes: …" line below its heading has the title "" (it is the minutes, not an item).
    A heading alone above a "Minutes: …" line is a row too; a heading that reads as a
    sentence (it ends with a full stop) is the minutes' own text, not a row."""
    rows: dict[int, tuple[str, str]] = {}
    labels: list[int] = []
    inline = 0
    for i in range(lo, stop):
        line = lines[i]
        if not line or ("inutes" not in line and "ofnodion" not in line):
            continue
        if _LEADING_LABEL.match(line):
            j = i - 1
            while j >= lo and j >= i - 2 and not lines[j]:
                j -= 1
            above = lines[j] if j >= lo else ""
            if (
                above
                and j not in rows
                and len(above) <= 150
                and not above.rstrip().endswith((".", ":", ";", ","))
                and not _INLINE_LABEL.match(above)
                and not _LEADING_LABEL.match(above)
                and above[0].isupper()
            ):
                rows[j] = (split_row_head(above)[0], "")
                labels.append(i)
            continue
        m = _INLINE_LABEL.match(line)
        if m and m.group("head")[0].isupper():
            title, agenda_text = split_row_head(m.group("head"))
            if title:
                rows[i] = (title, agenda_text)
                inline += 1
    if len(rows) < 2 or inline == 0:
        return _capital_rows(lines, lo, stop, labels) if labels or inline else []
    # A row with nothing minuted yet (or cut off before its "Minutes:"): its heading, the
    # papers' link and the agenda's text ("Annual review PDF 228 KB To consider …") right
    # after another row.
    prev = -1
    for i in range(lo, stop):
        line = lines[i]
        if not line:
            continue
        m = _PAPERS.search(line)
        if (
            prev in rows
            and i not in rows
            and m is not None
            and 3 <= m.start() <= 150
            and line[0].isupper()
            and re.match(r"\s*(?:To|That)\s+[a-z]", line[m.end() :])
        ):
            title, agenda_text = split_row_head(line)
            if title:
                rows[i] = (title, agenda_text)
        prev = i
    found = [(i, title, more) for i, (title, more) in sorted(rows.items())]
    return sorted(found + [(i, "", "") for i in labels])


# "DECLARATIONS OF INTERESTS PDF 214 KB Members are reminded …", "REPORTS FOR CONSIDERATION":
# a row whose heading is in capitals, its text (if any) run on after it.
_CAPITAL_HEAD = re.compile(
    r"^(?P<head>[A-Z][A-Z0-9'’&,/()-]*(?:\s+[A-Z0-9'’&,/()-]+){1,14})(?=\s+[\"“‘'(]?[A-Z]?[a-z]|\s*$)"
)
_NOT_HEAD = re.compile(r"^(?:RESOLVED|AGREED|NOTED|DECISION|MINUTES|NOTE|PART)\b")


def _capital_rows(lines: list[str], lo: int, stop: int, labels: list[int]):
    """The rows of a page whose headings are in capitals and whose "Minutes:" blocks sit a few
    lines below them (the agenda's text between): every such heading at a line's start is a
    row, when there are at least two of them."""
    found: list[tuple[int, str, str]] = []
    for i in range(lo, stop):
        line = lines[i]
        if not line or not line[:2].isupper() or _NOT_HEAD.match(line):
            continue
        text = _PAPERS.sub("", line).strip()
        m = _CAPITAL_HEAD.match(text)
        if m is None or len(m.group("head")) < 8:
            continue
        found.append((i, m.group("head").strip(" ,"), text[m.end() :].strip()))
    if len(found) < 2:
        return []
    return sorted(found + [(i, "", "") for i in labels])

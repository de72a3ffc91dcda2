"""Cleaning typed and pasted text, in one place.

Text reaches Clerk from the keyboard, the clipboard, agenda files and meeting records. Some of
it holds characters that no document may carry (C0 controls, lone surrogates, the non-characters
U+FFFE/U+FFFF) and that python-docx refuses. Every text field passes through ``clean_text``
before it is kept, so nothing stored can break the minutes later.
"""

from __future__ import annotations

import re

# C0 controls except TAB and LF, DEL, C1 controls, lone surrogates and the two non-characters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Return ``text`` safe to store and print: line ends unified, forbidden characters removed.

    Vertical tab and form feed (Word's manual line and page breaks when pasted) become line
    breaks rather than vanishing, so pasted paragraphs keep their shape.
    """
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    if _FORBIDDEN.search(text):
        text = _FORBIDDEN.sub("", text)
    return text


def clean_line(text: str) -> str:
    """Like ``clean_text`` for one-line fields (names, titles): white space folded."""
    return re.sub(r"\s+", " ", clean_text(text)).strip()


def clean_optional(text: str | None) -> str | None:
    if text is None:
        return None
    return clean_text(text)

"""The labels of a notice ("Date:", "Venue:", "Membership:" …, and their Welsh forms
"Dyddiad:", "Amser:", "Lleoliad:") and the lines that are no part of the body's name, shared
by the notice and membership readers."""

from __future__ import annotations

import re

LABEL = re.compile(
    r"^(?P<label>to|date(?:\s+and\s+time)?|time(?:\s+and\s+date)?|when|venue|place|location|where"
    r"|meeting\s+(?:venue|place|location|date|time)|address|membership|members(?:hip)?\s+of\s+the\s+\w+"
    r"|(?:committee\s+|panel\s+|board\s+)?members|councillors|(?:vice[\s-]*|deputy\s+)?chair"
    r"(?:man|woman|person)?|meeting|committee|body|decision[\s-]+maker|substitutes?"
    r"|(?:substitute|reserve)\s+members?|quorum"
    r"|dyddiad(?:\s+ac\s+amser)?|amser|lleoliad|lle|aelodau|cadeirydd|is-gadeirydd"
    r"|contact|cyswllt|enquiries|link)"
    r"\s*(?::|\t|\s[-–—]\s)\s*(?P<value>.*)$",
    re.IGNORECASE,
)
BARE_LABEL = re.compile(
    r"(?:date|time|venue|place|location|where|when|date\s+and\s+time|time\s+and\s+date"
    r"|meeting\s+(?:venue|date|time)|dyddiad|amser|lleoliad)",
    re.IGNORECASE,
)
BODY_WORDS = re.compile(
    r"\b(?:committee|sub-committee|cabinet|board|panel|executive|forum|commission|session"
    r"|group|assembly|partnership|scrutiny|council|authority|meeting|trust|governors"
    r"|governing\s+body|cyngor|pwyllgor|bwrdd|cabinet|municipal\s+district)\b",
    re.IGNORECASE,
)
SKIP_LINE = re.compile(
    r"^(?:public document pack|agenda|notice of (?:a )?(?:public )?meeting|supplementary"
    r"|dear (?:councillor|member|sir)|to all members|page \d+|www\.|http|rhaglen\b"
    r"|meeting (?:details|documents|summary)$|you are in meetings$|skip to (?:main )?content)",
    re.IGNORECASE,
)
_WELSH = {
    "dyddiad": "date",
    "dyddiad ac amser": "date and time",
    "amser": "time",
    "lleoliad": "venue",
    "lle": "place",
    "aelodau": "members",
    "cadeirydd": "chair",
    "is-gadeirydd": "vice-chair",
    "cyswllt": "contact",
    "enquiries": "contact",
}


def label_key(label: str) -> str:
    """The English key of a label as written: "Meeting Date" -> "date", "Lleoliad" -> "venue"."""
    key = re.sub(r"\s+", " ", label.lower()).strip()
    key = re.sub(r"^meeting (?=venue|place|location|date|time)", "", key)
    return _WELSH.get(key, key)

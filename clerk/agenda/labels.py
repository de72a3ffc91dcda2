"""The labels of a notice ("Date:", "Venue:", "Membership:" …) and the lines that are no
part of the body's name, shared by the notice and membership readers."""

from __future__ import annotations

import re

LABEL = re.compile(
    r"^(?P<label>to|date(?:\s+and\s+time)?|time(?:\s+and\s+date)?|when|venue|place|location|where"
    r"|meeting\s+(?:venue|place|location|date|time)|address|membership|members(?:hip)?\s+of\s+the\s+\w+"
    r"|(?:committee\s+|panel\s+|board\s+)?members|councillors|(?:vice[\s-]*|deputy\s+)?chair"
    r"(?:man|woman|person)?|meeting|committee|body|decision[\s-]+maker|substitutes?"
    r"|(?:substitute|reserve)\s+members?|quorum)"
    r"\s*(?::|\t|\s[-–—]\s)\s*(?P<value>.*)$",
    re.IGNORECASE,
)
BARE_LABEL = re.compile(
    r"(?:date|time|venue|place|location|where|when|date\s+and\s+time|time\s+and\s+date"
    r"|meeting\s+(?:venue|date|time))",
    re.IGNORECASE,
)
SKIP_LINE = re.compile(
    r"^(?:public document pack|agenda|notice of (?:a )?(?:public )?meeting|supplementary"
    r"|dear (?:councillor|member|sir)|to all members|page \d+|www\.|http)",
    re.IGNORECASE,
)

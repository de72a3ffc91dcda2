"""The membership of the body as the notice gives it: a "To:" line, a "Membership:" list, one
person to a line under a heading, "Chair:" and "Vice-Chair:" lines, a decision maker. Named
substitutes are set aside (they are not members of this meeting) and reported.
"""

from __future__ import annotations

import re

from clerk.agenda.labels import LABEL as _LABEL
from clerk.agenda.labels import SKIP_LINE as _SKIP_LINE
from clerk.agenda.people import parse_member_list, parse_person, role_of


def read_members(lines: list[str], labels: dict) -> tuple[list[dict], list[str]]:
    """(members, named substitutes) from the head of the agenda and its labels."""
    substitutes: list[str] = []
    people: list[dict] = []
    used: set[int] = set()

    def add(found: list[dict]) -> None:
        for p in found:
            same = [q for q in people if _same_person(q, p)]
            if same:
                if p["role"] != "member":
                    same[0]["role"] = p["role"]
                for key in ("forename", "initials", "capacity"):
                    if p.get(key) and not same[0].get(key):
                        same[0][key] = p[key]
                continue
            people.append(p)

    for key in ("substitutes", "substitute", "substitute members", "reserve members",
                "substitute member", "reserve member"):  # fmt: skip
        if key in labels:
            substitutes.append(labels[key][0])
            used.add(labels[key][1])

    if "to" in labels:
        value, i = labels["to"]
        if re.match(r"(?:councillors?|cllrs?)\b", value, re.IGNORECASE) or role_of(value):
            add(parse_member_list(_with_wrapped(lines, i, value), councillors=None))
            used.add(i)
    for key in list(labels):
        if key in ("membership", "members", "councillors", "committee members") or key.startswith(
            ("membership of", "members of", "panel members", "board members")
        ):
            value, i = labels[key]
            used.add(i)
            if value:
                all_councillors = True if key == "councillors" else None
                add(parse_member_list(_with_wrapped(lines, i, value), councillors=all_councillors))
            add(_member_lines(lines, i + 1, used, strict=bool(value)))
    if "decision maker" in labels:  # a decision session: one member decides, and presides
        for p in parse_member_list(labels["decision maker"][0]):
            p["role"] = "chair"
            add([p])
    for key in ("chair", "chairman", "chairwoman", "chairperson"):
        if key in labels:
            for p in parse_member_list(labels[key][0]):
                p["role"] = "chair"
                add([p])
    for key in ("vice chair", "vice-chair", "vice chairman", "vice-chairman", "deputy chair",
                "vice-chairperson", "vice chairperson"):  # fmt: skip
        if key in labels:
            for p in parse_member_list(labels[key][0]):
                p["role"] = "vice_chair"
                add([p])
    if not people:  # "Councillors A, B and C" standing alone in the notice
        for i, line in enumerate(lines):
            if i in used or re.search(r"substitut|reserve", line, re.IGNORECASE):
                continue
            if re.match(r"(?:councillors|cllrs)\b", line, re.IGNORECASE) and "," in line:
                add(parse_member_list(_with_wrapped(lines, i, line)))
    return people, substitutes


def _same_person(a: dict, b: dict) -> bool:
    """ "J. Smith" in the list and "Councillor John Smith" beside "Chair:" are one person."""
    if (a.get("surname") or "").lower() != (b.get("surname") or "").lower():
        return False
    first_a = (a.get("forename") or a.get("initials") or "")[:1].upper()
    first_b = (b.get("forename") or b.get("initials") or "")[:1].upper()
    if a.get("forename") and b.get("forename"):
        return a["forename"].lower() == b["forename"].lower()
    return not first_a or not first_b or first_a == first_b


def _with_wrapped(lines: list[str], i: int, value: str) -> str:
    """A membership line that wraps: the list goes on while a line ends in a comma or "and"."""
    text = value
    j = i + 1
    while (
        j < len(lines)
        and lines[j]
        and (
            re.search(r"(?:,|\band|&|\b[A-Z]\.?)\s*$", text)
            or re.match(r"(?:and\b|&|,|\(|[a-z])", lines[j])
            or text.count("(") > text.count(")")
        )
        and not _LABEL.match(lines[j])
        and j - i < 12
    ):
        text = f"{text} {lines[j]}"
        j += 1
    return text


_PERSON_START = re.compile(
    r"^(?:councillors?|cllrs?|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd)\b\.?\s",
    re.IGNORECASE,
)


def _member_lines(lines: list[str], start: int, used: set[int], strict: bool) -> list[dict]:
    """A membership set out one person to a line, under a "Membership" heading. ``strict``
    (the heading's own line held names already): only lines that plainly name a person."""
    found: list[dict] = []
    blank_run = 0
    for j in range(start, min(start + 60, len(lines))):
        line = lines[j]
        if not line:
            blank_run += 1
            if blank_run > 1 and found:
                break
            continue
        blank_run = 0
        if _LABEL.match(line) and not re.match(r"(?:vice[\s-]*|deputy\s+)?chair", line, re.I):
            break
        if re.search(r"substitut|reserve", line, re.IGNORECASE) or _SKIP_LINE.match(line):
            break
        if strict and not (_PERSON_START.match(line) or role_of(line)):
            break
        text = re.sub(r"^(?:vice[\s-]*chair\w*|deputy chair\w*)\s*[:\t]\s*", "", line, flags=re.I)
        lead_role = None
        if text != line:
            lead_role = "vice_chair"
        else:
            text2 = re.sub(r"^chair\w*\s*[:\t]\s*", "", line, flags=re.I)
            if text2 != line:
                lead_role, text = "chair", text2
        text = text.replace("\t", " ")
        if "," in re.sub(r"\([^)]*\)", "", text) or re.search(r"\s(?:and|&)\s", text):
            people = parse_member_list(text)
        else:
            person = parse_person(text)
            people = [person] if person else []
        if not people:
            if found:
                break
            continue
        if lead_role:
            for p in people:
                p["role"] = lead_role
        used.add(j)
        found.extend(people)
    return found

"""Sentences of the minutes built from records: declarations, attendance, adjournments, the
note on an exempt item, the signature.

Each function words one thing the way UK committee minutes word it, from the meeting's data,
so that the clerk types facts during the meeting and never the boilerplate around them. The
sentences of formal business (presence, quorum, motions and votes, exclusion and readmission,
the time limit) are worded once, in ``clerk.domain.formal.wording``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from clerk.domain.formal.exclusion import PARAGRAPHS
from clerk.domain.model import (
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    Person,
    Role,
)
from clerk.domain.wording import (
    INTEREST_WORDS,
    ROLE_SUFFIX,
    clock_12,
    councillor_list,
    formal_name,
    is_councillor,
    join_names,
    present_list,
    short_name,
    surname_of,
)

# Schedule 12A's paragraphs are worded once, with the rest of formal business.
SCHEDULE_12A = PARAGRAPHS


# A declared nature that already reads on from "… interest in agenda item 5 (…),".
_CONNECTIVE = re.compile(
    r"^(in that|as |because|since|being|having|through|due to|owing to|which|who|by virtue|"
    r"in relation|in respect|relating|on the grounds|given|whose|where|having regard)",
    re.IGNORECASE,
)

ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(n: int) -> str:
    """ "i", "ii", "iv", "xii": numbering of the parts of a resolution."""
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def sentence(text: str) -> str:
    """Text as a sentence: trimmed, ending in a full stop unless it already ends a sentence."""
    text = text.strip()
    if text and text[-1] not in ".!?:;)]\"'\u2019\u201d":
        text += "."
    return text


def name_of(meeting: Meeting, person_id: str | None) -> str:
    """How the minutes name someone by id; an unknown id is printed as it was given."""
    if not person_id:
        return ""
    person = meeting.person(person_id)
    return short_name(person) if person else person_id


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


# -- declarations ------------------------------------------------------------------------------


def item_reference(items: Sequence[AgendaItem]) -> str:
    """ "agenda item 5 (Title)" or "agenda items 4 (A) and 6 (B)"."""
    refs = [f"{it.agenda_number} ({it.title})" for it in items]
    if not refs:
        return "the business on the agenda"
    noun = "agenda item" if len(refs) == 1 else "agenda items"
    return f"{noun} {join_names(refs)}"


def declaration_sentence(meeting: Meeting, declaration: Declaration) -> str:
    """ "Cllr Webb declared a personal interest in agenda item 5 (…), in that …."."""
    kind = INTEREST_WORDS.get(declaration.kind, str(declaration.kind).replace("_", " "))
    items = [it for it in (meeting.item(k) for k in declaration.item_keys) if it is not None]
    who = name_of(meeting, declaration.person) or "A member"
    text = f"{who} declared {article(kind)} {kind} interest in {item_reference(items)}"
    nature = declaration.nature.strip().rstrip(".").strip()
    if nature:
        if not _CONNECTIVE.match(nature):
            nature = "in that " + nature
        text += ", " + nature
    if declaration.left_room:
        text += ", and left the room during consideration of " + (
            "that item" if len(items) == 1 else "those items"
        )
    return sentence(text)


def left_room_sentence(meeting: Meeting, declaration: Declaration) -> str:
    """At the item itself: the member who declared an interest and left took no part."""
    kind = INTEREST_WORDS.get(declaration.kind, "an")
    who = name_of(meeting, declaration.person) or "A member"
    return (
        f"{who}, having declared {article(kind)} {kind} interest, left the room during "
        "consideration of this item and took no part in the debate or decision."
    )


# -- attendance --------------------------------------------------------------------------------


def present_line(people: Sequence[Person], by_id: dict[str, Person], final_and: bool) -> str:
    """The Present row: "Councillors Daubeney (Chair), Webb (Vice-Chair), Fitzpatrick, …".

    As ``clerk.domain.wording.present_list`` (Chair first, then Vice-Chair, substitutes named
    as such), with the house's choice of "and" or a comma before the last name.
    """
    if final_and:
        return present_list(people, by_id)
    order = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}
    people = sorted(people, key=lambda p: order.get(p.role, 2))
    councillors = [p for p in people if is_councillor(p) and not p.substitute_for]
    names = [surname_of(p) + ROLE_SUFFIX.get(p.role, "") for p in councillors]
    parts = []
    if names:
        parts.append(("Councillor " if len(names) == 1 else "Councillors ") + ", ".join(names))
    for p in people:
        if p in councillors:
            continue
        text = short_name(p) + ROLE_SUFFIX.get(p.role, "")
        absent = by_id.get(p.substitute_for or "")
        if absent is not None:
            text += f" (Substitute for {short_name(absent)})"
        parts.append(text)
    return ", ".join(parts)


def apologies_sentences(meeting: Meeting, no_apologies: str) -> list[str]:
    """The apologies item, worded from attendance, with the substitutes named."""
    sent = [p for p in meeting.people if p.attendance is Attendance.APOLOGIES]
    if not sent:
        lines = [no_apologies]
    elif len(sent) == 1:
        lines = [f"An apology for absence was submitted by {councillor_list(sent)}."]
    else:
        lines = [f"Apologies for absence were received from {councillor_list(sent)}."]
    for sub in substitutes(meeting):
        absent = meeting.person(sub.substitute_for or "")
        if absent is not None:
            lines.append(f"{formal_name(sub)} attended as a substitute for {formal_name(absent)}.")
    return lines


def substitutes(meeting: Meeting) -> list[Person]:
    return [
        p
        for p in meeting.people
        if p.substitute_for and p.attendance is Attendance.PRESENT and p.role.is_member
    ]


def adjournment_sentence(start: datetime, end: datetime | None, reason: str | None) -> str:
    text = f"The meeting adjourned at {clock_12(start)}"
    reason = (reason or "").strip().rstrip(".")
    if reason:
        text += f" ({reason})"
    if end is not None:
        text += f" and reconvened at {clock_12(end)}"
    return text + "."


# -- exclusion of press and public -------------------------------------------------------------


def exempt_note(item: AgendaItem) -> str:
    """The public minute of an exempt item not covered by an exclusion item of its own."""
    n = item.exempt_paragraph
    grounds = (
        f"{SCHEDULE_12A[n]} (paragraph {n} of Schedule 12A to the Local Government Act 1972)"
        if n in SCHEDULE_12A
        else "exempt information (Schedule 12A to the Local Government Act 1972)"
    )
    return (
        "The press and public were excluded from the meeting during consideration of this "
        f"item, as it contains {grounds}."
    )


def signature(meeting: Meeting, label: str) -> str:
    """ "Cllr S. Daubeney, Chair"."""
    chair = next((p for p in meeting.people if p.role is Role.CHAIR), None)
    if chair is None:
        return label
    return f"{short_name(chair, with_initials=True)}, {label}"

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
    bracketed,
    ended,
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
    refs = [
        f"{it.agenda_number} ({it.title.strip()})" if it.title.strip() else it.agenda_number
        for it in items
    ]
    if not refs:
        return "the business on the agenda"
    noun = "agenda item" if len(refs) == 1 else "agenda items"
    return f"{noun} {join_names(refs)}"


def declaration_sentence(
    meeting: Meeting, declaration: Declaration, style=None, others: Sequence[Declaration] = ()
) -> str:
    """ "Cllr Webb declared a personal interest in agenda item 5 (…), in that …." (the
    style's ``sentences.declaration``); with ``others`` declaring the same interest, one
    sentence for all (``sentences.declaration_many``: "Cllrs T Davies and D Price declared …").
    It always ends with a full stop."""
    from clerk.minutes import people

    st = _style(style)
    kind = INTEREST_WORDS.get(declaration.kind, str(declaration.kind).replace("_", " "))
    items = [it for it in (meeting.item(k) for k in declaration.item_keys) if it is not None]
    who = people.name_by_id(st, meeting, declaration.person) or "A member"
    nature = declaration.nature.strip().rstrip(".").strip()
    typed = nature
    if nature and not _CONNECTIVE.match(nature):
        nature = "in that " + nature
    together = {}
    if others:
        names = [who] + [people.name_by_id(st, meeting, d.person) or "A member" for d in others]
        together = {"names": people.join(names, ", ", st.names.and_word), "count": len(names)}
        # as a list names them: "Cllrs T Davies and D Price" (names.group_many, names.grouped)
        found = [meeting.person(d.person) for d in (declaration, *others)]
        members = [p for p in found if p is not None]
        together["group"] = (
            people.name_list(st, members) if len(members) == len(found) else together["names"]
        )
    text = st.say(
        "sentences.declaration_many" if together else "sentences.declaration",
        **(together or {"name": who}),
        kind=kind,
        a_kind=f"{article(kind)} {kind}".strip(),  # "an" when no kind was recorded
        items=item_reference(items),
        item_numbers=join_names([it.agenda_number for it in items]),
        nature=nature,
        nature_typed=typed,
        left_room=bool(declaration.left_room),
        that_item="that item" if len(items) == 1 else "those items",
    )
    return full_stop(text)


def full_stop(text: str) -> str:
    """A sentence that ends with a full stop even after a bracket: "… item 5 (Title)."."""
    text = text.strip()
    if text and text[-1] not in ".!?:":
        text += "."
    return text


def _style(style):
    from clerk.minutes.style import default_style

    return style if style is not None else default_style()


def left_room_sentence(meeting: Meeting, declaration: Declaration, style=None) -> str:
    """At the item itself: the member who declared an interest and left took no part."""
    from clerk.minutes import people

    kind = INTEREST_WORDS.get(declaration.kind, "an")
    who = people.name_by_id(_style(style), meeting, declaration.person) or "A member"
    return (
        f"{who}, having declared {f'{article(kind)} {kind}'.strip()} interest, left the room during "
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


def apologies_sentences(meeting: Meeting, style=None) -> list[str]:
    """The apologies item, worded from attendance, with the substitutes named, then the
    members absent without apology when the style words them."""
    from clerk.minutes import people

    st = _style(style)
    sent = people.attending(meeting, Attendance.APOLOGIES)
    members = [p for p in sent if p.role.is_member]
    others = [p for p in sent if not p.role.is_member]
    accepted = bool(meeting.apologies_accepted)
    values = {
        "names": _with_reasons(st, sent),
        "count": len(sent),
        "accepted": accepted,
        "members": people.name_list(st, members),
        "others": people.join(
            [people.attendee_name(st, p) for p in others], ", ", st.names.and_word
        ),
    }
    values["count_words"] = people.count_words(len(sent), st)
    if not sent:
        lines = [st.say("sentences.apologies_none")]
    elif len(sent) == 1:
        lines = [st.say("sentences.apologies_one", **values)]
    else:
        lines = [st.say("sentences.apologies_many", **values)]
    if sent and accepted and st.sentences.apologies_accepted:
        reasons = any(p.apology_reason for p in sent)
        after = st.say("sentences.apologies_accepted", count=len(sent), reasons=reasons)
        lines[0] = f"{lines[0]} {after}".strip()
    for sub in substitutes(meeting):
        absent = meeting.person(sub.substitute_for or "")
        if absent is not None:
            lines.append(
                st.say(
                    "sentences.substitute",
                    name=people.name_list(st, [sub]),
                    absent=people.name_list(st, [absent]),
                )
            )
    away = [p for p in people.attending(meeting, Attendance.ABSENT) if p.role.is_member]
    if away and st.sentences.absent:
        lines.append(st.say("sentences.absent", names=people.name_list(st, away), count=len(away)))
    return [line for line in lines if line]


def _with_reasons(st, sent: list[Person]) -> str:
    """Those who sent apologies, named as a list; where reasons were given, grouped by reason
    in the order first given, each group followed by its reason in the style's form; those who
    gave none keep their own places ("Mr D Mantle, Mr P Lindoewood (technical difficulties),
    Mr G Taylor")."""
    from clerk.minutes import people

    if not any(p.apology_reason for p in sent):
        return people.name_list(st, sent)
    groups: dict[tuple[str, str], list[Person]] = {}
    for p in sent:
        reason = (p.apology_reason or "").strip()
        groups.setdefault((reason, "" if reason else p.id), []).append(p)
    # say() trims a phrase: a reason form that opens with a space keeps its space.
    lead = " " if st.sentences.apology_reason[:1].isspace() else ""
    parts = [
        people.name_list(st, group)
        + (lead + st.say("sentences.apology_reason", reason=reason) if reason else "")
        for (reason, _), group in groups.items()
    ]
    return people.join(parts, ", ", st.names.and_word)


def substitutes(meeting: Meeting) -> list[Person]:
    from clerk.minutes import people

    present = people.attending(meeting, Attendance.PRESENT)
    return [p for p in present if p.substitute_for and p.role.is_member]


def adjournment_sentence(
    start: datetime, end: datetime | None, reason: str | None, fmt: str = "h.mm am"
) -> str:
    """The meeting's adjournment, its times in the style's ``format.time``; the reason the
    clerk typed, in brackets, as typed (a closing full stop aside)."""
    from clerk.minutes.calendar_words import clock

    text = f"The meeting adjourned at {clock(start, fmt)}"
    reason = bracketed(reason)
    if reason:
        text += f" ({reason})"
    if end is not None:
        text += f" and reconvened at {clock(end, fmt)}"
    return ended(text)


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


def exclusion_text(meeting: Meeting, exclusion, style=None) -> str:
    """The resolution to exclude the press and public: the style's phrase, or the Schedule
    12A wording of English councils."""
    from clerk.domain.formal import wording as w

    st = _style(style)
    if not st.sentences.exclusion:
        return w.exclusion_resolution(meeting, exclusion)
    return st.say(
        "sentences.exclusion",
        items=w.items_reference(meeting, exclusion.item_keys),
        paragraphs=w.paragraphs_reference(exclusion.paragraphs) if exclusion.paragraphs else "",
    )


def signature(meeting: Meeting, label: str) -> str:
    """ "Cllr S. Daubeney, Chair"."""
    chair = next((p for p in meeting.people if p.role is Role.CHAIR), None)
    if chair is None:
        return label
    return f"{short_name(chair, with_initials=True)}, {label}"

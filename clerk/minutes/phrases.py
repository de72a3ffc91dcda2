"""Sentences of the minutes built from records: declarations, motions, votes, attendance, exclusion.

Each function words one thing the way UK committee minutes word it, from the meeting's data,
so that the clerk types facts during the meeting and never the boilerplate around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from clerk.domain.model import (
    AgendaItem,
    Attendance,
    Declaration,
    InterestKind,
    Meeting,
    Motion,
    MotionKind,
    MotionResult,
    Person,
    Role,
    Vote,
)
from clerk.domain.wording import (
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

# Schedule 12A to the Local Government Act 1972, Part 1: descriptions of exempt information.
SCHEDULE_12A = {
    1: "information relating to any individual",
    2: "information which is likely to reveal the identity of an individual",
    3: "information relating to the financial or business affairs of any particular person "
    "(including the authority holding that information)",
    4: "information relating to any consultations or negotiations, or contemplated "
    "consultations or negotiations, in connection with any labour relations matter arising "
    "between the authority or a Minister of the Crown and employees of, or office holders "
    "under, the authority",
    5: "information in respect of which a claim to legal professional privilege could be "
    "maintained in legal proceedings",
    6: "information which reveals that the authority proposes to give under any enactment a "
    "notice under or by virtue of which requirements are imposed on a person, or to make an "
    "order or direction under any enactment",
    7: "information relating to any action taken or to be taken in connection with the "
    "prevention, investigation or prosecution of crime",
}

INTEREST_WORDS = {
    InterestKind.DISCLOSABLE_PECUNIARY: "disclosable pecuniary",
    InterestKind.OTHER_REGISTERABLE: "other registerable",
    InterestKind.NON_REGISTERABLE: "non-registerable",
    InterestKind.PERSONAL: "personal",
    InterestKind.PREJUDICIAL: "prejudicial",
}

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


def present_at(person: Person, moment: datetime | None) -> bool:
    """Was this person in the room at that moment (for "did not vote")?"""
    if person.attendance is not Attendance.PRESENT:
        return False
    if moment is None:
        return True
    if person.arrived_at is not None and person.arrived_at > moment:
        return False
    return not (person.left_at is not None and person.left_at <= moment)


def arrival_sentence(person: Person) -> str:
    assert person.arrived_at is not None
    return f"{short_name(person)} arrived at {clock_12(person.arrived_at)}."


def departure_sentence(person: Person) -> str:
    assert person.left_at is not None
    text = f"{short_name(person)} left the meeting at {clock_12(person.left_at)}"
    note = (person.left_note or "").strip().rstrip(".")
    if note:
        text += f" ({note})"
    return text + "."


def adjournment_sentence(start: datetime, end: datetime | None, reason: str | None) -> str:
    text = f"The meeting adjourned at {clock_12(start)}"
    reason = (reason or "").strip().rstrip(".")
    if reason:
        text += f" ({reason})"
    if end is not None:
        text += f" and reconvened at {clock_12(end)}"
    return text + "."


# -- motions and votes -------------------------------------------------------------------------


def motion_sentence(meeting: Meeting, motion: Motion) -> str:
    """ "Cllr A moved, and Cllr B seconded, that …" (an amendment: "… an amendment that …")."""
    mover, seconder = name_of(meeting, motion.mover), name_of(meeting, motion.seconder)
    amendment = motion.kind is MotionKind.AMENDMENT
    noun = "an amendment" if amendment else "a motion"
    body = motion.text.strip()
    if re.match(r"that\b", body, re.IGNORECASE):
        what = ("an amendment that" if amendment else "that") + body[4:]
    elif body:
        what = f"{noun}: {body}"
    else:
        what = noun
    if mover and seconder:
        lead = f"{mover} moved, and {seconder} seconded,"
    elif mover:
        lead = f"{mover} moved"
    elif seconder:
        lead = f"It was moved, and {seconder} seconded,"
    else:
        lead = "It was moved and seconded"
    return sentence(f"{lead} {what}")


def _noun(motion: Motion) -> str:
    return "amendment" if motion.kind is MotionKind.AMENDMENT else "motion"


def _counts(vote: Vote) -> str:
    parts = [f"{vote.for_} {'vote' if vote.for_ == 1 else 'votes'} for"]
    parts.append(f"{vote.against} against")
    if vote.abstain:
        parts.append(f"{vote.abstain} {'abstention' if vote.abstain == 1 else 'abstentions'}")
    return join_names(parts)


def vote_paragraphs(meeting: Meeting, motion: Motion, item: AgendaItem) -> list[tuple[str, str]]:
    """The outcome of a motion as (kind, text) pairs: "paragraph" sentences, "bullet" lines."""
    noun = _noun(motion)
    if motion.result is MotionResult.WITHDRAWN:
        return [("paragraph", f"The {noun} was withdrawn.")]
    result = "carried" if motion.result is MotionResult.CARRIED else "lost"
    vote = motion.vote
    out: list[tuple[str, str]] = []
    if vote is None or (vote.recorded is None and not (vote.for_ or vote.against or vote.abstain)):
        out.append(("paragraph", f"On being put to the vote, the {noun} was {result}."))
    elif vote.recorded is None and vote.casting_vote:
        out.append(("paragraph", f"On being put to the vote, there were {_counts(vote)}."))
    elif vote.recorded is None:
        out.append(
            (
                "paragraph",
                f"On being put to the vote, the {noun} was {result}, with {_counts(vote)}.",
            )
        )
    else:
        rec = vote.recorded
        out.append(
            ("paragraph", f"A recorded vote was taken on the {noun}, with the following result:")
        )
        for label, ids in (("For", rec.for_), ("Against", rec.against), ("Abstained", rec.abstain)):
            if ids or label != "Abstained":
                out.append(("bullet", f"{label}: {_people(meeting, ids)}"))
        voted = set(rec.for_) | set(rec.against) | set(rec.abstain)
        silent = [
            p
            for p in meeting.people
            if p.role.is_member and p.id not in voted and present_at(p, item.started_at)
        ]
        if silent:
            out.append(("bullet", f"Did not vote: {councillor_list(silent)}"))
        if not vote.casting_vote:
            out.append(("paragraph", f"The {noun} was therefore {result}."))
    if vote is not None and vote.casting_vote:
        caster = meeting.person(vote.casting_vote)
        who = name_of(meeting, vote.casting_vote)
        if caster is not None and caster.role is Role.CHAIR:
            who = f"the Chair, {who},"
        side = "for" if result == "carried" else "against"
        out.append(
            (
                "paragraph",
                f"The votes being equal, {who} gave a casting vote {side} the {noun}, "
                f"which was therefore {result}.",
            )
        )
    return out


def _people(meeting: Meeting, ids: Iterable[str]) -> str:
    people = []
    names = []
    for pid in ids:
        person = meeting.person(pid)
        if person is None:
            names.append(pid)
        else:
            people.append(person)
    listed = councillor_list(people)
    return join_names(([listed] if listed else []) + names) or "none"


# -- exclusion of press and public -------------------------------------------------------------


def exclusion_resolution(items: Sequence[AgendaItem], paragraphs: Sequence[int]) -> str:
    """ "That the press and public be excluded … paragraph 3 of Schedule 12A …"."""
    what = item_reference(items) if items else "the following business"
    known = [n for n in sorted(set(paragraphs)) if n in SCHEDULE_12A]
    if not known:
        grounds = "exempt information as defined in Schedule 12A to the Local Government Act 1972"
        return (
            f"That the press and public be excluded from the meeting during consideration of "
            f"{what}, on the grounds that it contains {grounds}."
        )
    info = join_names([SCHEDULE_12A[n] for n in known])
    which = ("paragraph " if len(known) == 1 else "paragraphs ") + join_names(
        [str(n) for n in known]
    )
    return (
        f"That the press and public be excluded from the meeting during consideration of "
        f"{what}, on the grounds that it contains {info}. This information is classed as "
        f"exempt under {which} of Schedule 12A to Section 100A of the Local Government Act "
        "1972 (as revised by the Local Government (Access to Information) (Variation) "
        "Order 2006)."
    )


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

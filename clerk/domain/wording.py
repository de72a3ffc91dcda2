"""How names, times and dates are worded in minutes and on screen.

These are the house rules of UK committee minutes: "Cllr Webb", "Councillors Daubeney (Chair),
Webb (Vice-Chair) and Baker", "5.30 pm", "17:30", "20 December 2022".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time

from clerk.domain.model import InterestKind, Person, Role

# The kinds of interest as minutes and the live view word them ("a personal interest").
INTEREST_WORDS = {
    InterestKind.DISCLOSABLE_PECUNIARY: "disclosable pecuniary",
    InterestKind.OTHER_REGISTERABLE: "other registerable",
    InterestKind.NON_REGISTERABLE: "non-registerable",
    InterestKind.PERSONAL: "personal",
    InterestKind.PREJUDICIAL: "prejudicial",
    InterestKind.UNSPECIFIED: "",  # "an interest"
}

COUNCILLOR_TITLES = frozenset({"councillor", "cllr", "cllr.", "councillors"})


def is_councillor(person: Person) -> bool:
    # "Cllr Mrs", "Councillor Dr": the councillor's title with an honorific after it
    words = (person.title or "").lower().split()
    return bool(words) and words[0] in COUNCILLOR_TITLES


def surname_of(person: Person) -> str:
    """The name a member is called by in a list: the surname, or the full name when not split."""
    if person.surname:
        return person.surname
    if person.name:
        return person.name
    return " ".join(x for x in (person.forename, person.initials) if x) or person.id


def full_name(person: Person) -> str:
    """ "Martin Kelly", "Andrew Daly": forename (or initials) and surname, or the full name."""
    if person.name:
        return person.name
    first = person.forename or person.initials
    return " ".join(x for x in (first, person.surname) if x) or person.id


def short_name(person: Person, with_initials: bool = False) -> str:
    """ "Cllr Webb" for a councillor, "Cllr S. Daubeney" with initials; otherwise the full name
    (with the title for those known only by title and surname, e.g. "Mr Patel")."""
    if is_councillor(person):
        parts = ["Cllr"]
        if with_initials and person.initials:
            parts.append(person.initials)
        parts.append(surname_of(person))
        return " ".join(parts)
    if person.name or person.forename or person.initials:
        return full_name(person)
    if person.title and person.surname:
        return f"{person.title} {person.surname}"
    return full_name(person)


def formal_name(person: Person) -> str:
    """ "Councillor Waller", used where the minutes name one person in full."""
    if is_councillor(person):
        return f"Councillor {surname_of(person)}"
    return short_name(person)


def join_names(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    names = list(names)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


ROLE_SUFFIX = {Role.CHAIR: " (Chair)", Role.VICE_CHAIR: " (Vice-Chair)"}


def present_list(people: Iterable[Person], by_id: dict[str, Person] | None = None) -> str:
    """The "Present" line: councillors grouped as "Councillors A (Chair), B (Vice-Chair), C and
    D"; substitutes as "Cllr X (Substitute for Cllr Y)"; others by full name.

    The Chair comes first, then the Vice-Chair, then the rest in the order given.
    """
    people = list(people)
    by_id = by_id or {p.id: p for p in people}
    order = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}
    people.sort(key=lambda p: order.get(p.role, 2))
    councillors = [p for p in people if is_councillor(p) and not p.substitute_for]
    names = [surname_of(p) + ROLE_SUFFIX.get(p.role, "") for p in councillors]
    if len(names) == 1:
        group = [f"Councillor {names[0]}"]
    elif names:
        group = ["Councillors " + join_names(names)]
    else:
        group = []
    others = []
    for p in people:
        if p in councillors:
            continue
        text = short_name(p) + ROLE_SUFFIX.get(p.role, "")
        if p.substitute_for:
            absent = by_id.get(p.substitute_for)
            if absent is not None:
                text += f" (Substitute for {short_name(absent)})"
        others.append(text)
    if group and others:
        return group[0] + ", " + join_names(others)
    return join_names(group + others)


def councillor_list(people: Sequence[Person]) -> str:
    """ "Councillors Baker and Heaton" / "Councillor Baker" / mixed lists by name."""
    councillors = [p for p in people if is_councillor(p)]
    others = [short_name(p) for p in people if not is_councillor(p)]
    names = [surname_of(p) for p in councillors]
    if len(names) == 1:
        head = [f"Councillor {names[0]}"]
    elif names:
        head = ["Councillors " + join_names(names)]
    else:
        head = []
    if head and others:
        return head[0] + ", " + join_names(others)
    return join_names(head + others)


def with_capacity(person: Person) -> str:
    """ "Martin Kelly - Corporate Director of Children and Education (DCS)"."""
    name = formal_name(person) if is_councillor(person) else full_name(person)
    return f"{name} - {person.capacity}" if person.capacity else name


def clock_24(moment: datetime | time) -> str:
    """ "17:30"."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def clock_12(moment: datetime | time) -> str:
    """ "5.30 pm", "12.00 pm", "9.05 am"."""
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}.{moment.minute:02d} {suffix}"


Clock = Callable[[datetime], str]
"""How a sentence writes a time of day: ``clock_12`` ("5.30 pm") unless the minutes' house
style passes its own form ("17:30", "5.30 p.m.")."""


def ended(text: str) -> str:
    """``text`` with its sentence's full stop, unless it already ends with one: a sentence
    ending with a time written "5.30 p.m." takes no second stop."""
    return text if text.endswith(".") else text + "."


def bracketed(typed: str | None) -> str:
    """Words the clerk typed, to stand in brackets inside a sentence: trimmed and without a
    closing full stop, unless that stop ends an abbreviation ("until 5.30 p.m.", "i.e.",
    "etc."), which is the clerk's own."""
    text = (typed or "").strip()
    while text.endswith(".") and not _abbreviated(text):
        text = text[:-1].rstrip()
    return text


def _abbreviated(text: str) -> bool:
    last = text.split()[-1].lower()
    return "." in last[:-1].lstrip(".") or last in ("etc.", "approx.")


def long_date(day: date) -> str:
    """ "20 December 2022"."""
    return f"{day.day} {day:%B %Y}"


def elapsed(seconds: float) -> str:
    """ "0:07", "1:02:05": an elapsed time for the live clock."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"

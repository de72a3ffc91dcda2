"""Setting a meeting up: its details, its people and its agenda, as pure operations.

Each operation takes a ``Meeting`` and returns a new one (or the same object when nothing
changes, so that a no-op leaves no undo step). The GUI applies them through
``MeetingSession.apply``, which saves and records them for undo. Bad values raise
``SetupError`` with a sentence the clerk can act on; nothing is half-changed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time

from clerk.domain.model import (
    AgendaItem,
    ItemKind,
    ItemStatus,
    Meeting,
    MeetingKind,
    Person,
    Role,
)
from clerk.domain.text import clean_line, clean_text
from clerk.errors import NotFound, SetupError

EXEMPT_PARAGRAPHS = {
    1: "Information relating to any individual",
    2: "Information likely to reveal the identity of an individual",
    3: "Financial or business affairs of any particular person (including the authority)",
    4: "Labour relations",
    5: "Legal professional privilege",
    6: "Notices, orders or directions",
    7: "Prevention, investigation or prosecution of crime",
}

MAX_PLANNED_MINUTES = 1440


def _optional_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean_line(value)
    return value or None


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean_text(value).strip()
    return value or None


def _replace_if_changed(obj, changes: dict):
    """``replace`` only when a value really differs, so no-ops keep the same object."""
    real = {k: v for k, v in changes.items() if getattr(obj, k) != v}
    return replace(obj, **real) if real else obj


def _minute_number_ok(value) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 1)


# -- meeting details ------------------------------------------------------------------------

DETAIL_FIELDS = (
    "committee",
    "kind",
    "organisation",
    "date",
    "scheduled_time",
    "venue",
    "first_minute_number",
    "meeting_type",
    "apologies_accepted",
    "public_count",
)


def edit_details(meeting: Meeting, **changes) -> Meeting:
    """Change the meeting's body, kind, organisation, date, time, venue, first minute, type
    ("Ordinary"), whether its apologies were accepted, or its count of the public."""
    clean: dict = {}
    for name, value in changes.items():
        if name not in DETAIL_FIELDS:
            raise SetupError(f"{name} is not a meeting detail")
        if name == "committee":
            value = clean_line(value or "")
            if not value:
                raise SetupError("The meeting needs the name of its body (committee).")
        elif name == "kind":
            value = MeetingKind(value)
        elif name in ("organisation", "venue", "meeting_type"):
            value = _optional_line(value)
        elif name == "apologies_accepted":
            if value is not None and not isinstance(value, bool):
                raise SetupError("Whether the apologies were accepted is yes, no or not said.")
        elif name == "public_count":
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < 0
            ):
                raise SetupError("The members of the public are counted as a whole number.")
        elif name == "date":
            if not isinstance(value, date):
                raise SetupError("The meeting needs a date.")
        elif name == "scheduled_time":
            if value is not None and not isinstance(value, time):
                raise SetupError("The time should be like 17:30.")
        elif name == "first_minute_number" and not _minute_number_ok(value):
            raise SetupError("The first minute number is a whole number from 1.")
        clean[name] = value
    if "date" in clean and clean["date"] != meeting.date and meeting.started_at is not None:
        raise SetupError("The meeting has started; its date can no longer change.")
    return _replace_if_changed(meeting, clean)


# -- people -----------------------------------------------------------------------------------

PERSON_FIELDS = (
    "title",
    "forename",
    "initials",
    "surname",
    "name",
    "role",
    "capacity",
    "substitute_for",
    "ward",
    "post_nominals",
    "apology_reason",
    "attendance_note",
    "in_part",
    "remote",
)
FLAG_FIELDS = ("in_part", "remote")
SOLE_ROLES = (Role.CHAIR, Role.VICE_CHAIR)


def new_person_id(meeting: Meeting, hint: str = "") -> str:
    """A readable id unique in the meeting ("baker", "baker-2", "person-3")."""
    base = re.sub(r"[^a-z0-9]+", "-", hint.lower()).strip("-") or "person"
    taken = {p.id for p in meeting.people}
    if base not in taken and base != "person":
        return base
    n = 2 if base != "person" else 1
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def add_person(
    meeting: Meeting, person: Person | None = None, *, after: str | None = None
) -> Meeting:
    """Add a person after ``after`` (a person id) or at the end; a blank member by default."""
    if person is None:
        person = Person(id=new_person_id(meeting), role=Role.MEMBER)
    if meeting.person(person.id) is not None:
        raise SetupError(f"There is already a person with id {person.id!r}.")
    people = list(meeting.people)
    index = len(people)
    if after is not None:
        index = next((i + 1 for i, p in enumerate(people) if p.id == after), index)
    people.insert(index, person)
    return replace(meeting, people=tuple(people))


def _need_person(meeting: Meeting, person_id: str) -> Person:
    person = meeting.person(person_id)
    if person is None:
        raise NotFound("That person is no longer in the meeting.")
    return person


def edit_person(meeting: Meeting, person_id: str, **changes) -> Meeting:
    """Change a person's name, role, capacity, whom a substitute replaces, ward, letters after
    the name, reason for apologies, or whether they attended in part or remotely.

    A meeting has one Chair and one Vice-Chair: giving the role to someone makes the previous
    holder a member. Only a substitute replaces someone, and only a member can be replaced.
    """
    person = _need_person(meeting, person_id)
    clean: dict = {}
    for name, value in changes.items():
        if name not in PERSON_FIELDS:
            raise SetupError(f"{name} is not a detail of a person")
        if name == "role":
            value = Role(value)
        elif name == "substitute_for":
            if value is not None:
                other = meeting.person(value)
                if other is None or other.id == person_id:
                    raise SetupError("Choose the member this substitute replaces.")
                if not other.role.is_member or other.role is Role.SUBSTITUTE:
                    raise SetupError("A substitute replaces a member of the body.")
        elif name in FLAG_FIELDS:
            value = bool(value)
        else:
            value = _optional_line(value)
        clean[name] = value
    role = clean.get("role", person.role)
    if role is not Role.SUBSTITUTE:
        clean["substitute_for"] = None
    updated = _replace_if_changed(person, clean)
    if updated is person:
        return meeting
    people = []
    for p in meeting.people:
        if p.id == person_id:
            people.append(updated)
        elif role in SOLE_ROLES and p.role is role and updated.role is not person.role:
            people.append(replace(p, role=Role.MEMBER))
        elif p.substitute_for == person_id and (
            not updated.role.is_member or updated.role is Role.SUBSTITUTE
        ):
            # Whom they replaced is no longer a member: they stay, replacing no one yet.
            people.append(replace(p, substitute_for=None))
        else:
            people.append(p)
    changed = replace(meeting, people=tuple(people))
    if role_group(updated.role) != role_group(person.role):
        # A new role puts the person among the others who have it (members, substitutes…).
        changed = _placed_by_role(changed, person_id)
    return changed


#: The parts of a meeting's list of people, in order: members (with Chair and Vice-Chair),
#: substitutes, others in attendance, officers.
ROLE_GROUPS = (
    (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER),
    (Role.SUBSTITUTE,),
    (Role.IN_ATTENDANCE,),
    (Role.OFFICER,),
)


def role_group(role: Role) -> int:
    return next(i for i, group in enumerate(ROLE_GROUPS) if role in group)


def place_for_role(meeting: Meeting, role: Role, skip: str | None = None) -> str | None:
    """The person after whom someone of ``role`` goes: the last of their group, else the last
    of an earlier group; None: at the start."""
    wanted = role_group(role)
    after = None
    for p in meeting.people:
        if p.id != skip and role_group(p.role) <= wanted:
            after = p.id
    return after


def _placed_by_role(meeting: Meeting, person_id: str) -> Meeting:
    person = meeting.person(person_id)
    if person is None:
        return meeting
    rest = [p for p in meeting.people if p.id != person_id]
    after = place_for_role(replace(meeting, people=tuple(rest)), person.role)
    index = next((i + 1 for i, p in enumerate(rest) if p.id == after), 0)
    rest.insert(index, person)
    return replace(meeting, people=tuple(rest))


def person_references(meeting: Meeting, person_id: str) -> list[str]:
    """Where a person is named in the meeting's records (declarations, motions, votes…)."""
    found = []
    if any(d.person == person_id for d in meeting.declarations):
        found.append("a declaration of interest")
    for it in meeting.items:
        for m in it.motions:
            named = {m.mover, m.seconder}
            if m.vote is not None:
                named.add(m.vote.casting_vote)
                if m.vote.recorded is not None:
                    r = m.vote.recorded
                    named.update(r.for_ + r.against + r.abstain)
            if person_id in named:
                found.append(f"a motion on item {it.agenda_number}")
                break
    if any(a.owner == person_id for a in meeting.actions):
        found.append("an action")
    return found


def remove_person(meeting: Meeting, person_id: str) -> Meeting:
    """Remove a person no record names; their substitutes stay, replacing no one."""
    _need_person(meeting, person_id)
    refs = person_references(meeting, person_id)
    if refs:
        raise SetupError(
            "This person is named in " + ", ".join(refs) + "; remove that first, then the person."
        )
    people = tuple(
        replace(p, substitute_for=None) if p.substitute_for == person_id else p
        for p in meeting.people
        if p.id != person_id
    )
    return replace(meeting, people=people)


def _move(seq: tuple, index: int, offset: int) -> tuple | None:
    target = index + offset
    if not 0 <= target < len(seq):
        return None
    items = list(seq)
    items.insert(target, items.pop(index))
    return tuple(items)


def move_person(meeting: Meeting, person_id: str, offset: int) -> Meeting:
    """Move a person up (negative) or down the list; at either end nothing changes."""
    index = next((i for i, p in enumerate(meeting.people) if p.id == person_id), None)
    if index is None:
        raise NotFound("That person is no longer in the meeting.")
    moved = _move(meeting.people, index, offset)
    return meeting if moved is None else replace(meeting, people=moved)


# -- agenda items -----------------------------------------------------------------------------

ITEM_FIELDS = (
    "agenda_number",
    "title",
    "kind",
    "pages",
    "description",
    "exempt",
    "exempt_paragraph",
    "planned_minutes",
)


def next_agenda_number(meeting: Meeting) -> str:
    """One more than the highest whole agenda number ("4a" counts as 4)."""
    highest = 0
    for it in meeting.items:
        m = re.match(r"\d+", it.agenda_number)
        if m:
            highest = max(highest, int(m.group()))
    number = str(highest + 1)
    while meeting.item_by_number(number) is not None:  # pragma: no cover - defensive
        number += "a"
    return number


def add_item(
    meeting: Meeting, item: AgendaItem | None = None, *, after: str | None = None
) -> Meeting:
    """Add an item after ``after`` (an item key) or at the end; a blank report by default."""
    if item is None:
        item = AgendaItem(agenda_number=next_agenda_number(meeting), title="", kind=ItemKind.REPORT)
    if meeting.item_by_number(item.agenda_number) is not None:
        raise SetupError(f"Another item is already numbered {item.agenda_number}.")
    items = list(meeting.items)
    index = len(items)
    if after is not None:
        index = next((i + 1 for i, it in enumerate(items) if it.key == after), index)
    items.insert(index, item)
    return replace(meeting, items=tuple(items))


def _need_item(meeting: Meeting, key: str) -> AgendaItem:
    item = meeting.item(key)
    if item is None:
        raise NotFound("That item is no longer on the agenda.")
    return item


def _check_pages(pages) -> tuple[int, int] | None:
    if pages is None:
        return None
    first, last = pages
    if first < 0 or last < 0:
        raise SetupError("Page numbers cannot be negative.")
    if first > last:
        raise SetupError(f"The first page ({first}) is after the last page ({last}).")
    return (int(first), int(last))


def edit_item(meeting: Meeting, key: str, **changes) -> Meeting:
    """Change an item's number, title, kind, pages, description, planned minutes or exemption."""
    item = _need_item(meeting, key)
    clean: dict = {}
    for name, value in changes.items():
        if name not in ITEM_FIELDS:
            raise SetupError(f"{name} is not a detail of an agenda item")
        if name == "agenda_number":
            value = clean_line(value or "")
            if not value:
                raise SetupError("An item needs an agenda number (1, 2, 4a…).")
            if len(value) > 20:
                raise SetupError("An agenda number has at most 20 characters.")
            other = meeting.item_by_number(value)
            if other is not None and other.key != key:
                raise SetupError(f"Another item is already numbered {value}.")
        elif name == "title":
            value = clean_line(value or "")
        elif name == "kind":
            value = ItemKind(value)
        elif name == "pages":
            value = _check_pages(value)
        elif name == "description":
            value = _optional_text(value)
        elif name == "exempt":
            value = None if value is None else bool(value)
        elif name == "exempt_paragraph":
            if value is not None and value not in EXEMPT_PARAGRAPHS:
                raise SetupError("The exempt paragraph is one of 1 to 7 of Schedule 12A.")
        elif name == "planned_minutes" and value is not None:
            if isinstance(value, bool) or not 0 <= int(value) <= MAX_PLANNED_MINUTES:
                raise SetupError("Planned minutes run from 0 to 1440.")
            value = int(value)
        clean[name] = value
    updated = _replace_if_changed(item, clean)
    if updated is item:
        return meeting
    return meeting.with_item(updated)


def item_references(meeting: Meeting, key: str) -> list[str]:
    found = []
    item = meeting.item(key)
    if item is not None and (item.status is not ItemStatus.PENDING or item.minute_number):
        found.append("the minutes (it has been taken)")
    if meeting.current_item == key:
        found.append("the live meeting (it is the current item)")
    if any(key in d.item_keys for d in meeting.declarations):
        found.append("a declaration of interest")
    if any(a.item_key == key for a in meeting.actions):
        found.append("an action")
    return found


def remove_item(meeting: Meeting, key: str) -> Meeting:
    """Remove an item not yet taken and named by no record."""
    _need_item(meeting, key)
    refs = item_references(meeting, key)
    if refs:
        raise SetupError(
            "This item is part of " + ", ".join(refs) + ", so it cannot be removed; "
            "withdraw it in the live view instead, or remove those records first."
        )
    return replace(meeting, items=tuple(it for it in meeting.items if it.key != key))


def move_item(meeting: Meeting, key: str, offset: int) -> Meeting:
    """Move an item up (negative) or down the agenda; at either end nothing changes."""
    index = next((i for i, it in enumerate(meeting.items) if it.key == key), None)
    if index is None:
        raise NotFound("That item is no longer on the agenda.")
    moved = _move(meeting.items, index, offset)
    return meeting if moved is None else replace(meeting, items=moved)


def renumber_items(meeting: Meeting) -> Meeting:
    """Number the items 1, 2, 3… in their order (after reordering, or an imported mess).

    Records refer to items by key, never by number, so nothing else has to change.
    """
    if all(it.agenda_number == str(i) for i, it in enumerate(meeting.items, 1)):
        return meeting
    return replace(
        meeting,
        items=tuple(
            _replace_if_changed(it, {"agenda_number": str(i)})
            for i, it in enumerate(meeting.items, 1)
        ),
    )

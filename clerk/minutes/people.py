"""Names and attendance in a house style: "Cllr Webb", "Councillors Baker and Heaton",
"Cllr D Clements (Chair)", "Martin Kelly - Corporate Director …", and the attendance as a
table, labelled paragraphs or paragraphs inside the apologies item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clerk.domain.formal import presence as ledger
from clerk.domain.model import Attendance, Meeting, Person, Role
from clerk.domain.wording import full_name, long_date, short_name, surname_of
from clerk.domain.wording import is_councillor as _titled_councillor
from clerk.minutes.calendar_words import clock as clock  # people.clock, as before
from clerk.minutes.style import HouseStyle

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty")  # fmt: skip


def count_words(n: int, style: HouseStyle | None = None) -> str:
    """ "two", "ten", "11": numbers up to the style's limit (ten by default) in words."""
    limit = style.format.numbers_in_words_up_to if style is not None else 10
    words = NUMBER_WORDS + TEENS
    if 0 <= n <= limit and n < len(words):
        return words[n]
    return str(n)


def initials_of(person: Person) -> str:
    """The initials as recorded ("S."), else the forename's initial ("Sam" → "S.")."""
    if person.initials and person.initials.strip():
        return person.initials.strip()
    if person.forename and person.forename.strip():
        return person.forename.strip()[0].upper() + "."
    return ""


def titled(person: Person) -> str:
    """ "Mrs J A Taylor", "Mr Tim Owen", "Dr Ruth Allen": the title, then the forename (else
    the initials) and surname; the full name when not split."""
    if person.name and not person.surname:
        return f"{person.title} {person.name}" if person.title else person.name
    first = person.forename or person.initials
    return " ".join(x for x in (person.title, first, surname_of(person)) if x)


def is_councillor(person: Person, style: HouseStyle | None = None) -> bool:
    """Whether ``person`` is named as a councillor: a title starting "Councillor", "Cllr" or
    "Cllr.", or one of the style's ``names.councillor_titles`` ("CClr", "Cyng.")."""
    if _titled_councillor(person):
        return True
    words = (person.title or "").casefold().split()
    extra = {t.casefold() for t in style.names.councillor_titles} if style is not None else ()
    return bool(words) and words[0] in extra


def person_values(person: Person, style: HouseStyle | None = None) -> dict[str, str]:
    return {
        "title": person.title or "",
        "forename": person.forename or "",
        "initials": initials_of(person),
        "initial": initials_of(person)[:1],
        "surname": surname_of(person),
        "full": full_name(person),
        "short": short_name(person),
        "titled": titled(person),
        # "Mrs" of "Cllr Mrs": the title without the councillor's word (a non-councillor's whole)
        "honorific": " ".join((person.title or "").split()[is_councillor(person, style) :]),
        "capacity": person.capacity or "",
        "monogram": monogram(person),
        "post_nominals": person.post_nominals or "",
        "ward": person.ward or "",
    }


def monogram(person: Person) -> str:
    """ "AH" for Andrew Hughes, "NDA" for Nicola (initials N D) Anderton, "MLM" for Mark Le
    Masurier, "KOS" for Kim O'Sullivan: the initials as recorded (else the forename's) run
    together, then the first letter of each part of the surname (how some clerks name movers:
    "Proposed (AH)")."""
    first = person.initials or person.forename or ""
    if person.name and not person.surname and not first:
        words = person.name.split()
        first, last = " ".join(words[:-1]), (words[-1] if words else "")
    else:
        last = surname_of(person)
    letters = [w[0] for w in re.split(r"[\s.\-]+", first) if w[:1].isalpha()]
    tail = [w[0] for w in re.split(r"[\s\-'’]+", last) if w[:1].isalpha()]
    return ("".join(letters) + "".join(tail)).upper()


def name(style: HouseStyle, person: Person | None, fallback: str = "") -> str:
    """Someone named in a sentence: the style's councillor form, or its form for others."""
    if person is None:
        return fallback
    key = "names.councillor" if is_councillor(person, style) else "names.person"
    return style.say(key, **person_values(person, style)) or fallback


def name_by_id(style: HouseStyle, meeting: Meeting, person_id: str | None) -> str:
    if not person_id:
        return ""
    return name(style, meeting.person(person_id), person_id)


def join(names: Sequence[str], separator: str = ", ", and_word: str | None = " and ") -> str:
    names = [n for n in names if n]
    if len(names) < 2 or and_word is None:
        return separator.join(names)
    return separator.join(names[:-1]) + and_word + names[-1]


def name_list(style: HouseStyle, people: Sequence[Person], *, final_and: bool = True) -> str:
    """People named in a sentence or a list: "Councillors Baker and Heaton", "Cllr D Clements,
    Cllr P Denny and Mrs J Taylor" (the style says whether councillors are grouped)."""
    and_word = style.names.and_word if final_and else None
    return join(_list_names(style, people, suffix=None), ", ", and_word)


def _list_names(style: HouseStyle, people: Sequence[Person], suffix) -> list[str]:
    """The names of a list; grouped councillors come first as one entry."""
    councillors = [p for p in people if is_councillor(p, style)]
    grouped: list[str] = []
    out: list[str] = []
    values = distinct_values(people, style)
    for p in people:
        extra = suffix(p) if suffix else ""
        if is_councillor(p, style) and style.names.group_councillors:
            key = "names.grouped"
        elif is_councillor(p, style):
            key = "names.listed"
        else:
            key = "names.person_listed"
        text = style.say(key, **values[p.id]) + extra
        if suffix:
            text = _in_part(style, p, text)
        if p.role is Role.VICE_CHAIR:
            # a form that renders empty (vice_chair = "") must not take the member off the list
            text = style.say("attendance.vice_chair", name=text, **values[p.id]) or text
        (grouped if key == "names.grouped" else out).append(text)
    if not grouped:
        return out
    word = style.names.group_one if len(councillors) == 1 else style.names.group_many
    return [f"{word} {grouped[0]}".strip(), *grouped[1:], *out]


def distinct_values(
    people: Sequence[Person], style: HouseStyle | None = None
) -> dict[str, dict[str, str]]:
    """Each person's placeholders, where two of a list would read alike by initials and
    surname ("J Palmer", "J Palmer") their forenames standing for the initials ("Jenny
    Palmer", "John Palmer"), as clerks print them."""
    values = {p.id: person_values(p, style) for p in people}
    seen: dict[tuple[str, str], list[str]] = {}
    for p in people:
        v = values[p.id]
        seen.setdefault((v["initials"].replace(".", "").strip(), v["surname"]), []).append(p.id)
    for ids in seen.values():
        if len(ids) < 2:
            continue
        for pid in ids:
            forename = values[pid]["forename"]
            if forename:
                values[pid] = {**values[pid], "initials": forename, "initial": forename}
    return values


def title_group_entries(style: HouseStyle, people: Sequence[Person], suffix) -> list[str]:
    """Members grouped by title in the style's order, each group after its plural once
    ("Aldermen D Drysdale and J Tinsley", "Councillors N Anderson, …"); members whose title
    is in no group follow as the style lists them."""
    plurals = dict(entry.split("=", 1) for entry in style.names.title_groups)
    values = distinct_values(people, style)
    out: list[str] = []
    rest = [p for p in people if (p.title or "") not in plurals]
    for singular, plural in plurals.items():
        group = [p for p in people if (p.title or "") == singular]
        if not group:
            continue
        names = [
            _in_part(style, p, style.say("names.grouped", **values[p.id]) + suffix(p))
            if suffix
            else style.say("names.grouped", **values[p.id])
            for p in group
        ]
        word = singular if len(group) == 1 else plural
        and_word = style.names.and_word if style.attendance.final_and else None
        out.append(f"{word} " + join(names, style.attendance.separator, and_word))
    return out + _list_names(style, rest, suffix)


def _in_part(style: HouseStyle, p: Person, text: str) -> str:
    """An attendance entry of someone who attended in part, in the style's form (unless the
    style lists them after the others: ``in_part_tail``)."""
    if not p.in_part or style.attendance.in_part_after:
        return text
    return style.say("attendance.in_part", name=text)


def in_part_tail(style: HouseStyle, people: Sequence[Person], names_of) -> list[str] | None:
    """A group whose members attended in part as one entry: the others, then the style's
    in_part_after and those in part ("…, Anthony Allison and (in part) Gosia Motler, …");
    None when the style keeps them in place or nobody attended in part."""
    a = style.attendance
    part = [p for p in people if p.in_part]
    if not a.in_part_after or not part:
        return None
    full = [p for p in people if not p.in_part]
    head = join(names_of(full), a.separator, None) if full else ""
    tail = join(names_of(part), a.separator, None)
    return [f"{head}{a.in_part_after}{tail}" if head else f"{a.in_part_after.strip()} {tail}"]


# -- attendance --------------------------------------------------------------------------------

ROLE_ORDER = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}


def _suffix(style: HouseStyle, meeting: Meeting):
    def suffix(p: Person) -> str:
        text = {
            Role.CHAIR: style.attendance.chair_suffix,
            Role.VICE_CHAIR: style.attendance.vice_chair_suffix,
        }.get(p.role, "")
        if p.remote and "remote" not in style.attendance.groups:
            text += style.attendance.remote_suffix
        if p.attendance_note:
            # say() trims a phrase: a form that opens with a space keeps its space.
            lead = " " if style.attendance.note[:1].isspace() else ""
            text += lead + style.say("attendance.note", note=p.attendance_note)
        return text

    return suffix


def attending(meeting: Meeting, want: Attendance) -> list[Person]:
    """The people whose attendance is ``want``, in list order: the register's mark, or
    present for whoever came or went in the presence ledger (the one record of those)."""
    return [p for p in meeting.people if ledger.attendance_of(meeting, p) is want]


def present_members(meeting: Meeting, with_chair: bool, order: str = "chair_first"):
    people = [p for p in attending(meeting, Attendance.PRESENT) if p.role.is_member]
    if not with_chair:
        people = [p for p in people if p.role is not Role.CHAIR]
    if order == "as_recorded":
        return people
    if order == "surname":
        return sorted(people, key=lambda p: (surname_of(p).casefold(), full_name(p).casefold()))
    # Chair, Vice-Chair, members, then substitutes (each named with whom they stand in for).
    return sorted(people, key=lambda p: (ROLE_ORDER.get(p.role, 2), bool(p.substitute_for)))


def present_names(style: HouseStyle, meeting: Meeting, people: Sequence[Person]) -> list[str]:
    suffix = _suffix(style, meeting)
    plain = [p for p in people if not p.substitute_for or meeting.person(p.substitute_for) is None]
    subs = [p for p in people if p not in plain]
    if style.names.title_groups:
        names = title_group_entries(style, plain, suffix)
    else:
        names = _list_names(style, plain, suffix)
    for p in subs:
        absent = meeting.person(p.substitute_for or "")
        own = _list_names(style, [p], suffix)[0]
        if style.names.group_councillors and is_councillor(p, style) and names and plain:
            own = style.say("names.grouped", **person_values(p, style)) + suffix(p)
        names.append(style.say("attendance.substitute", name=own, absent=name(style, absent)))
    return names


def ward_entries(style: HouseStyle, meeting: Meeting, people: Sequence[Person]) -> list[str]:
    """The present members by ward, each ward's names after it ("NORTH EAST Comhairleoirí
    K. O'Flynn, J. Maher"), the wards in the order their first member is listed."""
    wards: dict[str, list[Person]] = {}
    for p in people:
        wards.setdefault((p.ward or "").strip(), []).append(p)
    a = style.attendance
    and_word = style.names.and_word if a.final_and else None
    return [
        style.say(
            "attendance.ward",
            ward=ward,
            names=join(present_names(style, meeting, members), a.separator, and_word),
            count=len(members),
        )
        for ward, members in wards.items()
    ]


def _officer(style: HouseStyle, p: Person) -> str:
    return _in_part(style, p, _officer_name(style, p))


def _officer_name(style: HouseStyle, p: Person) -> str:
    if not (p.capacity and p.capacity.strip()):
        return _list_names(style, [p], None)[0]
    if not any((p.name, p.surname, p.forename, p.initials)):
        return p.capacity.strip()  # known by post only: "Chief Executive"
    who = _list_names(style, [p], None)[0]
    if p.role is Role.IN_ATTENDANCE and style.attendance.guest:
        return style.say("attendance.guest", name=who, **person_values(p, style))
    return style.say("attendance.officer", name=who, **person_values(p, style))


def attendee_name(style: HouseStyle, p: Person) -> str:
    """A non-member as the attendance lists name them: with their capacity in the style's
    officer (or guest) form."""
    return _officer(style, p)


def group_lines(style: HouseStyle, meeting: Meeting, group: str, values: dict) -> list[str]:
    """The names (or text) of one attendance group, as a list of entries."""
    a = style.attendance
    chair_alone = "chair" in a.groups
    if group == "meeting":
        return [meeting.committee]
    if group == "date":
        return [values.get("date") or long_date(meeting.date)]
    if group == "chair":
        chair = [p for p in present_members(meeting, True) if p.role is Role.CHAIR]
        return [
            style.say("attendance.chair", name=n, **person_values(p, style))
            for p, n in zip(chair, _list_names(style, chair, _suffix(style, meeting)), strict=False)
        ]
    if group == "vice_chair":
        vice = [p for p in present_members(meeting, True) if p.role is Role.VICE_CHAIR]
        return _list_names(style, vice, _suffix(style, meeting))
    if group == "offices":
        return _list_names(style, office_holders(meeting), _suffix(style, meeting))
    if group == "present":
        people = apart(style, present_members(meeting, not chair_alone, a.order))
        if a.ward:
            return ward_entries(style, meeting, people)
        tail = in_part_tail(style, people, lambda ps: present_names(style, meeting, ps))
        return tail or present_names(style, meeting, people)
    if group == "remote":
        people = [p for p in present_members(meeting, True, a.order) if p.remote]
        return present_names(style, meeting, people)
    if group in ("apologies", "absent"):
        want = Attendance.APOLOGIES if group == "apologies" else Attendance.ABSENT
        people = [p for p in attending(meeting, want) if p.role.is_member]
        if group == "apologies":
            people = attending(meeting, want)
        return _list_names(style, people, None)
    if group in ("in_attendance", "officers", "guests"):
        people = attendees(style, attending(meeting, Attendance.PRESENT), group)
        tail = in_part_tail(style, people, lambda ps: [_officer(style, p) for p in ps])
        return tail or [_officer(style, p) for p in people]
    if group == "public":
        count = meeting.public_count
        if not count:
            return []
        key = "attendance.public_one" if count == 1 else "attendance.public"
        return [style.say(key, count=count, count_words=count_words(count, style))]
    return []


def office_holders(meeting: Meeting) -> list[Person]:
    """The members present who hold an office in the body (their capacity: Secretary,
    Treasurer), the chair and vice-chair aside."""
    return office_holders_of(present_members(meeting, True, "as_recorded"))


def apart(style: HouseStyle, people: Sequence[Person]) -> list[Person]:
    """The present list without those the style lists apart: the vice-chair (group
    ``vice_chair``), the office holders (``offices``), who attended remotely (``remote``)."""
    groups = style.attendance.groups
    holders = {p.id for p in office_holders_of(people)} if "offices" in groups else set()
    return [
        p
        for p in people
        if not (p.remote and "remote" in groups)
        and not (p.role is Role.VICE_CHAIR and "vice_chair" in groups)
        and p.id not in holders
    ]


def office_holders_of(people: Sequence[Person]) -> list[Person]:
    return [
        p
        for p in people
        if p.role not in (Role.CHAIR, Role.VICE_CHAIR) and (p.capacity or "").strip()
    ]


def attendees(style: HouseStyle, present: Sequence[Person], group: str) -> list[Person]:
    """The non-members of ``present`` in a group: the officers; those in attendance; and, when
    the style has a ``guests`` group, those in attendance with a capacity (an organisation or
    post) apart from the rest ("Non-Members also present" beside "Also in attendance")."""
    if group == "officers":
        return [p for p in present if p.role is Role.OFFICER]
    guests = "guests" in style.attendance.groups
    out = [p for p in present if p.role is Role.IN_ATTENDANCE]
    if group == "guests":
        return [p for p in out if (p.capacity or "").strip()]
    return [p for p in out if not (guests and (p.capacity or "").strip())]

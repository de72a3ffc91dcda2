"""The attendance laid out as the style says: a table of label and names, or labelled
paragraphs (one per group, or every group in one paragraph), each group's list joined,
stopped and worded by its own entries ("apologies=" in ``ends``, ``separators``,
``and_words``, a sentence in ``forms``). The names themselves come from ``people``."""

from __future__ import annotations

from clerk.domain.model import Attendance, Meeting, Person, Role
from clerk.minutes import people
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.style import HouseStyle


def _own(entries: tuple, group: str, default: str = "") -> str:
    """A group's own value from entries "group=value" ("apologies=; "), else ``default``."""
    return dict(e.partition("=")[::2] for e in entries).get(group, default)


def list_form(style: HouseStyle, group: str) -> tuple[str, str]:
    a = style.attendance  # (separator, end) of the group's list
    return _own(a.separators, group, a.separator), _own(a.ends, group, a.end)


def _entries(style: HouseStyle, group: str, names: list[str], count: int) -> tuple[str, ...]:
    a = style.attendance
    separator, end = list_form(style, group)
    if group in ("meeting", "date"):
        return tuple(names)
    joined = people.join(names, separator, and_word_of(style, group))
    formed = group_form(style, group, joined, count)
    if formed is not None:  # a sentence around the names, whatever the layout of the list
        return (formed,)
    if (
        group in a.one_per_line
        or group in ("public", "offices")  # the office holders: each under their office
        or (group == "present" and a.ward)  # a ward a line
        or (group in ("present", "remote") and style.names.title_groups)  # "Aldermen …" a line
    ):
        return tuple(_ended(n, end) for n in names)
    return (_ended(joined, end),)


def _count(meeting: Meeting, group: str, names: list) -> int:
    """How many a group's sentence counts: the public's number, else the names listed."""
    return (meeting.public_count or 0) if group == "public" else len(names)


def group_form(style: HouseStyle, group: str, names: str, count: int) -> str | None:
    """The group written as a sentence by its ``attendance.forms`` entry ("officers={{ names }}
    were in attendance."), or None when the style has none for it."""
    for i, entry in enumerate(style.attendance.forms):
        if entry.partition("=")[0].strip() == group:
            said = style.say_at("attendance.forms", i, names=names, count=count)
            return said.partition("=")[2].strip()
    return None


def _join_groups(parts: list[str], separator: str) -> str:
    """Groups joined into one paragraph, a stop not doubled where a group already ends with
    the separator's own stop ("… N. Wilson." then ". There were …")."""
    out = ""
    for part in parts:
        stop = separator.strip()
        if out and stop and out.endswith(stop):
            out += separator[separator.index(stop) + len(stop) :] or " "
        elif out:
            out += separator
        out += part
    return out


def and_word_of(style: HouseStyle, group: str, *, one_paragraph: bool = False) -> str | None:
    """What joins the last two names of a group's list: the group's own ``and_words`` entry
    ("apologies=" for none: the separator), else ``names.and_word`` where ``final_and`` asks
    for it (the present list, or the one paragraph) and in every other list."""
    a = style.attendance
    own = dict(e.partition("=")[::2] for e in a.and_words)
    if group in own:
        return own[group] or None
    if a.final_and or (group != "present" and not one_paragraph):
        return style.names.and_word
    return None


def _ended(text: str, end: str) -> str:
    """The list closed by ``end``, once: with end "." a name ending "… as an observer." stays."""
    return text if end and text.endswith(end) else text + end


def group_rows(
    style: HouseStyle, meeting: Meeting, values: dict, *, full: bool = True
) -> list[tuple[str, tuple[str, ...]]]:
    """(group, entries) of each group that has someone in it, in the style's order. A group in
    ``continue_groups`` carries on the list of the group before it, under its label ("In
    attendance: Mrs S Roberts (Clerk) and Unitary Cllr J Davies")."""
    kept: list[tuple[str, list[str], int]] = []  # group, names, count
    for group in style.attendance.groups:
        if not full and group not in ("meeting", "date"):
            continue
        names = people.group_lines(style, meeting, group, values)
        count = _count(meeting, group, names)
        if names and kept and kept[-1][1] and group in style.attendance.continue_groups:
            before, listed, counted = kept[-1]
            kept[-1] = (before, listed + names, counted + count)
        elif names or _own(style.attendance.empty, group).strip():  # "absent=None"
            kept.append((group, names, count))
    return [
        (
            group,
            _entries(style, group, names, count)
            if names
            else (_own(style.attendance.empty, group),),
        )
        for group, names, count in kept
    ]


def attendance_rows(
    style: HouseStyle, meeting: Meeting, values: dict, *, full: bool = True
) -> list[tuple[str, tuple[str, ...]]]:
    """(label, entries) of each group that has someone in it."""
    rows = group_rows(style, meeting, values, full=full)
    out: list[tuple[str, tuple[str, ...]]] = []
    for group, lines in rows:
        if group == "offices" and lines and group_form(style, group, "", 0) is None:
            # each office holder under their office: "Secretary" / "Caroline Crawford"
            offices = [(p.capacity or "").strip() for p in people.office_holders(meeting)]
            if len(offices) == len(lines):
                out += [(office, (line,)) for office, line in zip(offices, lines, strict=True)]
                continue
        label = "" if group_form(style, group, "", 0) is not None else getattr(style.labels, group)
        out.append((label, lines))
    return out


def attendance_blocks(
    style: HouseStyle, meeting: Meeting, values: dict, *, full: bool = True
) -> list[Block]:
    """The attendance as the style lays it out: one table, or labelled paragraphs."""
    rows = attendance_rows(style, meeting, values, full=full)
    if not rows:
        return []
    if style.attendance.layout == "table" or not full:
        return [Block(BlockKind.ATTENDANCE, rows=tuple(rows))]
    out = []
    sep = style.labels.separator
    a = style.attendance
    if a.one_paragraph and a.sublabels:
        # "Present: Cllr A, Cllr B. Clerk: E. Raymond. Public: 8"; a group without a label
        # continues the list before it ("… E. Rees. In attendance: Mrs M. Rees a C. Campbell").
        kept: list[tuple[str, str, list[tuple[int, str]]]] = []  # label, first group, names
        for group in a.groups:
            if group in ("meeting", "date"):
                continue
            names = _placed_names(style, meeting, group, values)
            if not names:
                continue
            label = getattr(style.labels, group)
            if kept and group in a.continue_groups:
                kept[-1][2].extend(names)
            else:
                kept.append((label, group, list(names)))
        parts = []
        for i, (label, group, names) in enumerate(kept):
            separator, end = list_form(style, group)
            joined = people.join(
                _in_order(style, names), separator, and_word_of(style, group, one_paragraph=True)
            )
            text = group_form(style, group, joined, _count(meeting, group, names))
            if text is None:
                text = _ended(joined, end)
                text = f"{labelled(label, sep)} {text}" if i and (label or sep) else text
            elif i == 0:
                label = ""
            parts.append(text)
        rows = (
            [
                (
                    "" if kept and group_form(style, kept[0][1], "", 0) is not None else kept[0][0],
                    (_join_groups(parts, a.group_separator),),
                )
            ]
            if kept
            else []
        )
    elif a.one_paragraph:
        names = _one_list(style, meeting, values)
        and_word = style.names.and_word if a.final_and else None
        rows = [(rows[0][0], (people.join(names, a.separator, and_word),))]
    for label, lines in rows:
        lead = labelled(label, sep) if label else ""
        if style.attendance.label_position == "own_line" or len(lines) > 1:
            if lead:
                out.append(Block(BlockKind.PARAGRAPH, lead=lead))
            out += [Block(BlockKind.PARAGRAPH, line) for line in lines]
        else:
            out.append(Block(BlockKind.PARAGRAPH, lines[0], lead=lead))
    return out


def _group_people(style: HouseStyle, meeting: Meeting, group: str) -> list[Person]:
    """Who stands behind each entry of a group of people, in the group's order."""
    a = style.attendance
    if group == "chair":
        return [p for p in people.present_members(meeting, True) if p.role is Role.CHAIR]
    if group == "vice_chair":
        return [p for p in people.present_members(meeting, True) if p.role is Role.VICE_CHAIR]
    if group == "offices":
        return people.office_holders(meeting)
    if group == "present":
        return people.apart(
            style, people.present_members(meeting, "chair" not in a.groups, a.order)
        )
    if group == "remote":
        return [p for p in people.present_members(meeting, True, a.order) if p.remote]
    if group in ("in_attendance", "officers", "guests"):
        present = [p for p in meeting.people if p.attendance is Attendance.PRESENT]
        return people.attendees(style, present, group)
    return []


def _one_list(style: HouseStyle, meeting: Meeting, values: dict) -> list[str]:
    """Every group's names in one list; "as recorded" mixes members, officers and guests in
    the order the clerk recorded them ("Cllr Rose (Chair), Elinor O'Donovan (Minute
    Secretary), Karen Neilson (Police), …") when each name stands for one person."""
    entries: list[tuple[int, str]] = []
    for group in style.attendance.groups:
        if group not in ("meeting", "date"):
            entries += _placed_names(style, meeting, group, values)
    return _in_order(style, entries)


def _placed_names(style: HouseStyle, meeting: Meeting, group: str, values: dict):
    """(place, name) of a group's entries: the place is the person's in the record when each
    name stands for one person, else after everyone, in the group's own order."""
    names = people.group_lines(style, meeting, group, values)
    who = _group_people(style, meeting, group)
    position = {p.id: i for i, p in enumerate(meeting.people)}
    if len(who) == len(names):
        return [(position[p.id], n) for p, n in zip(who, names, strict=True)]
    return [(len(position) + i, n) for i, n in enumerate(names)]


def _in_order(style: HouseStyle, entries: list[tuple[int, str]]) -> list[str]:
    if style.attendance.order == "as_recorded":
        entries = sorted(entries, key=lambda e: e[0])  # stable: a group's own order kept
    return [n for _, n in entries]


def labelled(label: str, separator: str) -> str:
    """A group's label and the separator after it, unless the label already ends with a
    mark of its own ("Non-Members also present:-", "PRESENT:")."""
    if label and separator.strip() and label.rstrip()[-1:] in ":-–—":
        return label
    return f"{label}{separator}"

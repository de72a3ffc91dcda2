"""What the whole meeting gives the style's phrases (the title's placeholders), and the lines
that open the minutes after the attendance: when the meeting began and who presided in the
chair's absence ("The meeting commenced at 7.00 pm.", "In the absence of the Chair, Cllr Hughes
presided."), as the style's ``document.opening`` says them."""

from __future__ import annotations

from clerk.domain.model import Attendance, Meeting, MeetingKind, Role
from clerk.minutes import people
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.calendar_words import day_text, ordinal, second_language
from clerk.minutes.settings import MinutesSettings
from clerk.minutes.style import HouseStyle

TITLES = {
    MeetingKind.COMMITTEE: "Committee Minutes",
    MeetingKind.DECISION_SESSION: "Decision Session Minutes",
    MeetingKind.BOARD: "Board Minutes",
    MeetingKind.OTHER: "Minutes",
}


def meeting_values(meeting: Meeting, st: HouseStyle, conf: MinutesSettings) -> dict[str, str]:
    """The placeholders of the title lines and other whole-meeting phrases."""
    day = meeting.date
    officer = meeting.democracy_officer
    at = meeting.started_at or (
        meeting.at(meeting.scheduled_time) if meeting.scheduled_time else None
    )
    return {
        "organisation": conf.organisation or meeting.organisation or "",
        "body": meeting.committee,
        "kind": meeting.kind.value.replace("_", " "),
        "kind_title": conf.title or TITLES.get(meeting.kind, "Minutes"),
        "venue": meeting.venue or "",
        "time": people.clock(at, st.format.time),
        "scheduled": people.clock(
            meeting.at(meeting.scheduled_time) if meeting.scheduled_time else None, st.format.time
        ),
        "started": people.clock(meeting.started_at, st.format.time),
        "date": day_text(day, st.format.date),
        "weekday": f"{day:%A}",
        "day": str(day.day),
        "day_ordinal": ordinal(day.day),
        "month": f"{day:%B}",
        "year": str(day.year),
        **second_language(day, st.format.second_language),
        "officer": officer.name if officer else "",
        "officer_phone": (officer.phone or "") if officer else "",
        "officer_email": (officer.email or "") if officer else "",
        "meeting_type": meeting.meeting_type or "",
        "virtual": virtual(meeting),
    }


def virtual(meeting: Meeting) -> str:
    """ "yes" when the meeting was held remotely — every member present attended from
    elsewhere (each recorded *Remote*) —, else "": the title's ``virtual`` placeholder."""
    members = [p for p in people.attending(meeting, Attendance.PRESENT) if p.role.is_member]
    return "yes" if members and all(p.remote for p in members) else ""


def presiding(meeting: Meeting) -> tuple[str | None, str | None]:
    """(the chair's person id when present, the id of who presided in the chair's absence).

    The chair presides when present; when the chair is not, the vice-chair present does (the
    usual rule of standing orders); with neither, nobody is named."""
    present = people.attending(meeting, Attendance.PRESENT)
    chair = next((p for p in present if p.role is Role.CHAIR), None)
    if chair is not None:
        return chair.id, None
    vice = next((p for p in present if p.role is Role.VICE_CHAIR), None)
    return None, vice.id if vice is not None else None


def opening_blocks(meeting: Meeting, st: HouseStyle, values: dict[str, str]) -> list[Block]:
    """The style's opening lines, each a paragraph; a line that comes out empty is left out."""
    if not st.document.opening:
        return []
    chair_id, deputy_id = presiding(meeting)
    absent = next(
        (p for p in meeting.people if p.role is Role.CHAIR and p.id != chair_id), None
    )  # the chair, not there: "In the absence of the Chair - CClr Hamilton, …"
    named = {
        "chair": people.name_by_id(st, meeting, chair_id) if chair_id else "",
        "presiding": people.name_by_id(st, meeting, deputy_id) if deputy_id else "",
        "chair_absent": people.name(st, absent) if absent is not None else "",
    }
    lines = st.say_lines("document.opening", **values, **named)
    return [
        Block(BlockKind.PARAGRAPH, text, source=f"opening:{i}")
        for i, text in enumerate(lines)
        if text
    ]


def agenda_blocks(meeting: Meeting, st: HouseStyle) -> list[Block]:
    """The agenda listed before the minutes, one paragraph an item in agenda order, when the
    style's ``document.agenda_item`` says how ("2. Declaration of interest in any agenda
    item"); none when it is empty."""
    if not st.document.agenda_item:
        return []
    out = []
    for item in meeting.items:
        if not (item.title or "").strip():
            continue
        text = st.say(
            "document.agenda_item",
            agenda_number=item.agenda_number,
            title=item.title.strip(),
            description=(item.description or "").strip(),
        )
        for line in text.splitlines():  # a line a paragraph; "- " lines are bullets
            line = line.strip()
            bullet = line[:2] in ("- ", "* ", "• ")
            kind = BlockKind.BULLET if bullet else BlockKind.PARAGRAPH
            if line:
                source = f"agenda:{item.agenda_number}"
                out.append(Block(kind, line[2:].strip() if bullet else line, source=source))
    return out

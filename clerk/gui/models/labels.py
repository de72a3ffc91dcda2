"""How the domain's values are named on screen (the clerk's words, not the record's)."""

from __future__ import annotations

from datetime import time

from clerk.domain.model import Attendance, ItemKind, ItemStatus, MeetingKind, Role
from clerk.services.reading import EXEMPT_PARAGRAPHS

ROLE_LABELS = {
    Role.CHAIR: "Chair",
    Role.VICE_CHAIR: "Vice-Chair",
    Role.MEMBER: "Member",
    Role.SUBSTITUTE: "Substitute",
    Role.IN_ATTENDANCE: "In attendance",
    Role.OFFICER: "Officer",
}

# The register's words, as the live attendance list shows them (lower case: "arrived 18:12").
ATTENDANCE_LABELS = {
    Attendance.UNKNOWN: "–",
    Attendance.PRESENT: "present",
    Attendance.APOLOGIES: "apologies",
    Attendance.ABSENT: "absent",
}

KIND_LABELS = {
    ItemKind.APOLOGIES: "Apologies",
    ItemKind.DECLARATIONS: "Declarations of interest",
    ItemKind.MINUTES: "Minutes",
    ItemKind.PUBLIC_PARTICIPATION: "Public participation",
    ItemKind.URGENT_BUSINESS: "Urgent business",
    ItemKind.EXCLUSION: "Exclusion of press and public",
    ItemKind.WORK_PLAN: "Work plan",
    ItemKind.REPORT: "Report",
    ItemKind.OTHER: "Other",
}

MEETING_KIND_LABELS = {
    MeetingKind.COMMITTEE: "Committee",
    MeetingKind.DECISION_SESSION: "Decision session",
    MeetingKind.BOARD: "Board",
    MeetingKind.OTHER: "Other",
}

STATUS_LABELS = {
    ItemStatus.PENDING: "Pending",
    ItemStatus.TAKEN: "Taken",
    ItemStatus.DEFERRED: "Deferred",
    ItemStatus.WITHDRAWN: "Withdrawn",
}


def paragraph_label(number: int) -> str:
    return f"{number} – {EXEMPT_PARAGRAPHS[number]}"


def pages_text(pages: tuple[int, int] | list | None) -> str:
    """ "9–32", "7" for one page, "" for none."""
    if not pages:
        return ""
    first, last = pages
    return str(first) if first == last else f"{first}–{last}"


def parse_pages(text: str) -> tuple[int, int] | None:
    """ "9-32", "9 – 32", "pages 9 to 32", "7" -> pages; "" -> None; otherwise ValueError."""
    import re

    text = text.strip().lower()
    if not text:
        return None
    numbers = re.findall(r"\d+", text)
    rest = re.sub(r"\d+|pages?|to|[-–—\s]", "", text)
    if rest or not 1 <= len(numbers) <= 2:
        raise ValueError("Pages are written like 9–32, or 7 for a single page.")
    first, last = int(numbers[0]), int(numbers[-1])
    return first, last


def parse_clock(text: str) -> time | None:
    """ "17:30", "1730", "5.30" -> a time; "" -> None; otherwise ValueError."""
    text = text.strip().replace(".", ":")
    if not text:
        return None
    if ":" not in text and text.isdigit() and len(text) in (3, 4):
        text = text[:-2] + ":" + text[-2:]
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))

"""Putting what was found into a ``clerk.meeting/1`` record, with notes on what is missing.

The rule is never to invent: what the agenda does not say stays empty and a note says so.
The body's name, which the format requires, gets a placeholder marked unsure when the agenda
does not give it. The date is never made up: an agenda that gives none is read with
``"date": null``, marked unsure and named in the notes; the import preview asks the clerk for
it and the command line for ``--date`` before anything is saved.
"""

from __future__ import annotations

import re
from datetime import date

from clerk.agenda.errors import MISSING_COMMITTEE, AgendaError
from clerk.agenda.genre import PAPERS, agenda_evidence, refusal
from clerk.agenda.header import called_meeting_time
from clerk.agenda.items import scan_items
from clerk.agenda.kinds import exempt_paragraphs, kind_of, says_exempt
from clerk.agenda.lines import description_text, fold_spaces, split_lines
from clerk.agenda.notice import MEETING_ONLY, WELSH_THEN_ENGLISH, Notice, read_notice
from clerk.agenda.occasion import meeting_type
from clerk.agenda.people import find_officer
from clerk.agenda.previous import find_previous_minutes, municipal_year
from clerk.agenda.when import years_in

FORMAT = "clerk.meeting/1"
STANDARD = {
    "apologies",
    "declarations",
    "minutes",
    "public_participation",
    "urgent_business",
    "exclusion",
    "work_plan",
}
MAX_PEOPLE, MAX_ITEMS = 2000, 1000


def build_import(text: str, source_name: str):
    from clerk.agenda import AgendaImport

    lines = split_lines(text)
    scan = scan_items(lines)
    if not scan.items or scan.first_line is None:
        raise AgendaError(f"{source_name} is not an agenda: no numbered agenda items were found")
    head = lines[: scan.first_line]
    notice = read_notice(head, lambda: years_in("\n".join(lines[scan.first_line :])))
    named = _named_body(notice.committee or "Parish Council", head)
    if named:
        if notice.organisation and notice.organisation == notice.committee:
            notice.organisation = named  # "Regular Council" was the organisation too
        notice.committee = named
    if notice.time is None:  # "has called a special meeting … at 3.30 p.m." in an item's text
        notice.time = called_meeting_time("\n".join(lines[scan.first_line :]), notice.date)
        notice.time_sure, notice.time_why = False, "told only in the text of an item"
    notes: list[str] = []
    unsure: dict[str, str] = {}

    items, standard = _items(scan, notes, unsure, notice.committee)
    if scan.cut_off is not None:
        notes.append(
            f"the agenda text stops inside item {scan.cut_off.number} "
            f"('{scan.cut_off.title}'): left out"
        )
    # "PDF 245 KB" beside a paper's link; looked for only where "PDF" is (the pattern starts
    # with \b, so the search engine would otherwise try it at every character of a long pack).
    papers = "PDF" in text and bool(PAPERS.search(text))
    why_not = refusal(source_name, head, lines, standard, scan.heading_line is not None, papers)
    if why_not:
        raise AgendaError(why_not)
    # "Agenda Item 5" atop a report mentions an agenda; only a heading or a summons makes one.
    if not (
        agenda_evidence(head, lines, 0, scan.heading_line is not None, papers) >= 3
        or standard
        or notice.people
        or (notice.date and notice.venue)
    ):
        raise AgendaError(
            f"{source_name} is not an agenda: it has numbered lines but no agenda heading, "
            "no meeting details and no standard agenda items"
        )

    record: dict = {"format": FORMAT}
    record["organisation"] = notice.organisation
    record["committee"] = _committee(notice, notes, unsure)
    record["kind"] = _meeting_kind(record["committee"], unsure)
    if not notice.committee_sure or record["committee"] == MISSING_COMMITTEE:
        _kind_from_wording(record, lines, unsure)
    record["date"] = _date(notice, notes, unsure)
    record["scheduled_time"] = _time(notice, notes, unsure)
    record["venue"] = notice.venue
    on = date.fromisoformat(record["date"]) if record.get("date") else None
    if kind_of_meeting := meeting_type(head, on):
        record["meeting_type"] = kind_of_meeting
    if notice.venue is None:
        notes.append("no venue found")
    elif notice.venue_why:
        unsure["venue"] = notice.venue_why
    record["first_minute_number"] = _first_minute(
        lines[scan.end_line :], notice, record["committee"], notes, unsure
    )
    record["democracy_officer"] = _officer(lines, scan.end_line, notes, unsure)
    record["people"] = _people(notice, notes)[:MAX_PEOPLE]
    if len(items) > MAX_ITEMS:  # the record format's limits; no real agenda comes near them
        notes.append(f"only the first {MAX_ITEMS} of {len(items)} items were kept")
        items = items[:MAX_ITEMS]
    record["items"] = items
    return AgendaImport(record=record, notes=notes, unsure=unsure)


_GENERIC_BODY = re.compile(
    r"^(?:the\s+)?(?P<b>(?P<k>parish|town|community|city|county|district|borough)\s+council)"
    r"(?:\s+meeting)?$",
    re.IGNORECASE,
)
# "PARISH OF GERRANS" above "Notice of the Parish Council Meeting"
_PLACE_OF = re.compile(
    r"^\W*(?:the\s+)?(?P<k>parish|town|community|city|borough)\s+of\s+(?P<n>[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|and|&|upon|on|in|with|cum|the|next|by|under|de|le)){0,4})\W*$",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "the",
    "a",
    "an",
    "to",
    "all",
    "members",
    "meeting",
    "notice",
    "agenda",
    "dear",
    "of",
}


# "Town of Ashcombe", "City of Ashcombe", "Municipality of the District of Ashcombe"
_MUNICIPALITY = re.compile(
    r"(?:the\s+)?(?:town|city|village|county|township|municipality|district|borough|shire)"
    r"(?:\s+of\s+the\s+(?:district|county|town))?\s+of\s+[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|and|&|upon|on)){0,3}",
    re.IGNORECASE,
)
_COUNCIL_NAME = re.compile(
    r"\b((?:[A-Z][\w'’.-]*\s+(?:(?:&|and)\s+)?){1,4})(?:District|Borough|City|County|Town"
    r"|Metropolitan\s+Borough|Parish|Community|Shire|Regional|Municipal|Village|Township)"
    r"\s+Council\b"
)


# "the Council", "Council Meeting for November", "Monthly Council Meeting" ("Full Council" is
# a body's own name on many councils' sites, and stays): the council that
# the notice names elsewhere is the body.
_GENERIC_COUNCIL = re.compile(
    r"(?:the\s+)?(?:(?:monthly|ordinary|annual|main|regular|special|extraordinary)\s+)?"
    r"council"
    r"(?:\s+meeting(?:\s+(?:for|of|in)\s+[A-Za-z]+(?:\s+\d{4})?)?)?",
    re.IGNORECASE,
)


def _named_body(committee: str, head: list[str]) -> str | None:
    """ "the Parish Council" of the summons, named where the notice names it ("Elmford Parish
    Council" as its heading, "To: All Members of Elmford Parish Council")."""
    if _GENERIC_COUNCIL.fullmatch(committee.strip()):
        # "a meeting of the Council to be held … at Mid Ulster District Council, Council
        # Offices": the council the notice names
        for line in head[:40]:
            hit = _COUNCIL_NAME.search(_as_typed(line) if line.isupper() else line)
            if hit and hit.group(1).split()[0].lower() not in _NOT_A_NAME:
                return _as_typed(fold_spaces(hit.group(0)))
        for line in head[:10]:  # "Town of Ashcombe" over "Regular Council Meeting Agenda"
            if _MUNICIPALITY.match(line.strip()):
                return _as_typed(fold_spaces(line.strip()))
        return None
    m = _GENERIC_BODY.match(committee)
    if not m:
        return None
    body = r"\s+".join(m.group("b").split())
    found = re.compile(
        r"((?:[A-Z][\w'’.-]*\s+(?:(?:&|and)\s+)?){1,5})(" + body + r")\b", re.IGNORECASE
    )
    for line in head:
        for hit in found.finditer(line):
            words = hit.group(1).split()
            while words and words[0].lower() in _NOT_A_NAME:
                words.pop(0)
            while words and words[0][0].islower():
                words.pop(0)
            if (
                words
                and all(w[0].isupper() or w in ("&", "and") for w in words)
                and words[-1] not in ("&", "and")
                and words[0].lower() not in _NOT_A_NAME
            ):
                name = _as_typed(fold_spaces(" ".join(words) + " " + hit.group(2)))
                # "Cyngor Cymuned Llanashcombe Community Council": the English name
                return WELSH_THEN_ENGLISH.sub("", name)
    for line in head[:15]:
        place = _PLACE_OF.match(line.strip())
        if place and place.group("k").lower() == m.group("k").lower():
            return f"{_as_typed(place.group('n'))} {_as_typed(m.group('b').title())}"
    return None


def _as_typed(name: str) -> str:
    """ "CHOLMONDELEY & CHORLEY PARISH COUNCIL" as a clerk would type it."""
    if not name.isupper():
        return name
    small = {"of", "and", "the", "upon", "on", "in", "with", "cum", "next", "by", "under"}
    words = name.lower().split()
    return " ".join(w if k and w in small else w[:1].upper() + w[1:] for k, w in enumerate(words))


_READMIT = re.compile(r"(?:to\s+)?re-?admi(?:t|ssion)\b", re.IGNORECASE)
_CLOSING = re.compile(
    r"(?:close|closure|closing)(?:\s+of\s+(?:the\s+)?meeting)?\s*$"
    r"|date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|meeting\s+clos",
    re.IGNORECASE,
)


def _committee(notice: Notice, notes: list[str], unsure: dict[str, str]) -> str:
    if not notice.committee:
        notes.append("no committee name found: put in the name of the body that meets")
        unsure["committee"] = "not found in the agenda"
        return MISSING_COMMITTEE
    if MEETING_ONLY.fullmatch(notice.committee):
        unsure["committee"] = "names a kind of meeting, not the body that meets"
        notes.append(
            f"'{notice.committee}' names a kind of meeting, not the body: put in the body's name"
        )
    elif not notice.committee_sure:
        unsure["committee"] = "taken from a heading of the notice"
        notes.append(f"committee name taken from a heading: {notice.committee}")
    return notice.committee


_DECISION = re.compile(r"decision session|decision maker|executive member", re.IGNORECASE)
_COMMITTEE = re.compile(
    r"\b(?:sub-?committee|committee|cabinet|panel|scrutiny|commission|pwyllgor|is-bwyllgor|forum"
    r"|(?:working|task|steering)\s+group|executive(?!\s+member))\b",
    re.IGNORECASE,
)
_BOARD = re.compile(
    r"\bboard\b|\bbwrdd\b|\bgoverning\s+body\b|\bgovernors\b(?!.*\bcouncil\b)|\btrustees\b",
    re.IGNORECASE,
)
_FULL_BODY = re.compile(
    r"\b(?:council|cyngor|comhairle|assembly)\b|\bannual\s+(?:general\s+)?meeting\b|\bagm\b",
    re.IGNORECASE,
)


def _meeting_kind(committee: str, unsure: dict[str, str] | None = None) -> str:
    """A committee, sub-committee or cabinet is a committee; a board or governing body a board;
    a council meeting as a whole (full, parish, town, community council) or a members' AGM is
    "other". A name that says none of these is "other", marked unsure."""
    if committee == MISSING_COMMITTEE:
        if unsure is not None:
            unsure["kind"] = "the body was not found, so neither was the kind of meeting"
        return "other"
    if _DECISION.search(committee):
        return "decision_session"
    if _COMMITTEE.search(committee):
        return "committee"
    if _BOARD.search(committee) and not re.search(r"\bcouncil\s+of\b", committee, re.I):
        return "board"
    if _FULL_BODY.search(committee):
        return "other"
    if unsure is not None:
        unsure["kind"] = "the body's name does not say what kind of meeting this is"
    return "other"


NO_DATE = "not found in the agenda: put in the date of the meeting"


# How an agenda speaks of the body that meets: "The committee is requested to approve the
# minutes of its meeting", "To review the Board Assurance Framework", "Board papers".
_SPEAKS_OF = {
    "committee": re.compile(
        r"\b(?:the|this)\s+(?:sub-)?committee\s+(?:is|are|will|may|shall|has|to|was)\b"
        r"|\bmembers\s+of\s+(?:the|this)\s+(?:sub-)?committee\b|\bcommittee\s+members\b",
        re.IGNORECASE,
    ),
    "board": re.compile(
        r"\b(?:the|this)\s+board\s+(?:is|are|will|may|shall|has|to|was)\b|\bmembers\s+of\s+the\s+board"
        r"|\bboard\s+(?:papers|minutes|members|meeting|assurance)\b|\bthe\s+board['’]s\b",
        re.IGNORECASE,
    ),
    "other": re.compile(
        r"\b(?:the|this)\s+(?:parish\s+|town\s+|community\s+|full\s+)?council\s+"
        r"(?:is|are|will|may|shall|has|to|was)\b|\bmembers\s+of\s+(?:the|this)\s+council\b",
        re.IGNORECASE,
    ),
}


def _kind_from_wording(record: dict, lines: list[str], unsure: dict[str, str]) -> None:
    """The kind of meeting when the body's name was not found or came from a page heading
    ("Chichester District Council" atop a committee's page): told by how the agenda speaks of
    the body, when one way clearly outweighs the others; marked unsure."""
    name_kind = record["kind"] if "kind" not in unsure else None
    text = "\n".join(lines)
    counts = {kind: len(rule.findall(text)) for kind, rule in _SPEAKS_OF.items()}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] == 0 or sorted(counts.values())[-2] * 2 >= counts[best]:
        return
    if best == name_kind or (name_kind not in (None, "other") and best == "other"):
        return
    record["kind"] = best
    unsure["kind"] = (
        f"told from how the agenda speaks of the body ({counts[best]} mention"
        f"{'s' if counts[best] > 1 else ''} of the {'council' if best == 'other' else best})"
    )


def _date(notice: Notice, notes: list[str], unsure: dict[str, str]) -> str | None:
    if notice.date is None:
        notes.append("no meeting date found: put in the date of the meeting before saving")
        unsure["date"] = NO_DATE
        return None
    if not notice.date_sure:
        unsure["date"] = (
            notice.date_why or "found in the text of the notice, not beside a Date label"
        )
        notes.append(
            f"the meeting date {notice.date:%d %B %Y} was chosen with little to go on: check it"
        )
    return notice.date.isoformat()


def _time(notice: Notice, notes: list[str], unsure: dict[str, str]) -> str | None:
    if notice.time is None:
        notes.append("no meeting time found")
        return None
    value = f"{notice.time.hour:02d}:{notice.time.minute:02d}"
    if not notice.time_sure and notice.time_why:
        notes.append(f"the meeting time {value} was chosen with little to go on: check it")
        unsure["scheduled_time"] = notice.time_why
    elif not notice.time_sure:
        notes.append(f"the meeting time {value} was written without am/pm: check it")
        unsure["scheduled_time"] = "written without am or pm"
    return value


def _first_minute(after: list[str], notice: Notice, committee: str, notes, unsure) -> int | None:
    previous = find_previous_minutes(after, committee)
    if previous is None:
        notes.append("no previous minutes in the pack: the first minute number is left empty")
        return None
    proposed = previous.last_minute + 1
    if (
        previous.meeting_date
        and notice.date
        and previous.meeting_date < notice.date
        and municipal_year(previous.meeting_date) != municipal_year(notice.date)
    ):
        notes.append(
            f"first minute number {proposed} follows the previous minutes, which are from the "
            "last municipal year: if numbering starts again, make it 1"
        )
        unsure["first_minute_number"] = (
            f"the previous minutes (last minute {previous.last_minute}) are from the last "
            "municipal year; numbering may start again at 1"
        )
        return proposed if 1 <= proposed <= 1_000_000 else None
    notes.append(
        f"first minute number {proposed}: the previous minutes in the pack end at minute "
        f"{previous.last_minute}"
    )
    unsure["first_minute_number"] = (
        f"proposed from the previous minutes in the pack (last minute {previous.last_minute})"
    )
    return proposed if 1 <= proposed <= 1_000_000 else None


def _officer(lines: list[str], end: int, notes, unsure) -> dict | None:
    # The contact block sits in the notice or just after the last item; the pack's minutes and
    # reports beyond it name other officers.
    region = lines[: min(len(lines), end + 40)]
    officer, _ = find_officer(region)
    if officer is None:
        notes.append("no democracy officer found")
        return None
    for key in ("phone", "email"):
        if key not in officer:
            notes.append(f"the democracy officer's {'telephone' if key == 'phone' else 'e-mail'} "
                         "was not found")  # fmt: skip
    return {k: v[:2000] for k, v in officer.items()}


def _people(notice: Notice, notes: list[str]) -> list[dict]:
    people = []
    ids: set[str] = set()
    for p in notice.people:
        base = re.sub(r"[^a-z0-9]+", "-", (p.get("surname") or "").lower()).strip("-")
        base = base or f"person-{len(people) + 1}"
        pid, n = base, 2
        while pid in ids:
            pid, n = f"{base}-{n}", n + 1
        ids.add(pid)
        row = {"id": pid}
        for key in ("title", "forename", "initials", "surname", "name"):
            if p.get(key):
                row[key] = p[key][:2000]
        row["role"] = p.get("role", "member")
        if p.get("capacity"):
            row["capacity"] = p["capacity"][:2000]
        people.append(row)
    if not people:
        notes.append("no membership found")
    else:
        roles = {p["role"] for p in people}
        if "chair" not in roles and len(people) > 1:  # a decision session has one member
            notes.append("the membership names no Chair")
    for text in notice.substitutes:
        if text:
            notes.append(f"named substitutes not added to the membership: {text[:200]}")
    return people


def _items(scan, notes: list[str], unsure: dict[str, str], body=None) -> tuple[list[dict], int]:
    rows: list[dict] = []
    standard = 0
    guessed: list[str] = []
    renumbered: list[str] = []
    after_exclusion = False
    excluded_under: list[int] = []
    exclusion_rows: list[tuple[int, dict]] = []
    for index, it in enumerate(scan.items):
        where = f"items[{index}]"
        description = description_text(it.description)
        kind, sure = kind_of(it.title, description, it.pages, body)
        if kind in STANDARD:
            standard += 1
        if not sure:
            unsure[f"{where}.kind"] = "guessed from the title"
            guessed.append(it.number)
        row: dict = {
            "agenda_number": it.number[:20],
            "title": it.title,
            "kind": kind,
        }
        if not it.title:
            notes.append(f"item {it.number} has no title")
            unsure[f"{where}.title"] = "no title found"
        if it.title_wrapped:
            unsure[f"{where}.title"] = "joined from several lines"
        if it.title_cut:
            unsure[f"{where}.title"] = "the text ends with this title: it may be cut off"
            notes.append(f"the agenda text ends with item {it.number}'s title: check it is whole")
        if it.number_unsure:  # numbers put in by the reader (items.py): say so
            unsure[f"{where}.agenda_number"] = it.number_unsure
            renumbered.append(it.number)
        if it.pages is not None:
            row["pages"] = list(it.pages)
        if description:
            row["description"] = description
        own = exempt_paragraphs(f"{it.title}\n{description or ''}")
        section = exempt_paragraphs(it.section_text)
        if kind == "exclusion":
            after_exclusion = True
            exclusion_rows.append((index, row))
            if own:
                _set_paragraph(row, own, where, unsure)
                excluded_under = own
        else:
            exempt = None
            if it.private_part or says_exempt(it.title) or (own and kind not in STANDARD):
                exempt = True
            elif _READMIT.match(it.title):
                after_exclusion = False  # the press and public back in
            elif _CLOSING.match(it.title):
                pass  # the meeting's end, or the next one's date: no confidential business
            elif after_exclusion and kind in ("report", "other"):
                # every item after it, however many the resolution says: a confidential item
                # wrongly public is worse than a public one held back (and it is marked unsure)
                exempt = True
                unsure[f"{where}.exempt"] = "taken after the exclusion of press and public"
            if exempt:
                row["exempt"] = True
                paragraphs = own or section
                if paragraphs:
                    _set_paragraph(row, paragraphs, where, unsure)
                elif excluded_under:
                    _set_paragraph(row, excluded_under, where, unsure)
                    unsure.setdefault(
                        f"{where}.exempt_paragraph", "taken from the exclusion of press and public"
                    )
        rows.append(row)
    # An exclusion item that names no paragraph takes the one of the exempt items it covers.
    for index, row in exclusion_rows:
        if "exempt_paragraph" in row:
            continue
        later = [r for r in rows[index + 1 :] if r.get("exempt_paragraph")]
        section = exempt_paragraphs(scan.items[index].section_text)
        if later:
            row["exempt_paragraph"] = later[0]["exempt_paragraph"]
            unsure[f"items[{index}].exempt_paragraph"] = "taken from the exempt item it covers"
        elif section:
            _set_paragraph(row, section, f"items[{index}]", unsure)
        else:
            notes.append(
                f"item {row['agenda_number']} excludes the press and public but names no "
                "Schedule 12A paragraph"
            )
            unsure[f"items[{index}].exempt_paragraph"] = "no paragraph named"
    if renumbered:
        notes.append(
            f"item number{'s' if len(renumbered) > 1 else ''} {', '.join(renumbered)} "
            "not printed as such in the agenda: numbered in order, check them"
        )
    if guessed:
        notes.append(
            f"kind of item{'s' if len(guessed) > 1 else ''} {', '.join(guessed)} "
            "guessed from the title"
        )
    return rows, standard


def _set_paragraph(row: dict, paragraphs: list[int], where: str, unsure: dict) -> None:
    row["exempt_paragraph"] = paragraphs[0]
    if len(paragraphs) > 1:
        unsure[f"{where}.exempt_paragraph"] = (
            f"paragraphs {', '.join(map(str, paragraphs))} are named; the record holds the first"
        )

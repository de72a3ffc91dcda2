"""Hypothesis strategies: canonical clerk.meeting/1 records (as Clerk itself writes them)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

SAFE = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
    blacklist_characters="\ufffe\uffff",
)
TEXT = st.text(SAFE | st.sampled_from("\n\t"), min_size=1, max_size=60)
LINE = st.text(SAFE, min_size=1, max_size=30)
IDS = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)


def _time_text(day: date, moment: datetime) -> str:
    if moment.date() == day and moment.second == 0:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    return moment.isoformat(timespec="seconds")


@st.composite
def times_at(draw, day: date) -> datetime:
    base = datetime.combine(day, time(0, 0))
    moment = base + timedelta(seconds=draw(st.integers(0, 36 * 3600)))
    if draw(st.booleans()):
        moment = moment.replace(second=0)
    return moment


@st.composite
def times(draw, day: date):
    return _time_text(day, draw(times_at(day)))


def optional(draw, row: dict, key: str, strategy) -> None:
    if draw(st.booleans()):
        row[key] = draw(strategy)


@st.composite
def records(draw):
    day = draw(st.dates(date(2000, 1, 1), date(2040, 12, 31)))
    ids = draw(st.lists(IDS, unique=True, max_size=8))
    people = []
    for pid in ids:
        row = {"id": pid}
        for key in ("title", "forename", "initials", "surname", "name"):
            optional(draw, row, key, LINE)
        row["role"] = draw(
            st.sampled_from(
                ["chair", "vice_chair", "member", "substitute", "in_attendance", "officer"]
            )
        )
        row["attendance"] = draw(st.sampled_from(["unknown", "present", "apologies", "absent"]))
        optional(draw, row, "capacity", LINE)
        if ids:
            optional(draw, row, "substitute_for", st.sampled_from(ids))
        if row["attendance"] == "present":
            # A late arrival and a departure for good, in order; the note only with a departure.
            moves = sorted(draw(st.lists(times_at(day), unique=True, max_size=2)))
            keys = draw(st.sampled_from([("arrived_at", "left_at"), ("left_at",)]))
            for key, moment in zip(keys, moves, strict=False):
                row[key] = _time_text(day, moment)
            if "left_at" in row:
                optional(draw, row, "left_note", LINE)
        people.append(row)
    numbers = draw(
        st.lists(st.from_regex(r"[1-9][0-9]?[a-c]?", fullmatch=True), unique=True, max_size=8)
    )
    minutes = draw(
        st.lists(st.integers(1, 500), unique=True, min_size=len(numbers), max_size=len(numbers))
    )
    items = []
    for number, minute in zip(numbers, minutes, strict=True):
        row = {"agenda_number": number, "title": draw(LINE)}
        row["kind"] = draw(
            st.sampled_from(
                [
                    "apologies",
                    "declarations",
                    "minutes",
                    "public_participation",
                    "urgent_business",
                    "exclusion",
                    "work_plan",
                    "report",
                    "other",
                ]
            )
        )
        if draw(st.booleans()):
            first = draw(st.integers(0, 200))
            row["pages"] = [first, first + draw(st.integers(0, 50))]
        optional(draw, row, "description", TEXT)
        optional(draw, row, "exempt", st.booleans())
        optional(draw, row, "exempt_paragraph", st.integers(1, 7))
        optional(draw, row, "planned_minutes", st.integers(0, 240))
        row["status"] = draw(st.sampled_from(["pending", "taken", "deferred", "withdrawn"]))
        if draw(st.booleans()):
            row["minute_number"] = minute
        optional(draw, row, "started_at", times(day))
        optional(draw, row, "ended_at", times(day))
        optional(draw, row, "narrative", TEXT)
        if draw(st.booleans()):
            row["speakers"] = []
            for _ in range(draw(st.integers(1, 3))):
                s = {"name": draw(LINE)}
                optional(draw, s, "capacity", LINE)
                optional(draw, s, "summary", TEXT)
                row["speakers"].append(s)
        if draw(st.booleans()):
            row["motions"] = [draw(motions(ids)) for _ in range(draw(st.integers(1, 2)))]
        if draw(st.booleans()):
            res = {"parts": draw(st.lists(TEXT, min_size=1, max_size=3))}
            optional(draw, res, "reason", TEXT)
            row["resolution"] = res
        items.append(row)
    declarations = []
    if ids:
        for _ in range(draw(st.integers(0, 3))):
            d = {
                "person": draw(st.sampled_from(ids)),
                "kind": draw(
                    st.sampled_from(
                        [
                            "disclosable_pecuniary",
                            "other_registerable",
                            "non_registerable",
                            "personal",
                            "prejudicial",
                        ]
                    )
                ),
                "items": draw(st.lists(st.sampled_from(numbers), unique=True, max_size=3))
                if numbers
                else [],
                "nature": draw(TEXT),
            }
            optional(draw, d, "left_room", st.booleans())
            declarations.append(d)
    record = {
        "format": "clerk.meeting/1",
        "organisation": draw(st.none() | LINE),
        "committee": draw(LINE),
        "kind": draw(st.sampled_from(["committee", "decision_session", "board", "other"])),
        "date": day.isoformat(),
        "scheduled_time": draw(
            st.none() | st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}")
        ),
        "venue": draw(st.none() | LINE),
        "first_minute_number": draw(st.none() | st.integers(1, 500)),
        "started_at": draw(st.none() | times(day)),
        "finished_at": draw(st.none() | times(day)),
    }
    if draw(st.booleans()):
        officer = {"name": draw(LINE)}
        optional(draw, officer, "phone", LINE)
        optional(draw, officer, "email", LINE)
        record["democracy_officer"] = officer
    record["people"] = people
    record["declarations"] = declarations
    record["items"] = items
    if draw(st.booleans()):
        record["adjournments"] = []
        for _ in range(draw(st.integers(1, 2))):
            a = {"from": draw(times(day))}
            optional(draw, a, "to", times(day))
            optional(draw, a, "reason", LINE)
            record["adjournments"].append(a)
    if draw(st.booleans()):
        record["actions"] = []
        for _ in range(draw(st.integers(1, 3))):
            a = {}
            if numbers:
                optional(draw, a, "item", st.sampled_from(numbers))
            a["text"] = draw(TEXT)
            optional(draw, a, "owner", LINE)
            optional(
                draw, a, "due", st.dates(date(2000, 1, 1), date(2040, 1, 1)).map(date.isoformat)
            )
            record["actions"].append(a)
    return record


@st.composite
def motions(draw, ids):
    m = {"kind": draw(st.sampled_from(["motion", "amendment"])), "text": draw(TEXT)}
    if ids:
        optional(draw, m, "mover", st.sampled_from(ids))
        optional(draw, m, "seconder", st.sampled_from(ids))
    m["result"] = draw(st.sampled_from(["carried", "lost", "withdrawn"]))
    if draw(st.booleans()):
        vote = {
            "for": draw(st.integers(0, 30)),
            "against": draw(st.integers(0, 30)),
            "abstain": draw(st.integers(0, 30)),
        }
        if ids and draw(st.booleans()):
            voters = draw(st.permutations(ids))
            a, b = sorted(draw(st.lists(st.integers(0, len(voters)), min_size=2, max_size=2)))
            vote["recorded"] = {
                "for": list(voters[:a]),
                "against": list(voters[a:b]),
                "abstain": list(voters[b:]),
            }
        if ids:
            optional(draw, vote, "casting_vote", st.sampled_from(ids))
        m["vote"] = vote
    return m

"""What a clerk is told when another Clerk changed the same thing first, and where their own
words are kept so that nothing typed is lost.

The sentence names the first thing that clashed ("Item 3's notes"), when the other Clerk
changed the meeting and what became of the clerk's change: "Item 3's notes were changed by
another Clerk at 18:42; your change (Type notes) was not applied — your text is kept in …".
Typed text (notes, a resolution) that could not be saved is written to a file in the user's
data folder (``CLERK_KEPT_DIR`` overrides it), so it can be pasted back.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

from clerk.atomic import write_atomic
from clerk.domain.model import Meeting
from clerk.domain.wording import short_name
from clerk.store.revisions import Clash, StaleChange

KEPT_ENV = "CLERK_KEPT_DIR"

_ITEM_PARTS = {
    "narrative": "notes",
    "resolution_parts": "resolution",
    "resolution_reason": "resolution",
}
_ATTENDANCE = {"attendance"}
_TABLES = {
    "declarations": "The declarations of interest",
    "presence_events": "The record of arrivals and departures",
    "adjournments": "The adjournments",
    "actions": "The actions",
    "exclusions": "The exclusion of press and public",
    "continuations": "The resolutions to continue",
    "rewordings": "The reworded sentences",
    "minutes_versions": "The versions of the minutes",
}


_PLURALS = (
    "notes",
    "numbers",
    "of interest",
    "adjournments",
    "actions",
    "to continue",
    "departures",
    "sentences",
)


def kept_folder() -> Path:
    override = os.environ.get(KEPT_ENV)
    return Path(override) if override else Path(user_data_dir("Clerk", appauthor=False)) / "kept"


def describe_clash(clash: Clash, mine: Meeting, theirs: Meeting) -> str:
    """What clashed, as a clerk names it: "Item 3's notes", "Cllr Baker's attendance"."""
    if clash.table == "items":
        if not clash.key:
            return "The minute numbers"
        item = theirs.item(clash.key) or mine.item(clash.key)
        name = f"Item {item.agenda_number}" if item is not None else "An item"
        parts = [_ITEM_PARTS[f] for f in clash.fields if f in _ITEM_PARTS]
        return f"{name}'s {parts[0]}" if parts else name
    if clash.table == "meetings":
        if "current_item" in clash.fields:
            return "The item being taken"
        if "started_at" in clash.fields or "finished_at" in clash.fields:
            return "The meeting's start or close"
        return "The meeting's details"
    if clash.table == "people":
        person = theirs.person(clash.key) or mine.person(clash.key)
        name = short_name(person) if person is not None else "A person"
        return f"{name}'s {'attendance' if _ATTENDANCE & set(clash.fields) else 'details'}"
    if clash.table in ("speakers", "motions"):
        for item in (*theirs.items, *mine.items):
            entries = item.speakers if clash.table == "speakers" else item.motions
            if any(e.key == clash.key for e in entries):
                return f"A {clash.table[:-1]} under item {item.agenda_number}"
    return _TABLES.get(clash.table, "Part of the meeting")


def conflict_message(label: str, stale: StaleChange, mine: Meeting, kept: Path | None) -> str:
    what = describe_clash(stale.clashes[0], mine, stale.current)
    verb = "were" if what.endswith(_PLURALS) else "was"
    when = f" at {stale.changed_at:%H:%M}" if stale.changed_at else ""
    text = f"{what} {verb} changed by another Clerk{when}; your change ({label}) was not applied"
    if kept is not None:
        text += f" — your text is kept in {kept}"
    return text + ". Clerk now shows the meeting as it is."


def keep_text(before: Meeting, after: Meeting) -> Path | None:
    """Write the typed text ``after`` holds and ``before`` did not (notes, resolutions) to a
    file the clerk can copy from; None when the change typed nothing."""
    parts = []
    old = {it.key: it for it in before.items}
    for item in after.items:
        prev = old.get(item.key)
        if item.narrative and (prev is None or prev.narrative != item.narrative):
            parts.append(f"Item {item.agenda_number} — notes\n\n{item.narrative}")
        res = item.resolution
        if res is not None and (prev is None or prev.resolution != res):
            lines = "\n".join(res.parts) + (f"\nReason: {res.reason}" if res.reason else "")
            parts.append(f"Item {item.agenda_number} — resolution\n\n{lines}")
    if not parts:
        return None
    now = datetime.now()
    stem = f"{after.date:%Y-%m-%d} meeting {after.id} {now:%H%M%S}"
    path = kept_folder() / f"{stem}.txt"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        n = 1
        while path.exists():  # two refusals in one second: never write over the first
            n += 1
            path = path.with_name(f"{stem} ({n}).txt")
        write_atomic(path, ("\n\n".join(parts) + "\n").encode("utf-8"))
    except OSError:
        return None
    return path

"""The drafting part of the meeting record: each item's drafting state and the sentences
reworded for the meeting.

Inside a database a reworded sentence names a speaker, a declaration or an action by its key;
keys are not part of the record, so the record names them by position ("speaker:#1" is the
item's first speaker, "declaration:#2" the meeting's second declaration) and reading turns the
position back into the key of the entity made from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from clerk.domain.drafting import place_key
from clerk.domain.model import Meeting, Rewording
from clerk.domain.text import clean_line, clean_text

#: Sources that name an entity by key: where the entity lives ("item" or "meeting").
_KEYED = {"speaker": "item", "declaration": "meeting", "left_room": "meeting", "action": "meeting"}
_POSITION = re.compile(r"#([1-9][0-9]{0,5})")


def _entities(meeting: Meeting, kind: str, item_key: str | None) -> list:
    if kind == "speaker":
        item = meeting.item(item_key) if item_key else None
        return list(item.speakers) if item is not None else []
    if kind == "action":
        return list(meeting.actions)
    return list(meeting.declarations)


def write_rewordings(out: dict, meeting: Meeting, numbers: dict[str, str]) -> None:
    rows = []
    for r in meeting.rewordings:
        kind, _, rest = r.source.partition(":")
        source = r.source
        if kind in _KEYED and rest:
            keys = [e.key for e in _entities(meeting, kind, r.item_key)]
            if rest not in keys:
                continue  # what it reworded is gone: nothing of the minutes shows it
            source = f"{kind}:#{keys.index(rest) + 1}"
        row: dict[str, Any] = {}
        if r.item_key is not None:
            if r.item_key not in numbers:
                continue
            row["item"] = numbers[r.item_key]
        row["source"] = source
        row["text"] = r.text
        if r.original:
            row["original"] = r.original
        rows.append(row)
    if rows:
        out["rewordings"] = rows


def read_rewordings(data: dict, meeting: Meeting, item_ref: Callable[[str, str], str], error):
    """The record's rewordings as domain values; ``error(path, message)`` makes the error."""
    out: list[Rewording] = []
    seen: set[str] = set()
    for i, row in enumerate(data.get("rewordings") or []):
        where = f"rewordings[{i}]"
        item_key = item_ref(row["item"], f"{where}.item") if row.get("item") is not None else None
        source = clean_line(row["source"])
        kind, _, rest = source.partition(":")
        if not source:
            raise error(f"{where}.source", "says no sentence")
        if kind in _KEYED and rest:
            m = _POSITION.fullmatch(rest)
            entities = _entities(meeting, kind, item_key)
            if m is None or int(m.group(1)) > len(entities):
                raise error(f"{where}.source", f"no {kind.replace('_', ' ')} {rest!r} to reword")
            source = f"{kind}:{entities[int(m.group(1)) - 1].key}"
        text = clean_text(row["text"]).strip()
        if not text:
            raise error(f"{where}.text", "the reworded sentence is empty")
        place = f"{item_key}/{source}"
        if place in seen:
            raise error(f"{where}.source", "this sentence is reworded twice")
        seen.add(place)
        original = clean_text(row.get("original") or "")
        out.append(Rewording(source, text, original, item_key, key=place_key(item_key, source)))
    return tuple(out)

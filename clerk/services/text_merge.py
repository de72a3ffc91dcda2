"""Two Clerks typing into the same item's notes at once: both texts are kept.

A save of typed notes made on a copy another Clerk has changed since would otherwise be
refused. When the only rows that clashed are items' notes, the three texts (as this Clerk last
saw them, as this Clerk typed them, as they are now on disk) are merged word by word (words,
spaces and punctuation marks as the units, so that two edits of one word never blend into a
third) with a three-way merge (``merge3``, the merge of Breezy): edits to different parts of the text
both apply, and text both Clerks added at the same place is kept in full, the other Clerk's
first (a space between). Only when both changed the same characters is the change refused (and kept in a file,
``clerk.services.conflicts``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from merge3 import Merge3

from clerk.domain.model import Meeting
from clerk.store.revisions import StaleChange

#: The fields whose clashes a text merge can settle.
MERGEABLE = frozenset({"narrative"})

_UNITS = re.compile(r"\s+|\w+|[^\w\s]")


def merge_text(base: str, mine: str, theirs: str) -> str | None:
    """``mine`` and ``theirs`` merged against ``base``; None when both changed the same text."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    out: list[str] = []
    a, b, o = _UNITS.findall(mine), _UNITS.findall(theirs), _UNITS.findall(base)
    for region in Merge3(o, a, b).merge_regions():
        kind = region[0]
        if kind == "unchanged":
            out.extend(o[region[1] : region[2]])
        elif kind in ("a", "same"):
            out.extend(a[region[1] : region[2]])
        elif kind == "b":
            out.extend(b[region[1] : region[2]])
        else:  # conflict: (zstart, zend, astart, aend, bstart, bend)
            zs, ze, as_, ae, bs, be = region[1:]
            if ze > zs:
                return None  # both changed the same characters
            # Both added text at one place: theirs, then mine, a space between them unless
            # one of them already has one there.
            theirs, mine = b[bs:be], a[as_:ae]
            same = 0  # what both typed first ("Opened. a1" and "Opened. b1" share the space)
            while same < min(len(theirs), len(mine)) and theirs[same] == mine[same]:
                same += 1
            out.extend(theirs)
            mine = mine[same:]
            if mine and not (out[-1].isspace() or mine[0].isspace()):
                out.append(" ")
            out.extend(mine)
    return "".join(out)


def rebase_typing(
    before: Meeting, after: Meeting, stale: StaleChange
) -> tuple[Meeting, Meeting] | None:
    """``before`` → ``after`` made again on top of ``stale.current`` when every clash is an
    item's notes and each merges cleanly: the new (before, after) pair, whose notes rows no
    longer clash; None otherwise."""
    if not stale.clashes:
        return None
    disk = stale.current
    new_before, new_after = before, after
    for clash in stale.clashes:
        if clash.table != "items" or not clash.key or not clash.fields:
            return None
        if not set(clash.fields) <= MERGEABLE:
            return None
        was, now, theirs = before.item(clash.key), after.item(clash.key), disk.item(clash.key)
        if was is None or now is None or theirs is None:
            return None
        merged = merge_text(was.narrative or "", now.narrative or "", theirs.narrative or "")
        if merged is None:
            return None
        new_before = new_before.with_item(replace(was, narrative=theirs.narrative))
        new_after = new_after.with_item(replace(now, narrative=merged))
    return new_before, new_after

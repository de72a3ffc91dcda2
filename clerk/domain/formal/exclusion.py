"""Exclusion of the press and public for exempt business (Schedule 12A, Local Government Act
1972).

Taking an exempt item while the meeting is in public needs a resolution to exclude the press
and public, naming the paragraph(s) of Schedule 12A under which the information is exempt. The
resolution opens an ``Exclusion`` period (from, to, paragraphs, items); the meeting is "in
private" until the press and public are readmitted, and the items considered then are
confidential (their minutes go to the confidential annex).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from clerk.domain.formal import RuleError
from clerk.domain.model import Exclusion, Meeting, Resolution
from clerk.domain.wording import clock_12
from clerk.errors import NotFound

# Schedule 12A, Part 1 (England), as the minutes word each paragraph.
PARAGRAPHS: dict[int, str] = {
    1: "information relating to any individual",
    2: "information which is likely to reveal the identity of an individual",
    3: (
        "information relating to the financial or business affairs of any particular person "
        "(including the authority holding that information)"
    ),
    4: (
        "information relating to any consultations or negotiations, or contemplated "
        "consultations or negotiations, in connection with any labour relations matter arising "
        "between the authority or a Minister of the Crown and employees of, or office holders "
        "under, the authority"
    ),
    5: (
        "information in respect of which a claim to legal professional privilege could be "
        "maintained in legal proceedings"
    ),
    6: (
        "information which reveals that the authority proposes to give under any enactment a "
        "notice under or by virtue of which requirements are imposed on a person, or to make an "
        "order or direction under any enactment"
    ),
    7: (
        "information relating to any action taken or to be taken in connection with the "
        "prevention, investigation or prosecution of crime"
    ),
}


def check_paragraphs(paragraphs: Iterable[int]) -> tuple[int, ...]:
    """The paragraphs, sorted and without repeats; each must be 1 to 7, and one at least."""
    out = []
    for p in paragraphs:
        if not isinstance(p, int) or isinstance(p, bool) or p not in PARAGRAPHS:
            raise RuleError(f"{p!r} is not a paragraph of Schedule 12A (1 to 7)")
        out.append(p)
    if not out:
        raise RuleError("say under which paragraph of Schedule 12A the item is exempt")
    return tuple(sorted(set(out)))


def exclusion_at(meeting: Meeting, at: datetime | None) -> Exclusion | None:
    """The period in private at ``at`` (None: now, i.e. one not yet ended)."""
    for x in meeting.exclusions:
        if at is None:
            if x.to is None:
                return x
        elif x.from_ <= at and (x.to is None or at < x.to):
            return x
    return None


def in_private(meeting: Meeting, at: datetime | None) -> bool:
    return exclusion_at(meeting, at) is not None


def needs_exclusion(meeting: Meeting, item_key: str, at: datetime | None) -> bool:
    """Taking this item now needs a resolution to exclude the press and public first."""
    item = meeting.item(item_key)
    return bool(item is not None and item.exempt and not in_private(meeting, at))


def _items(meeting: Meeting, item_keys: Iterable[str]) -> tuple[str, ...]:
    keys = tuple(dict.fromkeys(item_keys))
    if not keys:
        raise RuleError("name the item(s) to be considered in private")
    for k in keys:
        if meeting.item(k) is None:
            raise NotFound("there is no such agenda item")
    return keys


def _mark_exempt(meeting: Meeting, keys: tuple[str, ...], paragraphs: tuple[int, ...]) -> tuple:
    items = []
    for it in meeting.items:
        if it.key in keys:
            it = replace(
                it,
                exempt=True,
                exempt_paragraph=it.exempt_paragraph
                if it.exempt_paragraph in paragraphs
                else paragraphs[0],
            )
        items.append(it)
    return tuple(items)


def exclude_press_and_public(
    meeting: Meeting,
    at: datetime,
    item_keys: Iterable[str],
    paragraphs: Iterable[int],
    resolved_at_item: str | None = None,
) -> Meeting:
    """Resolve to exclude the press and public for the items, under the paragraphs given.

    The items are marked exempt; the resolution's wording becomes the resolution of
    ``resolved_at_item`` (the "Exclusion of Press and Public" item) when it has none yet.
    """
    current = exclusion_at(meeting, at)
    if current is not None:
        raise RuleError(
            f"the press and public are already excluded (since {clock_12(current.from_)})"
        )
    later = [x for x in meeting.exclusions if x.from_ > at]
    if later:
        raise RuleError("another period in private begins after this time; correct that first")
    keys = _items(meeting, item_keys)
    paras = check_paragraphs(paragraphs)
    if resolved_at_item is not None and meeting.item(resolved_at_item) is None:
        raise NotFound("there is no such agenda item")
    exclusion = Exclusion(at, None, paras, keys, resolved_at_item)
    after = replace(
        meeting,
        items=_mark_exempt(meeting, keys, paras),
        exclusions=meeting.exclusions + (exclusion,),
    )
    if resolved_at_item is not None:
        from clerk.domain.formal.wording import exclusion_resolution

        host = after.item(resolved_at_item)
        if host is not None and host.resolution is None:
            text = exclusion_resolution(after, exclusion)
            host = replace(host, resolution=Resolution((text,)))
            after = after.with_item(host)
    return after


def extend_exclusion(
    meeting: Meeting, item_key: str, paragraphs: Iterable[int] = (), at: datetime | None = None
) -> Meeting:
    """Add an item to the period in private at ``at`` (None: the one going on)."""
    current = exclusion_at(meeting, at)
    if current is None:
        raise RuleError("the meeting is in public; resolve to exclude the press and public first")
    keys = _items(meeting, current.item_keys + (item_key,))
    paras = check_paragraphs(tuple(current.paragraphs) + tuple(paragraphs))
    new = replace(current, item_keys=keys, paragraphs=paras)
    return replace(
        meeting,
        items=_mark_exempt(meeting, (item_key,), paras),
        exclusions=tuple(new if x.key == current.key else x for x in meeting.exclusions),
    )


def readmit_press_and_public(meeting: Meeting, at: datetime) -> Meeting:
    """The press and public come back: the period in private ends."""
    current = exclusion_at(meeting, None)
    if current is None:
        raise RuleError("the press and public have not been excluded")
    if at < current.from_:
        raise RuleError("the press and public are readmitted after being excluded")
    ended = replace(current, to=at)
    return replace(
        meeting, exclusions=tuple(ended if x.key == current.key else x for x in meeting.exclusions)
    )

"""Webcast chapters from the items' start times."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from clerk.services import chapters as ch


def _taken(meeting):
    return sorted((it for it in meeting.items if it.started_at), key=lambda it: it.started_at)


def test_offsets_from_the_webcast_start(york_meeting):
    taken = _taken(york_meeting)
    first = taken[0].started_at
    start = (first - timedelta(minutes=3, seconds=20)).time()
    origin = datetime.combine(first.date(), start)
    found = ch.chapters(york_meeting, start)
    # One chapter for each distinct start time, at the first item that started then.
    firsts = {}
    for it in taken:
        firsts.setdefault(it.started_at, it)
    assert [c.item_key for c in found] == [it.key for it in firsts.values()]
    for c, it in zip(found, firsts.values(), strict=True):
        assert c.start == it.started_at - origin
        assert c.end > c.start
        assert c.title.startswith(
            f"{it.agenda_number}. {it.title}" if it.agenda_number else it.title
        )
    shared = [it for it in taken if it.started_at == taken[1].started_at]
    if len(shared) > 1:
        assert all(it.title in found[1].title for it in shared)
    lines = ch.chapter_list(found).splitlines()
    assert lines[0].startswith("00:03:20 ")
    assert all(line[:8].count(":") == 2 for line in lines)


def test_webvtt_cues_run_to_the_next_chapter(york_meeting):
    start = _taken(york_meeting)[0].started_at.time()
    found = ch.chapters(york_meeting, start)
    vtt = ch.webvtt(found)
    assert vtt.startswith("WEBVTT\n\n1\n00:00:00.000 --> ")
    blocks = vtt.split("\n\n")[1:]
    assert len(blocks) == len(found)
    for block, c, nxt in zip(blocks, found, [*found[1:], None], strict=True):
        times = block.splitlines()[1]
        assert times.split(" --> ")[1] == ch._clock(nxt.start if nxt else c.end, True)


def test_items_before_the_webcast_start_at_zero_and_exempt_items_are_left_out(york_meeting):
    taken = _taken(york_meeting)
    items = [
        replace(it, exempt=True) if it.key == taken[-1].key else it for it in york_meeting.items
    ]
    meeting = replace(york_meeting, items=tuple(items))
    late = (taken[1].started_at + timedelta(seconds=30)).time()
    found = ch.chapters(meeting, late)
    assert found[0].start == timedelta(0) and found[0].item_key == taken[1].key
    assert taken[-1].key not in {c.item_key for c in found}


@pytest.mark.parametrize("bad", ["", "25:00", "18.30", "18:61", "noon"])
def test_bad_start_times_say_so(bad):
    with pytest.raises(ch.ChapterError):
        ch.parse_start(bad)


def test_a_meeting_never_started_has_no_chapters(york_meeting):
    bare = replace(
        york_meeting,
        items=tuple(replace(it, started_at=None) for it in york_meeting.items),
    )
    with pytest.raises(ch.ChapterError, match="nothing to chapter"):
        ch.chapters(bare, ch.parse_start("18:00"))

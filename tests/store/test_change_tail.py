"""A change writes only the rows after what both values share at the head of each list
(``writing._sync``): whatever the change does to a long ledger — an entry added at the end or
at the front, one taken out or changed in the middle, two swapped — reading the meeting back
gives exactly the value committed, with the positions of the rows after the change moved on."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from clerk.domain.model import PresenceEvent, PresenceKind
from clerk.services.meetings import create_demo_meeting
from clerk.store import repository, revisions


def _ledger(people, count: int) -> tuple[PresenceEvent, ...]:
    start = datetime(2026, 12, 8, 18, 0)
    kinds = (PresenceKind.ARRIVED, PresenceKind.LEFT)
    return tuple(
        PresenceEvent(
            people[i % len(people)].id, kinds[(i // len(people)) % 2], start + timedelta(minutes=i)
        )
        for i in range(count)
    )


def _edits(ledger: tuple[PresenceEvent, ...]):
    extra = replace(ledger[0], key="extra-entry", note="late")
    middle = len(ledger) // 2
    yield "appended", (*ledger, extra)
    yield "added at the front", (extra, *ledger)
    yield "taken out of the middle", ledger[:middle] + ledger[middle + 1 :]
    yield (
        "changed in the middle",
        (
            *ledger[:middle],
            replace(ledger[middle], note="corrected"),
            *ledger[middle + 1 :],
        ),
    )
    yield (
        "two swapped",
        (*ledger[:middle], ledger[middle + 1], ledger[middle], *ledger[middle + 2 :]),
    )
    yield "last taken out", ledger[:-1]
    yield "emptied", ()


@pytest.mark.parametrize("edit", range(7))
def test_a_change_to_a_long_ledger_reads_back_as_committed(any_db, edit):
    meeting = create_demo_meeting(any_db)
    engine = any_db.engine
    before, revision = revisions.read_meeting(engine, meeting.id)
    grown = replace(before, presence=_ledger(before.people, 40))
    revision = revisions.commit_change(engine, before, grown, revision).revision
    label, presence = list(_edits(grown.presence))[edit]
    after = replace(grown, presence=presence)
    done = revisions.commit_change(engine, grown, after, revision)
    assert done.revision == revision + 1 and done.merged is None
    back = repository.load_meeting(engine, meeting.id)
    assert back.presence == after.presence, label
    assert back == after, label

"""Speed of the minutes against python-docx writing the same text with no logic at all.

A long meeting (30 items, 400 paragraphs, 20 declarations, 10 recorded votes, 10 members
leaving the room for an item and coming back, the quorum lost each time) must be composed
and written within 1.5x of the bare python-docx floor. Run on demand: pytest -m bench.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import timedelta

import docx
import pytest

from clerk.domain.formal import presence as ledger
from clerk.domain.formal import quorum
from clerk.domain.model import (
    AgendaItem,
    Attendance,
    Declaration,
    InterestKind,
    ItemKind,
    ItemStatus,
    Motion,
    QuorumRule,
    RecordedVote,
    Resolution,
    Vote,
)
from clerk.minutes import BlockKind, compose, write_minutes
from tests.minutes.factory import at, meeting

SENTENCE = (
    "Members considered the report and noted the progress made on the scheme, the risks set "
    "out in the annex and the views of the residents who had written to the committee. "
)


def long_meeting():
    base = meeting()
    ids = [p.id for p in base.people if p.role.is_member]
    items = []
    for i in range(30):
        paragraphs = [SENTENCE * 3 if j % 3 else "- " + SENTENCE for j in range(13)]
        motions = ()
        if i < 10:
            recorded = RecordedVote(tuple(ids[:3]), tuple(ids[3:4]), ())
            motions = (
                Motion(
                    "That the report be approved.",
                    mover=ids[0],
                    seconder=ids[1],
                    vote=Vote(3, 1, 0, recorded),
                ),
            )
        items.append(
            AgendaItem(
                agenda_number=str(i + 1),
                title=f"Report number {i + 1} on the Harbour Scheme",
                kind=ItemKind.DECLARATIONS if i == 0 else ItemKind.REPORT,
                status=ItemStatus.TAKEN,
                minute_number=100 + i,
                started_at=at(f"{18 + i // 20}:{(i * 3) % 60:02d}"),
                narrative="\n\n".join(paragraphs),
                motions=motions,
                resolution=Resolution(
                    ("That the report be noted.", "That officers report back."),
                    "To keep Members informed.",
                ),
            )
        )
    declarations = tuple(
        Declaration(
            ids[k % len(ids)],
            InterestKind.PERSONAL,
            (items[1 + k].key,),
            "as a member of the harbour trust",
        )
        for k in range(20)
    )
    long = replace(base, items=tuple(items), declarations=declarations)
    return with_formal_business(long)


def with_formal_business(m):
    """Ten members leaving the room for an item and coming back, one leaving early and one
    arriving late, under a quorum those departures break: the ledger and the quorum are
    walked for every minute."""
    here = [p.id for p in m.people if p.role.is_member and p.attendance is Attendance.PRESENT]
    m = quorum.set_quorum_rule(m, QuorumRule(number=len(here)))
    for k in range(10):
        item = m.items[1 + k]
        who = here[k % len(here)]
        m = ledger.record_withdrawal(m, who, item.key, item.started_at + timedelta(minutes=1))
        m = ledger.record_return(m, who, item.started_at + timedelta(minutes=2))
    m = ledger.record_departure(m, here[1], at("18:40"), note="to take a call")
    m = ledger.record_arrival(m, here[1], at("18:50"))
    return ledger.record_departure(m, here[0], at("19:20"), note="to attend another meeting")


def floor(blocks, out):
    """python-docx with no logic: the same texts as headings, paragraphs and one table."""
    doc = docx.Document()
    table = next(b for b in blocks if b.kind is BlockKind.ATTENDANCE)
    grid = doc.add_table(rows=len(table.rows), cols=2)
    for row, (label, lines) in zip(grid.rows, table.rows, strict=True):
        row.cells[0].text = label
        row.cells[1].text = "\n".join(lines)
    for b in blocks:
        if b.kind is BlockKind.HEADING:
            doc.add_heading(b.text, level=2)
        elif b.kind is not BlockKind.ATTENDANCE:
            doc.add_paragraph(b.plain)
    doc.save(out)


def median_time(fn, runs=7):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.mark.bench
def test_long_minutes_within_one_and_a_half_times_the_floor(tmp_path):
    m = long_meeting()
    blocks = compose(m)
    paragraphs = sum(b.kind is not BlockKind.ATTENDANCE for b in blocks)
    assert paragraphs >= 400
    ours = median_time(lambda: write_minutes(m, tmp_path / "ours.docx"))
    bare = median_time(lambda: floor(blocks, tmp_path / "floor.docx"))
    print(
        f"\nminutes: {paragraphs} paragraphs, ours {ours * 1000:.0f} ms, floor {bare * 1000:.0f} ms, ratio {ours / bare:.2f}"
    )
    assert ours <= 1.5 * bare

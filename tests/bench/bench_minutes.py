"""Draft minutes of a long meeting against python-docx writing the same paragraphs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from clerk.minutes import BlockKind, compose, write_minutes
from tests.bench.common import Result, interleaved, median
from tests.minutes.test_minutes_speed import floor, long_meeting


def bench_minutes() -> list[Result]:
    meeting = long_meeting()
    blocks = compose(meeting)
    paragraphs = sum(b.kind is not BlockKind.ATTENDANCE for b in blocks)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_minutes(meeting, out / "warm.docx")
        bare, ours = interleaved(
            lambda: floor(blocks, out / "floor.docx"),
            lambda: write_minutes(meeting, out / "ours.docx"),
            9,
        )
    return [
        Result(
            "minutes, long meeting",
            median(ours),
            "ms",
            median(bare),
            1.5,
            f"30 items, {paragraphs} paragraphs, 20 declarations, 10 recorded votes, withdrawals and quorum losses",
        ),
    ]

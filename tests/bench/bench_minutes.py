"""Draft minutes of a long meeting, against python-docx writing the same text, and against a
zip of the very parts Clerk's .docx holds (the least any writer of that file can do)."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from clerk.minutes import BlockKind, compose, write_minutes
from tests.bench.common import Result, interleaved
from tests.minutes.test_minutes_speed import floor, long_meeting


def zip_of_parts(docx: Path):
    """A writer of the same parts (names, bytes, compression) as ``docx``, in memory."""
    with zipfile.ZipFile(docx) as z:
        parts = [(i.filename, i.compress_type, z.read(i)) for i in z.infolist()]

    def write(out: Path) -> None:
        with zipfile.ZipFile(out, "w") as z:
            for name, compression, data in parts:
                z.writestr(name, data, compress_type=compression)

    return write


def bench_minutes() -> list[Result]:
    meeting = long_meeting()
    blocks = compose(meeting)
    paragraphs = sum(b.kind is not BlockKind.ATTENDANCE for b in blocks)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_minutes(meeting, out / "warm.docx")
        floor(blocks, out / "warm-floor.docx")
        bare_zip = zip_of_parts(out / "warm.docx")
        docx_runs, ours, zip_runs = [], [], []
        for _ in range(9):  # python-docx, Clerk, the zip, in turns
            a, b = interleaved(
                lambda: floor(blocks, out / "floor.docx"),
                lambda: write_minutes(meeting, out / "ours.docx"),
                1,
            )
            c, _ = interleaved(lambda: bare_zip(out / "zip.docx"), lambda: None, 1)
            docx_runs += a
            ours += b
            zip_runs += c
    what = f"30 items, {paragraphs} paragraphs, 20 declarations, 10 recorded votes"
    return [
        Result(
            "minutes: long meeting vs python-docx",
            ours,
            docx_runs,
            "ms",
            0.3,
            f"{what}; floor: python-docx writing the same text",
        ),
        Result(
            "minutes: long meeting vs zip of its parts",
            ours,
            zip_runs,
            "ms",
            None,
            "floor: zipfile writing the same parts, already made; no target",
        ),
    ]

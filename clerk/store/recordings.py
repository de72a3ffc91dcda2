"""The rows of a meeting's recording (revision 0008): its segments and their transcript.

The audio itself lies in files beside the database (clerk.recording); the rows say which file
began at which moment of the meeting, how long it ran and why it ended, and hold the transcript
line by line, each tied to the item being taken when it was said (and searched with the rest,
clerk.store.search).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from clerk.store.db import Source, driver_of, engine_of

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    key: str
    meeting_id: int
    position: int
    file: str
    started_at: datetime
    stopped_at: datetime | None
    sample_rate: int
    channels: int
    frames: int | None
    stop_reason: str | None

    @property
    def seconds(self) -> float:
        return (self.frames or 0) / self.sample_rate if self.sample_rate else 0.0


@dataclass(frozen=True, slots=True)
class LineInfo:
    key: str
    segment_key: str
    start_ms: int
    end_ms: int
    text: str
    item_key: str | None


def segments(engine: Engine, meeting_id: int) -> list[SegmentInfo]:
    from sqlalchemy import select

    from clerk.store.schema import RECORDING_SEGMENTS as SEGMENTS

    with engine.connect() as conn:
        rows = conn.execute(
            select(SEGMENTS)
            .where(SEGMENTS.c.meeting_id == meeting_id)
            .order_by(SEGMENTS.c.position)
        )
        return [SegmentInfo(**r._mapping) for r in rows]


def open_segments(source: Source) -> list[SegmentInfo]:
    """Segments of every meeting never closed: being recorded now, or cut off by a crash.

    Asked at every start: on a SQLite ``Database`` read on its driver, without SQLAlchemy."""
    driver = driver_of(source)
    if driver is not None:
        from clerk.store.columns import TABLES
        from clerk.store.fastread import TableReader

        reader = TableReader(TABLES["recording_segments"], "stopped_at IS NULL AND ?", None)
        return [SegmentInfo(**row) for row in reader.rows(driver, 1)]
    from sqlalchemy import select

    from clerk.store.schema import RECORDING_SEGMENTS as SEGMENTS

    with engine_of(source).connect() as conn:
        rows = conn.execute(select(SEGMENTS).where(SEGMENTS.c.stopped_at.is_(None)))
        return [SegmentInfo(**r._mapping) for r in rows]


def add_segment(
    engine: Engine,
    meeting_id: int,
    key: str,
    file: str,
    started_at: datetime,
    sample_rate: int,
    channels: int,
) -> int:
    """A new segment at the end of the meeting's recording; its position."""
    from sqlalchemy import func, insert, select

    from clerk.store.schema import RECORDING_SEGMENTS as SEGMENTS

    with engine.begin() as conn:
        last = conn.execute(
            select(func.max(SEGMENTS.c.position)).where(SEGMENTS.c.meeting_id == meeting_id)
        ).scalar()
        position = (last or 0) + 1
        conn.execute(
            insert(SEGMENTS).values(
                key=key,
                meeting_id=meeting_id,
                position=position,
                file=file,
                started_at=started_at,
                sample_rate=sample_rate,
                channels=channels,
            )
        )
    return position


def close_segment(engine: Engine, key: str, stopped_at: datetime, frames: int, reason: str) -> None:
    from sqlalchemy import update

    from clerk.store.schema import RECORDING_SEGMENTS as SEGMENTS

    with engine.begin() as conn:
        conn.execute(
            update(SEGMENTS)
            .where(SEGMENTS.c.key == key)
            .values(stopped_at=stopped_at, frames=frames, stop_reason=reason)
        )


def delete_recording(engine: Engine, meeting_id: int) -> list[str]:
    """Remove the meeting's recording rows; the files they named (for the caller to delete)."""
    from sqlalchemy import delete, select

    from clerk.store.schema import RECORDING_SEGMENTS as SEGMENTS
    from clerk.store.schema import TRANSCRIPT_LINES as LINES

    with engine.begin() as conn:
        files = [
            r[0]
            for r in conn.execute(
                select(SEGMENTS.c.file).where(SEGMENTS.c.meeting_id == meeting_id)
            )
        ]
        conn.execute(delete(LINES).where(LINES.c.meeting_id == meeting_id))
        conn.execute(delete(SEGMENTS).where(SEGMENTS.c.meeting_id == meeting_id))
        _mark_for_search(conn, [meeting_id])
    return files


def recorded_meetings(engine: Engine) -> list[tuple[int, datetime]]:
    """Each meeting with a recording, and when its last segment ended (or began)."""
    from sqlalchemy import func, select

    from clerk.store.schema import RECORDING_SEGMENTS as SEGMENTS

    with engine.connect() as conn:
        rows = conn.execute(
            select(
                SEGMENTS.c.meeting_id,
                func.max(func.coalesce(SEGMENTS.c.stopped_at, SEGMENTS.c.started_at)),
            ).group_by(SEGMENTS.c.meeting_id)
        )
        return [(int(r[0]), r[1]) for r in rows]


def replace_lines(
    engine: Engine, meeting_id: int, segment_key: str, lines: Iterable[LineInfo]
) -> None:
    """The transcript of one segment, in place of any it had."""
    from sqlalchemy import delete, insert

    from clerk.store.schema import TRANSCRIPT_LINES as LINES

    rows = [
        {
            "key": ln.key,
            "meeting_id": meeting_id,
            "segment_key": segment_key,
            "start_ms": ln.start_ms,
            "end_ms": ln.end_ms,
            "text": ln.text,
            "item_key": ln.item_key,
        }
        for ln in lines
    ]
    with engine.begin() as conn:
        conn.execute(delete(LINES).where(LINES.c.segment_key == segment_key))
        if rows:
            conn.execute(insert(LINES), rows)
        _mark_for_search(conn, [meeting_id])


def add_lines(engine: Engine, meeting_id: int, segment_key: str, lines: Iterable[LineInfo]):
    """More lines of a segment's transcript (transcribing while the meeting goes on)."""
    from sqlalchemy import insert

    from clerk.store.schema import TRANSCRIPT_LINES as LINES

    rows = [
        {
            "key": ln.key,
            "meeting_id": meeting_id,
            "segment_key": segment_key,
            "start_ms": ln.start_ms,
            "end_ms": ln.end_ms,
            "text": ln.text,
            "item_key": ln.item_key,
        }
        for ln in lines
    ]
    if not rows:
        return
    with engine.begin() as conn:
        conn.execute(insert(LINES), rows)
        _mark_for_search(conn, [meeting_id])


def lines(engine: Engine, meeting_id: int) -> list[tuple[SegmentInfo, LineInfo]]:
    """The meeting's transcript in the order said: each line with its segment."""
    from sqlalchemy import select

    from clerk.store.schema import TRANSCRIPT_LINES as LINES

    segs = {s.key: s for s in segments(engine, meeting_id)}
    with engine.connect() as conn:
        rows = conn.execute(
            select(LINES).where(LINES.c.meeting_id == meeting_id).order_by(LINES.c.start_ms)
        )
        found = [
            LineInfo(r.key, r.segment_key, r.start_ms, r.end_ms, r.text, r.item_key) for r in rows
        ]
    out = [(segs[ln.segment_key], ln) for ln in found if ln.segment_key in segs]
    out.sort(key=lambda pair: (pair[0].position, pair[1].start_ms))
    return out


def _mark_for_search(conn: Connection, meeting_ids: list[int]) -> None:
    """Tell the search index (SQLite) to read these meetings again, if it was ever made."""
    from sqlalchemy import text

    if conn.dialect.name != "sqlite":
        return
    made = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_dirty'")).scalar()
    if made:
        for mid in meeting_ids:
            conn.execute(
                text("INSERT OR IGNORE INTO search_dirty (meeting_id) VALUES (:m)"), {"m": mid}
            )

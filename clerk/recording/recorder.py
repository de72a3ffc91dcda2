"""The recorder: a source's blocks into chunked segments, stopped and resumed on demand.

The source's callback (PortAudio's thread for a microphone) only puts the block on a queue;
a writer thread of the recorder's own encodes and writes the chunks, so the audio callback
never waits on the disk. ``pause`` ends the current segment and stops the source (nothing is
heard, nothing kept, while the press and public are excluded); ``resume`` opens the next one.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from clerk.recording import RecordingError
from clerk.recording.chunks import ChunkWriter, private_folder
from clerk.recording.sources import AudioSource


@dataclass
class Segment:
    """One stretch of recording: ``file`` (relative to the folder) starts at ``started_at``."""

    number: int
    file: str
    started_at: datetime
    sample_rate: int
    channels: int
    stopped_at: datetime | None = None
    frames: int | None = None
    reason: str | None = None  # why it ended: "stopped", "exempt", "interrupted"


_CLOSE = object()


class Recorder:
    def __init__(
        self,
        source: AudioSource,
        folder: Path,
        *,
        clock: Callable[[], datetime] = datetime.now,
        chunk_seconds: float = 1.0,
        first_number: int = 1,
        name: str = "segment",
    ):
        self.source = source
        self.folder = private_folder(folder)
        self.clock = clock
        self.chunk_seconds = chunk_seconds
        self.name = name
        self._next = first_number
        self._queue: queue.Queue = queue.Queue()
        self._writer: ChunkWriter | None = None
        self._thread: threading.Thread | None = None
        self._done: dict[int, int] = {}  # segment number -> frames sealed
        self._failed: BaseException | None = None
        self.current: Segment | None = None

    @property
    def recording(self) -> bool:
        return self.current is not None

    def start(self, at: datetime | None = None) -> Segment:
        """Open a new segment and start hearing the source."""
        if self.current is not None:
            return self.current
        if self._failed is not None:
            raise RecordingError(f"the recording stopped: {self._failed}")
        number = self._next
        self._next += 1
        seg = Segment(
            number,
            f"{self.name}-{number:04d}.flac",
            at or self.clock(),
            self.source.sample_rate,
            self.source.channels,
        )
        self._ensure_thread()
        self._queue.put(("open", seg))
        self.current = seg
        try:
            self.source.start(self._heard)
        except RecordingError:
            self._queue.put(("close", seg))
            self.current = None
            self.wait()
            raise
        return seg

    def stop(self, reason: str = "stopped", at: datetime | None = None) -> Segment | None:
        """Stop hearing, write what was heard and seal the segment; the segment closed."""
        seg = self.current
        if seg is None:
            return None
        self.source.stop()
        self.current = None
        seg.stopped_at = at or self.clock()
        seg.reason = reason
        self._queue.put(("close", seg))
        self.wait()
        seg.frames = self._done.get(seg.number, 0)
        return seg

    def close(self) -> Segment | None:
        seg = self.stop()
        if self._thread is not None:
            self._queue.put((_CLOSE, None))
            self._thread.join()
            self._thread = None
        return seg

    def wait(self) -> None:
        """Until every block heard so far is on disk."""
        self._queue.join()
        if self._failed is not None:
            raise RecordingError(f"the recording cannot be written: {self._failed}")

    # -- the writer thread ---------------------------------------------------------------
    def _heard(self, block: Any) -> None:
        self._queue.put(("block", block))

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._write, name="recorder", daemon=True)
            self._thread.start()

    def _write(self) -> None:
        while True:
            what, value = self._queue.get()
            try:
                if what is _CLOSE:
                    return
                if self._failed is not None:
                    continue
                if what == "open":
                    self._writer = ChunkWriter(
                        self.folder / value.file,
                        value.sample_rate,
                        value.channels,
                        self.chunk_seconds,
                    )
                elif what == "block" and self._writer is not None:
                    self._writer.write(value)
                elif what == "close" and self._writer is not None:
                    self._done[value.number] = self._writer.close()
                    self._writer = None
            except Exception as exc:  # disk full, folder gone: kept for the caller to hear
                self._failed = exc
            finally:
                self._queue.task_done()

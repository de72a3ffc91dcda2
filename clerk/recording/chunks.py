"""Audio on disk in short FLAC chunks, so that a crash loses at most the chunk being filled.

A segment (one stretch of recording, between the clerk's start and stop or an exclusion of the
press and public) is written as ``NAME.chunks/000001.flac``, ``000002.flac`` …, each
``chunk_seconds`` long, each written to a temporary name, flushed to disk and renamed: a chunk
on disk is whole or absent. When the segment ends it is *sealed*: its chunks are joined into
``NAME.flac`` (again written aside and renamed) and the chunk folder removed. A segment cut off
by a crash is sealed the same way on the next start (``seal``); a half-written chunk left under
its temporary name is dropped. Folders are the owner's only (0700), files 0600.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

FORMAT, SUBTYPE = "FLAC", "PCM_16"
CHUNKS = ".chunks"


def private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def _write_atomically(path: Path, data: Any, rate: int) -> None:
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as raw:
        soundfile.write(raw, data, rate, format=FORMAT, subtype=SUBTYPE)
        raw.flush()
        os.fsync(raw.fileno())
    os.replace(tmp, path)


class ChunkWriter:
    """Collects blocks of int16 samples and writes every full ``chunk_seconds`` as one chunk."""

    def __init__(self, target: Path, rate: int, channels: int, chunk_seconds: float = 1.0):
        self.target = target  # NAME.flac, once sealed
        self.folder = private_folder(target.with_suffix(CHUNKS))
        self.rate, self.channels = rate, channels
        self.size = max(1, int(rate * chunk_seconds))
        self._pending: list[Any] = []
        self._held = 0
        self.count = len(list(self.folder.glob("*.flac")))
        self.frames = 0

    def write(self, block: Any) -> None:
        block = np.asarray(block, dtype=np.int16).reshape(-1, self.channels)
        self._pending.append(block)
        self._held += len(block)
        self.frames += len(block)
        while self._held >= self.size:
            data = np.concatenate(self._pending)
            self._flush(data[: self.size])
            rest = data[self.size :]
            self._pending = [rest] if len(rest) else []
            self._held = len(rest)

    def _flush(self, data: Any) -> None:
        self.count += 1
        _write_atomically(self.folder / f"{self.count:06d}.flac", data, self.rate)

    def close(self) -> int:
        """Write what is held and seal the segment; the frames in the sealed file."""
        if self._held:
            self._flush(np.concatenate(self._pending))
            self._pending, self._held = [], 0
        return seal(self.target)


def seal(target: Path) -> int:
    """Join ``target``'s chunks into ``target`` (after a crash too); the frames it holds.

    Chunks that cannot be read (a partial one from a power cut) are skipped. With no chunk and
    no sealed file the segment is empty (0)."""
    folder = target.with_suffix(CHUNKS)
    if not folder.is_dir():
        return frames_in(target)
    if target.exists():  # a seal cut short after the rename: the sealed file is whole
        shutil.rmtree(folder, ignore_errors=True)
        return frames_in(target)
    parts = []
    rate = None
    for chunk in sorted(folder.glob("*.flac")):
        try:
            data, rate = soundfile.read(str(chunk), dtype="int16", always_2d=True)
        except (RuntimeError, OSError):
            continue
        parts.append(data)
    if not parts or rate is None:
        shutil.rmtree(folder, ignore_errors=True)
        return 0
    data = np.concatenate(parts)
    _write_atomically(target, data, rate)
    shutil.rmtree(folder, ignore_errors=True)
    return len(data)


def frames_in(path: Path) -> int:
    try:
        return int(soundfile.info(str(path)).frames)
    except (RuntimeError, OSError):
        return 0


def chunked_frames(target: Path) -> tuple[int, int] | None:
    """Frames and rate of a segment still being recorded (its chunks so far), or None."""
    chunks = sorted(target.with_suffix(CHUNKS).glob("*.flac"))
    if not chunks:
        return None
    try:
        first, last = soundfile.info(str(chunks[0])), soundfile.info(str(chunks[-1]))
    except (RuntimeError, OSError):
        return None
    return first.frames * (len(chunks) - 1) + last.frames, int(first.samplerate)


def _read_chunks(target: Path, start_s: float, seconds: float | None) -> tuple[Any, int]:
    chunks = sorted(target.with_suffix(CHUNKS).glob("*.flac"))
    if not chunks:
        raise OSError(f"{target.name} has no audio")
    info = soundfile.info(str(chunks[0]))
    rate, size = int(info.samplerate), int(info.frames)
    skip = int(start_s * rate)
    first = min(len(chunks) - 1, skip // size)
    parts = []
    for chunk in chunks[first:]:
        parts.append(soundfile.read(str(chunk), dtype="int16", always_2d=True)[0])
    data = np.concatenate(parts)[skip - first * size :]
    if seconds is not None:
        data = data[: int(seconds * rate)]
    return data, rate


def read(path: Path, start_s: float = 0.0, seconds: float | None = None) -> tuple[Any, int]:
    """Samples of a segment (int16, 2-D) from ``start_s``, and the rate; a segment still being
    recorded is read from its chunks."""
    if not path.exists() and path.with_suffix(CHUNKS).is_dir():
        return _read_chunks(path, start_s, seconds)
    info = soundfile.info(str(path))
    start = max(0, int(start_s * info.samplerate))
    stop = None if seconds is None else start + int(seconds * info.samplerate)
    data, rate = soundfile.read(str(path), start=start, stop=stop, dtype="int16", always_2d=True)
    return data, rate

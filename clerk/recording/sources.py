"""Where the audio comes from: the room's microphone, or a file played as if it were one.

Both hand the recorder the same thing through the same callback: blocks of 16-bit samples,
``(frames, channels)``, in the order heard. A stopped source hears nothing; time goes on in the
room while it is stopped (a file source skips the part of the file "said" meanwhile), which is
how exempt business stays out of the recording.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from clerk.recording import RecordingError

Deliver = Callable[[Any], None]


class AudioSource(Protocol):
    sample_rate: int
    channels: int

    def start(self, deliver: Deliver) -> None: ...

    def stop(self) -> None: ...


class MicrophoneSource:
    """The default input device through PortAudio (``sounddevice``, imported only here)."""

    def __init__(self, sample_rate: int = 16000, channels: int = 1, device: Any = None):
        self.sample_rate = sample_rate
        self.channels = channels
        self.device = device
        self._stream: Any = None

    def start(self, deliver: Deliver) -> None:
        if self._stream is not None:
            return
        try:
            import sounddevice
        except (ImportError, OSError) as exc:  # OSError: PortAudio's library is missing
            raise RecordingError(
                f"the microphone cannot be used: {first_line(exc)} (install PortAudio, "
                "e.g. the libportaudio2 package)"
            ) from None

        if self.device is None:
            try:
                sounddevice.query_devices(kind="input")
            except Exception:  # PortAudioError "Error querying device -1": none at all
                raise RecordingError(
                    "the microphone cannot be opened: this computer has no sound input device"
                ) from None

        def callback(indata, frames, at, status) -> None:
            deliver(indata.copy())

        try:
            stream = sounddevice.InputStream(
                samplerate=self.sample_rate,
                channels=self.channels,
                dtype="int16",
                device=self.device,
                callback=callback,
            )
            stream.start()
        except Exception as exc:  # PortAudioError, ValueError for a bad device
            raise RecordingError(f"the microphone cannot be opened: {first_line(exc)}") from None
        self._stream = stream

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()


class FileSource:
    """A sound file heard as the room: in real time (``speed`` times faster) on a thread of its
    own after ``start``, or a piece at a time with ``pump`` (tests, replays)."""

    def __init__(self, path: Path, *, block_seconds: float = 0.1, speed: float = 1.0):
        import soundfile

        try:
            self._file = soundfile.SoundFile(str(path))
        except (RuntimeError, OSError) as exc:  # soundfile's LibsndfileError is a RuntimeError
            raise RecordingError(f"{path} cannot be read as sound: {first_line(exc)}") from None
        self.sample_rate = int(self._file.samplerate)
        self.channels = int(self._file.channels)
        self.block = max(1, int(self.sample_rate * block_seconds))
        self.speed = speed
        self._deliver: Deliver | None = None
        self._thread: threading.Thread | None = None
        self._halt = threading.Event()
        self._lock = threading.Lock()
        self.heard = 0  # frames handed over
        self.passed = 0  # frames of the file gone by, heard or not

    @property
    def frames(self) -> int:
        return int(self._file.frames)

    @property
    def finished(self) -> bool:
        return self.passed >= self.frames

    def pump(self, seconds: float) -> None:
        """Let ``seconds`` of the file go by: heard while started, skipped while stopped."""
        with self._lock:
            todo = min(int(round(seconds * self.sample_rate)), self.frames - self.passed)
            while todo > 0:
                n = min(self.block, todo)
                if self._deliver is not None:
                    self._file.seek(self.passed)
                    data = self._file.read(n, dtype="int16", always_2d=True)
                    self._deliver(data)
                    self.heard += len(data)
                self.passed += n
                todo -= n

    def start(self, deliver: Deliver) -> None:
        self._deliver = deliver

    def stop(self) -> None:
        self._deliver = None

    def play(self) -> None:
        """Go by in real time (over ``speed``) on a thread until the file ends or ``close``."""
        if self._thread is not None:
            return
        self._halt.clear()
        self._thread = threading.Thread(target=self._run, name="file-source", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        began = time.monotonic()
        start_frame = self.passed
        while not self._halt.is_set() and not self.finished:
            due = start_frame + (time.monotonic() - began) * self.speed * self.sample_rate
            if due - self.passed >= self.block:
                self.pump(self.block / self.sample_rate)
            else:
                self._halt.wait(self.block / self.sample_rate / self.speed / 2)

    def close(self) -> None:
        self._halt.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._file.close()


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__

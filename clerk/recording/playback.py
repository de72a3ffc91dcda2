"""Playing a segment of the recording from an offset, through PortAudio (``sounddevice``).

Qt Multimedia would be the Qt way, but PySide6-Essentials does not ship it (it is in the larger
PySide6-Addons); PortAudio is already what records, so it plays too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clerk.recording import RecordingError
from clerk.recording.sources import first_line


class Player:
    def __init__(self) -> None:
        self._sd: Any = None

    def play(self, path: Path, offset: float, seconds: float | None = None) -> None:
        """Play ``path`` from ``offset`` seconds (to its end, or for ``seconds``)."""
        from clerk.recording.chunks import read

        try:
            data, rate = read(path, offset, seconds)
        except (RuntimeError, OSError) as exc:
            raise RecordingError(f"{path.name} cannot be read: {first_line(exc)}") from None
        if self._sd is None:
            try:
                import sounddevice
            except (ImportError, OSError) as exc:
                raise RecordingError(
                    f"cannot play sound here: {first_line(exc)} (install PortAudio, "
                    "e.g. the libportaudio2 package)"
                ) from None
            self._sd = sounddevice
        try:
            self._sd.stop()
            self._sd.play(data, rate)
        except Exception as exc:  # PortAudioError: no output device
            raise RecordingError(f"cannot play sound here: {first_line(exc)}") from None

    def stop(self) -> None:
        if self._sd is not None:
            self._sd.stop()

"""Playing a segment of the recording from an offset, through PortAudio (``sounddevice``).

Qt Multimedia would be the Qt way, but PySide6-Essentials does not ship it (it is in the larger
PySide6-Addons); PortAudio is already what records, so it plays too.

A computer with no sound output (a server, a container, a laptop whose sound is switched off at
the system level) cannot play: ``play`` then raises ``RecordingError`` with one line saying so,
before reading the audio, and the recording itself is untouched.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from clerk.recording import RecordingError
from clerk.recording.sources import first_line

NO_PORTAUDIO = "cannot play sound here: {why} (install PortAudio, e.g. the libportaudio2 package)"
NO_OUTPUT = (
    "cannot play sound here: this computer has no sound output device "
    "(the recording is kept; play its FLAC file on another computer)"
)


def sound_library() -> Any:
    """The ``sounddevice`` module, or ``RecordingError`` when PortAudio cannot be loaded."""
    try:
        import sounddevice
    except (ImportError, OSError) as exc:  # OSError: PortAudio's library is missing
        raise RecordingError(NO_PORTAUDIO.format(why=first_line(exc))) from None
    return sounddevice


def output_device(sd: Any) -> str:
    """The name of the default output device, or ``RecordingError`` when there is none."""
    try:
        found = sd.query_devices(kind="output")
    except Exception:  # PortAudioError "Error querying device -1", ValueError: no device
        raise RecordingError(NO_OUTPUT) from None
    if not found or int(found.get("max_output_channels", 0)) < 1:
        raise RecordingError(NO_OUTPUT)
    return str(found.get("name", "the default output"))


class Player:
    def __init__(self) -> None:
        self._sd: Any = None

    def play(self, path: Path, offset: float, seconds: float | None = None) -> None:
        """Play ``path`` from ``offset`` seconds (to its end, or for ``seconds``)."""
        from clerk.recording.chunks import read

        if self._sd is None:
            self._sd = sound_library()
        output_device(self._sd)  # asked each time: a headset may come and go
        try:
            data, rate = read(path, offset, seconds)
        except (RuntimeError, OSError, ValueError) as exc:
            raise RecordingError(f"{path.name} cannot be read: {first_line(exc)}") from None
        try:
            self._sd.stop()
            self._sd.play(data, rate)
        except Exception as exc:  # PortAudioError: the device went away, is busy
            raise RecordingError(f"cannot play sound here: {first_line(exc)}") from None

    def stop(self) -> None:
        if self._sd is not None:
            # Nothing was playing, on a device that has gone: nothing to stop.
            with contextlib.suppress(Exception):
                self._sd.stop()

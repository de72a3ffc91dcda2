"""Synthetic speech for the recording tests: espeak-ng speaks each sentence to a WAV file, the
pieces are joined with silences, each piece padded to whole seconds so that the meeting's clock
(kept to the second) and the audio agree exactly."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile

RATE = 16000


def need_espeak() -> str:
    found = shutil.which("espeak-ng")
    if found is None:
        if os.environ.get("CI"):
            raise RuntimeError("espeak-ng is missing: .ci/run installs it")
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    return found


def say(text: str, folder: Path, name: str) -> np.ndarray:
    """``text`` spoken, 16 kHz mono int16 (espeak-ng speaks at 22050 Hz: resampled by index)."""
    wav = folder / f"{name}.wav"
    subprocess.run(
        [need_espeak(), "-v", "en-gb", "-s", "150", "-w", str(wav), text],
        check=True,
        capture_output=True,
        timeout=60,
    )
    data, rate = soundfile.read(str(wav), dtype="int16")
    if data.ndim > 1:
        data = data[:, 0]
    if rate != RATE:
        at = np.arange(0, len(data), rate / RATE)
        data = np.interp(at, np.arange(len(data)), data.astype(np.float64)).astype(np.int16)
    return data


@dataclass
class Speech:
    path: Path
    pieces: list[tuple[str, float, float]]  # (name, start s, seconds), whole seconds each

    def piece(self, name: str) -> tuple[float, float]:
        for n, start, seconds in self.pieces:
            if n == name:
                return start, seconds
        raise KeyError(name)


def make_speech(folder: Path, parts: list[tuple[str, str]], gap: float = 1.0) -> Speech:
    """One 16 kHz mono FLAC of ``parts`` (name, sentence) spoken in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    audio = []
    pieces = []
    at = 0.0
    for name, text in parts:
        voice = say(text, folder, name)
        seconds = int(np.ceil(len(voice) / RATE + gap))
        padded = np.zeros(seconds * RATE, dtype=np.int16)
        padded[: len(voice)] = voice
        audio.append(padded)
        pieces.append((name, at, float(seconds)))
        at += seconds
    path = folder / "speech.flac"
    soundfile.write(str(path), np.concatenate(audio), RATE, format="FLAC", subtype="PCM_16")
    return Speech(path, pieces)

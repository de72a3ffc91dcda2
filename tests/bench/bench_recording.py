"""The meeting's recording: transcription speed and memory, the recorder's CPU, names heard.

- **Real-time factor**: faster-whisper (tiny.en, int8, two threads) over about three minutes of
  synthetic council speech (espeak-ng), in a child process; the floor is the audio's own
  length, so the ratio *is* the real-time factor (target 0.3), taken on CPU time of both
  threads (an upper bound of the wall-clock factor on an idle two-core machine, and not swayed
  by other jobs); the wall-clock factor is printed beside it. The model's loading is timed
  apart and not counted.
- **Memory**: the child's peak (VmHWM) while transcribing, against a bare Python child (limit
  1 GB).
- **Recording CPU**: a child records 30 s of speech played in real time through the
  microphone's path (FileSource → recorder → FLAC chunks); its CPU over the wall time, in
  percent of one core, against a child playing the same file to nothing (limit 2%).
- **Names with hotwords**: how many of the members' surnames said in the speech are written
  right, with and without the names passed as hotwords (reported, not a target).
- **Word error rate** of the long transcript against the sentences spoken (words substituted,
  left out or added, over the words said; reported): what showed that greedy decoding
  (``beam_size=1``) of the tiny model drops whole sentences and loops on this speech.

The machine's load average (one minute) is printed with the real-time factor: under load the
wall clock is mostly waiting for a core, and the CPU-time factor is the one that compares.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Result

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Webb", "Daubeney", "Fitzpatrick", "Heaton", "Baker", "Kelly", "Pavlovic", "Orrell"]
SENTENCES = [
    "Councillor Webb welcomed everyone to the meeting of the Executive.",
    "Apologies for absence were received from Councillor Baker.",
    "Councillor Daubeney declared a personal interest in agenda item five.",
    "The minutes of the meeting held on the twentieth of December were approved.",
    "Martin Kelly, the corporate director, introduced the report on the flood defences.",
    "Councillor Fitzpatrick asked how the scheme would be funded in the next financial year.",
    "The officer explained that the capital programme had been revised in October.",
    "Councillor Heaton moved the recommendation, and Councillor Orrell seconded it.",
    "On being put to the vote, the motion was carried with six votes for and two against.",
    "Councillor Pavlovic arrived during consideration of this item.",
    "Members noted the work plan and asked for a report on the bus shelters in March.",
    "Councillor Webb thanked the officers and closed the meeting at seven twenty-two.",
]


def _child(args: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_recording", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=1200,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "child failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_transcribe(path: str, hotwords: str) -> None:
    from clerk.recording.transcribe import Transcriber

    start = time.perf_counter()
    model = Transcriber()
    loaded = time.perf_counter()
    cpu0 = time.process_time()
    load = os.getloadavg()[0]
    heard = model.transcribe(Path(path), [w for w in hotwords.split(",") if w])
    out = {
        "load": (load + os.getloadavg()[0]) / 2,
        "load_ms": (loaded - start) * 1000,
        "wall": (time.perf_counter() - loaded) * 1000,
        "cpu": (time.process_time() - cpu0) * 1000,
        "peak": _peak_mb(),
        "text": " ".join(h.text for h in heard),
    }
    print(json.dumps(out))


def child_bare() -> None:
    print(json.dumps({"peak": _peak_mb()}))


def child_record(path: str, folder: str, record: str) -> None:
    from clerk.recording.recorder import Recorder
    from clerk.recording.sources import FileSource

    source = FileSource(Path(path))
    recorder = Recorder(source, Path(folder)) if record == "yes" else None
    if recorder is None:
        source.start(lambda block: None)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if recorder is not None:
        recorder.start()
    source.play()
    while not source.finished:
        time.sleep(0.05)
    if recorder is not None:
        recorder.close()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    source.close()
    print(json.dumps({"cpu": cpu / wall * 100, "wall": wall * 1000}))


def _speech(folder: Path, repeat: int) -> tuple[Path, float]:
    from tests.recording.speech import make_speech

    parts = [(f"s{n}", SENTENCES[n % len(SENTENCES)]) for n in range(len(SENTENCES) * repeat)]
    speech = make_speech(folder, parts, gap=0.5)
    seconds = sum(s for _, _, s in speech.pieces)
    return speech.path, seconds


def _clip_of(path: Path, out: Path, seconds: float) -> None:
    import soundfile

    data, rate = soundfile.read(str(path), dtype="int16")
    soundfile.write(str(out), data[: int(seconds * rate)], rate, format="FLAC")


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("-", " ")).split()


def word_error_rate(said: str, heard: str) -> float:
    """Word-level edit distance of ``heard`` from ``said``, over the words said."""
    ref, hyp = _words(said), _words(heard)
    previous = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, 1):
        row = [i] + [0] * len(hyp)
        for j, other in enumerate(hyp, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (word != other))
        previous = row
    return previous[-1] / max(1, len(ref))


def _names_right(text: str) -> int:
    words = {w.strip(".,;:").lower() for w in text.split()}
    return sum(1 for n in NAMES if n.lower() in words)


def bench_recording(rounds: int = 2) -> list[Result]:
    from clerk.recording.transcribe import available

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long_path, long_s = _speech(folder / "long", 4)
        short_path, _ = _speech(folder / "short", 1)
        if available() is None:
            runs, bare = [], []
            hot = ",".join(NAMES + [f"Councillor {n}" for n in NAMES])
            for _ in range(rounds):
                bare.append(_child(["bare"]))
                runs.append(_child(["transcribe", str(long_path), hot]))
            audio = [{"cpu": long_s * 1000, "wall": long_s * 1000} for _ in runs]
            results.append(
                Result(
                    "transcribe: real-time factor",
                    [{"cpu": r["cpu"], "wall": r["wall"]} for r in runs],
                    audio,
                    "ms",
                    0.3,
                    note=f"{long_s:.0f} s of speech; model load {runs[0]['load_ms']:.0f} ms "
                    "not counted; ratio = RTF on CPU time (both threads), wall beside it; "
                    f"load average {max(r['load'] for r in runs):.1f}",
                )
            )
            said = " ".join(SENTENCES * 4)
            results.append(
                Result(
                    "transcribe: word error rate, %",
                    [{"cpu": 100 * word_error_rate(said, r["text"]), "wall": 0.0} for r in runs],
                    [{"cpu": 1.0, "wall": 0.0}],
                    "%",
                    None,
                    note=f"over the {len(_words(said))} words of the long speech, with hotwords",
                )
            )
            results.append(
                Result(
                    "transcribe: peak memory",
                    [{"peak": r["peak"]} for r in runs],
                    [{"peak": b["peak"]} for b in bare],
                    "MB",
                    None,
                    basis="peak",
                    limit=1024,
                )
            )
            plain = _child(["transcribe", str(short_path), ""])
            named = _child(["transcribe", str(short_path), hot])
            said = sum(1 for n in NAMES if any(n in s for s in SENTENCES))
            results.append(
                Result(
                    "transcribe: surnames written right",
                    [{"cpu": float(_names_right(named["text"])), "wall": 0.0}],
                    [{"cpu": float(_names_right(plain["text"])), "wall": 0.0}],
                    "",
                    None,
                    note=f"of {said}: app = with hotwords, floor = without",
                )
            )
        rec_runs, bare_runs = [], []
        clip = folder / "clip.flac"
        _clip_of(short_path, clip, 30)
        for n in range(rounds):
            bare_runs.append(_child(["record", str(clip), str(folder / f"b{n}"), "no"]))
            rec_runs.append(_child(["record", str(clip), str(folder / f"r{n}"), "yes"]))
        results.append(
            Result(
                "record: CPU, % of one core",
                rec_runs,
                bare_runs,
                "%",
                None,
                limit=2.0,
                note="file played in real time through the microphone's path; floor plays to nothing",
            )
        )
    return results


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    {"transcribe": child_transcribe, "bare": child_bare, "record": child_record}[kind](*rest)

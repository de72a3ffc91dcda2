"""Recording in the bundle, checked without building it: the runtime hook that lets sounddevice
find the PortAudio bundled on Linux, and the probe check_bundle.py runs inside the bundle."""

from __future__ import annotations

import ctypes.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

HOOK_RUN = """
import ctypes.util, runpy, sys
sys._MEIPASS = sys.argv[1]
sys.platform = "linux"
runpy.run_path(sys.argv[2])
print(ctypes.util.find_library("portaudio"))
print(ctypes.util.find_library("m"))
"""


def test_sounddevice_finds_the_bundled_portaudio_when_the_system_has_none(tmp_path):
    (tmp_path / "libportaudio.so.2").write_bytes(b"")
    hook = PACKAGING / "rthook_portaudio.py"
    done = subprocess.run(
        [sys.executable, "-c", HOOK_RUN, str(tmp_path), str(hook)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    portaudio, maths = done.stdout.strip().splitlines()
    system = ctypes.util.find_library("portaudio")
    # The system's own PortAudio first; the bundled one where the system has none.
    assert portaudio == (system or str(tmp_path / "libportaudio.so.2"))
    assert maths == str(ctypes.util.find_library("m"))  # other libraries: the system's lookup


def test_the_hook_does_nothing_outside_a_bundle_or_without_portaudio_in_it(tmp_path):
    hook = PACKAGING / "rthook_portaudio.py"
    done = subprocess.run(
        [sys.executable, "-c", HOOK_RUN, str(tmp_path), str(hook)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[0] == str(ctypes.util.find_library("portaudio"))


def test_the_probe_records_a_file_into_flac_chunks_and_seals_them(tmp_path):
    """What check_bundle.py asks of the bundle, asked of the source tree (fast)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import check_bundle
    finally:
        sys.path.remove(str(PACKAGING))
    sound, db = tmp_path / "tone.wav", tmp_path / "probe.sqlite3"
    check_bundle._tone(sound)
    clerk = [sys.executable, "-m", "clerk", "--db", str(db)]
    demo = ROOT / "resources" / "demo" / "demo-meeting.json"
    done = subprocess.run([*clerk, "import-record", str(demo)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import bundle_probe; "
        "sys.exit(bundle_probe.main(sys.argv[2:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(PACKAGING), "recording", str(db), str(sound)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["chunk_seconds"] == [1.0, 1.0, 1.0]  # on disk while still recording
    assert found["sealed"] == ["segment-0001.flac"] and found["chunks_left"] == 0
    assert found["sealed_seconds"] == found["heard_seconds"] == check_bundle.RECORDING_SECONDS
    assert found["libsndfile"] and "\n" not in found["output"]


def test_the_probe_is_only_reached_by_its_own_first_argument():
    launch = (PACKAGING / "launch.py").read_text(encoding="utf-8")
    assert 'sys.argv[1:2] == ["--bundle-probe"]' in launch
    sys.path.insert(0, str(PACKAGING))
    try:
        import bundle_probe
    finally:
        sys.path.remove(str(PACKAGING))
    assert bundle_probe.main(["something-else"]) == 2  # usage, nothing recorded

"""Check a built Clerk bundle does what a clerk needs, run as the clerk would run it.

    python packaging/check_bundle.py [--dist dist] [--strict] [--xvfb]

In a fresh temporary folder, with the bundle's own files only (no source tree, no Python):

1. the bundle is there, with its size printed, and holds what is read from files at run time
   (resources less readme/, icons, the demo meeting, the migrations, the record schema);
2. ``clerk --version`` says the version in pyproject.toml;
3. ``clerk --db X import-record`` of the bundled demo meeting makes a new database (running
   the migrations) and ``clerk meetings`` / ``export-record`` read the meeting back;
4. the application starts offscreen on that database, shows its window and exits
   (``CLERK_EXIT_AFTER_START=1``), timed;
5. ``clerk minutes 1 -o out.docx`` writes draft minutes that python-docx reads back, naming
   the council and the committee; with ``--compare-source``, the same minutes written by the
   source tree with this Python are identical (``word/document.xml``); ``--record FILE`` does
   the same for another meeting record (a finished meeting makes fuller minutes). Had the minutes writer
   not landed, this step would say PENDING (a failure with ``--strict``);
6. with ``--xvfb`` (and ``xvfb-run`` installed): the application runs on a real X server for a
   few seconds without dying, which proves Qt's xcb plug-in and its libraries load;
7. recording from inside the bundle: a tone played in through the microphone's path (the file
   source) for a meeting of its own database writes one-second FLAC chunks while it records and
   one sealed FLAC file of the whole length after (libsndfile and numpy load); PortAudio loads
   or says in one line why not, and so does the sound output; the transcript (not bundled)
   says in one line how to get it;
8. with ``--postgres URL`` (an empty database on a running server): the demo meeting goes into
   it and is listed back, which proves the bundled driver, dialect and migrations.

Prints one line a step and exits 0 when nothing failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_plan as plan  # noqa: E402

PENDING_MARK = "not available yet"


class Checker:
    def __init__(self, dist: Path, strict: bool):
        self.dist = dist
        self.strict = strict
        self.failed: list[str] = []
        self.pending: list[str] = []
        self.figures: dict[str, object] = {}

    def ok(self, step: str, detail: str = "") -> None:
        print(f"ok      {step}{': ' + detail if detail else ''}", flush=True)

    def fail(self, step: str, detail: str) -> None:
        self.failed.append(step)
        print(f"FAILED  {step}: {detail}", flush=True)

    def pend(self, step: str, detail: str) -> None:
        if self.strict:
            self.fail(step, detail)
            return
        self.pending.append(step)
        print(f"PENDING {step}: {detail}", flush=True)


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CLERK_"))}
    env.update(extra)
    return env


def run(exe: Path, *args: str, cwd: Path, timeout: float = 120, **env: str):
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _why(done: subprocess.CompletedProcess) -> str:
    text = (done.stderr or done.stdout or "").strip().splitlines()
    return f"exit {done.returncode}: {text[-1] if text else 'no output'}"


def check_contents(c: Checker, bundle: Path) -> Path | None:
    exe = plan.executable_in(c.dist)
    if not exe.is_file():
        c.fail("bundle", f"no program at {exe}")
        return None
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    c.figures.update(bundle_mib=round(size / 2**20, 1), bundle_files=files)
    c.ok("bundle", f"{bundle} is {size / 2**20:.1f} MiB in {files} files")
    internal = bundle / "_internal"
    wanted = [
        "resources/icons/clerk.png",
        "resources/demo/demo-meeting.json",
        "clerk/store/meeting-record.schema.json",
        "clerk/store/migrations/env.py",
    ]
    wanted += [
        str(p.relative_to(plan.ROOT)).replace("\\", "/")
        for p in (plan.ROOT / plan.MIGRATIONS / "versions").glob("*.py")
    ]
    missing = [w for w in wanted if not (internal / w).is_file()]
    if missing:
        c.fail("contents", "missing " + ", ".join(missing))
    elif (internal / "resources" / "readme").exists():
        c.fail("contents", "resources/readme/ is in the bundle")
    else:
        c.ok("contents", f"{len(wanted)} run-time files present, resources/readme/ left out")
    if sys.platform == "win32":
        for name in (plan.BUNDLE_NAME, plan.CLI_NAME):
            if not (bundle / f"{name}.exe").is_file():
                c.fail("windows", f"no {name}.exe")
    if sys.platform == "darwin":
        check_app(c)
    return exe


def check_app(c: Checker) -> None:
    import plistlib

    app = c.dist / f"{plan.APP_NAME}.app"
    info = app / "Contents" / "Info.plist"
    if not (app / "Contents" / "MacOS" / plan.BUNDLE_NAME).is_file() or not info.is_file():
        c.fail("macOS app", f"{app} is incomplete")
        return
    with open(info, "rb") as f:
        plist = plistlib.load(f)
    if plist.get("CFBundleShortVersionString") != plan.version():
        c.fail("macOS app", f"Info.plist version {plist.get('CFBundleShortVersionString')!r}")
    elif plist.get("CFBundleIdentifier") != plan.APP_ID:
        c.fail("macOS app", f"bundle id {plist.get('CFBundleIdentifier')!r}")
    else:
        c.ok("macOS app", f"{app.name}, {plan.APP_ID} {plan.version()}")


def check_commands(c: Checker, exe: Path, work: Path, db: Path) -> bool:
    done = run(exe, "--version", cwd=work)
    expected = f"clerk {plan.version()}"
    if done.returncode != 0 or done.stdout.strip() != expected:
        c.fail("--version", f"{_why(done)} (wanted {expected!r})")
    else:
        c.ok("--version", expected)
    record = c.dist / plan.BUNDLE_NAME / "_internal" / "resources" / "demo" / "demo-meeting.json"
    if not record.is_file():
        record = plan.ROOT / "resources" / "demo" / "demo-meeting.json"
    demo = json.loads(record.read_text(encoding="utf-8"))
    started = time.monotonic()
    done = run(exe, "--db", str(db), "import-record", str(record), cwd=work)
    seconds = time.monotonic() - started
    if done.returncode != 0 or done.stdout.strip() != "1":
        c.fail("import-record", _why(done))
        return False
    c.ok("import-record", f"demo meeting is meeting 1 in a new database ({seconds:.2f} s)")
    done = run(exe, "--db", str(db), "meetings", cwd=work)
    if done.returncode != 0 or demo["committee"] not in done.stdout:
        c.fail("meetings", _why(done))
    else:
        c.ok("meetings", done.stdout.strip().replace("\t", " | "))
    out = work / "back.json"
    done = run(exe, "--db", str(db), "export-record", "1", "-o", str(out), cwd=work)
    if done.returncode != 0 or not out.is_file():
        c.fail("export-record", _why(done))
    else:
        back = json.loads(out.read_text(encoding="utf-8"))
        same = [k for k in ("committee", "date", "organisation") if back.get(k) == demo.get(k)]
        items = len(back.get("items", []))
        if len(same) == 3 and items == len(demo.get("items", [])):
            c.ok("export-record", f"meeting 1 read back: {items} items")
        else:
            c.fail("export-record", f"record read back differs ({same}, {items} items)")
    return True


def check_start(c: Checker, exe: Path, work: Path, db: Path, runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        started = time.monotonic()
        try:
            done = run(
                exe,
                "--db",
                str(db),
                cwd=work,
                timeout=60,
                QT_QPA_PLATFORM="offscreen",
                CLERK_EXIT_AFTER_START="1",
            )
        except subprocess.TimeoutExpired:
            c.fail("start", "the window did not close within 60 s (a dialog blocked it?)")
            return
        times.append(time.monotonic() - started)
        if done.returncode != 0 or "Traceback" in done.stderr:
            c.fail("start", _why(done))
            return
    c.figures.update(
        start_first_s=round(times[0], 2), start_median_s=round(statistics.median(times), 2)
    )
    c.ok(
        "start",
        f"window shown offscreen and closed: first {times[0]:.2f} s, "
        f"median of {runs} {statistics.median(times):.2f} s",
    )


def _docx_text(path: Path) -> tuple[str, int]:
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for t in document.tables for row in t.rows for cell in row.cells]
    for section in document.sections:
        lines += [p.text for p in section.header.paragraphs]
    return "\n".join(lines), len(document.paragraphs)


def _document_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


def import_into(exe: Path, db: Path, record: Path, work: Path) -> str | None:
    """Import ``record`` with the bundled program; the new meeting's id, or None."""
    done = run(exe, "--db", str(db), "import-record", str(record), cwd=work)
    return done.stdout.strip() if done.returncode == 0 else None


def check_minutes(
    c: Checker, exe: Path, work: Path, db: Path, meeting_id: str, record: Path, compare: bool
) -> None:
    step = f"minutes of {record.name}"
    out = work / f"minutes-{meeting_id}.docx"
    started = time.monotonic()
    done = run(exe, "--db", str(db), "minutes", meeting_id, "-o", str(out), cwd=work)
    seconds = time.monotonic() - started
    if done.returncode != 0 and PENDING_MARK in done.stderr:
        c.pend(step, done.stderr.strip())
        return
    if done.returncode != 0 or not out.is_file():
        c.fail(step, _why(done))
        return
    try:
        text, paragraphs = _docx_text(out)
    except ImportError:
        c.fail(step, "python-docx is not installed here to read the file back")
        return
    meeting = json.loads(record.read_text(encoding="utf-8"))
    names = [meeting.get(k) for k in ("committee", "organisation") if meeting.get(k)]
    missing = [name for name in names if name.lower() not in text.lower()]
    if missing:
        c.fail(step, f"{out.name} does not name {', '.join(map(repr, missing))}")
        return
    c.figures.setdefault("minutes_s", {})[record.name] = round(seconds, 2)
    c.ok(
        step,
        f"{out.name} read back: {paragraphs} paragraphs, {len(text.split())} words ({seconds:.2f} s)",
    )
    if compare:
        compare_with_source(c, out, record, work)


def compare_with_source(c: Checker, bundled: Path, record: Path, work: Path) -> None:
    """The same minutes written by the source tree: the bundle must not differ in a word."""
    step = f"same as source ({record.name})"
    db = work / f"source-{bundled.stem}.sqlite3"
    out = work / f"source-{bundled.name}"
    env = {**_env(), "PYTHONPATH": str(plan.ROOT)}
    for args in (["import-record", str(record)], ["minutes", "1", "-o", str(out)]):
        done = subprocess.run(
            [sys.executable, "-m", "clerk", "--db", str(db), *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            c.fail(step, f"the source tree's clerk {args[0]}: {_why(done)}")
            return
    if _document_xml(bundled) == _document_xml(out):
        c.ok(step, "the bundle's minutes are the source tree's, byte for byte")
    else:
        c.fail(step, "the bundle's minutes differ from the source tree's")


RECORDING_SECONDS = 3.5


def _tone(path: Path, seconds: float = RECORDING_SECONDS, rate: int = 16000) -> None:
    """A sound file to record (written by this Python, which has Clerk's dependencies)."""
    import numpy as np
    import soundfile

    t = np.arange(int(seconds * rate)) / rate
    soundfile.write(str(path), (np.sin(2 * np.pi * 440 * t) * 8000).astype("int16"), rate)


def check_recording(c: Checker, exe: Path, work: Path) -> None:
    step = "recording"
    db, sound = work / "recording.sqlite3", work / "tone.wav"
    record = plan.ROOT / "resources" / "demo" / "demo-meeting.json"
    try:
        _tone(sound)
    except ImportError as exc:
        c.fail(step, f"cannot make the sound to record here: {exc}")
        return
    if import_into(exe, db, record, work) is None:
        c.fail(step, "cannot import the demo meeting into a database of its own")
        return
    done = run(exe, "--bundle-probe", "recording", str(db), str(sound), cwd=work, timeout=120)
    try:
        found = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        c.fail(step, _why(done))
        return
    whole = int(RECORDING_SECONDS)
    if done.returncode != 0 or "Traceback" in done.stderr:
        c.fail(step, _why(done))
    elif found["chunks_while_recording"] != whole or found["chunk_seconds"] != [1.0] * whole:
        c.fail(step, f"chunks while recording: {found['chunk_seconds']}")
    elif found["sealed_seconds"] != RECORDING_SECONDS or found["chunks_left"]:
        c.fail(step, f"sealed {found['sealed']} of {found['sealed_seconds']} s")
    else:
        c.ok(
            step,
            f"{whole} FLAC chunks while recording, sealed {found['sealed'][0]} of "
            f"{found['sealed_seconds']} s (libsndfile {found['libsndfile']})",
        )
    c.figures["recording"] = found
    if found.get("portaudio"):
        c.ok("PortAudio", f"{found['portaudio']}; output: {found['output']}")
    elif "\n" in found.get("output", "") or not found.get("output"):
        c.fail("PortAudio", "no one-line reason")
    else:
        c.ok("PortAudio", f"not loaded, said in one line: {found['output']}")
    said = found.get("transcribe", "")
    if said == "available" or said.startswith("transcription is not part of this build"):
        c.ok("transcript", said)
    else:
        c.fail("transcript", said or "nothing said")


def check_xvfb(c: Checker, exe: Path, work: Path, db: Path, seconds: float = 4) -> None:
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        c.fail("xvfb", "xvfb-run is not installed")
        return
    proc = subprocess.Popen(
        [xvfb, "-a", str(exe), "--db", str(db)],
        cwd=work,
        env=_env(QT_QPA_PLATFORM="xcb"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=10)
        c.ok("xvfb", f"running on an X server (xcb) after {seconds:.0f} s; closed")
        return
    c.fail("xvfb", f"exit {proc.returncode}: {(proc.stderr.read() or '').strip()[-300:]}")


def check_postgres(c: Checker, exe: Path, work: Path, url: str, record: Path) -> None:
    done = run(exe, "--db", url, "import-record", str(record), cwd=work)
    if done.returncode != 0:
        c.fail("postgres", _why(done))
        return
    meeting_id = done.stdout.strip()
    done = run(exe, "--db", url, "meetings", cwd=work)
    committee = json.loads(record.read_text(encoding="utf-8"))["committee"]
    if done.returncode != 0 or f"{meeting_id}\t" not in done.stdout or committee not in done.stdout:
        c.fail("postgres", _why(done))
    else:
        c.ok("postgres", f"demo meeting saved on the server as meeting {meeting_id} and listed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=plan.ROOT / "dist")
    parser.add_argument("--strict", action="store_true", help="a pending step is a failure")
    parser.add_argument("--xvfb", action="store_true", help="also run on Xvfb (Linux)")
    parser.add_argument(
        "--compare-source",
        action="store_true",
        help="also write the minutes from the source tree (this Python) and compare",
    )
    parser.add_argument(
        "--record",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="also write the minutes of this meeting record (repeatable)",
    )
    parser.add_argument("--postgres", metavar="URL", help="also use this (empty) database")
    parser.add_argument("--json", type=Path, help="write the figures and results here")
    args = parser.parse_args(argv)
    c = Checker(args.dist.resolve(), args.strict)
    bundle = c.dist / plan.BUNDLE_NAME
    exe = check_contents(c, bundle)
    if exe is not None:
        with tempfile.TemporaryDirectory(prefix="clerk-bundle-check-") as tmp:
            work = Path(tmp)
            db = work / "check.sqlite3"
            if check_commands(c, exe, work, db):
                check_start(c, exe, work, db)
                demo = plan.ROOT / "resources" / "demo" / "demo-meeting.json"
                check_minutes(c, exe, work, db, "1", demo, args.compare_source)
                for record in args.record:
                    meeting_id = import_into(exe, db, record, work)
                    if meeting_id is None:
                        c.fail(f"minutes of {record.name}", f"cannot import {record}")
                    else:
                        check_minutes(c, exe, work, db, meeting_id, record, args.compare_source)
                check_recording(c, exe, work)
                if args.xvfb:
                    check_xvfb(c, exe, work, db)
            if args.postgres:
                record = plan.ROOT / "resources" / "demo" / "demo-meeting.json"
                check_postgres(c, exe, work, args.postgres, record)
    summary = "failed: " + ", ".join(c.failed) if c.failed else "all checks passed"
    if c.pending:
        summary += "; pending: " + ", ".join(c.pending)
    print(summary)
    if args.json:
        args.json.write_text(
            json.dumps({"failed": c.failed, "pending": c.pending, **c.figures}, indent=1),
            encoding="utf-8",
        )
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())

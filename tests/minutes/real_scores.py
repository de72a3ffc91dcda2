"""Real minutes rebuilt as meeting records, and how close Clerk's minutes come to the real text.

Each ``tests/minutes/real/<stem>.record.json`` is one meeting of ``../shared/corpus/minutes/``
as a clerk would have typed it into Clerk: the facts (people, attendance, items, declarations,
motions, resolutions) and the notes of debate, never the sentences Clerk writes itself. This
module imports each record into a fresh SQLite database, writes its minutes with the command
line (``clerk minutes ID -o OUT.docx``, with ``--style`` from ``real/styles.json`` once the
command line has that option) and scores them with the shared checker's word-sequence
similarity against the real text (the corpus file from its third line: the first two are the
corpus's own source and note lines).

Two baselines are scored the same way:

- **notes alone** — only the notes the clerk typed: every item's narrative and its speakers'
  summaries, in agenda order. Clerk's minutes should never score below this (issue 13: Clerk's
  own text must bring the minutes closer, not further away);
- **typed alone** — everything the clerk typed as text: the notes, plus motion texts (once
  where a motion became the resolution word for word), resolutions and their reasons, and
  action texts. The gap between this and the minutes is what
  Clerk's own sentences (title, attendance, headings, standard sentences) add.

``python -m tests.minutes.real_scores`` prints the table; ``--show STEM`` prints one record's
minutes (as the checker reads them) above the real text.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REAL = Path(__file__).resolve().parent / "real"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "minutes"
CHECKER = SHARED / "tools" / "check_minutes.py"
STYLES = REAL / "styles.json"
SUFFIX = ".record.json"


class ScoreError(Exception):
    """A record could not be imported, or its minutes not written: one line saying why."""


@dataclass(frozen=True)
class Score:
    stem: str
    style: str | None  # the style passed to the command line, None when not passed
    minutes: float
    notes: float
    typed: float


def shared_missing() -> str | None:
    """Why the real minutes cannot be scored here, or None when they can."""
    if not CORPUS.is_dir():
        return f"the shared corpus is not beside the repository ({CORPUS.name}/ missing)"
    if not CHECKER.is_file():
        return f"the shared checker is not beside the repository ({CHECKER.name} missing)"
    return None


def record_paths() -> list[Path]:
    return sorted(REAL.glob("*" + SUFFIX))


def stem_of(record: Path) -> str:
    return record.name[: -len(SUFFIX)]


def style_names() -> dict[str, str]:
    """{stem: style name or style file}; a file is named relative to ``real/``."""
    if not STYLES.is_file():
        return {}
    data = json.loads(STYLES.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, str) and not k.startswith("_")}


def style_option_supported() -> bool:
    """Whether ``clerk minutes`` takes ``--style`` (issue 13's style engine)."""
    from clerk.cli import build_parser

    parser = build_parser()
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            parser.parse_args(["minutes", "1", "-o", "x.docx", "--style", "x"])
    except SystemExit:
        return False
    return True


def _style_argument(name: str) -> str:
    path = REAL / name
    return str(path) if path.suffix and path.is_file() else name


def _checker():
    spec = importlib.util.spec_from_file_location("check_minutes", CHECKER)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def similarity(docx_path: Path, expected: Path) -> float:
    """The shared checker's "minutes similarity" of ``docx_path`` against ``expected``."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _checker().main(["check_minutes.py", str(docx_path), str(expected), "--min-sim", "0"])
    found = re.search(r"minutes similarity ([0-9.]+)", out.getvalue())
    if not found:
        raise ScoreError(f"the checker gave no similarity for {docx_path.name}")
    return float(found.group(1))


def real_text(stem: str, folder: Path) -> Path:
    """The real minutes without the corpus's two header lines (source, note)."""
    lines = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    path = folder / f"{stem}.real.txt"
    path.write_text("".join(lines[2:]), encoding="utf-8")
    return path


def notes_of(record: dict) -> list[str]:
    """The notes the clerk typed: narratives and speakers' summaries, item by item."""
    out: list[str] = []
    for item in record.get("items") or []:
        out += _paragraphs(item.get("narrative"))
        for speaker in item.get("speakers") or []:
            out += _paragraphs(speaker.get("summary"))
    return out


def typed_of(record: dict) -> list[str]:
    """Everything the clerk typed as text: the notes, motions, resolutions, actions."""
    out: list[str] = []
    actions = record.get("actions") or []
    for item in record.get("items") or []:
        out += _paragraphs(item.get("narrative"))
        for speaker in item.get("speakers") or []:
            out += _paragraphs(speaker.get("summary"))
        resolution = item.get("resolution") or {}
        for motion in item.get("motions") or []:
            if motion.get("text") not in (resolution.get("parts") or []):
                out += _paragraphs(motion.get("text"))
        for part in resolution.get("parts") or []:
            out += _paragraphs(part)
        out += _paragraphs(resolution.get("reason"))
        for action in actions:
            if action.get("item") == item.get("agenda_number"):
                out += _paragraphs(action.get("text"))
    return out


def _paragraphs(text: str | None) -> list[str]:
    return [p for p in (text or "").split("\n") if p.strip()]


def plain_docx(paragraphs: list[str], path: Path) -> Path:
    """A Word file holding only ``paragraphs``: what a baseline is scored as."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _cli(argv: list[str]) -> str:
    from clerk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    if status != 0:
        message = (err.getvalue().strip() or out.getvalue().strip()).splitlines()
        raise ScoreError(f"clerk {argv[0]} failed ({status}): {message[-1] if message else ''}")
    return out.getvalue()


def write_minutes(record: Path, folder: Path, style: str | None) -> Path:
    """Import ``record`` into a fresh database and write its minutes with the command line."""
    db = folder / f"{stem_of(record)}.sqlite3"
    meeting_id = _cli(["import-record", str(record), "--db", str(db)]).strip().splitlines()[-1]
    out = folder / f"{stem_of(record)}.docx"
    argv = ["minutes", meeting_id, "--db", str(db), "-o", str(out)]
    if style:
        argv += ["--style", _style_argument(style)]
    _cli(argv)
    return out


def score(record: Path, folder: Path, *, use_styles: bool | None = None) -> Score:
    stem = stem_of(record)
    if use_styles is None:
        use_styles = style_option_supported()
    style = style_names().get(stem) if use_styles else None
    data = json.loads(record.read_text(encoding="utf-8"))
    expected = real_text(stem, folder)
    minutes = similarity(write_minutes(record, folder, style), expected)
    notes = similarity(plain_docx(notes_of(data), folder / f"{stem}.notes.docx"), expected)
    typed = similarity(plain_docx(typed_of(data), folder / f"{stem}.typed.docx"), expected)
    return Score(stem, style, minutes, notes, typed)


def score_all() -> list[Score]:
    use_styles = style_option_supported()
    with tempfile.TemporaryDirectory(prefix="clerk-real-") as folder:
        return [score(r, Path(folder), use_styles=use_styles) for r in record_paths()]


def table(scores: list[Score]) -> str:
    lines = [
        f"{'record':<50} {'style':<20} {'minutes':>7} {'notes':>7} {'typed':>7} {'gain':>7}",
    ]
    for s in scores:
        lines.append(
            f"{s.stem:<50} {s.style or '(default)':<20} {s.minutes:7.3f} {s.notes:7.3f} "
            f"{s.typed:7.3f} {s.minutes - s.notes:+7.3f}"
        )
    if scores:
        n = len(scores)
        mean = [sum(getattr(s, k) for s in scores) / n for k in ("minutes", "notes", "typed")]
        lines.append(
            f"{'mean of ' + str(n):<50} {'':<20} {mean[0]:7.3f} {mean[1]:7.3f} {mean[2]:7.3f} "
            f"{mean[0] - mean[1]:+7.3f}"
        )
    return "\n".join(lines)


def show(stem: str) -> str:
    """The minutes Clerk writes for one record, line by line as the checker reads them, then the
    real text: for writing that council's style."""
    record = REAL / f"{stem}{SUFFIX}"
    if not record.is_file():
        raise ScoreError(f"there is no record {record.name} (see {REAL.name}/)")
    use_styles = style_option_supported()
    style = style_names().get(stem) if use_styles else None
    with tempfile.TemporaryDirectory(prefix="clerk-real-") as folder:
        out = write_minutes(record, Path(folder), style)
        lines = _checker().docx_lines(str(out))
        real = real_text(stem, Path(folder)).read_text(encoding="utf-8")
    head = f"== Clerk's minutes ({style or 'default style'})"
    return "\n".join([head, *lines, "", "== The real minutes", real.rstrip()])


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m tests.minutes.real_scores",
        description="Score Clerk's minutes of the real records against the real text.",
    )
    parser.add_argument("--show", metavar="STEM", help="print one record's minutes and real text")
    args = parser.parse_args(argv)
    why = shared_missing()
    if why:
        print(f"cannot score the real minutes: {why}", file=sys.stderr)
        return 1
    try:
        print(show(args.show) if args.show else table(score_all()))
    except ScoreError as exc:
        print(f"cannot score the real minutes: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

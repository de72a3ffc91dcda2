"""Scores of the agenda importer on the shared corpus of real agendas.

    python -m tests.agenda.corpus_scores [--misses] [STEM ...]

Every ``../shared/corpus/agendas/*.txt`` is read from its third line (the first two are the
corpus's own notes), imported as ``clerk import-agenda --dry-run --json`` would, and scored with
``../shared/tools/check_agenda.py`` itself (a refused file scores against ``{}``). The table gives,
per file, the header fields (body, date, time, venue, kind), the item kinds, all the item fields
(kinds included) and the total.
``--misses`` prints what each file missed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "agendas"
CHECKER = SHARED / "tools" / "check_agenda.py"


@dataclass
class FileScore:
    stem: str
    passed: int
    total: int
    header_passed: int
    header_total: int
    kinds_passed: int = 0
    kinds_total: int = 0
    refused: str | None = None
    misses: list[str] = field(default_factory=list)

    @property
    def items_passed(self) -> int:
        return self.passed - self.header_passed

    @property
    def items_total(self) -> int:
        return self.total - self.header_total


def available() -> str | None:
    """None when the corpus and its checker are present, else the reason they are not."""
    if not CORPUS.is_dir():
        return f"the shared corpus is not beside the repository ({CORPUS.name} missing)"
    if not CHECKER.is_file():
        return f"the shared checker is not beside the repository ({CHECKER.name} missing)"
    return None


def stems() -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in CORPUS.glob("*.expected.json"))


def _checker():
    spec = importlib.util.spec_from_file_location("check_agenda", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document_text(stem: str) -> str:
    """The document as the importer is given it: the corpus file from its third line."""
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    return "".join(text.splitlines(keepends=True)[2:])


def imported(stem: str) -> tuple[dict, str | None]:
    """The record ``clerk import-agenda --dry-run --json`` would print, or ``{}`` and why not."""
    from clerk.agenda import AgendaError, read_agenda_text
    from clerk.store.record import RecordError, dumps, meeting_from_record

    try:
        found = read_agenda_text(document_text(stem), source_name=f"{stem}.txt")
        # As the command does: a record with no date (none is made up) is checked with a stand-in.
        meeting_from_record({**found.record, "date": found.record["date"] or "2000-01-01"})
    except (AgendaError, RecordError) as exc:
        return {}, str(exc)
    return json.loads(dumps(found.record)), None


def _header_checks(expected: dict) -> int:
    n = 0
    for key, value in expected.items():
        if key in ("people", "items"):
            continue
        n += len(value) if isinstance(value, dict) else 1
    return n


def score(stem: str, checker=None) -> FileScore:
    checker = checker or _checker()
    record, refused = imported(stem)
    expected_path = CORPUS / f"{stem}.expected.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        actual_path = Path(tmp) / "actual.json"
        actual_path.write_text(json.dumps(record), encoding="utf-8")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            checker.main(["check_agenda.py", str(actual_path), str(expected_path), "--min", "0"])
    lines = out.getvalue().splitlines()
    last = lines[-1].split()[2]  # "agenda score N/M (P%)"
    passed, total = (int(x) for x in last.split("/"))
    misses = [line for line in lines[:-1] if line.startswith("MISS")]
    header_total = _header_checks(expected)
    header_missed = sum(
        1 for m in misses if not m.startswith(("MISS item", "MISS people", "MISS person"))
    )
    kinds_total = sum(1 for item in expected.get("items", []) if "kind" in item)
    kinds_missed = sum(1 for m in misses if re.match(r"MISS item \d+\.kind:", m))
    return FileScore(
        stem=stem,
        passed=passed,
        total=total,
        header_passed=header_total - header_missed,
        header_total=header_total,
        kinds_passed=kinds_total - kinds_missed,
        kinds_total=kinds_total,
        refused=refused,
        misses=misses,
    )


def score_all(only: list[str] | None = None) -> list[FileScore]:
    checker = _checker()
    return [score(stem, checker) for stem in stems() if not only or stem in only]


def table(scores: list[FileScore], with_misses: bool = False) -> str:
    width = max((len(s.stem) for s in scores), default=10)
    rows = [f"{'file':<{width}}  {'header':>7}  {'kinds':>7}  {'items':>7}  {'total':>7}"]
    for s in scores:
        row = (
            f"{s.stem:<{width}}  {s.header_passed:>3}/{s.header_total:<3}  "
            f"{s.kinds_passed:>3}/{s.kinds_total:<3}  "
            f"{s.items_passed:>3}/{s.items_total:<3}  {s.passed:>3}/{s.total:<3}"
        )
        if s.refused:
            row += f"  refused: {s.refused}"
        rows.append(row)
        if with_misses:
            rows.extend(f"    {m}" for m in s.misses)
    hp, ht = sum(s.header_passed for s in scores), sum(s.header_total for s in scores)
    ip, it = sum(s.items_passed for s in scores), sum(s.items_total for s in scores)
    kp, kt = sum(s.kinds_passed for s in scores), sum(s.kinds_total for s in scores)
    p, t = sum(s.passed for s in scores), sum(s.total for s in scores)
    rows.append(
        f"{'total':<{width}}  {hp:>3}/{ht:<3}  {kp:>3}/{kt:<3}  {ip:>3}/{it:<3}  {p:>3}/{t:<3}"
        f"  ({p / t if t else 0:.1%}; header {hp / ht if ht else 0:.1%})"
    )
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    reason = available()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    with_misses = "--misses" in argv
    only = [a for a in argv if not a.startswith("--")]
    print(table(score_all(only), with_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Run the benchmarks: ``python -m tests.bench [--json] [name ...]``.

Prints one line per figure (name, the statistic compared, the app's figure, the floor's, their
ratio, the target, met or not). With ``--json`` it also writes ``bench-results.json`` in the
current folder: ``{name: {app, floor, ratio, unit, runs, …}}`` (docs/benchmarks.md). Each
figure is compared with a floor measured in the same run, in turns, because the machines are
shared and noisy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench import (  # noqa: E402
    bench_action_gui,
    bench_agenda,
    bench_gui,
    bench_minutes,
    bench_recording,
    bench_search,
    bench_store,
)
from tests.bench.common import write_results  # noqa: E402

BENCHES = {
    "action": bench_store.bench_action,
    "action_gui": bench_action_gui.bench_action_gui,
    "ten_years": bench_store.bench_ten_years,
    "startup": bench_gui.bench_startup_and_memory,
    "minutes": bench_minutes.bench_minutes,
    "agenda": bench_agenda.bench_agenda,
    "search": bench_search.bench_search,
    "recording": bench_recording.bench_recording,
}


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    chosen = [a for a in argv if a != "--json"] or list(BENCHES)
    unknown = [name for name in chosen if name not in BENCHES]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)} (choose from {', '.join(BENCHES)})")
        return 2
    results = []
    for name in chosen:
        for result in BENCHES[name]():
            print(result.line(), flush=True)
            results.append(result)
    if as_json:
        write_results(results, Path("bench-results.json"))
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave without tearing the Qt objects down one by one: PySide6 can crash while the
    # interpreter finalizes after a window was made in-process, and the results are written.
    os._exit(code)

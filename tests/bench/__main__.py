"""Run the benchmarks: ``python -m tests.bench [name ...]``.

Prints one line per benchmark (name, figure, floor, ratio, target, met or not) and writes
``bench-results.json``. Each figure is compared with a floor measured in the same run, because
the machines are shared and noisy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench import bench_gui, bench_store  # noqa: E402
from tests.bench.common import write_results  # noqa: E402

BENCHES = {
    "action": bench_store.bench_action,
    "ten_years": bench_store.bench_ten_years,
    "startup": bench_gui.bench_startup_and_memory,
}


def main(argv: list[str]) -> int:
    chosen = argv or list(BENCHES)
    results = []
    for name in chosen:
        for result in BENCHES[name]():
            print(result.line(), flush=True)
            results.append(result)
    write_results(results, Path("bench-results.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

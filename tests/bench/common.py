"""Benchmark helpers: paired runs of a floor and the application, and their results.

Every figure is measured against a floor taken in the same run, in turns (floor, app, floor,
app …), so both meet the same load on a shared machine. Each run records CPU time and wall
time (or, for memory, the peak); a result reports the minimum, median and maximum of each and
compares medians. See docs/benchmarks.md for the keys of ``bench-results.json``.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# One run: {"cpu": ms, "wall": ms} for timings, {"peak": MB} for memory.
Run = dict[str, float]


def clock() -> tuple[float, float]:
    """CPU (this process, every thread) and wall clock, in milliseconds."""
    return time.process_time() * 1000, time.perf_counter() * 1000


def since(start: tuple[float, float]) -> Run:
    cpu, wall = clock()
    return {"cpu": cpu - start[0], "wall": wall - start[1]}


def run_once(fn: Callable[[], object]) -> Run:
    start = clock()
    fn()
    return since(start)


def timed(fn: Callable[[], object], repeat: int) -> list[Run]:
    """CPU and wall milliseconds of ``repeat`` calls."""
    return [run_once(fn) for _ in range(repeat)]


def interleaved(
    floor: Callable[[], object], ours: Callable[[], object], rounds: int
) -> tuple[list[Run], list[Run]]:
    """The floor and our code in turns (ABAB…), so both meet the same load."""
    a: list[Run] = []
    b: list[Run] = []
    for _ in range(rounds):
        a.append(run_once(floor))
        b.append(run_once(ours))
    return a, b


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def spread(runs: list[Run]) -> dict[str, dict[str, float]]:
    """{"cpu": {"min", "median", "max"}, "wall": {...}} (or "peak") of a list of runs."""
    out = {}
    for key in runs[0]:
        values = [r[key] for r in runs]
        out[key] = {
            "min": round(min(values), 4),
            "median": round(median(values), 4),
            "max": round(max(values), 4),
        }
    return out


@dataclass
class Result:
    """One figure: the application's runs against the floor's, compared on one measure.

    ``basis`` is the measure the ratio and the target use: "cpu" (the default: on a loaded
    machine CPU time is what the code costs), "wall", or "peak" for memory. ``stat`` picks the
    statistic of that measure compared ("median", or "p99" for a tail).
    """

    name: str
    app: list[Run]
    floor: list[Run]
    unit: str
    target: float | None  # the ratio to the floor that must not be exceeded
    note: str = ""
    basis: str = "cpu"
    stat: str = "median"
    limit: float | None = None  # an absolute bound on the app's figure, in ``unit``
    limit_basis: str | None = None  # the measure the limit applies to (default: basis)
    extra: dict = field(default_factory=dict)

    def figure(self, runs: list[Run], basis: str | None = None) -> float:
        values = [r[basis or self.basis] for r in runs]
        return percentile(values, 99) if self.stat == "p99" else median(values)

    @property
    def value(self) -> float:
        return self.figure(self.app)

    @property
    def floor_value(self) -> float:
        return self.figure(self.floor)

    @property
    def ratio(self) -> float:
        return self.value / self.floor_value if self.floor_value else float("inf")

    @property
    def met(self) -> bool | None:
        if self.target is None and self.limit is None:
            return None
        ok = True
        if self.target is not None:
            ok = ok and self.ratio <= self.target
        if self.limit is not None:
            ok = ok and self.figure(self.app, self.limit_basis) <= self.limit
        return ok

    def line(self) -> str:
        target = f"{self.target}x" if self.target is not None else "-"
        if self.limit is not None:
            target += f" & <={self.limit:g}{self.unit} {self.limit_basis or self.basis}"
        met = {True: "met", False: "NOT MET", None: "(no target)"}[self.met]
        shown = f"{self.basis} {self.stat}"
        other = ""
        if self.basis == "cpu":
            other = (
                f"  wall {self.figure(self.app, 'wall'):.2f}/{self.figure(self.floor, 'wall'):.2f}"
            )
        note = f"  [{self.note}]" if self.note else ""
        return (
            f"{self.name:<40} {shown:<10} {self.value:9.2f} {self.unit:<2} floor "
            f"{self.floor_value:9.2f} ratio {self.ratio:6.2f}  target {target:<22} {met}"
            f"{other}{note}"
        )

    def as_json(self) -> dict:
        return {
            "app": spread(self.app),
            "floor": spread(self.floor),
            "ratio": round(self.ratio, 4),
            "unit": self.unit,
            "runs": len(self.app),
            "basis": self.basis,
            "stat": self.stat,
            "target": self.target,
            "limit": self.limit,
            "met": self.met,
            "note": self.note,
        }


def write_results(results: list[Result], path: Path) -> None:
    path.write_text(
        json.dumps({r.name: r.as_json() for r in results}, indent=1) + "\n", encoding="utf-8"
    )

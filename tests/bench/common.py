"""Benchmark helpers: timing with medians and percentiles, results as one line each."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Result:
    name: str
    value: float
    unit: str
    floor: float
    target: float | None  # the ratio to the floor that must not be exceeded
    note: str = ""
    absolute_limit: float | None = None  # e.g. 20 ms at the 99th percentile

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool | None:
        ok = True
        if self.target is not None:
            ok = ok and self.ratio <= self.target
        if self.absolute_limit is not None:
            ok = ok and self.value <= self.absolute_limit
        if self.target is None and self.absolute_limit is None:
            return None
        return ok

    def line(self) -> str:
        target = f"{self.target}x" if self.target is not None else "-"
        if self.absolute_limit is not None:
            target += f" and <= {self.absolute_limit:g} {self.unit}"
        met = {True: "met", False: "NOT MET", None: "(no target)"}[self.met]
        note = f"  [{self.note}]" if self.note else ""
        return (
            f"{self.name:<34} {self.value:10.2f} {self.unit:<3} floor {self.floor:9.2f} "
            f"ratio {self.ratio:6.2f}  target {target:<18} {met}{note}"
        )

    def as_json(self) -> dict:
        return {
            "value": round(self.value, 4),
            "unit": self.unit,
            "floor": round(self.floor, 4),
            "ratio": round(self.ratio, 4),
            "target": self.target,
        }


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def write_results(results: list[Result], path: Path) -> None:
    path.write_text(
        json.dumps({r.name: r.as_json() for r in results}, indent=1) + "\n", encoding="utf-8"
    )

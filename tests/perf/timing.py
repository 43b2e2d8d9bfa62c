"""Timing and memory helpers for the benchmarks."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    """One benchmark line: ours against the baseline, and the goal for the ratio."""

    name: str
    ours_s: float
    baseline_s: float
    goal: float
    peak_mib: float | None = None
    baseline_peak_mib: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.ours_s / self.baseline_s if self.baseline_s > 0 else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.goal

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ours_s": round(self.ours_s, 6),
            "baseline_s": round(self.baseline_s, 6),
            "ratio": round(self.ratio, 3),
            "goal": self.goal,
            "met": self.met,
            "peak_mib": None if self.peak_mib is None else round(self.peak_mib, 1),
            "baseline_peak_mib": None
            if self.baseline_peak_mib is None
            else round(self.baseline_peak_mib, 1),
            **self.extra,
        }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    return min(timed(fn)[0] for _ in range(repeat))


def samples(fn: Callable[[], Any], repeat: int) -> list[float]:
    return [timed(fn)[0] for _ in range(repeat)]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def peak_mib(fn: Callable[[], Any]) -> tuple[float, float]:
    """(seconds, peak Python heap in MiB) of one call."""
    tracemalloc.start()
    try:
        seconds, _ = timed(fn)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak / 2**20

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
    """One benchmark line: ours against the baseline, and the goals it is held to.

    ``goal`` bounds the ratio ours / baseline (None: the ratio is reported
    only); ``limit_ms`` bounds a time outright -- the 95th percentile when
    ``p95_ms`` is given, else ours.  A figure is met when every goal it has is.
    """

    name: str
    ours_s: float
    baseline_s: float
    goal: float | None
    peak_mib: float | None = None
    baseline_peak_mib: float | None = None
    unit: str = "s"  # "s": ours_s/baseline_s are seconds; "MiB": they are memory
    extra: dict[str, Any] = field(default_factory=dict)
    limit_ms: float | None = None
    p95_ms: float | None = None

    @property
    def ratio(self) -> float:
        return self.ours_s / self.baseline_s if self.baseline_s > 0 else float("inf")

    @property
    def bounded_ms(self) -> float:
        """The time ``limit_ms`` applies to."""
        return self.p95_ms if self.p95_ms is not None else self.ours_s * 1000

    @property
    def met(self) -> bool:
        ratio_ok = self.goal is None or self.ratio <= self.goal
        limit_ok = self.limit_ms is None or self.bounded_ms < self.limit_ms
        return ratio_ok and limit_ok

    @property
    def verdict(self) -> str:
        """One line: each goal, and whether it is met."""
        parts = []
        if self.goal is not None:
            sign = "<=" if self.ratio <= self.goal else ">"
            parts.append(f"{self.ratio:.2f}x {sign} {self.goal:g}x")
        else:
            parts.append(f"{self.ratio:.2f}x (no ratio goal)")
        if self.limit_ms is not None:
            what = "p95" if self.p95_ms is not None else "time"
            sign = "<" if self.bounded_ms < self.limit_ms else ">="
            parts.append(f"{what} {self.bounded_ms:.1f} ms {sign} {self.limit_ms:g} ms")
        return f"{'met' if self.met else 'MISSED'}: {self.name}: {', '.join(parts)}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ours_s": round(self.ours_s, 6),
            "baseline_s": round(self.baseline_s, 6),
            "ratio": round(self.ratio, 3),
            "goal": self.goal,
            "limit_ms": self.limit_ms,
            "p95_ms": None if self.p95_ms is None else round(self.p95_ms, 1),
            "met": self.met,
            "verdict": self.verdict,
            "unit": self.unit,
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

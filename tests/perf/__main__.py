"""``python -m tests.perf``: build a synthetic case file and print the figures."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.perf.synth import SynthSize, build_case_file
from tests.perf.timing import Figure

DEFAULT_CLAIMS = 5000


def benchmarks() -> list[tuple[str, Any]]:
    """(name, run(path, workdir, size) -> list[Figure]) in the order they are printed."""
    from tests.perf import bench_search

    found: list[tuple[str, Any]] = [("search", lambda path, work, size: bench_search.run(path))]
    for name in ("bench_window", "bench_bundles", "bench_reports", "bench_captures"):
        try:
            module = __import__(f"tests.perf.{name}", fromlist=["run"])
        except ImportError:
            continue
        found.append((name.removeprefix("bench_"), module.run))
    return found


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def run_all(claims: int, workdir: Path) -> dict[str, Any]:
    size = SynthSize(claims=claims)
    path = workdir / "bench.factdesk"
    start = time.perf_counter()
    build_case_file(path, size)
    build_s = time.perf_counter() - start
    figures: list[Figure] = []
    for _name, run in benchmarks():
        figures.extend(run(path, workdir, size))
    return {
        "claims": size.claims,
        "evidence": size.claims * size.evidence_per_claim,
        "build_s": round(build_s, 2),
        "machine": machine(),
        "figures": [f.as_dict() for f in figures],
        "all_goals_met": all(f.met for f in figures),
    }


def print_table(result: dict[str, Any]) -> None:
    print(
        f"FactDesk benchmark: {result['claims']:,} claims, {result['evidence']:,} evidence items "
        f"(built in {result['build_s']} s) on {result['machine']}"
    )
    header = f"{'measure':46} {'ours':>10} {'baseline':>10} {'ratio':>7} {'goal':>6}  extra"
    print(header)
    print("-" * len(header))
    for f in result["figures"]:
        extra = {
            k: v
            for k, v in f.items()
            if k not in {"name", "ours_s", "baseline_s", "ratio", "goal", "met", "unit"}
            and v is not None
        }
        mark = "" if f["met"] else "  MISSED"
        if f["unit"] == "MiB":
            ours, base = f"{f['ours_s']:7.1f}MiB", f"{f['baseline_s']:7.1f}MiB"
        else:
            ours, base = f"{f['ours_s'] * 1000:8.1f}ms", f"{f['baseline_s'] * 1000:8.1f}ms"
        print(
            f"{f['name'][:46]:46} {ours} {base} "
            f"{f['ratio']:6.2f}x {f['goal']:5.1f}x  "
            + ", ".join(f"{k}={v}" for k, v in extra.items())
            + mark
        )


@contextlib.contextmanager
def private_folders(tmp: Path) -> Iterator[None]:
    """Backups and settings made while measuring go to a temporary folder, never the user's."""
    saved = {k: os.environ.get(k) for k in ("FACTDESK_DATA_DIR", "FACTDESK_CONFIG_DIR")}
    os.environ["FACTDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["FACTDESK_CONFIG_DIR"] = str(tmp / "config")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__)
    parser.add_argument("--claims", type=int, default=DEFAULT_CLAIMS)
    parser.add_argument("--json", action="store_true", help="end with one JSON object of figures")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-perf-") as tmp, private_folders(Path(tmp)):
        result = run_all(args.claims, Path(tmp))
    print_table(result)
    if args.json:
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

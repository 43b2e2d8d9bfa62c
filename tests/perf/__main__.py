"""``python -m tests.perf``: build a synthetic case file and print the figures.

Every figure is measured against a baseline in the same run and ends with a
one-line verdict per goal.  ``--json`` ends with one JSON object of them;
``--markdown`` prints the README's table from them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.perf.synth import SynthSize, build_case_file
from tests.perf.timing import Figure

DEFAULT_CLAIMS = 5000
# Bundles and case reports measure throughput, not size limits: past this many
# claims they take minutes each, so they run on a case file of their own.
DEFAULT_BUNDLE_CLAIMS = 10_000

Bench = Callable[[Path, Path, SynthSize], list[Figure]]


def benchmarks(repeat: int | None = None, pauses: int | None = None) -> list[tuple[str, Bench]]:
    """(name, run(path, workdir, size) -> figures) in the order they are printed."""
    from tests.perf import (
        bench_bundles,
        bench_captures,
        bench_imports,
        bench_reports,
        bench_search,
        bench_startup,
        bench_typing,
        bench_window,
    )

    startup_args = {} if repeat is None else {"repeat": repeat}
    typing_args = {} if pauses is None else {"pauses": pauses}
    return [
        ("search", lambda path, work, size: bench_search.run(path)),
        ("startup", lambda path, work, size: bench_startup.run(path, work, size, **startup_args)),
        ("typing", lambda path, work, size: bench_typing.run(path, work, size, **typing_args)),
        ("window", bench_window.run),
        ("bundles", bench_bundles.run),
        ("reports", bench_reports.run),
        ("captures", bench_captures.run),
        ("imports", bench_imports.run),
    ]


BIG_SIZED = {"bundles", "reports"}  # run on the bundle-sized case file


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def run_all(
    claims: int,
    workdir: Path,
    *,
    bundle_claims: int | None = None,
    only: set[str] | None = None,
    repeat: int | None = None,
    pauses: int | None = None,
    case_file: Path | None = None,
) -> dict[str, Any]:
    size = SynthSize(claims=claims)
    bundle_size = SynthSize(claims=min(claims, bundle_claims or DEFAULT_BUNDLE_CLAIMS))
    path = workdir / "bench.factdesk" if case_file is None else case_file
    build_s = 0.0
    if not path.exists():  # a kept case file is built once, by the first run naming it
        start = time.perf_counter()
        build_case_file(path, size)
        build_s = time.perf_counter() - start
    bundle_path = path
    figures: list[Figure] = []
    for name, run in benchmarks(repeat, pauses):
        if only is not None and name not in only:
            continue
        if name in BIG_SIZED and bundle_size != size:
            bundle_path = workdir / "bundles.factdesk"
            if not bundle_path.exists():
                build_case_file(bundle_path, bundle_size)
            figures.extend(run(bundle_path, workdir, bundle_size))
        else:
            figures.extend(run(path, workdir, size))
    return {
        "claims": size.claims,
        "evidence": size.claims * size.evidence_per_claim,
        "bundle_claims": bundle_size.claims,
        "build_s": round(build_s, 2),
        "machine": machine(),
        "figures": [f.as_dict() for f in figures],
        "verdicts": [f.verdict for f in figures],
        "all_goals_met": all(f.met for f in figures),
    }


SKIP = {
    "name",
    "ours_s",
    "baseline_s",
    "ratio",
    "goal",
    "met",
    "unit",
    "verdict",
    "limit_ms",
    "p95_ms",
    "baseline",
}


def _amount(figure: dict[str, Any], key: str) -> str:
    value = figure[key]
    if figure["unit"] == "MiB":
        return f"{value:.1f} MiB"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms"


def print_table(result: dict[str, Any]) -> None:
    print(
        f"FactDesk benchmark: {result['claims']:,} claims, {result['evidence']:,} evidence items "
        f"(built in {result['build_s']} s; bundles and reports on "
        f"{result['bundle_claims']:,} claims) on {result['machine']}"
    )
    header = f"{'measure':52} {'ours':>10} {'baseline':>10} {'ratio':>7} {'p95':>8}  extra"
    print(header)
    print("-" * len(header))
    for f in result["figures"]:
        extra = {k: v for k, v in f.items() if k not in SKIP and v is not None}
        p95 = f"{f['p95_ms']:6.1f}ms" if f["p95_ms"] is not None else ""
        print(
            f"{f['name'][:52]:52} {_amount(f, 'ours_s'):>10} {_amount(f, 'baseline_s'):>10} "
            f"{f['ratio']:6.2f}x {p95:>8}  " + ", ".join(f"{k}={v}" for k, v in extra.items())
        )
    print()
    for line in result["verdicts"]:
        print(line)


def markdown_table(result: dict[str, Any]) -> str:
    """The README's table of figures, from a run's result."""
    lines = [
        "| measure | ours | baseline | ratio | p95 | goal | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for f in result["figures"]:
        goals = []
        if f["goal"] is not None:
            goals.append(f"≤ {f['goal']:g}×")
        if f["limit_ms"] is not None:
            goals.append(f"{'p95' if f['p95_ms'] is not None else 'time'} < {f['limit_ms']:g} ms")
        baseline = f" ({f['baseline']})" if f.get("baseline") else ""
        p95 = f"{f['p95_ms']:.1f} ms" if f["p95_ms"] is not None else ""
        lines.append(
            f"| {f['name']} | {_amount(f, 'ours_s')} | {_amount(f, 'baseline_s')}{baseline} | "
            f"{f['ratio']:.2f}× | {p95} | {', '.join(goals) or '—'} | "
            f"{'yes' if f['met'] else '**no**'} |"
        )
    return "\n".join(lines)


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
    parser.add_argument(
        "--bundle-claims",
        type=int,
        default=DEFAULT_BUNDLE_CLAIMS,
        help="claims in the case file for bundles and reports (at most --claims)",
    )
    parser.add_argument("--only", action="append", help="run only these benchmarks (repeatable)")
    parser.add_argument("--repeat", type=int, help="runs of each start-up measure (default 7)")
    parser.add_argument("--pauses", type=int, help="typing pauses measured (default 40)")
    parser.add_argument(
        "--case-file",
        type=Path,
        help="keep the synthetic case file here: built by the first run naming it, measured "
        "as it is by later runs with the same --claims (the typing benchmark edits it)",
    )
    parser.add_argument("--json", action="store_true", help="end with one JSON object of figures")
    parser.add_argument("--markdown", action="store_true", help="print the README's table")
    parser.add_argument(
        "--db",
        metavar="postgresql://…",
        help="team mode's benchmarks on this server instead (see tests/perf/bench_team.py)",
    )
    args = parser.parse_args(argv)
    if args.db:
        from tests.perf import bench_team

        team = ["--db", args.db, "--claims", str(args.claims)]
        return bench_team.main(team + (["--json"] if args.json else []))
    with tempfile.TemporaryDirectory(prefix="factdesk-perf-") as tmp, private_folders(Path(tmp)):
        result = run_all(
            args.claims,
            Path(tmp),
            bundle_claims=args.bundle_claims,
            only=set(args.only) if args.only else None,
            repeat=args.repeat,
            pauses=args.pauses,
            case_file=args.case_file,
        )
    print_table(result)
    if args.markdown:
        print()
        print(markdown_table(result))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A desk under load: writer processes editing the same claims while readers search.

``python -m tests.perf.load_team [--db postgresql://…] [--writers 10] [--edits 200]
[--readers 10]``: each writer is a process of its own, a colleague who appends
a token of theirs to the notes of one of a few shared claims, every save made
against the notes as loaded (``loaded=``), taking theirs and redoing the edit
when the save is refused, as a person would.  Readers search the case the
whole time.  At the end every token must be in the notes exactly once (no
update lost, none applied twice), every process must have ended cleanly, and
every refused save must have named who changed the field.  With ``--db`` the
server named (its role must be allowed to create databases), else a server
started for the run as the tests start theirs.

The test suite runs the same code at a small size (tests/services/test_team_edits.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = 4
QUERIES = ["bridge", "council minutes", "w1", "notes", "bridg", "mayor office", "2.4 million"]


@dataclass
class LoadResult:
    writers: int
    edits: int
    readers: int
    saved: int
    conflicts: int
    lost: int
    duplicated: int
    searches: int
    search_errors: int
    search_p95_ms: float
    seconds: float
    failures: list[str]

    @property
    def clean(self) -> bool:
        return (
            not self.failures
            and self.lost == 0
            and self.duplicated == 0
            and self.saved == self.writers * self.edits
            and self.search_errors == 0
        )

    def summary(self) -> str:
        return (
            f"{self.writers} writers x {self.edits} edits on {CLAIMS} claims, {self.readers} "
            f"readers: {self.saved} saves, {self.conflicts} refused and redone, {self.lost} lost, "
            f"{self.duplicated} applied twice; {self.searches} searches "
            f"(p95 {self.search_p95_ms:.1f} ms, {self.search_errors} failed); "
            f"{self.seconds:.1f} s; " + ("clean" if self.clean else "FAILED: " + "; ".join(
                self.failures[:3]))
        )  # fmt: skip


# -- the colleagues ---------------------------------------------------------------------------
def writer(location: str, claim_ids: list[str], name: str, edits: int, seed: int) -> None:
    from factdesk.errors import EditConflictError
    from factdesk.services import open_case

    pick = random.Random(seed)
    saved = conflicts = unnamed = 0
    with open_case(location, author=name, daily_backup=False) as case:
        for n in range(edits):
            claim_id = pick.choice(claim_ids)
            while True:
                loaded = case.claims.get(claim_id).notes or ""
                try:
                    case.edits.update(
                        "claim",
                        claim_id,
                        {"notes": f"{loaded}{name}:{n};"},
                        loaded={"notes": loaded or None},
                    )
                except EditConflictError as exc:
                    conflicts += 1
                    unnamed += not exc.by  # every refusal says who changed the field
                    continue
                saved += 1
                break
    print(json.dumps({"saved": saved, "conflicts": conflicts, "unnamed": unnamed}))


def reader(location: str, stop_file: str) -> None:
    from factdesk.errors import FactDeskError
    from factdesk.services import open_case
    from factdesk.services.records import ClaimFilter

    took: list[float] = []
    errors = 0
    with open_case(location, author="Reader", read_only=True, daily_backup=False) as case:
        while not Path(stop_file).exists():
            for query in QUERIES:
                start = time.perf_counter()
                try:
                    case.claims.list_ids(ClaimFilter(search=query), sort="relevance")
                except FactDeskError:
                    errors += 1
                took.append(time.perf_counter() - start)
    print(json.dumps({"searches": len(took), "errors": errors, "took": took}))


# -- the run ----------------------------------------------------------------------------------
def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.perf.load_team", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _last_json(proc: subprocess.Popen[str], what: str, failures: list[str]) -> dict[str, object]:
    out, err = proc.communicate(timeout=1800)
    if proc.returncode != 0 or "Traceback" in err:
        failures.append(f"{what} ended with {proc.returncode}: {err.strip()[-500:]}")
        return {}
    lines = out.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def run_load(location: str, work: Path, writers: int, edits: int, readers: int) -> LoadResult:
    from factdesk.services import open_case

    with open_case(location, author="Desk", daily_backup=False) as case:
        claim_ids = [
            case.claims.create(f"Claim {n}: the bridge cost 2 million", claimant="Mayor").id
            for n in range(CLAIMS)
        ]
    stop = work / f"stop-{time.monotonic_ns()}"
    start = time.perf_counter()
    reading = [_spawn("reader", location, str(stop)) for _ in range(readers)]
    writing = [
        _spawn("writer", location, ",".join(claim_ids), f"w{i}", str(edits), str(i))
        for i in range(writers)
    ]
    failures: list[str] = []
    written = [_last_json(p, f"writer w{i}", failures) for i, p in enumerate(writing)]
    seconds = time.perf_counter() - start
    stop.touch()
    read = [_last_json(p, "reader", failures) for p in reading]

    with open_case(location, daily_backup=False) as case:
        tokens = [
            token
            for claim_id in claim_ids
            for token in (case.claims.get(claim_id).notes or "").rstrip(";").split(";")
            if token
        ]
    expected = {f"w{i}:{n}" for i in range(writers) for n in range(edits)}
    counts: dict[str, int] = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    unnamed = sum(int(w.get("unnamed", 0)) for w in written)  # type: ignore[call-overload]
    if unnamed:
        failures.append(f"{unnamed} refused saves did not say who changed the field")
    took = [t for r in read for t in r.get("took", [])]  # type: ignore[attr-defined]
    return LoadResult(
        writers=writers,
        edits=edits,
        readers=readers,
        saved=sum(int(w.get("saved", 0)) for w in written),  # type: ignore[call-overload]
        conflicts=sum(int(w.get("conflicts", 0)) for w in written),  # type: ignore[call-overload]
        lost=len(expected - counts.keys()),
        duplicated=sum(1 for c in counts.values() if c > 1) + len(counts.keys() - expected),
        searches=len(took),
        search_errors=sum(int(r.get("errors", 0)) for r in read),  # type: ignore[call-overload]
        search_p95_ms=(
            statistics.quantiles(took, n=20)[-1] * 1000 if len(took) >= 2 else 0.0
        ),
        seconds=seconds,
        failures=failures,
    )


@contextlib.contextmanager
def _database(url: str | None) -> Iterator[str]:
    from tests.perf.bench_team import server_for

    with server_for(url) as server:
        try:
            yield server.new_database()
        finally:
            server.drop_all()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["writer"]:
        writer(args[1], args[2].split(","), args[3], int(args[4]), int(args[5]))
        return 0
    if args[:1] == ["reader"]:
        reader(args[1], args[2])
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.perf.load_team")
    parser.add_argument("--db", help="postgresql://… (default: a server started for the run)")
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--readers", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    given = parser.parse_args(args)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="factdesk-load-") as tmp, _database(given.db) as url:
        result = run_load(url, Path(tmp), given.writers, given.edits, given.readers)
    print(result.summary())
    if given.json:
        print(json.dumps(result.__dict__))
    return 0 if result.clean else 1


if __name__ == "__main__":
    raise SystemExit(main())

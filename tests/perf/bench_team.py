"""Team mode on a PostgreSQL server: search, bundle import, colleagues' changes, opening.

``python -m tests.perf.bench_team [--db postgresql://…] [--claims N]``: with
``--db`` the server named (its role must be allowed to create databases: the
benchmark makes and drops its own), else a server started for the run as the
tests start theirs.  ``--keep NAME`` (with ``--db``) keeps the big case in the
database NAME on that server: built on the first run (some 15 minutes at
100,000 claims), used as it is by later ones.  ``--only search`` (or notice,
open, import) measures only those figures.  Each figure is measured against a
baseline in the same run, alternating, so a busy machine slows both alike:

- search: the services' search against the same statement in raw psycopg
  (goal: p95 < 50 ms);
- bundle import: ``apply_import`` against the same rows written with ``COPY``
  in one transaction, search rows included (goal: at most 3x);
- a colleague's change: the time until another open case's change counter
  moves, against a raw ``NOTIFY`` between two psycopg connections
  (goal: p95 < 1 s);
- opening: open and read the first page of a big case against an empty one
  on the same server (goal: at most 1.2x).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from factdesk.locations import ServerAddress
from factdesk.services import open_case
from factdesk.services.records import ClaimFilter
from factdesk.services.transfer import copy_case
from factdesk.store import search, search_pg
from factdesk.store.pg_sql import postgres_sql
from tests.perf.synth import SynthSize, TextMaker, build_case_file


@dataclass
class Figure:
    """One line: ours against the baseline, with a ratio goal and/or a p95 limit."""

    name: str
    ours_s: float
    baseline_s: float
    goal: float | None
    limit_ms: float | None = None
    p95_ms: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.ours_s / self.baseline_s if self.baseline_s > 0 else float("inf")

    @property
    def met(self) -> bool:
        ratio_ok = self.goal is None or self.ratio <= self.goal
        limit_ok = self.limit_ms is None or (self.p95_ms or 0.0) < self.limit_ms
        return ratio_ok and limit_ok

    @property
    def verdict(self) -> str:
        parts = [f"{self.ratio:.2f}x" + (f" (goal <= {self.goal:g}x)" if self.goal else "")]
        if self.limit_ms is not None:
            parts.append(f"p95 {self.p95_ms:.1f} ms (goal < {self.limit_ms:g} ms)")
        return ", ".join(parts) + ("; met" if self.met else "; MISSED")


SEARCH_REPEAT = 21
NOTICES = 30
OPENS = 7


class Server:
    """Databases on one server for the run (created and dropped here)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._names = itertools.count(1)
        self.made: list[str] = []

    def _admin_url(self) -> str:
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        head, sep, tail = self.url.partition("?")
        base = head.rsplit("/", 1)[0]
        return f"{base}/{database}{sep}{tail}"

    def new_database(self) -> str:
        name = f"factdesk_bench_{next(self._names)}"
        with psycopg.connect(self._admin_url(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        self.made.append(name)
        return self.url_for(name)

    def kept_claims(self, name: str) -> int:
        """Claims in the kept database ``name`` (made empty when missing; 0 if no case yet)."""
        with psycopg.connect(self._admin_url(), autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if found.fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')
                return 0
        with psycopg.connect(self.url_for(name)) as conn:
            table = conn.execute("SELECT to_regclass('claims')").fetchone()
            if table is None or table[0] is None:
                return 0
            return int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])

    def drop_all(self) -> None:
        with psycopg.connect(self._admin_url(), autocommit=True) as conn:
            for name in self.made:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# -- search ---------------------------------------------------------------------------------


def queries() -> list[str]:
    words = TextMaker(7).words
    return ["minister", "government report", words[-1], words[-50][:4], f"tax {words[900]}"]


def bench_search(url: str) -> Figure:
    ours: list[float] = []
    raw: list[float] = []
    shapes: dict[str, str] = {}  # each query's median/p95
    with open_case(url, daily_backup=False) as case, psycopg.connect(url) as conn:
        conn.execute("SET jit = off")  # as the program's connections are set up
        conn.commit()
        conn.prepare_threshold = None  # as the program's: a custom plan for every search
        for query in queries():
            parts = search.phrases(query)
            # The statements the services run for the list (newest change first): the
            # newest rows' share of matches, then the list.
            sample = search_pg.SAMPLE_ROWS
            sample_sql = postgres_sql(search_pg._SAMPLE.format(sample=sample))
            sample_params = [search_pg.tsquery(parts, False)]

            def listed(
                parts: list[str] = parts, sql: str = sample_sql, p: Any = sample_params
            ) -> None:
                reach = search_pg.reach_from_sample(
                    *conn.execute(sql, p).fetchone(), cap=search.RESULT_CAP
                )
                statement, params = search_pg.listed_statement(
                    parts,
                    where="",
                    params=[],
                    order="claims.updated_at DESC, claims.id DESC",
                    limit=None,
                    offset=0,
                    cap=search.RESULT_CAP,
                    reach=reach,
                )
                conn.execute(postgres_sql(statement), params).fetchall()

            mine: list[float] = []
            for _ in range(SEARCH_REPEAT):
                mine.append(_timed(lambda q=query: case.claims.list_ids(ClaimFilter(search=q))))
                raw.append(_timed(listed))
                conn.rollback()
            ours.extend(mine)
            shapes[query] = f"{statistics.median(mine) * 1000:.1f}/{p95(mine) * 1000:.1f} ms"
        with case.store.read() as db:
            items = db.execute("SELECT count(*) FROM evidence").fetchone()[0]
    return Figure(
        f"search ({items:,} evidence items), p95 of {len(ours)}",
        statistics.median(ours),
        statistics.median(raw),
        None,
        limit_ms=50.0,
        p95_ms=p95(ours) * 1000,
        extra={"raw_p95_ms": round(p95(raw) * 1000, 1), "median/p95 by query": shapes},
    )


# -- bundle import --------------------------------------------------------------------------

TABLES = ("claims", "evidence", "verdicts")


def _rows(path: Path, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        cursor = con.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        return names, cursor.fetchall()
    finally:
        con.close()


def raw_import(source: Path, url: str) -> None:
    """The same rows with COPY in one transaction, and the same search rows."""
    with psycopg.connect(url) as conn:
        for table in TABLES:
            names, rows = _rows(source, table)
            with conn.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        for sql in search_pg._ALL:
            conn.execute(postgres_sql(sql), {})


def bench_import(work: Path, server: Server, claims: int) -> Figure:
    from factdesk.services.bundles import apply_import, export_bundle

    source = build_case_file(work / "bundle-source.factdesk", SynthSize(claims=claims))
    bundle = work / "desk.factbundle"
    with open_case(source, daily_backup=False) as case:
        export_bundle(case, bundle)
    ours: list[float] = []
    raw: list[float] = []
    for _ in range(3):
        target = server.new_database()
        open_case(target, daily_backup=False).close()
        with open_case(target, daily_backup=False) as case:
            ours.append(_timed(lambda c=case: apply_import(c, bundle)))
        target = server.new_database()
        open_case(target, daily_backup=False).close()
        raw.append(_timed(lambda t=target: raw_import(source, t)))
    return Figure(f"bundle import of {claims:,} claims", min(ours), min(raw), 3.0)


# -- a colleague's change -------------------------------------------------------------------


def bench_notice(url: str) -> Figure:
    ours: list[float] = []
    raw: list[float] = []
    with open_case(url, author="Ana") as mine, open_case(url, author="Ben") as theirs:
        claim = theirs.claims.list_ids(limit=1)[0]
        mine.store.data_version()  # starts listening
        time.sleep(0.5)
        for n in range(NOTICES):
            seen = mine.store.data_version()
            start = time.perf_counter()
            theirs.claims.update(claim, claimant=f"Source {n}")
            while mine.store.data_version() == seen and time.perf_counter() - start < 5:
                time.sleep(0.0005)
            ours.append(time.perf_counter() - start)
    with psycopg.connect(url, autocommit=True) as a, psycopg.connect(url, autocommit=True) as b:
        b.execute("LISTEN bench")
        for _ in range(NOTICES):
            start = time.perf_counter()
            a.execute("NOTIFY bench")
            next(iter(b.notifies(timeout=5)), None)
            raw.append(time.perf_counter() - start)
    return Figure(
        f"a colleague's change seen by another window, p95 of {NOTICES}",
        statistics.median(ours),
        statistics.median(raw),
        None,
        limit_ms=1000.0,
        p95_ms=p95(ours) * 1000,
    )


# -- opening --------------------------------------------------------------------------------


def _open_first_page(url: str) -> None:
    with open_case(url, daily_backup=False) as case:
        case.claims.rows(case.claims.list_ids(limit=100))
        case.claims.count()


def bench_open(big: str, empty: str, claims: int) -> Figure:
    ours: list[float] = []
    base: list[float] = []
    for _ in range(OPENS):
        ours.append(_timed(lambda: _open_first_page(big)))
        base.append(_timed(lambda: _open_first_page(empty)))
    return Figure(
        f"open and first page at {claims:,} claims", statistics.median(ours),
        statistics.median(base), 1.2,
    )  # fmt: skip


# -- running --------------------------------------------------------------------------------


@contextlib.contextmanager
def server_for(url: str | None) -> Iterator[Server]:
    if url:
        ServerAddress(url)  # refuse a malformed address before anything runs
        server = Server(url)
        try:
            yield server
        finally:
            server.drop_all()
        return
    from tests.pg_server import session_server

    with session_server() as started:
        if isinstance(started, str):
            raise SystemExit(started)
        yield Server(started.url("postgres"))


FIGURES = ("search", "notice", "open", "import")


def _big_case(work: Path, server: Server, claims: int, keep: str | None) -> str:
    """The big case's URL: the kept one when it already holds the claims, else built."""
    if keep:
        held = server.kept_claims(keep)
        big = server.url_for(keep)
        if held == claims:
            print(f"using the kept database {keep} ({held:,} claims)", flush=True)
            return big
        if held:
            raise SystemExit(f"{keep} holds {held:,} claims, not {claims:,}: drop it first")
    else:
        big = server.new_database()
    source = build_case_file(work / "big.factdesk", SynthSize(claims=claims))
    start = time.perf_counter()
    copy_case(source, big)
    copied = time.perf_counter() - start
    print(f"copied {claims:,} claims to the server in {copied:.1f} s", flush=True)
    with psycopg.connect(big, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # as autovacuum would, before the figures
    return big


def run(
    url: str | None,
    claims: int,
    bundle_claims: int,
    keep: str | None = None,
    only: tuple[str, ...] = FIGURES,
) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="factdesk-team-") as tmp, server_for(url) as server:
        work = Path(tmp)
        big = _big_case(work, server, claims, keep)
        if "search" in only:
            figures.append(bench_search(big))
        if "notice" in only:
            figures.append(bench_notice(big))
        if "open" in only:
            empty = server.new_database()
            open_case(empty, daily_backup=False).close()
            figures.append(bench_open(big, empty, claims))
        if "import" in only:
            figures.append(bench_import(work, server, bundle_claims))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_team")
    parser.add_argument("--db", help="postgresql://… (default: a server started for the run)")
    parser.add_argument("--claims", type=int, default=10_000, help="claims (10 evidence each)")
    parser.add_argument("--bundle-claims", type=int, default=1000)
    parser.add_argument(
        "--keep", metavar="NAME", help="keep the big case in database NAME on --db's server"
    )
    parser.add_argument(
        "--only", action="append", choices=FIGURES, help="measure only these (repeatable)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.keep and not args.db:
        parser.error("--keep needs --db (a server that outlives the run)")
    if args.keep and not args.keep.replace("_", "").isalnum():
        parser.error("--keep: a database name of letters, digits and underscores")
    figures = run(args.db, args.claims, args.bundle_claims, args.keep, tuple(args.only or FIGURES))
    for figure in figures:
        print(f"{figure.name}: ours {figure.ours_s * 1000:.1f} ms, baseline "
              f"{figure.baseline_s * 1000:.1f} ms; {figure.verdict}")  # fmt: skip
        for key, value in figure.extra.items():
            print(f"  {key}: {value}")
    if args.json:
        found = {
            f.name: {"ours_s": f.ours_s, "baseline_s": f.baseline_s, "p95_ms": f.p95_ms}
            for f in figures
        }
        print(json.dumps(found))
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())

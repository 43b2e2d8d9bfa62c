"""Test helpers shared across test folders."""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote


def table_dump(path: Path | str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read without writing anything to the file (or server)."""
    if isinstance(path, str) and path.startswith("postgresql://"):
        return _server_dump(path)
    con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: sorted(map(tuple, con.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names}
    finally:
        con.close()


def tamper_case(location: object, sql: str, *params: object) -> None:
    """Change a case as another program might have: a case file with sqlite3, a shared case
    on a server with psycopg (``sql`` in the store's plain SQL, ``?`` parameters)."""
    from factdesk.locations import ServerAddress

    if isinstance(location, ServerAddress):
        import psycopg

        from factdesk.store.pg_sql import postgres_sql

        with psycopg.connect(location.conninfo()) as conn:
            conn.execute(postgres_sql(sql), params)
        return
    con = sqlite3.connect(str(location))
    with con:
        con.execute(sql, params)
    con.close()


def _server_dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    import psycopg

    with psycopg.connect(url) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        ]
        return {
            n: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{n}"')), key=repr)
            for n in names
        }


def run_cli(capsys: Any, *args: str) -> tuple[int, str, str]:
    """``factdesk ARGS`` in this process: (exit code, standard output, standard error)."""
    from factdesk.cli.main import main

    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# Linear: about 4 for four times the input; quadratic: 16.  Generous for a busy machine.
MAX_RATIO = 8.0


def best_of(check: Callable[[Any], Any], value: Any, runs: int = 3) -> float:
    """The fastest of ``runs`` runs, with the cyclic collector paused as the bundle reader
    pauses it (its passes over every live object would otherwise be timed too)."""
    from factdesk.services import timestamps
    from factdesk.services.bulk import collector_paused
    from factdesk.services.bundles import BundleError

    best = float("inf")
    gc.collect()
    with collector_paused():
        for _ in range(runs):
            started = time.perf_counter()
            # Refusing is the point; it must be quick.
            with contextlib.suppress(BundleError, timestamps.TimestampError, ValueError):
                check(value)
            best = min(best, time.perf_counter() - started)
    return best


def assert_linear(
    make: Callable[[int], Any], check: Callable[[Any], Any], sizes: list[int], runs: int = 5
) -> None:
    assert len(sizes) == 3 and sizes[2] == 4 * sizes[0]
    inputs = [make(n) for n in sizes]
    # A busy machine can slow one measurement down; growth with the square of the
    # input shows in every one, so the ratio is measured again before failing.
    for _attempt in range(3):
        times = [best_of(check, value, runs) for value in inputs]
        ratio = times[2] / max(times[0], 1e-6)
        if ratio < MAX_RATIO:
            return
    raise AssertionError(f"{sizes} took {[round(t, 4) for t in times]} s (x{ratio:.1f})")

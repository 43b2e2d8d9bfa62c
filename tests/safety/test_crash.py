"""Killing a writing FactDesk at random moments loses nothing it reported as saved.

Each round starts a writer process, lets it work for a random moment and
kills it with SIGKILL (no chance to clean up), then checks the case file:
SQLite's integrity and foreign-key checks pass, every acknowledged write is
there, and each bulk import batch is there completely or not at all.  The
edit and import rounds run side by side on their own case files.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factdesk.services import open_case
from factdesk.store.migrate import head_revision
from tests.safety import writer_child
from tests.safety.fixtures import fixture_path
from tests.safety.harness import WriterServer, sqlite_problems

SEED = 20261126
EDIT_KILLS = 36
IMPORT_KILLS = 24
MIGRATION_KILLS = 8


def check_edits(path: Path, acks: list[str]) -> None:
    con = sqlite3.connect(path)
    try:
        for ack in acks:
            what, ident, n = ack.split()
            if what == "claim":
                row = con.execute("SELECT text FROM claims WHERE id = ?", (ident,)).fetchone()
                assert row == (f"claim {n}",), ack
            elif what == "notes":
                row = con.execute("SELECT notes FROM claims WHERE id = ?", (ident,)).fetchone()
                assert row == (f"note {n}",), ack
            elif what == "evidence":
                row = con.execute("SELECT title FROM evidence WHERE id = ?", (ident,)).fetchone()
                assert row == (f"evidence {n}",), ack
            elif what == "verdict":
                row = con.execute(
                    "SELECT summary FROM verdicts WHERE claim_id = ?", (ident,)
                ).fetchone()
                assert row == (f"summary {n}",), ack
        # History is written in the same transaction as each change.
        unrecorded = con.execute(
            "SELECT count(*) FROM claims WHERE id NOT IN (SELECT claim_id FROM history)"
        ).fetchone()[0]
        assert unrecorded == 0
    finally:
        con.close()


def check_batches(path: Path, acked: set[int]) -> int:
    """Every batch complete or absent, every acknowledged one present; the count of batches."""
    con = sqlite3.connect(path)
    try:
        claims = dict(
            con.execute(
                "SELECT claimant, count(*) FROM claims WHERE claimant LIKE 'batch %' "
                "GROUP BY claimant"
            ).fetchall()
        )
        evidence = dict(
            con.execute(
                "SELECT c.claimant, count(*) FROM evidence e JOIN claims c ON c.id = e.claim_id "
                "WHERE c.claimant LIKE 'batch %' GROUP BY c.claimant"
            ).fetchall()
        )
        indexed = con.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    finally:
        con.close()
    per_batch = writer_child.BATCH_CLAIMS
    for name, count in claims.items():
        assert count == per_batch, f"{name}: {count} of {per_batch} claims"
        assert evidence.get(name) == per_batch * writer_child.EVIDENCE_PER_CLAIM, name
    present = {int(name.split()[1]) for name in claims}
    assert acked <= present, f"acknowledged batches missing: {acked - present}"
    # The search index rows were written in the same transactions.
    assert indexed == len(present) * per_batch * (1 + writer_child.EVIDENCE_PER_CLAIM)
    return len(present)


def edit_rounds(server: WriterServer, tmp: Path, rng: random.Random, kills: int) -> int:
    path = tmp / "edits.factdesk"
    acks: list[str] = []
    for round_no in range(kills):
        writer = server.start("edits", path, round_no * 100_000, tmp / "edits.acks")
        writer.wait_for("ready")
        time.sleep(rng.uniform(0.0, 0.5))
        acks += writer.kill()
        assert sqlite_problems(path) == ([], [])
        check_edits(path, acks)
    assert len(acks) > kills  # the kills did land among writes
    return len(acks)


def import_rounds(server: WriterServer, tmp: Path, rng: random.Random, kills: int) -> int:
    path = tmp / "import.factdesk"
    acked: set[int] = set()
    mid_import = 0
    for round_no in range(kills):
        writer = server.start("import", path, round_no * 1000, tmp / "import.acks")
        # From its first import on (building a bundle takes as long as importing it, and
        # longer on a busy machine): the kill lands in an import or between two.
        writer.wait_for(f"importing {round_no * 1000}")
        time.sleep(rng.uniform(0.0, 0.6))
        lines = writer.kill()
        acked |= {int(a.split()[1]) for a in lines if a.startswith("batch ")}
        mid_import += bool(lines) and lines[-1].startswith("importing ")
        assert sqlite_problems(path) == ([], [])
        check_batches(path, acked)
    # Kills land at random: many (not all, on a busy machine) inside an import transaction.
    assert mid_import >= kills // 5
    return mid_import


def migration_rounds(server: WriterServer, tmp: Path, rng: random.Random, kills: int) -> None:
    for round_no in range(kills):
        path = tmp / f"migrate-{round_no}.factdesk"
        shutil.copyfile(fixture_path("0001"), path)
        writer = server.start("open", path, 0, tmp / "migrate.acks")
        writer.wait_for("starting")
        time.sleep(rng.uniform(0.0, 0.15))
        writer.kill()
        assert sqlite_problems(path) == ([], [])
        with open_case(path, daily_backup=False) as case:  # finishes an interrupted upgrade
            assert case.claims.count() == 3
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        con.close()


@pytest.mark.slow
def test_killed_writers_lose_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    for name in ("edits", "import"):
        open_case(tmp_path / f"{name}.factdesk").close()
    servers = [WriterServer(), WriterServer()]
    lanes: dict[str, Callable[[], object]] = {
        "edits": lambda: edit_rounds(servers[0], tmp_path, random.Random(rng.random()), EDIT_KILLS),
        "import": lambda: (
            import_rounds(servers[1], tmp_path, random.Random(rng.random()), IMPORT_KILLS),
            migration_rounds(servers[1], tmp_path, random.Random(rng.random()), MIGRATION_KILLS),
        ),
    }
    results: dict[str, object] = {}
    errors: list[BaseException] = []

    def run(name: str, fn: Callable[[], object]) -> None:
        try:
            t0 = time.monotonic()
            results[name] = fn()
            results[name + " s"] = round(time.monotonic() - t0, 1)
        except BaseException as exc:
            errors.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=run, args=item) for item in lanes.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for server in servers:
        server.close()
    if errors:
        raise errors[0]
    elapsed = time.monotonic() - started
    print(f"{EDIT_KILLS + IMPORT_KILLS + MIGRATION_KILLS} kills in {elapsed:.1f} s; {results}")

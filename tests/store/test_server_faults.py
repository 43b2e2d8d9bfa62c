"""A shared case when the server goes away: nothing half-applied, work goes on after."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from factdesk.errors import CaseFileError
from factdesk.services import open_case
from factdesk.store.server import WRITE_LOCK
from tests.pg_server import PostgresServer, need

pytestmark = [pytest.mark.postgresql, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def restartable(postgres_server: PostgresServer | str) -> PostgresServer:
    server = need(postgres_server)
    if server.data_dir is None:
        pytest.skip("the server named by FACTDESK_TEST_POSTGRES_URL is not the tests' to restart")
    return server


def test_a_server_restart_mid_edit_loses_nothing_and_applies_nothing_twice(
    postgres_server: PostgresServer | str, postgres_url: str
) -> None:
    server = restartable(postgres_server)
    with open_case(postgres_url, author="Ana") as case:
        claim = case.claims.create("The port reopened in May")
        seen = case.store.data_version()
        server.pg_ctl("restart", "-m", "fast")
        try:  # the pool replaces the dropped connection; if not, the save is reported
            case.claims.update(claim.id, claimant="Harbour office")
        except CaseFileError as exc:
            assert "cannot be reached" in str(exc) or "server" in str(exc)
            case.claims.update(claim.id, claimant="Harbour office")
        assert case.claims.get(claim.id).claimant == "Harbour office"
        changes = [e for e in case.history.for_claim(claim.id) if "claimant" in e.changes]
        assert len(changes) == 1
        # The listener came back too: what happened meanwhile is read again.
        deadline = time.monotonic() + 10
        while case.store.data_version() == seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert case.store.data_version() != seen


def test_a_server_killed_during_a_bundle_import_keeps_none_of_it(
    postgres_server: PostgresServer | str, postgres_url: str, tmp_path: Path
) -> None:
    from factdesk.services.bundles import export_bundle
    from tests.perf.synth import SynthSize, build_case_file

    server = restartable(postgres_server)
    source = build_case_file(tmp_path / "big.factdesk", SynthSize(claims=3000))
    bundle = tmp_path / "big.factbundle"
    with open_case(source, daily_backup=False) as case:
        export_bundle(case, bundle)
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "store" / "import_child.py"), postgres_url,
         str(bundle)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )  # fmt: skip
    # Killed once the import holds the case's write lock: its transaction is under way.
    with psycopg.connect(postgres_url, autocommit=True) as watch:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            held = watch.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND classid = %s AND objid = %s",
                WRITE_LOCK,
            ).fetchone()
            if held and held[0]:
                break
            time.sleep(0.01)
    assert child.poll() is None, "the import ended before the server could be killed"
    server.pg_ctl("stop", "-m", "immediate")
    server.pg_ctl("start")
    _out, err = child.communicate(timeout=120)
    assert child.returncode != 0 and "Traceback" not in err.splitlines()[-1:]
    with open_case(postgres_url) as case:
        assert case.claims.count() == 0
        assert case.history.latest_id() == 0 or not case.history.latest_id()

"""Read-only case files open for reading; a full disk loses nothing already saved."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from factdesk.errors import CaseFileError, ReadOnlyError
from factdesk.services import Case, open_case
from tests.helpers import table_dump
from tests.safety.harness import ROOT

PROBE = """
import json, sys
from factdesk.errors import FactDeskError, ReadOnlyError
from factdesk.services import open_case
result = {}
with open_case(sys.argv[1]) as case:
    result["read_only"] = case.read_only
    result["claims"] = case.claims.count()
    result["found"] = len(case.claims.list_ids())
    try:
        case.claims.create("should not be saved")
    except ReadOnlyError as exc:
        result["write"] = str(exc)
print(json.dumps(result))
"""


def run_probe(path: Path) -> dict[str, Any]:
    """Open ``path`` in another process, one bound by file permissions.

    Root ignores permissions; as root the probe runs without the capabilities
    that let it (so it is refused exactly as a journalist's account would be).
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", PROBE, str(path)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def make_case(folder: Path) -> Path:
    path = folder / "case" / "case.factdesk"
    path.parent.mkdir()
    with open_case(path, daily_backup=False) as case:
        case.claims.create("saved before it became read-only")
    return path


def test_read_only_file_opens_for_reading(tmp_path: Path) -> None:
    path = make_case(tmp_path)
    path.chmod(0o444)
    before = table_dump(path)
    result = run_probe(path)
    assert result["read_only"] is True
    assert result["claims"] == result["found"] == 1
    assert "read-only" in result["write"]
    assert table_dump(path) == before


def test_file_in_read_only_folder_opens_for_reading(tmp_path: Path) -> None:
    path = make_case(tmp_path)
    path.chmod(0o666)
    path.parent.chmod(0o555)  # no -wal or -shm can be made beside it
    before = path.read_bytes()
    result = run_probe(path)
    assert result["read_only"] is True and result["claims"] == 1
    assert "read-only" in result["write"]
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["case.factdesk"]
    path.parent.chmod(0o755)


def test_opened_read_only_on_request(filled_case: Case) -> None:
    path = filled_case.path
    filled_case.close()
    with open_case(path, read_only=True) as case:
        assert case.read_only and case.claims.count() == 3
        with pytest.raises(ReadOnlyError, match="read-only"):
            case.claims.create("nope")


def test_full_disk_fails_the_write_and_keeps_what_was_saved(filled_case: Case) -> None:
    before = table_dump(filled_case.path)

    @event.listens_for(filled_case.store.engine, "connect")
    def _tiny_disk(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    filled_case.store.engine.dispose()  # connections are kept: the next one gets the limit
    claim_id = filled_case.claims.list_ids()[0]
    evidence_id = filled_case.claims.get(claim_id).evidence[0].id
    with pytest.raises(CaseFileError, match="disk is full; the change was not saved"):
        filled_case.evidence.attach_bytes(evidence_id, "big.bin", os.urandom(200_000), "x/y")
    event.remove(filled_case.store.engine, "connect", _tiny_disk)
    assert table_dump(filled_case.path) == before
    filled_case.claims.create("room again")
    assert filled_case.claims.count() == 4

"""A damaged case file is recognised, left as it is, and a backup is offered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.cli.main import main
from factdesk.errors import CaseFileError, DamagedCaseFileError
from factdesk.services import Case, open_case
from factdesk.services import backups as bk
from factdesk.store.casefile import open_case_file
from tests.safety.conftest import damage_pages, fingerprint
from tests.safety.harness import ROOT


def test_garbage_pages_are_refused_untouched(filled_case: Case) -> None:
    path = filled_case.path
    filled_case.close()
    damage_pages(path)
    before = fingerprint(path)
    with pytest.raises(DamagedCaseFileError) as caught:
        open_case(path)
    assert caught.value.path == path
    assert "damaged" in str(caught.value)
    assert fingerprint(path) == before


def test_damage_past_the_quick_check_size_is_caught_at_the_first_query(
    filled_case: Case,
) -> None:
    path = filled_case.path
    filled_case.close()
    damage_pages(path)
    before = path.read_bytes()
    with pytest.raises(DamagedCaseFileError):
        store = open_case_file(path, quick_check_max_bytes=0)
        try:
            Case(store).claims.get_many(Case(store).claims.list_ids())
        finally:
            store.close()
    assert path.read_bytes() == before


def test_truncated_file_is_refused_untouched(filled_case: Case) -> None:
    path = filled_case.path
    filled_case.close()
    path.write_bytes(path.read_bytes()[: 8192 + 100])
    before = fingerprint(path)
    with pytest.raises(CaseFileError, match="truncated"):
        open_case(path)
    assert fingerprint(path) == before


def test_command_line_names_the_newest_backup_and_how_to_restore_it(
    filled_case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    path = filled_case.path
    info = bk.backup_before(filled_case, "import")
    filled_case.close()
    damage_pages(path)
    assert main(["--db", str(path), "claims", "list"]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err
    assert "just now" in err and str(info.path) in err
    assert f'factdesk --db "{path}" restore "{info.path}"' in err
    # The command it names puts the case back.
    assert main(["--db", str(path), "restore", str(info.path), "--yes"]) == 0
    with open_case(path) as case:
        assert case.claims.count() == 3


def test_damage_without_a_backup_says_so_without_a_traceback(
    filled_case: Case, tmp_path: Path
) -> None:
    path = filled_case.path
    filled_case.close()
    damage_pages(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "factdesk", "--db", str(path), "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "is damaged" in proc.stderr and "No backup of it was found" in proc.stderr

"""Two FactDesk processes on one case file: writes take turns, nothing is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factdesk.services import open_case
from tests.safety.harness import spawn, sqlite_problems

K = 30


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(case_path: Path, tmp_path: Path) -> None:
    open_case(case_path).close()
    go = tmp_path / "go"
    writers = [spawn("claims", case_path, n * 1000, str(K), str(go)) for n in range(2)]
    for w in writers:
        assert w.stdout is not None
        for line in w.stdout:
            if line.strip() == "ready":
                break
        else:
            raise AssertionError(w.stderr.read() if w.stderr else "writer died")
    go.touch()  # both are open and waiting: they write at the same time
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert len([ln for ln in out.splitlines() if ln.startswith("claim ")]) == K
    assert sqlite_problems(case_path) == ([], [])
    with open_case(case_path) as case:
        texts = {c.text for c in case.claims.get_many(case.claims.list_ids())}
    assert texts == {f"claim {n * 1000 + i}" for n in range(2) for i in range(K)}


def test_a_second_process_sees_the_first_ones_writes(case_path: Path) -> None:
    with open_case(case_path) as mine:
        mine.claims.create("written here first")
        writer = spawn("claims", case_path, 0, "3")
        _out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        # The open case reads the other process's commits without reopening.
        assert mine.claims.count() == 4
        assert mine.history.latest_id() == 4
        mine.claims.create("and here after")
    con = sqlite3.connect(case_path)
    assert con.execute("SELECT count(*) FROM claims").fetchone() == (5,)
    con.close()

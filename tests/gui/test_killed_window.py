"""A window killed while a rationale without a rating is being typed keeps what was typed
up to the last pause."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.services import open_case
from tests.safety.harness import child_env

CHILD = Path(__file__).with_name("window_child.py")


@pytest.mark.slow
def test_killing_the_window_keeps_the_draft_up_to_the_last_pause(case_path: Path) -> None:
    with open_case(case_path, author="Test Reporter") as case:
        claim = case.claims.create("Tap water is radioactive")
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(case_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "PAUSED", proc.stderr.read() if proc.stderr else line
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with open_case(case_path, daily_backup=False) as case:
        draft = case.verdicts.get(claim.id)
        assert draft is not None and draft.rating is None
        assert draft.rationale is not None and draft.rationale.startswith("Part one. ")
        assert case.claims.rows([claim.id])[0].rating is None

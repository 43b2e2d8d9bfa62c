"""Two people editing the same claim: no save overwrites a change it did not see."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.errors import EditConflictError
from factdesk.services import open_case

ROOT = Path(__file__).resolve().parents[2]


def make_case(location: Path | str) -> None:
    open_case(location, daily_backup=False).close()


def test_a_stale_save_is_refused_naming_who_changed_it(case_path: Path | str) -> None:
    make_case(case_path)
    with open_case(case_path, author="Ana") as ana, open_case(case_path, author="Ben") as ben:
        claim = ana.claims.create("The bridge cost 2 million", claimant="Mayor")
        shown = ana.claims.get(claim.id)  # Ana's editor loads the claim
        ben.edits.update("claim", claim.id, {"claimant": "The mayor's office"})
        with pytest.raises(EditConflictError) as refused:
            ana.edits.update(
                "claim", claim.id, {"claimant": "Mayor Smith"}, loaded={"claimant": shown.claimant}
            )
        conflict = refused.value
        assert (conflict.mine, conflict.theirs, conflict.by) == (
            "Mayor Smith",
            "The mayor's office",
            "Ben",
        )
        assert conflict.at is not None and "changed by Ben" in str(conflict)
        assert ana.claims.get(claim.id).claimant == "The mayor's office"  # nothing saved
        # Keep mine: saved against what is there now.
        ana.edits.update(
            "claim", claim.id, {"claimant": "Mayor Smith"}, loaded={"claimant": conflict.theirs}
        )
        assert ben.claims.get(claim.id).claimant == "Mayor Smith"
        # Both versions are in the history.
        changes = [e.changes.get("claimant") for e in ben.history.for_claim(claim.id)]
        assert ["Mayor", "The mayor's office"] in changes
        assert ["The mayor's office", "Mayor Smith"] in changes


def test_another_field_changed_meanwhile_is_no_conflict(case_path: Path | str) -> None:
    make_case(case_path)
    with open_case(case_path, author="Ana") as ana, open_case(case_path, author="Ben") as ben:
        claim = ana.claims.create("Turnout rose", claimant="Electoral board")
        shown = ana.claims.get(claim.id)
        ben.edits.update("claim", claim.id, {"notes": "Ask the board"})
        ana.edits.update(
            "claim", claim.id, {"claimant": "Board"}, loaded={"claimant": shown.claimant}
        )
        now = ben.claims.get(claim.id)
        assert (now.claimant, now.notes) == ("Board", "Ask the board")


@pytest.mark.slow
def test_writers_in_parallel_lose_no_update(case_path: Path | str) -> None:
    writers, edits = 4, 15
    with open_case(case_path, author="Desk") as case:
        claim = case.claims.create("Everyone edits this claim")
    procs = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "services" / "writer_child.py"),
             str(case_path), claim.id, f"w{i}", str(edits)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for i in range(writers)
    ]  # fmt: skip
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert all(r["saved"] == edits for r in results)
    with open_case(case_path) as case:
        notes = case.claims.get(claim.id).notes or ""
    tokens = notes.rstrip(";").split(";")
    assert sorted(tokens) == sorted(f"w{i}:{n}" for i in range(writers) for n in range(edits))

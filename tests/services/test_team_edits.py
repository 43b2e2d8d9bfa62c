"""Two people editing the same claim: no save overwrites a change it did not see."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.errors import EditConflictError
from factdesk.services import open_case


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
def test_writers_in_parallel_lose_no_update_while_readers_search(
    case_path: Path | str, tmp_path: Path
) -> None:
    """The load test (python -m tests.perf.load_team) at a size the suite can afford."""
    from tests.perf.load_team import run_load

    result = run_load(str(case_path), tmp_path, writers=4, edits=15, readers=2)
    assert result.failures == []
    assert (result.saved, result.lost, result.duplicated) == (60, 0, 0)
    assert result.searches > 0 and result.search_errors == 0

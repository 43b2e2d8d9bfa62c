"""A tiny run of the benchmark, so it cannot rot.  No assertion on time."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from tests.perf.__main__ import main


@pytest.mark.slow
def test_small_benchmark_prints_figures(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for key in ("FACTDESK_DATA_DIR", "FACTDESK_CONFIG_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(key, raising=False)
    args = ["--claims", "60", "--json", "--markdown", "--repeat", "1", "--pauses", "3"]
    assert main(args) == 0
    out = capsys.readouterr().out
    result = json.loads(out.strip().splitlines()[-1])
    assert result["claims"] == 60
    names = [f["name"] for f in result["figures"]]
    for family in (
        "search",
        "start: window",
        "start: factdesk claims list",
        "typing pause",
        "open",
        "bundle import",
        "bundle export",
        "report",
    ):
        assert any(family in n for n in names), f"no {family} figure in {names}"
    for figure in result["figures"]:
        assert figure["ours_s"] > 0 and figure["baseline_s"] > 0, figure
        assert math.isclose(
            figure["ratio"], figure["ours_s"] / figure["baseline_s"], rel_tol=0.05, abs_tol=0.01
        ), figure
        ratio_ok = figure["goal"] is None or figure["ratio"] <= figure["goal"]
        bounded = figure["p95_ms"] if figure["p95_ms"] is not None else figure["ours_s"] * 1000
        limit_ok = figure["limit_ms"] is None or bounded < figure["limit_ms"]
        assert figure["met"] == (ratio_ok and limit_ok), figure
        assert figure["verdict"].startswith("met: " if figure["met"] else "MISSED: ")
        assert figure["verdict"] in out  # one line per goal, printed
    assert result["all_goals_met"] == all(f["met"] for f in result["figures"])
    typing = next(f for f in result["figures"] if f["name"].startswith("typing pause: stored"))
    assert typing["write_transactions_per_pause"] == 1
    assert typing["reads_per_pause"] == 0
    assert "| measure | ours | baseline |" in out  # the README's table
    # Nothing written to the user's data or config folders (backups, settings).
    assert not any(home.rglob("*")), sorted(str(p) for p in home.rglob("*"))
    assert os.environ.get("FACTDESK_DATA_DIR") is None

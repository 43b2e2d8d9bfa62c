"""A tiny run of the benchmark, so it cannot rot. No assertion on time."""

from __future__ import annotations

import json

import pytest

from tests.perf.__main__ import main


def test_small_benchmark_prints_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--claims", "60", "--json"]) == 0
    out = capsys.readouterr().out
    result = json.loads(out.strip().splitlines()[-1])
    assert result["claims"] == 60
    names = [f["name"] for f in result["figures"]]
    assert any(n.startswith("search") for n in names)
    for figure in result["figures"]:
        assert figure["ours_s"] >= 0 and figure["baseline_s"] > 0
    assert "ratio" in out.splitlines()[1]

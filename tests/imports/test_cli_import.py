"""``factdesk import`` from the command line: summaries, JSON, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import Runner, fd  # noqa: F401 - the fixture
from tests.conftest import shared_file
from tests.helpers import table_dump

BUNDLE_KEYS = {"added", "updated", "unchanged", "conflicts", "warnings", "evidence", "dry_run"}


def test_json_summary_has_the_bundle_import_keys(fd: Runner, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "rows.csv"
    path.write_text("Claim,Rating\nThe sky is green,False\n", encoding="utf-8")
    code, out, err = fd("import", str(path), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert set(summary) == BUNDLE_KEYS
    assert len(summary["added"]) == 1 and summary["dry_run"] is False
    assert summary["evidence"] == {"added": 1, "updated": 0, "unchanged": 0, "conflicts": 0}
    code, out, _ = fd("import", str(path), "--json")
    assert json.loads(out)["added"] == [] and len(json.loads(out)["unchanged"]) == 1


def test_dry_run_prints_the_mapping_and_changes_nothing(fd: Runner, tmp_path: Path) -> None:  # noqa: F811
    fd("claims", "add", "Already here")
    before = table_dump(fd.db)
    path = tmp_path / "rows.tsv"
    path.write_text("x\tpants-fire\tA claim\n", encoding="utf-8")
    code, out, _ = fd("import", str(path), "--map", "3=claim", "--map", "2=rating", "--dry-run")
    assert code == 0
    assert "Dry run, nothing was changed" in out
    assert "column 3 → claim" in out and "'pants-fire' × 1 → false" in out
    assert table_dump(fd.db) == before


def test_refusals_are_one_line_with_status_1(fd: Runner, tmp_path: Path) -> None:  # noqa: F811
    fd("claims", "add", "Already here")
    before = table_dump(fd.db)
    path = tmp_path / "deep.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    code, out, err = fd("import", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "deep.json: is nested 5,000 levels deep" in err
    assert "Traceback" not in err
    code, _, err = fd("import", str(tmp_path / "missing.csv"))
    assert code == 1 and "missing.csv: no such file" in err
    code, _, err = fd("import", str(path), "--rating-map", "nonsense")
    assert code == 1 and "LABEL=KEY" in err
    assert table_dump(fd.db) == before


def test_usage_errors_exit_2(fd: Runner, tmp_path: Path) -> None:  # noqa: F811
    code, _, _ = fd("import")
    assert code == 2
    code, _, _ = fd("import", "x.csv", "--as", "opinions")
    assert code == 2


def test_liar_readme_example(fd: Runner) -> None:  # noqa: F811
    path = shared_file("realdata", "liar_test.tsv")
    code, out, err = fd(
        "import",
        str(path),
        "--as",
        "verdicts",
        "--map",
        "1=id",
        "--map",
        "2=rating",
        "--map",
        "3=claim",
        "--map",
        "4=tags",
        "--map",
        "5=claimant",
        "--map",
        "14=appeared_title",
        "--rating-map",
        "pants-fire=false",
        "--rating-map",
        "barely-true=mostly-false",
        "--json",
    )
    assert code == 0, err
    summary = json.loads(out)
    assert 1270 <= len(summary["added"]) <= 1283
    code, out, _ = fd("claims", "list", "--rating", "false", "--json")
    assert code == 0 and len(json.loads(out)) > 100

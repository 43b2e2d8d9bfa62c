"""``factdesk bundle export | import | inspect`` as a journalist runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdesk.cli.main import main
from tests.bundles import builders as b
from tests.helpers import table_dump


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_inspect_import_and_json_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b_db = tmp_path / "a.factdesk", tmp_path / "b.factdesk"
    bundle = tmp_path / "out.factbundle"
    assert run(capsys, a, "demo")[0] == 0
    code, out, _ = run(capsys, a, "bundle", "export", "-o", str(bundle), "--status", "in_review")
    assert code == 0 and "Exported 1 claim, 7 evidence items" in out

    code, out, _ = run(capsys, a, "bundle", "inspect", str(bundle))
    assert code == 0 and "a valid claim bundle" in out and "8bb6f14a" in out

    code, out, _ = run(capsys, b_db, "bundle", "import", str(bundle), "--dry-run")
    assert code == 0 and "Dry run" in out and "added:     1 claim" in out
    code, out, _ = run(capsys, b_db, "bundle", "import", str(bundle), "--json")
    summary = json.loads(out)
    assert {"added", "updated", "unchanged", "conflicts", "warnings"} <= set(summary)
    assert summary["added"] == ["8bb6f14a-714e-4fdc-89f6-05418818a00b"]
    code, out, _ = run(capsys, b_db, "bundle", "import", str(bundle), "--json")
    assert json.loads(out)["unchanged"] == ["8bb6f14a-714e-4fdc-89f6-05418818a00b"]


def test_conflicts_are_reported_with_how_they_were_settled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b_db = tmp_path / "a.factdesk", tmp_path / "b.factdesk"
    bundle = tmp_path / "out.factbundle"
    run(capsys, a, "demo")
    run(capsys, b_db, "demo")
    run(capsys, a, "claims", "edit", "84a6bd6c", "--notes", "A's notes")
    run(capsys, a, "bundle", "export", "-o", str(bundle))
    code, out, _ = run(capsys, b_db, "bundle", "import", str(bundle), "--on-conflict", "copy")
    assert code == 0 and "conflicts: 1 claim" in out
    assert "conflict 84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6: added the incoming claim" in out


def test_a_refused_bundle_is_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "b.factdesk"
    run(capsys, db, "demo")
    parts = b.valid_parts()
    parts["claims"][0]["evidence"][0]["url"] = "javascript:alert(1)"
    bundle = b.build(tmp_path / "bad.factbundle", parts)
    before = table_dump(db)
    code, out, err = run(capsys, db, "bundle", "import", str(bundle))
    assert code == 1 and out == ""
    assert err == (
        f"factdesk: error: claims/{b.C1}.json: $.evidence[0].url: web address "
        "'javascript:alert(1)' is not a web address: it must start with http:// or https://\n"
    )
    assert table_dump(db) == before
    code, _, err = run(capsys, db, "bundle", "inspect", str(tmp_path / "missing.factbundle"))
    assert code == 1 and "no such file" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.factdesk"), "bundle", "import", "f", "--on-conflict", "x"])
    assert exc.value.code == 2

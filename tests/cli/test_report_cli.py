"""``factdesk report`` as a journalist runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.cli.main import main
from factdesk.settings import Settings, load_settings, save_settings
from tests.report_checks import assert_safe_report, json_ld_blocks

ROOT = Path(__file__).resolve().parents[2]
MAIN = "8bb6f14a-714e-4fdc-89f6-05418818a00b"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.factdesk"
    assert main(["--db", str(path), "demo"]) == 0
    save_settings(Settings(organisation="The Harbour Desk"))
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--db", str(db), "report", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_report_all(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "case.html"
    code, out, err = run(db, capsys, "--all", "-o", str(out_file), "--url", "https://x.example/c")
    assert code == 0
    assert out.strip() == f"Wrote {out_file}"
    warnings = err.splitlines()
    assert all(line.startswith("factdesk: warning: ") for line in warnings)
    assert any("94 characters" in line for line in warnings)
    doc = assert_safe_report(out_file.read_text(encoding="utf-8"))
    assert len(doc.find_all("article")) == 3
    assert [b["url"].split("#")[0] for b in json_ld_blocks(doc)] == ["https://x.example/c"] * 2


def test_report_on_one_claim_by_prefix(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "one.html"
    code, _, _ = run(db, capsys, MAIN[:6], "-o", str(out_file), "--title", "Invasion rumour")
    assert code == 0
    doc = assert_safe_report(out_file.read_text(encoding="utf-8"))
    assert doc.find("h1").text() == "Invasion rumour"
    assert len(doc.find_all("article")) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "name the claims to report on"),
        (["ffffffff"], "no claim with id"),
        ([MAIN, "ffffffff"], "no claim with id"),
        (["--all", MAIN], "not both"),
        (["--all", "--url", "javascript:alert(1)"], "not a web address"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out_file = tmp_path / "out" / "report.html"
    out_file.parent.mkdir()
    code, out, err = run(db, capsys, *args, "-o", str(out_file))
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1 and message in err
    assert err.startswith("factdesk: error: ")
    assert list(out_file.parent.iterdir()) == []


@pytest.mark.parametrize("where", ["missing/report.html", "cli.factdesk/report.html", "."])
def test_unwritable_output_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    before = sorted(tmp_path.rglob("*"))
    code, _, err = run(db, capsys, "--all", "-o", str(tmp_path / where))
    assert code == 1
    assert "cannot write the report" in err and len(err.splitlines()) == 1
    assert sorted(tmp_path.rglob("*")) == before


def test_output_option_is_required(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(db, capsys, "--all")
    assert code == 2
    assert "-o/--output" in err


def test_no_traceback_in_a_real_process(db: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "factdesk", "--db", str(db), "report", "nope", "-o", "x.html"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "factdesk: error: no claim with id 'nope'."
    assert not (tmp_path / "x.html").exists()


def test_a_report_for_publication_needs_the_organisations_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fresh.factdesk"
    assert main(["--db", str(path), "demo"]) == 0  # settings as they start: "FactDesk"
    out_file = tmp_path / "r.html"
    code, out, err = run(path, capsys, MAIN, "-o", str(out_file))
    assert code == 1 and out == "" and not out_file.exists()
    assert err == (
        "factdesk: error: the organisation that publishes the report is still “FactDesk”, "
        "the program's name: give yours with --organisation NAME (it is remembered), "
        "or add --notes for an internal review copy.\n"
    )
    # An internal review copy may be made at once; it says what it is.
    code, _, _ = run(path, capsys, MAIN, "-o", str(out_file), "--notes")
    doc = assert_safe_report(out_file.read_text(encoding="utf-8"))
    assert code == 0
    assert doc.find("title").text().startswith("Internal review copy — not for publication: ")
    assert doc.by_class("internal-copy")[0].text() == "Internal review copy — not for publication"
    # Named once, the organisation is remembered.
    code, _, _ = run(
        path, capsys, MAIN, "-o", str(out_file), "--organisation", "Harbour Fact Desk",
        "--url", "https://harbour.example/checks/japan",
    )  # fmt: skip
    assert code == 0 and load_settings().organisation == "Harbour Fact Desk"
    doc = assert_safe_report(out_file.read_text(encoding="utf-8"))
    assert doc.by_class("internal-copy") == []
    assert "Internal review copy" not in doc.find("title").text()
    (block,) = json_ld_blocks(doc)
    assert block["url"] == "https://harbour.example/checks/japan"
    assert block["author"][0]["name"] == "Harbour Fact Desk"
    assert run(path, capsys, MAIN, "-o", str(out_file))[0] == 0

"""The command line in the user's language: English unless --lang or the locale says otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.cli.main import main
from factdesk.settings import Settings, save_settings
from tests.helpers import run_cli as run
from tests.report_checks import assert_safe_report

MAIN = "8bb6f14a-714e-4fdc-89f6-05418818a00b"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.factdesk"
    assert main(["--db", str(path), "demo"]) == 0
    save_settings(Settings(organisation="The Harbour Desk"))  # a report names its publisher
    return path


def report_lang(path: Path) -> str:
    return assert_safe_report(path.read_text(encoding="utf-8")).find("html").attrs["lang"] or ""


def test_english_by_default(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "r.html"
    code, out, _ = run(capsys, "--db", str(db), "report", MAIN, "-o", str(out_file))
    assert code == 0 and out.strip() == f"Wrote {out_file}"
    assert report_lang(out_file) == "en"


def test_lang_option_translates_messages_and_the_report(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "r.html"
    code, out, err = run(
        capsys, "--db", str(db), "--lang", "fr", "report", MAIN, "-o", str(out_file)
    )
    assert code == 0 and out.strip() == f"Écrit\u00a0: {out_file}"
    assert "aucune URL d'article" in err
    assert report_lang(out_file) == "fr"


def test_the_locale_chooses_the_language(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, _, err = run(capsys, "--db", str(db), "report", "-o", str(tmp_path / "r.html"))
    assert code == 1
    assert err.startswith("factdesk: error: nennen Sie die Behauptungen")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")  # not (yet) a language of FactDesk: English
    code, _, err = run(capsys, "--db", str(db), "report", "-o", str(tmp_path / "r.html"))
    assert err.startswith("factdesk: error: name the claims")


def test_report_language_is_its_own(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "r.html"
    code, out, _ = run(capsys, "--db", str(db), "report", MAIN, "-o", str(out_file), "--lang", "ar")
    assert code == 0 and out.startswith("Wrote")  # messages stay English
    assert report_lang(out_file) == "ar"
    save_settings(Settings(organisation="The Harbour Desk", report_language="es"))
    run(capsys, "--db", str(db), "--lang", "de", "report", MAIN, "-o", str(out_file))
    assert report_lang(out_file) == "es"  # the settings' report language wins over messages


def test_json_output_is_never_translated(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, english, _ = run(capsys, "--db", str(db), "claims", "show", MAIN[:8], "--json")
    _, french, _ = run(
        capsys, "--db", str(db), "--lang", "fr", "claims", "show", MAIN[:8], "--json"
    )
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    _, arabic, _ = run(capsys, "--db", str(db), "claims", "list", "--json")
    assert english == french and english.startswith("{")
    assert "Russia was preparing" in arabic
    code, _, err = run(capsys, "--db", str(db), "claims", "show", "zzzz", "--json")
    assert code == 1 and err.isascii()


def test_an_unknown_language_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db), "--lang", "xx", "claims", "list")
    assert code == 2 and "--lang" in err


def test_babel_and_catalogs_load_only_when_needed() -> None:
    """Start-up stays cheap: the window's and the command line's modules bring no Babel."""
    import subprocess
    import sys

    probe = (
        "import sys, factdesk.cli.main, factdesk.gui.main_window, factdesk.gui.application;"
        "print(sorted(m for m in sys.modules if m == 'babel' or m.startswith('babel.')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"

"""Refusals from below the window read in the user's language; scripts still read English.

A hostile bundle, a capture that cannot be read and a file that is not a case
file are each refused in one line, with exit code 1, no traceback and
nothing changed, whether the terminal speaks English, Spanish or Arabic.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bundles import builders as b
from tests.helpers import run_cli as run
from tests.helpers import table_dump


def refused(err: str) -> str:
    """The one line of a refusal, without the program's prefix."""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("factdesk: error: ")
    return err.strip().removeprefix("factdesk: error: ")


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "case.factdesk"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    return path


def test_a_hostile_bundle_is_refused_in_spanish(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = table_dump(db)
    parts = b.valid_parts()
    parts["manifest"]["format_version"] = 7
    too_new = b.build(tmp_path / "nuevo.factbundle", parts)
    code, out, err = run(capsys, "--db", str(db), "--lang", "es", "bundle", "import", str(too_new))
    assert code == 1 and out == ""
    assert refused(err) == (
        "manifest.json: $.format_version: el paquete tiene la versión de formato 7; "
        "este FactDesk lee la versión de formato 1. Actualice FactDesk para importarlo."
    )
    escaping = b.write_zip(
        tmp_path / "fuga.factbundle", {**b.entries_of(b.valid_parts()), "../fuera.txt": b"x"}
    )
    code, _, err = run(capsys, "--db", str(db), "--lang", "es", "bundle", "import", str(escaping))
    assert code == 1
    assert refused(err) == (
        "../fuera.txt: el nombre de la entrada tiene un segmento '..', que no está permitido"
    )
    not_zip = tmp_path / "notas.factbundle"
    not_zip.write_text("solo texto")
    code, _, err = run(capsys, "--db", str(db), "--lang", "es", "bundle", "inspect", str(not_zip))
    assert code == 1
    assert refused(err).startswith(
        "notas.factbundle no es un paquete de FactDesk (no es un archivo ZIP)."
    )
    assert table_dump(db) == before


def test_an_unreadable_capture_is_refused_in_spanish(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    _, out, _ = run(capsys, "--db", str(db), "claims", "add", "El agua salada cura la gripe")
    claim = out.strip()
    before = table_dump(db)
    bad = tmp_path / "roto.warc"
    bad.write_bytes(b"WARC/1.0\r\nnonsense\r\n\r\n")
    code, _, err = run(
        capsys, "--db", str(db), "evidence", "add", claim, "--title", "x", "--attach", str(bad)
    )
    assert code == 1
    assert refused(err).startswith("roto.warc: no es un archivo WARC legible")
    assert table_dump(db) == before


def test_a_file_that_is_not_a_case_file_is_refused_in_the_locale_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notas.factdesk"
    notes.write_text("apuntes de la reunión\n" * 10)
    kept = notes.read_bytes()
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, _, err = run(capsys, "--db", str(notes), "claims", "list")
    assert code == 1
    assert refused(err) == (
        f"{notes} no es un expediente de FactDesk (no es una base de datos SQLite)."
    )
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    code, _, err = run(capsys, "--db", str(notes), "claims", "list")
    assert code == 1
    assert refused(err) == f"{notes} ليس ملف قضية FactDesk (ليس قاعدة بيانات SQLite)."
    assert notes.read_bytes() == kept


def test_bundle_warnings_in_json_stay_english(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = b.valid_parts()
    parts["manifest"]["exported_with_love"] = True  # a field the format does not define
    bundle = b.build(tmp_path / "extra.factbundle", parts)
    args = ("bundle", "import", str(bundle), "--dry-run")
    code, out, _ = run(capsys, "--db", str(db), "--lang", "es", *args, "--json")
    assert code == 0
    assert (
        "manifest.json: $.exported_with_love: unknown field, ignored"
        in (json.loads(out)["warnings"])
    )
    code, out, err = run(capsys, "--db", str(db), "--lang", "es", *args)
    assert code == 0
    assert "manifest.json: $.exported_with_love: campo desconocido, ignorado" in out + err

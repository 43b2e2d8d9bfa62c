"""Hostile command-line values: a clean one-line refusal, never an internal error.

Arguments that are not UTF-8, addresses that do not parse, files that never
end, devices and folders where files belong: each is refused with a message
that says what is wrong, exit status 1 (2 for a malformed command line), and
the case file as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.services import open_case
from tests.helpers import table_dump

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "FACTDESK_DATA_DIR": str(tmp_path / "data"),
        "FACTDESK_CONFIG_DIR": str(tmp_path / "config"),
        "LC_ALL": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "factdesk", *args],
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "case.factdesk"
    with open_case(path) as case:
        case.claims.create("The bridge was closed for a week")
    return path


def assert_refused(result: subprocess.CompletedProcess[bytes], code: int, fragment: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert fragment in err, err
    assert "Traceback" not in err and "internal error" not in err
    assert err.count("factdesk: error:") == 1


@pytest.mark.parametrize(
    "args",
    [
        [b"claims", b"add", b"caf\xe9 au lait"],
        [b"claims", b"add", b"ok", b"--claimant", b"\xff\xfe"],
        [b"--db", b"/tmp/\xe9t\xe9.factdesk", b"claims", b"list"],
        [b"report", b"--all", b"-o", b"\xc3\x28.html"],
        [b"claims", b"list", b"--search", b"\xed\xa0\x80"],  # an encoded lone surrogate
    ],
)
def test_arguments_that_are_not_utf8_are_refused(
    tmp_path: Path, db: Path, args: list[bytes]
) -> None:
    before = table_dump(db)
    argv = args if args[0] == b"--db" else [b"--db", str(db).encode(), *args]
    result = run(tmp_path, *argv)
    assert_refused(result, 2, "is not valid UTF-8")
    assert table_dump(db) == before


@pytest.mark.parametrize(
    "command",
    [
        ["claims", "add", "A claim", "--url", "http://[oops"],
        ["claims", "add", "A claim", "--url", "https://[::1"],
        ["claims", "add", "A claim", "--url", "http://h:99999999/"],
        ["report", "--all", "-o", "r.html", "--url", "https://[::1"],
        ["evidence", "add", "PREFIX", "--title", "t", "--url", "http://[oops"],
    ],
)
def test_addresses_that_do_not_parse_are_refused(
    tmp_path: Path, db: Path, command: list[str]
) -> None:
    with open_case(db) as case:
        prefix = case.claims.list_ids()[0][:8]
    before = table_dump(db)
    result = run(tmp_path, "--db", str(db), *[prefix if a == "PREFIX" else a for a in command])
    assert_refused(result, 1, "is not a web address")
    assert table_dump(db) == before


def test_text_from_a_file_that_never_ends_or_is_no_file(tmp_path: Path, db: Path) -> None:
    with open_case(db) as case:
        claim = case.claims.list_ids()[0]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    big = tmp_path / "big.md"
    big.write_text("x" * 1_000_001)
    latin = tmp_path / "latin1.md"
    latin.write_bytes("Caf\xe9".encode("latin-1"))
    before = table_dump(db)
    for source, fragment in (
        ("/dev/zero", "is not a regular file"),
        (str(fifo), "is not a regular file"),
        (str(tmp_path), "is a folder"),
        (str(big), "1,000,001 characters long"),
        (str(latin), "is not UTF-8 text"),
    ):
        result = run(
            tmp_path, "--db", str(db), "verdict", "set", claim, "--rating", "false",
            "--summary", "No.", "--rationale-file", source,
        )  # fmt: skip
        assert_refused(result, 1, fragment)
    for source in ("/dev/zero", str(fifo), str(tmp_path)):
        result = run(
            tmp_path, "--db", str(db), "evidence", "add", claim, "--title", "t", "--attach", source
        )
        assert_refused(result, 1, "attachment")
    assert table_dump(db) == before


@pytest.mark.parametrize(
    "command",
    [
        ["bundle", "import"],
        ["bundle", "inspect"],
        ["import"],
        ["import", "--format", "csv"],
        ["import", "--dry-run"],
        ["restore", "--yes"],
    ],
)
def test_a_pipe_or_device_to_read_from_is_refused_not_waited_on(
    tmp_path: Path, db: Path, command: list[str]
) -> None:
    fifo = tmp_path / "pipe.factbundle"
    os.mkfifo(fifo)
    before = table_dump(db)
    for source in ("/dev/zero", "/dev/urandom", str(fifo)):
        result = run(tmp_path, "--db", str(db), *command, source)  # would hang if opened
        assert_refused(result, 1, "not a regular file")
    result = run(tmp_path, "--db", str(db), *command, str(tmp_path))
    assert_refused(result, 1, "folder")
    assert table_dump(db) == before


@pytest.mark.parametrize("where", ["/dev/zero", "/dev/null", "folder"])
def test_a_device_or_folder_as_the_case_file_is_refused(tmp_path: Path, where: str) -> None:
    target = tmp_path if where == "folder" else Path(where)
    result = run(tmp_path, "--db", str(target), "claims", "list")
    assert_refused(result, 1, "case file")


def test_text_the_terminal_cannot_show_is_escaped_not_an_error(tmp_path: Path, db: Path) -> None:
    with open_case(db) as case:
        case.claims.create("Емоджи 🌊 and ümlauts")
    env_result = subprocess.run(
        [sys.executable, "-m", "factdesk", "--db", str(db), "claims", "list"],
        capture_output=True,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "FACTDESK_DATA_DIR": str(tmp_path / "data"),
            "PYTHONIOENCODING": "ascii",
        },
        timeout=120,
    )
    assert env_result.returncode == 0, env_result.stderr
    assert b"\\U0001f30a" in env_result.stdout or b"\\u" in env_result.stdout

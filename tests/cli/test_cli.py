"""The command line, run as a journalist would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.cli.main import main
from tests.helpers import table_dump

ROOT = Path(__file__).resolve().parents[2]


class Runner:
    def __init__(self, db: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def fd(case_path: Path | str, capsys: pytest.CaptureFixture[str]) -> Runner:
    return Runner(case_path, capsys)


def test_add_show_list_edit_delete(fd: Runner) -> None:
    code, out, _ = fd(
        "claims",
        "add",
        "Ports closed in May",
        "--claimant",
        "Minister",
        "--url",
        "https://example.org/speech",
        "--tag",
        "ports",
        "--tag",
        "may",
    )
    assert code == 0
    claim_id = out.strip()
    assert len(claim_id) == 36  # the id alone, for scripts

    code, out, _ = fd("claims", "show", claim_id[:8])
    assert code == 0 and "Ports closed in May" in out and "Minister" in out

    code, out, _ = fd("claims", "show", claim_id, "--json")
    data = json.loads(out)
    assert data["id"] == claim_id and data["tags"] == ["may", "ports"]
    assert data["appeared_in"]["url"] == "https://example.org/speech"
    assert data["evidence"] == [] and data["verdict"] is None

    code, out, _ = fd(
        "claims",
        "edit",
        claim_id[:6],
        "--status",
        "researching",
        "--add-tag",
        "trade",
        "--remove-tag",
        "may",
    )
    assert code == 0
    code, out, _ = fd("claims", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["status"] == "researching" and listed["tags"] == ["ports", "trade"]

    code, out, _ = fd("claims", "list", "--tag", "trade")
    assert code == 0 and claim_id[:8] in out
    code, out, _ = fd("claims", "list", "--status", "new")
    assert "No claims." in out

    code, out, _ = fd("claims", "delete", claim_id)
    assert code == 0 and "Deleted" in out
    code, out, _ = fd("claims", "list", "--json")
    assert json.loads(out) == []


def test_evidence_verdict_history(fd: Runner, tmp_path: Path) -> None:
    _, out, _ = fd("claims", "add", "Unemployment halved")
    claim_id = out.strip()
    shot = tmp_path / "chart.png"
    shot.write_bytes(b"\x89PNG chart")
    code, out, _ = fd(
        "evidence",
        "add",
        claim_id,
        "--title",
        "Labour statistics",
        "--url",
        "https://stats.example.org/",
        "--stance",
        "refutes",
        "--kind",
        "dataset",
        "--publisher",
        "Statistics office",
        "--excerpt",
        "fell by a tenth",
        "--reliability",
        "A",
        "--credibility",
        "2",
        "--attach",
        str(shot),
    )
    assert code == 0
    evidence_id = out.strip()
    rationale = tmp_path / "why.md"
    rationale.write_text("It fell by **a tenth**, not half.", encoding="utf-8")
    code, out, _ = fd(
        "verdict",
        "set",
        claim_id,
        "--rating",
        "false",
        "--summary",
        "It fell by a tenth",
        "--rationale-file",
        str(rationale),
    )
    assert code == 0

    _, out, _ = fd("claims", "show", claim_id, "--json")
    data = json.loads(out)
    (ev,) = data["evidence"]
    assert ev["id"] == evidence_id and ev["source_reliability"] == "A"
    assert ev["info_credibility"] == 2 and ev["attachments"][0]["filename"] == "chart.png"
    assert data["verdict"]["rating"] == "false"
    assert data["verdict"]["rationale"].startswith("It fell")
    assert data["verdict"]["reviewer"] == "Test Reporter"

    _, out, _ = fd("claims", "show", claim_id)
    assert "[A2]" in out and "Verdict: false" in out

    _, out, _ = fd("claims", "list", "--rating", "false", "--search", "unemployment")
    assert claim_id[:8] in out

    code, out, err = fd("history", claim_id, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert [e["entity"] for e in entries[:2]] == ["verdict", "attachment"]
    assert entries[-1]["action"] == "create" and entries[-1]["entity"] == "claim"
    code, out, _ = fd("history", claim_id[:8])
    assert code == 0 and "Test Reporter" in out
    lines = out.splitlines()  # the History tab's sentences, each with its day
    assert lines[0][:4].isdigit() and "Test Reporter added the verdict, rated False" in out
    assert lines[-1].endswith("Test Reporter added the claim “Unemployment halved”")
    assert "attached chart.png to evidence “Labour statistics”" in out


def test_demo_loads_the_sample_case(fd: Runner) -> None:
    code, out, _ = fd("demo")
    assert code == 0 and "3 claims" in out
    code, out, _ = fd("demo")
    assert "Already in the case file" in out
    _, out, _ = fd("claims", "list", "--search", "invade japan", "--rating", "unproven", "--json")
    (claim,) = json.loads(out)
    assert claim["verdict"]["rating"] == "unproven"
    code, out, _ = fd("claims", "show", claim["id"])
    assert code == 0 and "Northern Territories" in out


BAD_COMMANDS = [
    (["claims", "add", "   "], "claim text must not be empty"),
    (["claims", "add", "x", "--url", "javascript:alert(1)"], "http:// or https://"),
    (["claims", "show", "deadbeef"], "no claim with id"),
    (["claims", "edit", "deadbeef", "--text", "x"], "no claim with id"),
    (["claims", "edit", "{id}", "--text", ""], "must not be empty"),
    (["claims", "delete", "deadbeef"], "no claim with id"),
    (["claims", "list", "--rating", "nonsense"], "not on this case file's scale"),
    (["evidence", "add", "{id}", "--title", "t", "--url", "ftp://x"], "http:// or https://"),
    (["evidence", "add", "{id}", "--title", "t", "--reliability", "Z"], "A to F"),
    (["evidence", "add", "{id}", "--title", "t", "--credibility", "9"], "1 to 6"),
    (
        ["evidence", "add", "{id}", "--title", "t", "--attach", "/nope/missing.pdf"],
        "does not exist",
    ),
    (["evidence", "add", "deadbeef", "--title", "t"], "no claim with id"),
    (
        ["verdict", "set", "{id}", "--rating", "pants-on-fire", "--summary", "s"],
        "not on this case file's scale",
    ),
    (
        [
            "verdict",
            "set",
            "{id}",
            "--rating",
            "false",
            "--summary",
            "s",
            "--rationale-file",
            "/nope/why.md",
        ],
        "rationale file /nope/why.md does not exist",
    ),
    (["history", "deadbeef"], "no claim with id"),
]


@pytest.mark.parametrize(("args", "message"), BAD_COMMANDS)
def test_bad_input_exits_1_with_a_clear_message_and_changes_nothing(
    fd: Runner, args: list[str], message: str
) -> None:
    _, out, _ = fd("claims", "add", "An existing claim")
    claim_id = out.strip()
    before = table_dump(fd.db)
    code, out, err = fd(*[a.replace("{id}", claim_id) for a in args])
    assert code == 1
    assert err.startswith("factdesk: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert table_dump(fd.db) == before


def test_usage_errors_exit_2(fd: Runner) -> None:
    assert fd("claims", "frobnicate")[0] == 2
    assert fd("evidence", "add", "x")[0] == 2  # --title missing
    assert fd("claims", "list", "--status", "done")[0] == 2


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factdesk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_not_a_case_file_from_a_real_process(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.factdesk"
    bogus.write_bytes(b"just some text, not a database" * 10)
    before = bogus.read_bytes()
    result = run_cli("--db", str(bogus), "claims", "list")
    assert result.returncode == 1
    assert "not a FactDesk case file" in result.stderr
    assert "Traceback" not in result.stderr
    assert bogus.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.factdesk"]


def test_default_case_file_lives_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli("claims", "add", "Stored by default", env={"FACTDESK_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "default.factdesk").exists()


def test_without_a_display_the_window_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "factdesk", "--db", str(tmp_path / "c.factdesk")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no display" in result.stderr and "Traceback" not in result.stderr

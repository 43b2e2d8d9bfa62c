"""Running writer_child.py in a subprocess and reading its acknowledgments."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("writer_child.py")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def spawn(mode: str, path: Path, start: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(path), str(start), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def sqlite_problems(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    """integrity_check messages (beyond "ok") and foreign_key_check rows of ``path``."""
    con = sqlite3.connect(path)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    return ([] if integrity == ["ok"] else integrity), fk


class WriterServer:
    """One writer_child.py process that forks writers on request (see its docstring)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        self._expect("serving")

    def _expect(self, word: str) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        assert line and line[0] == word, f"writer server said {line!r}, expected {word!r}"
        return line[1] if len(line) > 1 else ""

    def start(self, mode: str, path: Path, start: int, ack_file: Path) -> Writer:
        assert self.proc.stdin is not None
        ack_file.unlink(missing_ok=True)
        self.proc.stdin.write(f"{mode} {path} {start} {ack_file}\n")
        self.proc.stdin.flush()
        return Writer(self, int(self._expect("pid")), ack_file)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


class Writer:
    def __init__(self, server: WriterServer, pid: int, ack_file: Path) -> None:
        self.server, self.pid, self.ack_file = server, pid, ack_file

    def lines(self) -> list[str]:
        try:
            text = self.ack_file.read_text()
        except FileNotFoundError:
            return []
        return [ln for ln in text.split("\n")[:-1] if ln]

    def wait_for(self, word: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while word not in self.lines():
            if time.monotonic() > deadline:
                raise AssertionError(f"writer {self.pid} did not say {word!r}")
            time.sleep(0.002)

    def kill(self) -> list[str]:
        """SIGKILL the writer, wait until it is gone; its acknowledgments."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        assert self.server._expect("exited") == str(self.pid)
        return [ln for ln in self.lines() if ln not in ("starting", "ready", "opened")]

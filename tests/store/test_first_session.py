"""A case file whose first session ended before its log was folded in still opens.

SQLite makes a new file's header at once but may keep everything else, the
header's identity included, in the write-ahead log until a checkpoint.  A
first session killed at that moment leaves a file that, read alone, looks
like an empty database of no program: opening it must read what SQLite will
see with its log, not refuse it as "another program's database".
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.errors import NotACaseFileError
from factdesk.services.case import open_case
from factdesk.store.casefile import open_case_file


def _all_in_the_log(source: Path, target: Path) -> None:
    """``target``: ``source``'s content in a new file's log; killed before a checkpoint."""
    code = (
        "import os, sqlite3\n"
        f"src = sqlite3.connect({str(source)!r})\n"
        f"dst = sqlite3.connect({str(target)!r})\n"
        "dst.execute('PRAGMA journal_mode=WAL')\n"
        "dst.execute('PRAGMA wal_autocheckpoint=0')\n"
        "src.backup(dst)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    header = target.read_bytes()[:100]
    assert struct.unpack(">I", header[68:72]) == (0,)  # the file alone says nothing yet


def test_a_new_case_file_is_whole_on_disk_once_made(tmp_path: Path) -> None:
    path = tmp_path / "new.factdesk"
    store = open_case_file(path)
    try:
        header = path.read_bytes()[:100]
        assert struct.unpack(">I", header[68:72]) != (0,)
    finally:
        store.close()


def test_a_first_session_killed_before_a_checkpoint_opens_with_its_work(tmp_path: Path) -> None:
    source = tmp_path / "source.factdesk"
    case = open_case(source)
    claim = case.claims.create("Typed in the first minutes")
    case.close()
    target = tmp_path / "first.factdesk"
    _all_in_the_log(source, target)

    reopened = open_case(target)
    try:
        assert reopened.claims.get(claim.id).text == "Typed in the first minutes"
        assert reopened.notices == ()
    finally:
        reopened.close()


def test_an_empty_database_with_a_foreign_log_is_still_refused(tmp_path: Path) -> None:
    """The same shape with a log of another program's database: not a case file."""
    import sqlite3

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not a case')")
    conn.commit()
    conn.close()
    target = tmp_path / "foreign.factdesk"
    _all_in_the_log(other, target)
    with pytest.raises(NotACaseFileError):
        open_case_file(target)

"""SQLite errors are sorted by their codes, whatever their message says."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from factdesk.store import errors


def raised(fn) -> BaseException:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.Error) as info:
        fn()
    return info.value


def test_real_errors_are_classified_by_code(tmp_path: Path) -> None:
    junk = tmp_path / "junk.factdesk"
    junk.write_bytes(os.urandom(8192))
    not_a_db = raised(lambda: sqlite3.connect(junk).execute("SELECT * FROM sqlite_master"))
    assert errors.is_damage(not_a_db) and errors.sqlite_code(not_a_db) == errors.NOTADB

    path = tmp_path / "ro.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    read_only = raised(lambda: ro.execute("INSERT INTO t VALUES (1)"))
    assert errors.is_read_only(read_only) and not errors.is_damage(read_only)

    a = sqlite3.connect(path, timeout=0)
    b = sqlite3.connect(path, timeout=0, isolation_level=None)
    a.execute("BEGIN EXCLUSIVE")
    busy = raised(lambda: b.execute("BEGIN EXCLUSIVE"))
    assert errors.is_busy(busy)
    a.rollback()

    tiny = sqlite3.connect(tmp_path / "tiny.db")
    tiny.execute("CREATE TABLE t (x)")
    pages = tiny.execute("PRAGMA page_count").fetchone()[0]
    tiny.execute(f"PRAGMA max_page_count = {pages}")
    full = raised(lambda: tiny.execute("INSERT INTO t VALUES (randomblob(100000))"))
    assert errors.is_full(full)


def test_the_message_text_does_not_matter() -> None:
    lying = sqlite3.OperationalError("database disk image is malformed")  # no code: not damage
    assert not errors.is_damage(lying)
    wrapped = OperationalError("SELECT 1", (), lying)
    assert errors.sqlite_code(wrapped) is None

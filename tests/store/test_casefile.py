"""Opening case files: new ones are created and migrated; foreign ones refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from factdesk.errors import CaseFileError
from factdesk.store.casefile import open_case_file
from factdesk.store.migrate import head_revision


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and the names beside it (to catch stray -wal/-shm files)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(os.listdir(path.parent))


def test_new_case_file_is_created_and_migrated(tmp_path: Path) -> None:
    store = open_case_file(tmp_path / "new.factdesk")
    try:
        with store.reading() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
            version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
            keys = session.execute(text("SELECT key FROM ratings ORDER BY position")).scalars()
            assert list(keys) == [
                "true",
                "mostly-true",
                "mixed",
                "mostly-false",
                "false",
                "misleading",
                "unproven",
            ]
    finally:
        store.close()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "c.factdesk"
    store = open_case_file(path)
    with store.writing() as session:
        session.execute(text("INSERT INTO case_meta (key, value) VALUES ('x', 'kept')"))
    store.close()
    store = open_case_file(path)
    with store.reading() as session:
        assert session.execute(text("SELECT value FROM case_meta WHERE key='x'")).scalar() == "kept"
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.factdesk"]


def test_missing_parent_folder_is_created(tmp_path: Path) -> None:
    store = open_case_file(tmp_path / "a" / "b" / "c.factdesk")
    store.close()
    assert (tmp_path / "a" / "b" / "c.factdesk").exists()


def make_random(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def make_foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.execute("INSERT INTO songs VALUES ('x')")
    con.commit()
    con.close()


def make_truncated(path: Path) -> None:
    store = open_case_file(path)
    with store.writing() as session:
        for i in range(300):
            session.execute(
                text("INSERT INTO case_meta (key, value) VALUES (:k, :v)"),
                {"k": f"k{i}", "v": "x" * 500},
            )
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def make_newer(path: Path) -> None:
    store = open_case_file(path)
    store.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()


def make_unknown_revision(path: Path) -> None:
    store = open_case_file(path)
    store.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()


@pytest.mark.parametrize(
    ("maker", "expected"),
    [
        (make_random, "not an SQLite database"),
        (make_foreign_sqlite, "another program's SQLite database"),
        (make_truncated, "truncated"),
        (make_newer, "newer version of FactDesk"),
        (make_unknown_revision, "newer version of FactDesk"),
    ],
)
def test_foreign_or_damaged_files_are_refused_untouched(
    tmp_path: Path, maker: object, expected: str
) -> None:
    path = tmp_path / "victim.factdesk"
    maker(path)  # type: ignore[operator]
    before = fingerprint(path)
    with pytest.raises(CaseFileError, match=expected):
        open_case_file(path)
    assert fingerprint(path) == before


def test_empty_file_becomes_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.factdesk"
    path.touch()
    open_case_file(path).close()
    assert path.stat().st_size > 0

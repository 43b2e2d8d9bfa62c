"""Case files from earlier schemas open, are backed up, then upgraded; newer ones are refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from factdesk.errors import CaseFileError
from factdesk.services import backups as bk
from factdesk.services import open_case
from factdesk.store.casefile import SCHEMA_GENERATION, open_case_file
from factdesk.store.migrate import head_revision, include_object
from factdesk.store.models import Base
from tests.helpers import table_dump
from tests.safety.conftest import fingerprint
from tests.safety.fixtures import ATTACHMENT, fixture_path

RELEASED = ["0001"]


def revision_of(path: Path) -> tuple[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (rev,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
        (gen,) = con.execute("PRAGMA user_version").fetchone()
    finally:
        con.close()
    return rev, gen


@pytest.mark.parametrize("revision", RELEASED)
def test_a_released_schema_is_backed_up_then_upgraded(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.factdesk"
    shutil.copyfile(fixture_path(revision), path)
    old = table_dump(path)
    with open_case(path) as case:
        assert case.claims.count() == 3
        claim = case.claims.get(case.claims.list_ids()[0])
        att = claim.evidence[0].attachments[0]
        assert case.evidence.attachment_bytes(att.id) == ATTACHMENT
        case.claims.create("written after the upgrade")
    assert revision_of(path) == (head_revision(), SCHEMA_GENERATION)
    (before,) = [b for b in bk.list_backups(path) if b.kind == "pre-migration"]
    assert revision_of(before.path)[0] == revision
    assert table_dump(before.path) == old


def test_the_upgraded_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "old.factdesk"
    shutil.copyfile(fixture_path("0001"), path)
    store = open_case_file(path)
    try:
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"include_object": include_object, "compare_type": True}
            )
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        store.close()


def test_no_backup_no_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.factdesk"
    shutil.copyfile(fixture_path("0001"), path)
    before = fingerprint(path)

    def no_room(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bk, "backup_file", no_room)
    with pytest.raises(CaseFileError, match="could not be backed up first"):
        open_case(path)
    assert revision_of(path)[0] == "0001"
    assert path.read_bytes() == before[0]


def test_a_file_from_a_newer_factdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.factdesk"
    open_case(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_GENERATION + 1}")
    con.close()
    before = fingerprint(path)
    with pytest.raises(CaseFileError, match="newer version of FactDesk"):
        open_case(path)
    assert fingerprint(path) == before
    assert bk.list_backups(path) == []

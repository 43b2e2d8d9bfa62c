"""Automatic backups, a verified copy on demand, and restoring one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from factdesk.cli.main import main
from factdesk.errors import CaseFileError, ValidationError
from factdesk.services import Case, open_case
from factdesk.services import backups as bk
from tests.helpers import table_dump
from tests.safety.conftest import damage_pages


def cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)


def test_backup_then_restore_gives_back_every_table(filled_case: Case, tmp_path: Path) -> None:
    path = filled_case.path
    before = table_dump(path)
    info = bk.backup_before(filled_case, "import")
    assert info.kind == "pre-import" and info.path.parent == bk.backup_folder(path)
    claim_id = filled_case.claims.list_ids()[0]
    filled_case.claims.delete(claim_id)
    filled_case.claims.create("written after the backup")
    assert table_dump(path) != before

    result = bk.restore_backup(path, info.path)
    # The open case sees the restored contents: no reopening needed.
    assert filled_case.claims.get(claim_id).id == claim_id
    assert table_dump(path) == before
    assert result.kept_aside is not None and result.kept_aside.kind == "pre-restore"
    kept = table_dump(result.kept_aside.path)
    assert any(r[1] == "written after the backup" for r in kept["claims"])


def test_a_backup_is_a_single_verified_file(filled_case: Case, tmp_path: Path) -> None:
    dest = tmp_path / "copy.factdesk"
    size = bk.save_copy(filled_case, dest)
    assert size == dest.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.factdesk"
    ]
    assert table_dump(dest) == table_dump(filled_case.path)
    with pytest.raises(ValidationError, match="it is the open case file"):
        bk.save_copy(filled_case, filled_case.path)


def test_daily_backup_is_made_once_a_day_and_not_for_an_empty_case(case_path: Path) -> None:
    open_case(case_path).close()
    assert bk.list_backups(case_path) == []  # nothing worth keeping yet
    with open_case(case_path) as case:
        case.claims.create("something worth keeping")
    open_case(case_path).close()
    open_case(case_path).close()
    daily = [b for b in bk.list_backups(case_path) if b.kind == "daily"]
    assert len(daily) == 1
    assert table_dump(daily[0].path)["claims"][0][1] == "something worth keeping"


def test_rotation_keeps_seven_days_four_weeks_and_five_of_each_event(case: Case) -> None:
    case.claims.create("a claim")
    start = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    for day in range(36):
        bk.backup_file(case.path, "daily", now=start + dt.timedelta(days=day))
    for n in range(7):
        bk.backup_file(case.path, "pre-import", now=start + dt.timedelta(days=36, minutes=n))
    kept = bk.list_backups(case.path)
    daily = [b.created_at.date() for b in kept if b.kind == "daily"]
    newest = (start + dt.timedelta(days=35)).date()
    assert daily[:7] == [newest - dt.timedelta(days=d) for d in range(7)]
    weeks = {d.isocalendar()[:2] for d in daily}
    assert len(daily) <= 7 + 4 and len(weeks) >= 4
    assert len([b for b in kept if b.kind == "pre-import"]) == bk.KEEP_EACH_EVENT


def test_copies_made_by_hand_in_the_backup_folder_are_listed_and_never_rotated(
    case: Case,
) -> None:
    case.claims.create("a claim")
    start = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    made = []
    for n in range(bk.KEEP_EACH_EVENT + 3):
        dest = bk.manual_backup_path(case.path, now=start + dt.timedelta(minutes=n))
        bk.save_copy(case, dest)
        made.append(dest)
    bk.backup_file(case.path, "pre-import", now=start + dt.timedelta(days=1))  # rotates
    manual = [b for b in bk.list_backups(case.path) if b.kind == "manual"]
    assert sorted(b.path for b in manual) == sorted(made)
    assert manual[0].label == "made with Back up now" and manual[0].restorable


def test_backups_of_different_case_files_do_not_mix(tmp_path: Path) -> None:
    a = tmp_path / "one" / "case.factdesk"
    b = tmp_path / "two" / "case.factdesk"
    assert bk.backup_folder(a) != bk.backup_folder(b)
    assert bk.backup_folder(a).name.startswith("case-")


def test_restore_refuses_a_damaged_backup_and_leaves_the_case_alone(filled_case: Case) -> None:
    info = bk.backup_before(filled_case, "import")
    damage_pages(info.path)
    before = table_dump(filled_case.path)
    with pytest.raises(CaseFileError, match="damaged and cannot be restored"):
        bk.restore_backup(filled_case.path, info.path)
    assert table_dump(filled_case.path) == before


def test_restore_over_a_damaged_case_file_keeps_it_aside(filled_case: Case) -> None:
    path = filled_case.path
    before = table_dump(path)
    info = bk.backup_before(filled_case, "import")
    filled_case.close()
    damage_pages(path)
    damaged_bytes = path.read_bytes()
    result = bk.restore_backup(path, info.path)
    assert result.kept_aside is not None and result.kept_aside.kind == "damaged"
    assert result.kept_aside.path.read_bytes() == damaged_bytes
    assert bk.newest_backup(path).path == info.path  # a damaged copy is never offered
    with open_case(path, daily_backup=False) as reopened:
        assert reopened.claims.count() == 3
    assert table_dump(path) == before


def test_cli_backup_backups_and_restore(
    filled_case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(filled_case.path)
    copy = tmp_path / "mine.factdesk"
    assert cli("--db", db, "backup", "-o", str(copy)) == 0
    assert "verified copy" in capsys.readouterr().out
    bk.backup_before(filled_case, "import")
    assert cli("--db", db, "backups") == 0
    out = capsys.readouterr().out
    assert "before an import" in out and "just now" in out and "KB" in out

    filled_case.claims.create("to be undone")
    # No terminal to confirm on: refused, nothing changed.
    assert cli("--db", db, "restore", str(copy)) == 1
    assert "--yes" in capsys.readouterr().err
    assert filled_case.claims.count() == 4
    assert cli("--db", db, "restore", str(copy), "--yes") == 0
    assert "kept at" in capsys.readouterr().out
    assert filled_case.claims.count() == 3


def test_restore_asks_on_a_terminal(
    filled_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "mine.factdesk"
    bk.save_copy(filled_case, copy)
    filled_case.claims.create("kept unless confirmed")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _q: "n")
    assert cli("--db", str(filled_case.path), "restore", str(copy)) == 1
    assert filled_case.claims.count() == 4
    monkeypatch.setattr("builtins.input", lambda _q: "yes")
    assert cli("--db", str(filled_case.path), "restore", str(copy)) == 0
    assert filled_case.claims.count() == 3


def test_restore_between_page_sizes_replaces_the_file(tmp_path: Path) -> None:
    from tests.safety.fixtures import fixture_path

    small_pages = tmp_path / "old.factdesk"
    shutil.copyfile(fixture_path("0001"), small_pages)
    with open_case(small_pages, daily_backup=False) as old:
        old_claims = old.claims.count()
    target = tmp_path / "target.factdesk"
    with open_case(target) as case:
        case.claims.create("only here")
        bk.restore_backup(target, small_pages)
        assert case.claims.count() == old_claims

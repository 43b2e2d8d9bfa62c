"""Files from outside beside or instead of a case file: nothing may empty or destroy it.

A write-ahead log or journal left by another database is set aside, never
applied; writing a report or bundle over the case file (or its side files,
or its backups, through links too) is refused; restore takes only a sound
case file this version can open; logic another program put in the schema is
removed before FactDesk writes, and `check` names what is wrong.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

from factdesk.cli.main import main as cli_main
from factdesk.errors import CaseFileError, DamagedCaseFileError, NotACaseFileError, ValidationError
from factdesk.services import Case, open_case
from factdesk.services import backups as bk
from factdesk.services.bundles import export_bundle
from factdesk.services.exports import export_claimreview, export_csv
from factdesk.services.reports import export_report
from factdesk.settings import Settings
from tests.helpers import table_dump


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def closed_case(path: Path, claims: int = 3) -> list[str]:
    """A case file with some claims, closed cleanly (no side files); returns the claim ids."""
    with open_case(path, daily_backup=False) as case:
        ids = [case.claims.create(f"Claim number {n} about the harbour").id for n in range(claims)]
        case.evidence.add(ids[0], title="The harbour master's log", url="https://example.org/log")
    assert not path.with_name(path.name + "-wal").exists()
    return ids


def log_of(db: Path, statements: Iterable[str], *, setup: Iterable[str] = ()) -> bytes:
    """The write-ahead log of ``db`` after ``statements``, taken before it is folded in."""
    con = sqlite3.connect(db, isolation_level=None)
    for sql in setup:
        con.execute(sql)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for sql in statements:
        con.execute(sql)
    data = db.with_name(db.name + "-wal").read_bytes()
    con.close()
    return data


def factdesk_log(path: Path) -> bytes:
    """The log FactDesk itself leaves on ``path`` after a few edits, as a crash leaves it."""
    holder = sqlite3.connect(path, isolation_level=None)  # keeps the log from being folded in
    holder.execute("SELECT count(*) FROM claims").fetchone()
    with open_case(path, daily_backup=False) as case:
        claim_id = case.claims.list_ids()[0]
        case.claims.update(claim_id, text="their edit")
        case.evidence.add(claim_id, title="their evidence")
    data = path.with_name(path.name + "-wal").read_bytes()
    holder.close()
    return data


def set_aside_files(path: Path, side: str) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}{side}.set-aside-*"))


# -- a write-ahead log that is not the case file's own ---------------------------------------


def test_a_log_from_another_database_is_set_aside_untouched(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    before = table_dump(path)
    foreign = log_of(
        tmp_path / "music.db",
        ["CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('a song')"],
    )
    path.with_name(path.name + "-wal").write_bytes(foreign)

    with open_case(path) as case:
        assert sorted(case.claims.list_ids()) == sorted(ids)
        assert any("set aside untouched" in n for n in case.notices), case.notices
    (kept,) = set_aside_files(path, "-wal")
    assert kept.read_bytes() == foreign  # untouched, and never applied
    assert table_dump(path) == before
    # The day's backup holds the case, not the foreign data.
    (daily,) = [b for b in bk.list_backups(path) if b.kind == "daily"]
    with open_case(daily.path, read_only=True) as backup:
        assert sorted(backup.claims.list_ids()) == sorted(ids)


def test_a_log_from_another_case_file_is_set_aside(tmp_path: Path) -> None:
    path, other = tmp_path / "mine.factdesk", tmp_path / "theirs.factdesk"
    mine = closed_case(path)
    closed_case(other, claims=1)
    foreign = factdesk_log(other)
    before = table_dump(path)
    path.with_name(path.name + "-wal").write_bytes(foreign)
    with open_case(path) as case:
        assert sorted(case.claims.list_ids()) == sorted(mine)
        assert any("belongs to another case file" in n for n in case.notices), case.notices
    assert table_dump(path) == before


def test_a_new_case_files_whole_log_does_not_replace_an_older_case(tmp_path: Path) -> None:
    # A case file created and killed before its first checkpoint keeps all of itself in
    # its log: beside another case file, that log would replace it entirely.
    path = tmp_path / "case.factdesk"
    mine = closed_case(path)
    fresh = tmp_path / "fresh" / "case.factdesk"
    fresh.parent.mkdir()
    closed_case(fresh, claims=1)
    with sqlite3.connect(fresh) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    foreign = log_of(fresh, ["DELETE FROM claims", "VACUUM"])
    path.with_name(path.name + "-wal").write_bytes(foreign)
    with open_case(path) as case:
        assert sorted(case.claims.list_ids()) == sorted(mine)
    assert len(set_aside_files(path, "-wal")) == 1


def test_the_case_files_own_log_is_applied(tmp_path: Path) -> None:
    # Copied (or crashed) with edits still in the log: those edits are the case's own.
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE claims SET text = 'edited, still in the log' WHERE id = ?", (ids[0],))
    copy = tmp_path / "copy" / "case.factdesk"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    shutil.copyfile(path.with_name("case.factdesk-wal"), copy.with_name("case.factdesk-wal"))
    con.close()
    with open_case(copy) as case:
        assert case.claims.get(ids[0]).text == "edited, still in the log"
        assert case.notices == ()
    assert not set_aside_files(copy, "-wal")


def test_a_log_in_use_by_another_connection_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    con = sqlite3.connect(path, isolation_level=None)  # another program, working now
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE claims SET text = 'being edited' WHERE id = ?", (ids[0],))
    try:
        with open_case(path) as case:
            assert case.claims.get(ids[0]).text == "being edited"
            assert case.notices == ()
    finally:
        con.close()


@pytest.mark.parametrize(
    "junk", [os.urandom(5000), b"\x37\x7f\x06\x82" + os.urandom(100), b"x" * 4096]
)
def test_a_log_sqlite_cannot_read_is_set_aside(tmp_path: Path, junk: bytes) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    path.with_name(path.name + "-wal").write_bytes(junk)
    with open_case(path) as case:
        assert sorted(case.claims.list_ids()) == sorted(ids)
    (kept,) = set_aside_files(path, "-wal")
    assert kept.read_bytes() == junk


def test_a_log_beside_an_empty_file_is_kept_not_discarded(tmp_path: Path) -> None:
    path = tmp_path / "new.factdesk"
    path.write_bytes(b"")
    foreign = log_of(tmp_path / "other.db", ["CREATE TABLE t (x)"])
    path.with_name(path.name + "-wal").write_bytes(foreign)
    with open_case(path) as case:
        assert case.claims.count() == 0
    (kept,) = set_aside_files(path, "-wal")
    assert kept.read_bytes() == foreign


def test_a_hot_journal_from_another_database_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    before = table_dump(path)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other, isolation_level=None)
    con.execute("PRAGMA page_size = 4096")
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 200)
    con.execute("BEGIN")
    con.execute("UPDATE t SET x = 'z'")
    con.execute("PRAGMA cache_spill = 1")
    journal = other.with_name("other.db-journal").read_bytes()
    con.execute("ROLLBACK")
    con.close()
    path.with_name(path.name + "-journal").write_bytes(journal)
    with open_case(path) as case:
        assert sorted(case.claims.list_ids()) == sorted(ids)
    assert table_dump(path) == before
    (kept,) = set_aside_files(path, "-journal")
    assert kept.read_bytes() == journal


# -- never write over the case file ---------------------------------------------------------


@pytest.fixture
def opened(tmp_path: Path) -> Case:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    case = open_case(path)
    bk.backup_before(case, "import")
    yield case
    case.close()


def protected_targets(case: Case, tmp_path: Path) -> list[Path]:
    path = case.path
    (backup,) = [b.path for b in bk.list_backups(path) if b.kind == "pre-import"]
    symlink = tmp_path / "innocent.html"
    symlink.symlink_to(path)
    hardlink = tmp_path / "innocent.factbundle"
    os.link(path, hardlink)
    other = tmp_path / "other.factdesk"
    closed_case(other, claims=1)
    return [
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        backup,
        symlink,
        hardlink,
        other,
        tmp_path / "sub" / ".." / path.name,
    ]


def test_reports_bundles_exports_and_attachments_are_never_written_over_the_case(
    opened: Case, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    claim = opened.claims.get(opened.claims.list_ids()[0])
    att = opened.evidence.attach_bytes(claim.evidence[0].id, "a.txt", b"text", "text/plain")
    targets = protected_targets(opened, tmp_path)
    # The checkpoint the attachment's write asked for runs now, not in the middle of the
    # comparison: it rewrites the file's pages with the same content, which is no overwrite.
    opened._ctx.store.checkpoint()
    snapshot = {t: t.read_bytes() for t in targets if t.exists()}
    for target in targets:
        with pytest.raises(ValidationError, match="must not be overwritten"):
            export_report(opened, [claim.id], target, settings=Settings())
        with pytest.raises(ValidationError, match="must not be overwritten"):
            export_bundle(opened, target)
        with pytest.raises(ValidationError, match="must not be overwritten"):
            opened.evidence.save_attachment(att.id, target)
        with pytest.raises(ValidationError, match="must not be overwritten"):
            export_csv(opened, target)
        with pytest.raises(ValidationError, match="must not be overwritten"):
            export_csv(opened, target, evidence=True)
        with pytest.raises(ValidationError, match="must not be overwritten"):
            export_claimreview(opened, target, None, settings=Settings())
    assert {t: t.read_bytes() for t in snapshot} == snapshot
    assert opened.claims.count() == 3


@pytest.mark.parametrize(
    "command",
    [
        ["report", "--all", "-o"],
        ["bundle", "export", "-o"],
        ["backup", "-o"],
        ["export", "csv", "-o"],
        ["export", "csv", "--evidence", "-o"],
        ["export", "claimreview", "--all", "-o"],
    ],
)
def test_commands_refuse_to_write_over_the_case_file(
    opened: Case, tmp_path: Path, command: list[str]
) -> None:
    path = opened.path
    (tmp_path / "sub").mkdir()
    for target in protected_targets(opened, tmp_path)[:6]:
        before = path.read_bytes()
        code, _out, err = run_cli("--db", str(path), *command, str(target))
        assert code == 1 and "must not be overwritten" in err, (target, err)
        assert "Traceback" not in err and path.read_bytes() == before


def test_a_file_that_is_no_longer_a_case_file_names_its_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    with open_case(path) as case:
        info = bk.backup_before(case, "import")
    path.write_bytes(b"<html>a report saved over the case</html>" * 100)
    with pytest.raises(NotACaseFileError) as refused:
        open_case(path)
    assert str(info.path) in str(refused.value) and "restore" in str(refused.value)
    code, _out, err = run_cli("--db", str(path), "claims", "list")
    assert code == 1 and str(info.path) in err and "Traceback" not in err


def test_without_backups_the_message_says_what_the_file_is(tmp_path: Path) -> None:
    path = tmp_path / "notes.factdesk"
    path.write_text("just some notes\n" * 20)
    with pytest.raises(NotACaseFileError, match="not an SQLite database"):
        open_case(path)
    assert path.read_text() == "just some notes\n" * 20


# -- restore takes only what it can open --------------------------------------------------------


def foreign_sqlite(path: Path, application_id: int = 0x46444B31) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {application_id}")
    con.execute("CREATE TABLE claims (id TEXT)")
    con.execute("INSERT INTO claims VALUES ('not really')")
    con.commit()
    con.close()
    return path


def newer_case(path: Path, tmp_path: Path) -> Path:
    closed_case(path, claims=1)
    tamper(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return path


def damaged_case(path: Path, tmp_path: Path) -> Path:
    from tests.safety.conftest import damage_pages

    closed_case(path, claims=40)
    damage_pages(path)
    return path


def altered_case(path: Path, tmp_path: Path) -> Path:
    closed_case(path, claims=1)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("CREATE TABLE history_new (id INTEGER PRIMARY KEY, at TEXT CHECK (0))")
    con.execute("DROP TABLE history")
    con.execute("ALTER TABLE history_new RENAME TO history")
    con.close()
    return path


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p, t: foreign_sqlite(p), "holds no FactDesk case"),
        (lambda p, t: foreign_sqlite(p, 0), "another program's SQLite database"),
        (newer_case, "newer version of FactDesk"),
        (altered_case, "changed by another program"),
        (damaged_case, "damaged"),
        (lambda p, t: (p.mkdir(), p)[1], "folder"),
    ],
)
def test_restore_refuses_what_is_not_a_backup_it_can_open(
    tmp_path: Path, make, fragment: str
) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    before = table_dump(path)
    source = tmp_path / "source.factdesk"
    make(source, tmp_path)
    with pytest.raises(CaseFileError, match=fragment):
        bk.restore_backup(path, source)
    assert table_dump(path) == before
    code, _out, err = run_cli("--db", str(path), "restore", str(source), "--yes")
    assert code == 1 and fragment in err and "Traceback" not in err
    assert table_dump(path) == before
    with open_case(path) as case:
        assert case.claims.count() == 3


def test_restore_reads_the_backup_alone(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path, claims=2)
    with open_case(path) as case:
        info = bk.backup_before(case, "import")
    expected = table_dump(info.path)
    foreign = log_of(tmp_path / "x.db", ["CREATE TABLE t (x)"])
    info.path.with_name(info.path.name + "-wal").write_bytes(foreign)
    bk.restore_backup(path, info.path)
    assert table_dump(path)["claims"] == expected["claims"]


# -- logic another program put in the schema -------------------------------------------------------


WIPE = (
    "CREATE TRIGGER wipe AFTER UPDATE OF status ON claims "
    "BEGIN DELETE FROM evidence WHERE claim_id = NEW.id; END"
)


def tamper(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        con.execute(sql)
    con.close()


def test_a_trigger_another_program_added_never_runs(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    tamper(path, WIPE, "CREATE VIEW summary AS SELECT id FROM claims")
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 1 and "trigger 'wipe' on 'claims'" in out and "view 'summary'" in out
    with open_case(path) as case:
        assert any("trigger 'wipe'" in n and "removed" in n for n in case.notices)
        case.claims.update(ids[0], status="in_review")
        assert len(case.claims.get(ids[0]).evidence) == 1  # the trigger did not run
    (kept,) = [b for b in bk.list_backups(path) if b.kind == "pre-repair"]
    with sqlite3.connect(f"file:{kept.path}?mode=ro", uri=True) as con:
        assert con.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall()
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 0, out


def smuggle(path: Path, kind: str, name: str, sql: str) -> None:
    """Write an object straight into sqlite_master, as a program editing the schema can."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, 0, ?)",
        (kind, name, "claims", sql),
    )
    con.execute("PRAGMA writable_schema = OFF")
    con.close()


@pytest.mark.parametrize("name", ["sqlite_wipe", "sqlite_stat1", "sqlite_autoindex_claims_9"])
def test_a_trigger_under_sqlites_reserved_names_is_found_and_never_runs(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    smuggle(
        path,
        "trigger",
        name,
        f'CREATE TRIGGER "{name}" AFTER UPDATE ON claims BEGIN DELETE FROM evidence; END',
    )
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 1 and f"trigger '{name}' on 'claims'" in out, out
    code, _out, err = run_cli("--db", str(path), "claims", "edit", ids[0], "--status", "archived")
    assert code == 0 and "removed" in err, err
    with open_case(path, daily_backup=False) as case:
        assert case.claims.get(ids[0]).status == "archived"
        assert len(case.claims.get(ids[0]).evidence) == 1  # the trigger did not run
    assert run_cli("--db", str(path), "check")[0] == 0


def test_sqlites_own_statistics_and_counters_are_not_taken_for_additions(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    tamper(path, "ANALYZE")
    con = sqlite3.connect(path)
    kinds = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite%'")}
    con.close()
    assert "sqlite_stat1" in kinds
    before = path.read_bytes()
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 0, out
    with open_case(path, daily_backup=False) as case:
        assert case.notices == () and case.claims.count() == 3
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE UNIQUE INDEX one_title ON evidence (title)",
        "CREATE TABLE their_notes (x TEXT)",
        "CREATE INDEX by_text ON claims (length(text))",
        "CREATE VIRTUAL TABLE their_search USING fts5(x)",
        "CREATE TRIGGER no_new BEFORE INSERT ON claims BEGIN SELECT RAISE(ABORT, 'no'); END",
        "CREATE TRIGGER spy AFTER INSERT ON history BEGIN DELETE FROM history; END",
    ],
)
def test_other_additions_are_removed_before_anything_is_written(
    tmp_path: Path, statement: str
) -> None:
    path = tmp_path / "case.factdesk"
    ids = closed_case(path)
    tamper(path, statement)
    with open_case(path) as case:
        assert case.notices
        case.evidence.add(ids[1], title=None)
        case.evidence.add(ids[2], title=None)
        case.claims.create("A new claim after opening")
        assert case.claims.count() == 4
        assert case.history.for_claim(ids[1])
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 0, out


def test_a_changed_table_refuses_the_file_and_check_names_it(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(
        "CREATE TABLE verdicts_x (claim_id VARCHAR(36) NOT NULL PRIMARY KEY, rating TEXT, "
        "summary TEXT, rationale TEXT, reviewer TEXT, reviewed_at TEXT, "
        "CHECK (rating <> 'false'))"
    )
    con.execute("DROP TABLE verdicts")
    con.execute("ALTER TABLE verdicts_x RENAME TO verdicts")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DamagedCaseFileError, match="changed by another program"):
        open_case(path)
    assert path.read_bytes() == before
    code, out, err = run_cli("--db", str(path), "check")
    assert code == 1 and "changed by another program: table 'verdicts'" in out, out + err


def test_a_missing_table_is_reported_by_check_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    tamper(path, "DROP TABLE history", "DROP TABLE blobs")
    code, out, err = run_cli("--db", str(path), "check")
    assert code == 1 and "missing: table 'history'" in out and "Traceback" not in err, err
    assert "internal error" not in err
    code, _out, err = run_cli("--db", str(path), "claims", "list")
    assert code == 1 and "missing" in err and "internal error" not in err


def test_a_read_only_file_with_a_trigger_opens_read_only_and_runs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "case.factdesk"
    closed_case(path)
    tamper(path, WIPE)
    before = path.read_bytes()
    with open_case(path, read_only=True) as case:
        assert case.read_only and any("only read" in n for n in case.notices)
        assert case.claims.count() == 3
    assert path.read_bytes() == before


def test_an_upgraded_case_file_from_the_first_schema_has_nothing_foreign(tmp_path: Path) -> None:
    from tests.safety.fixtures import fixture_path

    path = tmp_path / "old.factdesk"
    shutil.copyfile(fixture_path("0001"), path)
    with open_case(path) as case:
        assert case.notices == ()
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 0, out


# -- backups never push out the only good copy --------------------------------------------------


def test_rotation_keeps_the_fullest_backup_when_the_case_is_emptied(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "case.factdesk"
    closed_case(path, claims=5)
    start = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    first = bk.backup_file(path, "daily", now=start)
    with open_case(path, daily_backup=False) as case:
        for claim_id in case.claims.list_ids()[:4]:
            case.claims.delete(claim_id)
    for day in range(1, 60):  # two months of daily backups of the emptied case
        bk.backup_file(path, "daily", now=start + dt.timedelta(days=day))
    left = bk.list_backups(path)
    assert first.path in {b.path for b in left}
    assert len(left) <= 7 + 4 + 1


def test_case_files_made_by_any_process_match_the_expected_schema(tmp_path: Path) -> None:
    # Batch migrations write a table's constraints in an order that differs from run
    # to run; that is not a change by another program.
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    for seed in ("0", "1", "2", "3"):
        path = tmp_path / f"made-{seed}.factdesk"
        subprocess.run(
            [sys.executable, "-m", "factdesk", "--db", str(path), "demo"],
            check=True,
            capture_output=True,
            env={
                **os.environ,
                "PYTHONHASHSEED": seed,
                "PYTHONPATH": str(root),
                "FACTDESK_DATA_DIR": str(tmp_path / "data"),
            },
            timeout=120,
        )
        with open_case(path) as case:
            assert case.notices == () and case.claims.count() == 3

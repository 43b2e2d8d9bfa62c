"""The files SQLite keeps beside a case file, checked before SQLite may apply them.

SQLite applies a ``-wal`` (write-ahead log) or a hot ``-journal`` found
beside a database when it opens it, without asking whether it belongs to
that database; a read-write connection then folds it into the file for
good.  A log left by another database (a sync tool, a copied folder) would
replace the case with foreign contents.  So before a case file is opened for
writing, what SQLite would see with its side files is looked at first:

- a ``-wal``: through a read-only connection, which reads the log without
  ever folding it in;
- a ``-journal``: SQLite only rolls one back by writing the database, so
  the database and the journal are copied to a private folder and the
  rollback happens on the copy.

What is seen must be a sound FactDesk case file and the same case (its
``case_meta`` identity); otherwise the side file is set aside untouched
under a new name and never applied.  A log that another process is using is
never touched: it is that process's work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from factdesk.i18n import _
from factdesk.store.engine import connect

WAL_MAGIC = (0x377F0682, 0x377F0683)  # checksums little-endian, big-endian
WAL_VERSION = 3007000
WAL_HEADER = 32
CASE_ID_KEY = "case_id"
# SQLite (unix) holds a shared lock on this byte of the -shm while a connection is open.
SHM_DMS_BYTE = 128
# ... and this byte of the database while a transaction writes.
RESERVED_BYTE = 0x40000001


@dataclass(frozen=True)
class Facts:
    """What a database says about itself."""

    application_id: int
    revision: str | None
    case_id: str | None
    problems: tuple[str, ...]  # from quick_check ([] when sound, or not checked)


def read_facts(conn: sqlite3.Connection, *, quick_check: bool) -> Facts:
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    case_id = None
    if "case_meta" in tables:
        row = conn.execute("SELECT value FROM case_meta WHERE key = ?", (CASE_ID_KEY,)).fetchone()
        case_id = str(row[0]) if row else None
    problems: tuple[str, ...] = ()
    if quick_check:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        problems = () if rows == ["ok"] else tuple(rows[:3])
    return Facts(application_id, revision, case_id, problems)


def main_file_facts(path: Path) -> Facts | None:
    """The facts of the database file alone, side files ignored (None: not a database)."""
    uri = f"file:{quote(os.fsencode(path.resolve().as_posix()))}?immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            return read_facts(conn, quick_check=False)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _belongs(main: Facts, seen: Facts, application_id: int) -> str | None:
    """Why what SQLite would see is not this case file (None: it is)."""
    if seen.application_id != application_id:
        return _("with it the file would not be a FactDesk case file")
    if seen.problems:
        return _("with it the file would be damaged ({problems})").format(
            problems="; ".join(seen.problems)
        )
    if main.case_id is not None and seen.case_id != main.case_id:
        return _("it belongs to another case file")
    if seen.revision is None:
        return _("with it the file would hold no FactDesk case")
    return None


def _in_use(path: Path, byte: int) -> bool:
    """Whether another process holds an SQLite lock on ``byte`` of ``path``.

    Only asked when this process has no connection to the file: closing the
    descriptor opened here would drop this process's own locks on it.
    """
    try:
        import fcntl
    except ImportError:  # Windows: a file in use cannot be renamed there anyway
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, byte)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, byte)
        return False
    finally:
        os.close(fd)


def _wal_is_valid(wal: Path, page_size: int) -> bool:
    """Whether ``wal`` starts with a write-ahead log header SQLite accepts, for these pages.

    The header's checksum is checked as SQLite checks it (a log whose header
    fails it is discarded by SQLite at the next write).
    """
    try:
        with wal.open("rb") as fh:
            header = fh.read(WAL_HEADER)
    except OSError:
        return False
    if len(header) < WAL_HEADER:
        return False
    magic, version, size = struct.unpack(">III", header[:12])
    if magic not in WAL_MAGIC or version != WAL_VERSION or size != page_size:
        return False
    order = "<" if magic == WAL_MAGIC[0] else ">"
    s0 = s1 = 0
    words = struct.unpack(f"{order}6I", header[:24])
    for i in range(0, 6, 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return (s0, s1) == struct.unpack(">II", header[24:32])


def set_aside(side: Path, reason: str, case_path: Path) -> str:
    """Rename ``side`` out of SQLite's way, untouched; returns the notice for the user."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = side.with_name(f"{side.name}.set-aside-{stamp}")
    n = 2
    while target.exists():
        target = side.with_name(f"{side.name}.set-aside-{stamp}-{n}")
        n += 1
    os.replace(side, target)
    return _(
        "{side} beside {name} was not applied ({reason}); it was set aside untouched as {target}."
    ).format(side=side.name, name=case_path.name, reason=reason, target=target.name)


def settle(
    path: Path, *, application_id: int, open_here: bool, quick_check_max_bytes: int
) -> list[str]:
    """Set aside the side files of ``path`` that do not belong to it; notices for the user.

    ``open_here``: this process has the file open (then its side files are
    its own and nothing is looked at).
    """
    if open_here:
        return []
    notices: list[str] = []
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    journal = path.with_name(path.name + "-journal")
    size = path.stat().st_size if path.exists() else 0
    if size > 0:
        main = main_file_facts(path)
        if main is None or (main.application_id != application_id and not _fresh(main)):
            return []  # not a case file: opening refuses it, and its side files are not ours
        page_size, wal_mode = _header_facts(path)
    else:
        main = Facts(application_id, None, None, ())
        page_size, wal_mode = 0, False
    if (
        journal.exists()
        and journal.stat().st_size > 0
        and size > 0
        and not _in_use(path, RESERVED_BYTE)
    ):
        reason = (
            _("the case file keeps a write-ahead log, so a rollback journal is not its own")
            if wal_mode
            else _journal_problem(path, main, application_id, quick_check_max_bytes)
        )
        if reason:
            notices.append(set_aside(journal, reason, path))
    if not wal.exists() or wal.stat().st_size == 0:
        return notices
    shm_existed = shm.exists()
    if shm_existed and _in_use(shm, SHM_DMS_BYTE):
        return notices  # another process is working on the file: the log is its own
    if size == 0:
        reason = _("the file beside it is empty, so SQLite would discard it")
    elif not _wal_is_valid(wal, page_size):
        reason = _("it is not a write-ahead log SQLite can read")
    else:
        reason = _wal_problem(path, main, application_id, quick_check_max_bytes)
    if reason:
        notices.append(set_aside(wal, reason, path))
        if not shm_existed:  # the index made while looking: of a log that is gone now
            with contextlib.suppress(OSError):
                shm.unlink()
    return notices


def _fresh(main: Facts) -> bool:
    """A database that holds nothing yet on its own: a new case file may be all in its log."""
    return main.application_id == 0 and main.revision is None and main.case_id is None


def header_with_log(path: Path) -> tuple[int, int] | None:
    """(application_id, user_version) as SQLite sees the file with its log; None: no log.

    Only called once :func:`settle` has set aside a log that is not the
    file's own; read through a read-only connection, which never folds the
    log in.
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    try:
        conn = connect(path, "ro")
        try:
            application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return application_id, user_version


def _header_facts(path: Path) -> tuple[int, bool]:
    """The page size of the database file, and whether its header says WAL mode."""
    with path.open("rb") as fh:
        header = fh.read(20)
    (size,) = struct.unpack(">H", header[16:18])
    return (65536 if size == 1 else size), header[18:20] == b"\x02\x02"


def _wal_problem(path: Path, main: Facts, application_id: int, max_bytes: int) -> str | None:
    try:
        conn = connect(path, "ro")  # reads the log; a read-only connection never folds it in
        try:
            seen = read_facts(conn, quick_check=path.stat().st_size <= max_bytes)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _("with it the file cannot be read ({reason})").format(reason=exc)
    return _belongs(main, seen, application_id)


def _journal_problem(path: Path, main: Facts, application_id: int, max_bytes: int) -> str | None:
    journal = path.with_name(path.name + "-journal")
    folder = Path(tempfile.mkdtemp(prefix="factdesk-journal-"))
    try:
        copy = folder / "case.factdesk"
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, folder / "case.factdesk-journal")
        try:
            conn = connect(copy, "rw")  # the rollback happens here, on the copy
            try:
                seen = read_facts(conn, quick_check=path.stat().st_size <= max_bytes)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            return _("rolled back, the file could not be read ({reason})").format(reason=exc)
        return _belongs(main, seen, application_id)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

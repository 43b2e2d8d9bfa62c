"""Copies of a case file that can be trusted: SQLite's online backup, verified.

A copy is written with ``sqlite3.Connection.backup`` (a consistent snapshot
even while another process writes) into a temporary file beside its
destination, checked with ``PRAGMA quick_check``, flushed to disk, and only
then moved over the destination with ``os.replace``.  A copy interrupted at
any point leaves the destination as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from factdesk.errors import CaseFileError, DamagedCaseFileError
from factdesk.i18n import _
from factdesk.store import errors
from factdesk.store.engine import Access, connect

PAGES_PER_STEP = 4096
TEMP_SUFFIX = ".partial"

CopyProgress = Callable[[int, int], None]  # (pages copied, total pages)


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the database itself is damaged (by its error code)."""
    return errors.is_damage(exc)


def file_access(path: Path, *, read_only: bool = False) -> Access:
    """How ``path`` can be opened: read-write, read-only, or immutable (see engine.Access)."""
    path = Path(path)
    folder_writable = os.access(path.parent, os.W_OK)
    writable = not read_only and os.access(path, os.W_OK) and folder_writable
    if writable:
        return "rw"
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if not folder_writable and not (wal.exists() and shm.exists()):
        return "immutable"
    return "ro"


def integrity_problems(path: Path, access: Access = "rw", *, quick: bool = True) -> list[str]:
    """SQLite's own check of ``path``: the problems it lists ([] when sound).

    A file so damaged that SQLite cannot even read its schema counts as one
    problem rather than raising.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = connect(path, access)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def copy_facts(path: Path) -> tuple[str | None, int] | None:
    """The case identity and claim count of a copy, read from it alone (None: unreadable)."""
    try:
        conn = connect(path, "immutable")
        try:
            row = conn.execute("SELECT value FROM case_meta WHERE key = 'case_id'").fetchone()
            claims = int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (str(row[0]) if row else None), claims


def fsync_path(path: Path, *, directory: bool = False) -> None:
    """Flush a file (or a folder's entries) to disk; folders cannot be opened on Windows."""
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:
            return
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def online_copy(
    source: Path,
    dest: Path,
    *,
    access: Access | None = None,
    progress: CopyProgress | None = None,
) -> int:
    """Copy the database at ``source`` to ``dest``, verified; returns the copy's size.

    ``dest`` is replaced only by a copy that passed ``quick_check``; the copy
    uses rollback journaling (one self-contained file, nothing beside it).
    Raises :class:`DamagedCaseFileError` when the source cannot be copied
    because it is damaged, :class:`CaseFileError` for other failures.
    """
    source, dest = Path(source), Path(dest)
    access = access or file_access(source)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        _copy_into(source, tmp, access, progress)
        problems = integrity_problems(tmp, "rw")
        if problems:
            raise DamagedCaseFileError(
                source,
                _("{path} could not be copied soundly ({problems}). It was left untouched.").format(
                    path=source, problems="; ".join(problems[:3])
                ),
            )
        fsync_path(tmp)
        os.replace(tmp, dest)
        fsync_path(dest.parent, directory=True)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedCaseFileError(
                source,
                _("{path} is damaged and could not be copied ({reason}).").format(
                    path=source, reason=exc
                ),
            ) from exc
        raise CaseFileError(
            _("{path} could not be copied to {dest} ({reason}).").format(
                path=source, dest=dest, reason=exc
            )
        ) from exc
    except OSError as exc:
        raise CaseFileError(
            _("could not write the copy {dest} ({reason}); nothing was replaced.").format(
                dest=dest, reason=exc.strerror or exc
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        for extra in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                tmp.with_name(tmp.name + extra).unlink()
    return dest.stat().st_size


def _copy_into(source: Path, tmp: Path, access: Access, progress: CopyProgress | None) -> None:
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    src = connect(source, access)
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=report)
            # One self-contained file: a backup must not need a -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def copy_into_live(source: Path, target: Path) -> None:
    """Replace the contents of the live database ``target`` with ``source``, atomically.

    SQLite writes the pages in one transaction on ``target``, so other
    processes that have it open see either the old or the new contents, and
    a crash leaves the old.  Raises sqlite3 errors as they come (the caller
    falls back to replacing the file when the page sizes differ).
    """
    src = connect(source, "immutable")  # the backup alone: nothing beside it is applied
    try:
        dst = connect(target, "rw")
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def remove_stale_temporaries(folder: Path, *, older_than_s: float = 3600.0) -> None:
    """Delete copies left half-written by a process that was killed."""
    import time

    cutoff = time.time() - older_than_s
    for tmp in folder.glob(f".*{TEMP_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()

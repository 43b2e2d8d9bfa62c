"""Opening a case file: recognise it, refuse what is not ours, migrate.

The checks that can refuse a file read its header with plain file I/O before
SQLite touches it, so a refused file is left byte for byte as it was, with no
``-wal`` or ``-shm`` beside it.  A file whose header is sound then gets
SQLite's ``quick_check`` (when it is small enough for that to be quick) on a
plain connection that writes nothing; damage found then, or by any later
query, raises :class:`DamagedCaseFileError` and the file is not written.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from factdesk.errors import CaseFileError, DamagedCaseFileError, ReadOnlyError
from factdesk.store import errors
from factdesk.store.backup import file_access, integrity_problems, is_damage
from factdesk.store.engine import Access, make_engine
from factdesk.store.migrate import current_revision, head_revision, known_revisions, upgrade_to_head

APPLICATION_ID = 0x46444B31  # "FDK1", set by the baseline migration
SCHEMA_GENERATION = 6  # PRAGMA user_version written by the newest migration
SQLITE_MAGIC = b"SQLite format 3\x00"
# quick_check reads every page once (about 0.2 s for 200 MB from the cache), so
# it runs on open only while that stays unnoticeable (64 MB, ~0.05 s);
# bigger files are checked by `factdesk check` and by every query as it runs.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024

BeforeMigration = Callable[[Path], object]


@dataclass(frozen=True)
class HeaderInfo:
    page_size: int
    page_count: int
    application_id: int
    user_version: int


def read_header(path: Path) -> HeaderInfo:
    """Parse the 100-byte SQLite header, refusing anything that is not a sound one."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise CaseFileError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise CaseFileError(f"{path} is not a FactDesk case file (it is not an SQLite database).")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise CaseFileError(
            f"{path} is not a FactDesk case file (it is another program's SQLite database)."
        )
    if page_size < 512 or size % page_size or size < page_count * page_size:
        raise CaseFileError(
            f"{path} is damaged: it is shorter than its header says (truncated?). "
            "It was left untouched."
        )
    return HeaderInfo(page_size, page_count, application_id, user_version)


def check_revision(path: Path) -> None:
    """Refuse a schema revision this version does not know, before anything writes.

    Read through an immutable URI: SQLite then takes no locks and creates no
    ``-wal``/``-shm``, and switching to WAL (which rewrites the header) waits
    until the file is known to be ours.
    """
    uri = f"file:{quote(path.resolve().as_posix())}?immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise CaseFileError(f"{path} cannot be opened ({exc}).") from exc
    try:
        has_table = con.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
        revision = (
            con.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
        )
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise CaseFileError(
            f"{path} is damaged or not a FactDesk case file ({exc}). It was left untouched."
        ) from exc
    finally:
        con.close()
    if revision is not None and revision[0] not in known_revisions():
        raise CaseFileError(
            f"{path} was made by a newer version of FactDesk (schema revision {revision[0]}). "
            "Update FactDesk to open it."
        )


@dataclass
class CaseStore:
    """An open case file: its path, engine and session factories."""

    path: Path
    engine: Engine
    read_only: bool
    _sessions: sessionmaker[Session]
    _write_sessions: sessionmaker[Session]
    _identity: tuple[int, int] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self._identity = _file_identity(self.path)

    def _follow_file(self) -> None:
        """Reconnect when the file was replaced (a restore swaps files): kept connections
        would go on reading the old one."""
        identity = _file_identity(self.path)
        if identity != self._identity:
            self._identity = identity
            self.engine.dispose()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads, in one (deferred) transaction."""
        self._follow_file()
        try:
            with self._sessions.begin() as session:
                yield session
        except DatabaseError as exc:
            if is_damage(exc):
                raise damaged(self.path, exc) from exc
            raise

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for one write transaction: committed on success, rolled back on error."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; changes cannot be saved.")
        self._follow_file()
        try:
            with self._write_sessions.begin() as session:
                yield session
            self._checkpoint()
        except DatabaseError as exc:
            raise translate_operational_error(self.path, exc) from exc

    def _checkpoint(self) -> None:
        """Copy committed pages from the write-ahead log into the file itself.

        Connections stay open between transactions, so SQLite's own checkpoint
        when the last one closes would not come; without this the file on disk
        (what a backup, a copy or another program's first look at the header
        sees) would lag behind the log.  Passive: it never waits for readers.
        """
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def data_version(self) -> int:
        """SQLite's ``data_version`` on this thread's connection: it moves when another
        connection commits, never for this one's own commits (cheap enough to poll)."""
        self._follow_file()
        try:
            with self.engine.connect() as conn:
                return int(conn.exec_driver_sql("PRAGMA data_version").scalar() or 0)
        except DatabaseError as exc:
            if is_damage(exc):
                raise damaged(self.path, exc) from exc
            raise translate_operational_error(self.path, exc) from exc

    def close(self) -> None:
        self.engine.dispose()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def damaged(path: Path, exc: BaseException | str) -> DamagedCaseFileError:
    text = str(getattr(exc, "orig", None) or exc)
    return DamagedCaseFileError(
        path, f"{path} is damaged: SQLite reports “{text}”. It was left as it is."
    )


def translate_operational_error(path: Path, exc: DatabaseError) -> CaseFileError:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if is_damage(exc):
        return damaged(path, exc)
    if errors.is_full(exc):
        return CaseFileError(f"{path.name}: the disk is full; the change was not saved.")
    if errors.is_read_only(exc):
        return ReadOnlyError(
            f"{path.name} cannot be written (read-only); the change was not saved."
        )
    if errors.is_busy(exc):
        return CaseFileError(
            f"{path.name} is busy in another program; the change was not saved. Try again."
        )
    return CaseFileError(f"{path.name}: the case file could not be written ({text}).")


def open_case_file(
    path: Path,
    *,
    read_only: bool = False,
    before_migration: BeforeMigration | None = None,
    quick_check_max_bytes: int = QUICK_CHECK_MAX_BYTES,
) -> CaseStore:
    """Open (creating if needed) the case file at ``path`` and bring its schema up to date.

    A file that cannot be written (or whose folder cannot) opens read-only.
    ``before_migration(path)`` runs before an existing file's schema is
    upgraded (to back it up); if it raises, the file is not upgraded.
    """
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        if read_only:
            raise CaseFileError(f"{path} does not exist.")
        path.parent.mkdir(parents=True, exist_ok=True)
        access: Access = "rw"
    else:
        header = read_header(path)
        if header.user_version > SCHEMA_GENERATION:
            raise CaseFileError(
                f"{path} was made by a newer version of FactDesk (schema {header.user_version}, "
                f"this version reads up to {SCHEMA_GENERATION}). Update FactDesk to open it."
            )
        check_revision(path)
        access = file_access(path, read_only=read_only)
        if path.stat().st_size <= quick_check_max_bytes:
            problems = integrity_problems(path, access)
            if problems:
                raise damaged(path, "; ".join(problems[:3]))
    read_only = access != "rw"
    engine = make_engine(path, access=access)
    try:
        revision = current_revision(engine)
        if revision is not None and revision not in known_revisions():
            raise CaseFileError(
                f"{path} was made by a newer version of FactDesk (schema revision {revision}). "
                "Update FactDesk to open it."
            )
        if revision != head_revision():
            if read_only:
                raise CaseFileError(
                    f"{path} needs a schema upgrade but is read-only; copy it somewhere writable."
                )
            if not is_new and before_migration is not None:
                before_migration(path)
            upgrade_to_head(engine)
    except DatabaseError as exc:
        engine.dispose()
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise CaseFileError(f"{path} could not be opened ({exc.orig}).") from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    write_engine = engine.execution_options(sqlite_immediate=True)
    write_sessions = sessionmaker(write_engine, expire_on_commit=False)
    return CaseStore(path, engine, read_only, sessions, write_sessions)

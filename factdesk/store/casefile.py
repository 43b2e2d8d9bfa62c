"""Opening a case file: recognise it, refuse what is not ours, migrate.

The checks that can refuse a file read its header with plain file I/O before
SQLite touches it, so a refused file is left byte for byte as it was, with no
``-wal`` or ``-shm`` beside it.  A file whose header is sound then gets
SQLite's ``quick_check`` (when it is small enough for that to be quick) on a
plain connection that writes nothing; damage found then, or by any later
query, raises :class:`DamagedCaseFileError` and the file is not written.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from factdesk.errors import CaseFileError, DamagedCaseFileError, NotACaseFileError, ReadOnlyError
from factdesk.store import errors, schema_check, side_files
from factdesk.store.backup import file_access, integrity_problems, is_damage
from factdesk.store.engine import Access, connect, make_engine
from factdesk.store.migrate import current_revision, head_revision, known_revisions, upgrade_to_head

APPLICATION_ID = 0x46444B31  # "FDK1", set by the baseline migration
SCHEMA_GENERATION = 7  # PRAGMA user_version written by the newest migration
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
        raise NotACaseFileError(
            path, f"{path} is not a FactDesk case file (it is not an SQLite database)."
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id == 0 and user_version == 0:
        # A file SQLite has only just made: what it holds may all be in its
        # write-ahead log still (a first session that ended before the log was
        # folded in).  Its header is what SQLite will see with the log.
        seen = side_files.header_with_log(path)
        if seen is not None:
            application_id, user_version = seen
    if application_id != APPLICATION_ID:
        raise NotACaseFileError(
            path, f"{path} is not a FactDesk case file (it is another program's SQLite database)."
        )
    if page_size < 512 or size % page_size or size < page_count * page_size:
        raise DamagedCaseFileError(
            path,
            f"{path} is damaged: it is shorter than its header says (truncated?). "
            "It was left untouched.",
        )
    return HeaderInfo(page_size, page_count, application_id, user_version)


def check_plain_file(path: Path) -> None:
    """Refuse a folder, a device or a pipe given as a case file before anything opens it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CaseFileError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    if stat.S_ISDIR(mode):
        raise CaseFileError(f"{path} is a folder, not a case file.")
    if not stat.S_ISREG(mode):
        raise NotACaseFileError(path, f"{path} is not a FactDesk case file (not a regular file).")


def verify_copy(path: Path) -> None:
    """Check a copy of a case file (a backup to restore) completely, reading it alone.

    It must be a FactDesk case file this version can open, whole by SQLite's
    full ``integrity_check`` and ``foreign_key_check``, with FactDesk's own
    schema (objects another program added are allowed: opening removes
    them).  Raises :class:`DamagedCaseFileError` (its message the problem
    alone), or another :class:`CaseFileError` saying what the file is.
    """
    check_plain_file(path)
    if not path.exists():
        raise CaseFileError(f"{path} does not exist.")
    header = read_header(path)
    if header.user_version > SCHEMA_GENERATION:
        raise CaseFileError(f"{path} was made by a newer version of FactDesk.")
    try:
        conn = connect(path, "immutable")
        try:
            _verify(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedCaseFileError(path, f"SQLite reports “{exc}”") from exc


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    row = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if row is None:
        raise NotACaseFileError(
            path, f"{path} is not a FactDesk case file (it holds no FactDesk case)."
        )
    if row[0] not in known_revisions():
        raise CaseFileError(
            f"{path} was made by a newer version of FactDesk (schema revision {row[0]})."
        )
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise DamagedCaseFileError(path, "; ".join(problems[:3]))
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DamagedCaseFileError(path, f"{len(broken)} records point at missing records")
    report = schema_check.compare(conn, str(row[0]))
    if report.altered or report.missing:
        raise DamagedCaseFileError(path, f"changed by another program: {report.summary()}")


def settle_side_files(path: Path) -> list[str]:
    """Set aside the side files beside ``path`` that do not belong to it (see side_files)."""
    if not Path(path).exists():
        return []
    return _settle_side_files(Path(path), QUICK_CHECK_MAX_BYTES)


def check_revision(path: Path) -> None:
    """Refuse a schema revision this version does not know, before anything writes.

    Read through an immutable URI: SQLite then takes no locks and creates no
    ``-wal``/``-shm``, and switching to WAL (which rewrites the header) waits
    until the file is known to be ours.
    """
    uri = f"file:{quote(os.fsencode(path.resolve().as_posix()))}?immutable=1"
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
    """An open case file: its path, engine and session factories.

    ``notices`` tell the user what opening did to keep the file safe (side
    files set aside, schema objects another program added removed).
    """

    path: Path
    engine: Engine
    read_only: bool
    _sessions: sessionmaker[Session]
    _write_sessions: sessionmaker[Session]
    notices: tuple[str, ...] = ()
    _registered: tuple[object, ...] | None = None
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
                raw = _driver(session)
                changes = raw.total_changes
                yield session
                session.flush()
                if raw.total_changes != changes:
                    stamp_write(session)
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
        _OPEN_HERE.remove(self)


# Every write rewrites this row, which shares its page with the case's identity,
# so every transaction in a write-ahead log carries the identity of the case
# file it belongs to (see side_files): a log from another case is recognised.
WRITE_STAMP_KEY = "last_write"


def _driver(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def stamp_write(session: Session) -> None:
    session.execute(
        text("INSERT OR REPLACE INTO case_meta (key, value) VALUES (:key, :value)"),
        {"key": WRITE_STAMP_KEY, "value": uuid.uuid4().hex},
    )


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
    before_schema_repair: BeforeMigration | None = None,
    quick_check_max_bytes: int = QUICK_CHECK_MAX_BYTES,
    inspect: bool = False,
) -> CaseStore:
    """Open (creating if needed) the case file at ``path`` and bring its schema up to date.

    A file that cannot be written (or whose folder cannot) opens read-only.
    Side files that do not belong to it (a ``-wal`` or ``-journal`` from
    another database) are set aside before SQLite sees them.  Schema objects
    another program added (triggers, views, tables, indexes) are removed, once
    ``before_schema_repair(path)`` has backed the file up; FactDesk's own
    objects changed or missing make the file refused as damaged.
    ``before_migration(path)`` runs before an existing file's schema is
    upgraded (to back it up); if it raises, the file is not upgraded.
    ``inspect`` opens an existing file read-only as it is, neither repaired
    nor upgraded, for ``factdesk check``.
    """
    path = Path(path)
    check_plain_file(path)
    notices: list[str] = []
    if path.exists():
        notices += _settle_side_files(path, quick_check_max_bytes)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        if read_only or inspect:
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
        access = file_access(path, read_only=read_only or inspect)
        if not inspect and path.stat().st_size <= quick_check_max_bytes:
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
        if revision is None and not is_new:
            # Never "upgrade" a database that holds no FactDesk case into one.
            raise NotACaseFileError(
                path, f"{path} is not a FactDesk case file (it holds no FactDesk case)."
            )
        if not inspect:
            if revision is not None:
                notices += _check_schema(path, engine, revision, read_only, before_schema_repair)
            if revision != head_revision():
                if read_only:
                    raise CaseFileError(
                        f"{path} needs a schema upgrade but is read-only; "
                        "copy it somewhere writable."
                    )
                if not is_new and before_migration is not None:
                    before_migration(path)
                upgrade_to_head(engine)
            if not read_only:
                ensure_case_id(engine)
                if revision != head_revision():
                    # A new or upgraded file is whole on disk at once: until the
                    # log is folded in, its header would not yet say what it is.
                    with engine.connect() as conn:
                        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
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
    store = CaseStore(path, engine, read_only, sessions, write_sessions, tuple(notices))
    _OPEN_HERE.add(store)
    return store


def _settle_side_files(path: Path, quick_check_max_bytes: int) -> list[str]:
    try:
        return side_files.settle(
            path,
            application_id=APPLICATION_ID,
            open_here=is_open_here(path),
            quick_check_max_bytes=quick_check_max_bytes,
        )
    except OSError as exc:
        raise CaseFileError(
            f"{path}: a file SQLite keeps beside it does not belong to it and cannot be set "
            f"aside ({exc.strerror or exc}); the case file was not opened."
        ) from exc


def _check_schema(
    path: Path,
    engine: Engine,
    revision: str,
    read_only: bool,
    before_repair: BeforeMigration | None,
) -> list[str]:
    """Remove what another program added to the schema; refuse what it changed."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        report = schema_check.compare(raw, revision)
        if report.sound:
            return []
        if not report.repairable:
            raise DamagedCaseFileError(
                path,
                f"{path} was changed by another program ({report.summary()}). FactDesk cannot "
                "trust it and left it as it is.",
            )
        if read_only:
            return [
                f"{path.name} holds schema objects another program added "
                f"({report.summary()}); they do nothing while the file is only read."
            ]
        if before_repair is not None:
            before_repair(path)
        try:
            schema_check.drop(raw, report.extra)
        except sqlite3.Error as exc:
            raise DamagedCaseFileError(
                path,
                f"{path} holds schema objects another program added ({report.summary()}) "
                f"that cannot be removed ({exc}); it was left as it is.",
            ) from exc
    return [
        f"{path.name} held schema objects another program had added ({report.summary()}); "
        "they were removed, so nothing runs behind FactDesk's back. The file as it was is "
        "kept with its backups."
    ]


def ensure_case_id(engine: Engine) -> None:
    """Give the case file its identity once (so a side file can be told to be its own)."""
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM case_meta WHERE key = ?", (side_files.CASE_ID_KEY,)
        ).first()
        conn.rollback()
        if found is None:
            conn.execution_options(sqlite_immediate=True)
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO case_meta (key, value) VALUES (?, ?)",
                (side_files.CASE_ID_KEY, str(uuid.uuid4())),
            )
            conn.commit()


class _OpenStores:
    """The case files this process has open (their side files are its own).

    Known by where they are and by what file they are (a hard link elsewhere
    is the same file; a restore may put a new file at the same place).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[object, int] = {}

    @staticmethod
    def _keys(path: Path) -> tuple[object, ...]:
        keys: list[object] = [os.path.realpath(path)]
        try:
            info = path.stat()
        except OSError:
            return tuple(keys)
        keys.append((info.st_dev, info.st_ino))
        return tuple(keys)

    def add(self, store: CaseStore) -> None:
        keys = self._keys(store.path)
        with self._lock:
            for key in keys:
                self._counts[key] = self._counts.get(key, 0) + 1
        store._registered = keys

    def remove(self, store: CaseStore) -> None:
        keys, store._registered = store._registered, None
        with self._lock:
            for key in keys or ():
                left = self._counts.get(key, 0) - 1
                if left > 0:
                    self._counts[key] = left
                else:
                    self._counts.pop(key, None)

    def has(self, path: Path) -> bool:
        keys = self._keys(path)
        with self._lock:
            return any(key in self._counts for key in keys)


_OPEN_HERE = _OpenStores()


def is_open_here(path: Path) -> bool:
    """Whether this process has the case file at ``path`` open."""
    return _OPEN_HERE.has(path)

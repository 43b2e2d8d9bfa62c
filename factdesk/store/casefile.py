"""Opening a case file: recognise it, refuse what is not ours, migrate.

The checks that can refuse a file read its header with plain file I/O before
SQLite touches it, so a refused file is left byte for byte as it was, with no
``-wal`` or ``-shm`` beside it.  A file whose header is sound then gets
SQLite's ``quick_check`` (when it is small enough for that to be quick) on a
plain connection that writes nothing; damage found then, or by any later
query, raises :class:`DamagedCaseFileError` and the file is not written.

A case file whose schema is current opens with ``sqlite3`` alone: its
revision is read with plain SQL, and Alembic and SQLAlchemy load only for an
upgrade or for the ORM sessions some services use.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from factdesk.errors import CaseFileError, DamagedCaseFileError, NotACaseFileError, ReadOnlyError
from factdesk.i18n import _, ngettext, number
from factdesk.store import errors, revisions, schema_check, side_files
from factdesk.store.backup import file_access, integrity_problems, is_damage
from factdesk.store.connections import ThreadConnections
from factdesk.store.engine import Access, connect, make_engine
from factdesk.store.identity import APPLICATION_ID, SCHEMA_GENERATION, header_fields

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

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


def _unreadable(path: Path, exc: OSError) -> str:
    return _("{path}: cannot be read ({reason}).").format(path=path, reason=exc.strerror or exc)


def _newer(path: Path, revision: object, update: bool = True) -> str:
    if not update:
        return _(
            "{path} was made by a newer version of FactDesk (schema revision {revision})."
        ).format(path=path, revision=revision)
    return _(
        "{path} was made by a newer version of FactDesk (schema revision {revision}). "
        "Update FactDesk to open it."
    ).format(path=path, revision=revision)


def read_header(path: Path) -> HeaderInfo:
    """Parse the 100-byte SQLite header, refusing anything that is not a sound one."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise CaseFileError(_unreadable(path, exc)) from exc
    fields = header_fields(header)
    if fields is None:
        raise NotACaseFileError(
            path,
            _("{path} is not a FactDesk case file (it is not an SQLite database).").format(
                path=path
            ),
        )
    page_size, page_count, user_version, application_id = fields
    if application_id == 0 and user_version == 0:
        # A file SQLite has only just made: what it holds may all be in its
        # write-ahead log still (a first session that ended before the log was
        # folded in).  Its header is what SQLite will see with the log.
        seen = side_files.header_with_log(path)
        if seen is not None:
            application_id, user_version = seen
    if application_id != APPLICATION_ID:
        raise NotACaseFileError(
            path,
            _(
                "{path} is not a FactDesk case file (it is another program's SQLite database)."
            ).format(path=path),
        )
    if page_size < 512 or size % page_size or size < page_count * page_size:
        raise DamagedCaseFileError(
            path,
            _(
                "{path} is damaged: it is shorter than its header says (truncated?). "
                "It was left untouched."
            ).format(path=path),
        )
    return HeaderInfo(page_size, page_count, application_id, user_version)


def check_plain_file(path: Path) -> None:
    """Refuse a folder, a device or a pipe given as a case file before anything opens it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CaseFileError(_unreadable(path, exc)) from exc
    if stat.S_ISDIR(mode):
        raise CaseFileError(_("{path} is a folder, not a case file.").format(path=path))
    if not stat.S_ISREG(mode):
        raise NotACaseFileError(
            path, _("{path} is not a FactDesk case file (not a regular file).").format(path=path)
        )


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
        raise CaseFileError(_("{path} does not exist.").format(path=path))
    header = read_header(path)
    if header.user_version > SCHEMA_GENERATION:
        raise CaseFileError(_("{path} was made by a newer version of FactDesk.").format(path=path))
    try:
        conn = connect(path, "immutable")
        try:
            _verify(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedCaseFileError(path, _("SQLite reports “{reason}”").format(reason=exc)) from exc


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    row = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if row is None:
        raise NotACaseFileError(
            path,
            _("{path} is not a FactDesk case file (it holds no FactDesk case).").format(path=path),
        )
    if row[0] not in revisions.known_revisions():
        raise CaseFileError(_newer(path, row[0], update=False))
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise DamagedCaseFileError(path, "; ".join(problems[:3]))
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DamagedCaseFileError(
            path,
            ngettext(
                "{count} record points at a missing record",
                "{count} records point at missing records",
                len(broken),
            ).format(count=number(len(broken))),
        )
    report = schema_check.compare(conn, str(row[0]))
    if report.altered or report.missing:
        raise DamagedCaseFileError(
            path, _("changed by another program: {what}").format(what=report.summary())
        )


def settle_side_files(path: Path) -> list[str]:
    """Set aside the side files beside ``path`` that do not belong to it (see side_files)."""
    if not Path(path).exists():
        return []
    return _settle_side_files(Path(path), QUICK_CHECK_MAX_BYTES)


def check_revision(path: Path) -> str | None:
    """The stored schema revision; one this version does not know is refused, before
    anything writes.

    Read through an immutable URI: SQLite then takes no locks and creates no
    ``-wal``/``-shm``, and switching to WAL (which rewrites the header) waits
    until the file is known to be ours.  (It does not see a write-ahead log,
    so a revision other than the newest is confirmed on the live file.)
    """
    uri = f"file:{quote(os.fsencode(path.resolve().as_posix()))}?immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise CaseFileError(
            _("{path} cannot be opened ({reason}).").format(path=path, reason=exc)
        ) from exc
    try:
        revision = stored_revision(con)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise CaseFileError(
            _(
                "{path} is damaged or not a FactDesk case file ({reason}). It was left untouched."
            ).format(path=path, reason=exc)
        ) from exc
    finally:
        con.close()
    if revision is not None and revision not in revisions.known_revisions():
        raise CaseFileError(_newer(path, revision))
    return revision


def stored_revision(conn: sqlite3.Connection) -> str | None:
    """The revision in the ``alembic_version`` table, read with plain SQL (None: no table)."""
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row is not None else None


class CaseStore:
    """An open case file: its path, each thread's kept connection, and ORM sessions on demand.

    Reads and most writes go to this thread's ``sqlite3`` connection directly
    (:meth:`read`, :meth:`write`); :meth:`reading` and :meth:`writing` give
    SQLAlchemy sessions over the same connection, for the ORM and Core work
    that wants them.  SQLAlchemy is imported on the first of those.
    """

    def __init__(self, path: Path, access: Access = "rw", notices: tuple[str, ...] = ()) -> None:
        self.path = Path(path)
        # What opening did to keep the file safe (side files set aside, schema
        # objects another program added removed): the user is told.
        self.notices = notices
        self._registered: tuple[object, ...] | None = None
        self.access: Access = access
        self.read_only = access != "rw"
        self.connections = ThreadConnections(self.path, access)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._write_sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()
        self._identity = _file_identity(self.path)
        self.checkpoints = Checkpointer(self.connections) if not self.read_only else None

    # -- SQLAlchemy, on demand ---------------------------------------------------------
    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over this store's connections (made on first use)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.connections)
        return self._engine

    def _session_factory(self, *, write: bool) -> sessionmaker[Session]:
        if self._sessions is None or self._write_sessions is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            with self._lock:
                self._sessions = sessionmaker(engine, expire_on_commit=False)
                self._write_sessions = sessionmaker(
                    engine.execution_options(sqlite_immediate=True), expire_on_commit=False
                )
        return self._write_sessions if write else self._sessions

    def prepare_sessions(self) -> None:
        """Load SQLAlchemy and make the session factories now (a front end does this in the
        background once it is up, so the first save does not wait for the import)."""
        self._session_factory(write=True)

    def _follow_file(self) -> None:
        """Reconnect when the file was replaced (a restore swaps files): kept connections
        would go on reading the old one."""
        identity = _file_identity(self.path)
        if identity != self._identity:
            self._identity = identity
            self._disconnect()

    def _disconnect(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.connections.close_all()

    # -- plain sqlite3 -------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection in one read transaction (joined if one is open)."""
        self._follow_file()
        try:
            conn = self.connections.get()
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise damaged(self.path, exc) from exc
            raise

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection in one write transaction: committed, or rolled back."""
        if self.read_only:
            raise ReadOnlyError(
                _("{name} is open read-only; changes cannot be saved.").format(name=self.path.name)
            )
        self._follow_file()
        try:
            conn = self.connections.get()
            conn.execute("BEGIN IMMEDIATE")
            try:
                changes = conn.total_changes
                yield conn
                if conn.total_changes != changes:
                    stamp_write(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise translate_operational_error(self.path, exc) from exc
        self._written()

    # -- ORM sessions --------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads, in one (deferred) transaction."""
        self._follow_file()
        try:
            with self._session_factory(write=False).begin() as session:
                yield session
        except Exception as exc:
            if is_damage(exc):
                raise damaged(self.path, exc) from exc
            raise

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for one write transaction: committed on success, rolled back on error."""
        if self.read_only:
            raise ReadOnlyError(
                _("{name} is open read-only; changes cannot be saved.").format(name=self.path.name)
            )
        self._follow_file()
        try:
            with self._session_factory(write=True).begin() as session:
                raw = session.connection().connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                changes = raw.total_changes
                yield session
                session.flush()
                if raw.total_changes != changes:
                    stamp_write(raw)
        except Exception as exc:
            if _is_database_error(exc):
                raise translate_operational_error(self.path, exc) from exc
            raise
        self._written()

    def _written(self) -> None:
        """After a commit: the log is copied into the file soon, off this thread."""
        if self.checkpoints is not None:
            self.checkpoints.request()

    def checkpoint(self) -> None:
        """Copy committed pages from the write-ahead log into the file now (see Checkpointer)."""
        if self.checkpoints is not None:
            self.checkpoints.run_now()

    def data_version(self) -> int:
        """SQLite's ``data_version`` on this thread's connection: it moves when another
        connection commits, never for this one's own commits (cheap enough to poll)."""
        self._follow_file()
        try:
            row = self.connections.get().execute("PRAGMA data_version").fetchone()
            return int(row[0] if row else 0)
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise damaged(self.path, exc) from exc
            raise translate_operational_error(self.path, exc) from exc

    def close(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.stop()
        self._disconnect()
        _OPEN_HERE.remove(self)


class Checkpointer:
    """Copies committed pages from the write-ahead log into the file, off the writer's thread.

    Connections stay open between transactions, so SQLite's own checkpoint
    when the last one closes would not come; without one the file on disk
    (what a copy or another program's first look at the header sees) would
    lag behind the log.  A checkpoint flushes the file to disk, a second
    fsync after the commit's own, so it runs on a thread of its own a moment
    after the last write (a spell of typing is one checkpoint), on a
    connection of its own.  Passive: it never waits for readers or writers.
    """

    DELAY_S = 0.25
    IDLE_S = 30.0  # the thread ends after this long without writes; the next one starts it

    def __init__(self, connections: ThreadConnections) -> None:
        self._connections = connections
        self._conn: sqlite3.Connection | None = None
        self._run_lock = threading.Lock()
        self._wake = threading.Condition()
        self._due: float | None = None
        self._stopped = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        with self._wake:
            if self._stopped:
                return
            self._due = time.monotonic() + self.DELAY_S
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="factdesk-checkpoint", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def _loop(self) -> None:
        while True:
            with self._wake:
                while True:
                    if self._stopped:
                        self._thread = None
                        return
                    if self._due is None:
                        if not self._wake.wait(self.IDLE_S) and self._due is None:
                            self._thread = None
                            return
                        continue
                    left = self._due - time.monotonic()
                    if left <= 0:
                        break
                    self._wake.wait(left)
                self._due = None
            self.run_now()

    def run_now(self) -> None:
        with self._run_lock:
            for _attempt in range(2):
                try:
                    if self._conn is None:
                        self._conn = self._connections.extra()
                    self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    return
                except sqlite3.ProgrammingError:
                    self._conn = None  # closed with the others (the file was swapped): reopen
                except sqlite3.Error:
                    return  # a busy or vanished file: the next write asks again

    def stop(self) -> None:
        """Stop the thread; the last connection to close checkpoints what is left."""
        with self._wake:
            self._stopped = True
            self._wake.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)


# Every write rewrites this row, which shares its page with the case's identity,
# so every transaction in a write-ahead log carries the identity of the case
# file it belongs to (see side_files): a log from another case is recognised.
WRITE_STAMP_KEY = "last_write"


def stamp_write(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO case_meta (key, value) VALUES (?, ?)",
        (WRITE_STAMP_KEY, os.urandom(16).hex()),
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
        path,
        _("{path} is damaged: SQLite reports “{reason}”. It was left as it is.").format(
            path=path, reason=text
        ),
    )


def _is_database_error(exc: BaseException) -> bool:
    """An error from SQLite itself, raised directly or wrapped by SQLAlchemy."""
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    wrapped = sys.modules.get("sqlalchemy.exc")  # not loaded: it cannot be one of its errors
    return wrapped is not None and isinstance(exc, wrapped.DatabaseError)


def translate_operational_error(path: Path, exc: BaseException) -> CaseFileError:
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    if is_damage(exc):
        return damaged(path, exc)
    if errors.is_full(exc):
        return CaseFileError(
            _("{name}: the disk is full; the change was not saved.").format(name=path.name)
        )
    if errors.is_read_only(exc):
        return ReadOnlyError(
            _("{name} cannot be written (read-only); the change was not saved.").format(
                name=path.name
            )
        )
    if errors.is_busy(exc):
        return CaseFileError(
            _("{name} is busy in another program; the change was not saved. Try again.").format(
                name=path.name
            )
        )
    return CaseFileError(
        _("{name}: the case file could not be written ({reason}).").format(
            name=path.name, reason=text
        )
    )


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
    nor upgraded, for ``factdesk check``.  A file whose schema is current is
    opened with ``sqlite3`` alone: Alembic and SQLAlchemy are loaded only for
    an upgrade.
    """
    path = Path(path)
    check_plain_file(path)
    notices: list[str] = []
    if path.exists():
        notices += _settle_side_files(path, quick_check_max_bytes)
    is_new = not path.exists() or path.stat().st_size == 0
    revision: str | None = None
    if is_new:
        if read_only or inspect:
            raise CaseFileError(_("{path} does not exist.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        access: Access = "rw"
    else:
        header = read_header(path)
        if header.user_version > SCHEMA_GENERATION:
            raise CaseFileError(
                _(
                    "{path} was made by a newer version of FactDesk (schema {schema}, "
                    "this version reads up to {supported}). Update FactDesk to open it."
                ).format(path=path, schema=header.user_version, supported=SCHEMA_GENERATION)
            )
        revision = check_revision(path)
        access = file_access(path, read_only=read_only or inspect)
        if not inspect and path.stat().st_size <= quick_check_max_bytes:
            problems = integrity_problems(path, access)
            if problems:
                raise damaged(path, "; ".join(problems[:3]))
    store = CaseStore(path, access)
    try:
        if is_new or revision != revisions.head_revision():
            with store.read() as conn:  # the live file, write-ahead log included
                revision = stored_revision(conn)
            if revision is not None and revision not in revisions.known_revisions():
                raise CaseFileError(_newer(path, revision))
        if revision is None and not is_new:
            # Never "upgrade" a database that holds no FactDesk case into one.
            raise NotACaseFileError(
                path,
                _("{path} is not a FactDesk case file (it holds no FactDesk case).").format(
                    path=path
                ),
            )
        if not inspect:
            if revision is not None:
                notices += _check_schema(store, revision, before_schema_repair)
            if revision != revisions.head_revision():
                if store.read_only:
                    raise CaseFileError(
                        _(
                            "{path} needs a schema upgrade but is read-only; "
                            "copy it somewhere writable."
                        ).format(path=path)
                    )
                if not is_new and before_migration is not None:
                    before_migration(path)
                from factdesk.store.migrate import upgrade_to_head

                upgrade_to_head(store.engine)
            if not store.read_only:
                ensure_case_id(store)
                if revision != revisions.head_revision():
                    # A new or upgraded file is whole on disk at once: until the
                    # log is folded in, its header would not yet say what it is.
                    store.connections.get().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DamagedCaseFileError:
        store.close()
        raise
    except Exception as exc:
        store.close()
        if not _is_database_error(exc):
            raise
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise CaseFileError(
            _("{path} could not be opened ({reason}).").format(
                path=path, reason=getattr(exc, "orig", exc)
            )
        ) from exc
    except BaseException:
        store.close()
        raise
    store.notices = tuple(notices)
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
            _(
                "{path}: a file SQLite keeps beside it does not belong to it and cannot be set "
                "aside ({reason}); the case file was not opened."
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc


def _check_schema(
    store: CaseStore, revision: str, before_repair: BeforeMigration | None
) -> list[str]:
    """Remove what another program added to the schema; refuse what it changed."""
    path = store.path
    with store.read() as conn:
        report = schema_check.compare(conn, revision)
    if report.sound:
        return []
    if not report.repairable:
        raise DamagedCaseFileError(
            path,
            _(
                "{path} was changed by another program ({what}). FactDesk cannot "
                "trust it and left it as it is."
            ).format(path=path, what=report.summary()),
        )
    if store.read_only:
        return [
            _(
                "{name} holds schema objects another program added "
                "({what}); they do nothing while the file is only read."
            ).format(name=path.name, what=report.summary())
        ]
    if before_repair is not None:
        before_repair(path)
    try:
        schema_check.drop(store.connections.get(), report.extra)
    except sqlite3.Error as exc:
        raise DamagedCaseFileError(
            path,
            _(
                "{path} holds schema objects another program added ({what}) "
                "that cannot be removed ({reason}); it was left as it is."
            ).format(path=path, what=report.summary(), reason=exc),
        ) from exc
    return [
        _(
            "{name} held schema objects another program had added ({what}); "
            "they were removed, so nothing runs behind FactDesk's back. The file as it was is "
            "kept with its backups."
        ).format(name=path.name, what=report.summary())
    ]


def ensure_case_id(store: CaseStore) -> None:
    """Give the case file its identity once (so a side file can be told to be its own)."""
    with store.read() as conn:
        found = conn.execute(
            "SELECT 1 FROM case_meta WHERE key = ?", (side_files.CASE_ID_KEY,)
        ).fetchone()
    if found is None:
        conn = store.connections.get()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT OR IGNORE INTO case_meta (key, value) VALUES (?, ?)",
                (side_files.CASE_ID_KEY, _new_case_id()),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _new_case_id() -> str:
    import uuid  # once per case file, ever: not worth loading with every open

    return str(uuid.uuid4())


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

"""A shared case on a PostgreSQL server: the same store, reached over the network.

:class:`ServerStore` gives the services what :class:`~factdesk.store.casefile.CaseStore`
gives them (sessions for reading and writing, ``data_version``, ``close``),
so nothing above the store knows which engine holds a case.  Statements are
written once in the store's shared SQL and rewritten on their way to the
server (:mod:`factdesk.store.pg_sql`).

Writes are serialised per case, as SQLite serialises them per file: each
write transaction takes a transaction-level advisory lock first.  That keeps
history ids, evidence positions and the search index consistent without
retry loops, and a desk's edits are small.  Every write ends with a
``NOTIFY``, delivered at commit to every other open window, which a listener
thread counts (:meth:`ServerStore.data_version`): colleagues' changes are
pushed, not polled from the server.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from factdesk.errors import CaseFileError, NotACaseFileError, ReadOnlyError, UnreachableError
from factdesk.i18n import _
from factdesk.locations import ServerAddress
from factdesk.store import errors, roles
from factdesk.store.pg_sql import PostgresDriver, postgres_sql

CHANNEL = "factdesk_changes"
WRITE_LOCK = (46444, 2)  # the advisory lock every write transaction takes
CONNECT_TIMEOUT_S = 10
CASE_ID_KEY = "case_id"
PRESENCE = "FactDesk open "  # application_name of a window's presence connection


class ServerUnreachableError(UnreachableError):
    """The server could not be reached (at opening, or when a change was saved)."""

    def __init__(self, address: ServerAddress, message: str) -> None:
        super().__init__(message)
        self.address = address


def _connect(address: ServerAddress) -> Any:
    import psycopg
    from psycopg.types.string import TextLoader

    conn = psycopg.connect(
        address.conninfo(), connect_timeout=CONNECT_TIMEOUT_S, application_name="FactDesk"
    )
    # Never prepared: a prepared search gets a generic plan after a few runs, one plan
    # for every word, which for a rare word scans the index in id order -- a hundred
    # times the custom plan's time.  Planning each statement costs a third of a millisecond.
    conn.prepare_threshold = None
    # Dates come back as the text a case file stores (``0001-01-01``), so every
    # reader (bundles, reports, exports) sees the same values on both engines.
    conn.adapters.register_loader("date", TextLoader)
    # No JIT compilation: the search statement's plan includes a step over the older
    # index rows that rarely runs, and its estimate alone would have the server spend
    # some 20 ms compiling every search (a desk's statements are all short).
    conn.execute("SET jit = off")
    conn.commit()
    return conn


def _first_line(exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return reason[0] if reason else type(exc).__name__


def unreachable(address: ServerAddress, exc: BaseException) -> ServerUnreachableError:
    """A one-line message naming the server (libpq's own reason, never a password)."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = reason[0] if reason else type(exc).__name__
    return ServerUnreachableError(
        address,
        _("the server for {case} cannot be reached ({reason}).").format(
            case=address.shown, reason=detail
        ),
    )


def make_server_engine(address: ServerAddress, own_pids: set[int] | None = None) -> Engine:
    """An engine on the server whose plain statements are rewritten for PostgreSQL
    (the server process id of each connection it makes goes into ``own_pids``)."""
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: _connect(address),
        pool_size=8,
        max_overflow=8,
        pool_pre_ping=True,  # a connection the server dropped is replaced, not used
    )

    @event.listens_for(engine, "connect")
    def _remember(dbapi_conn: Any, _record: Any) -> None:
        if own_pids is not None:
            own_pids.add(int(dbapi_conn.info.backend_pid))

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _rewrite(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> tuple[str, Any]:
        compiled = context is not None and context.compiled is not None
        return postgres_sql(statement, qmark=not compiled), parameters

    return engine


class Listener:
    """Counts other programs' commits, pushed by the server with ``NOTIFY``.

    A dedicated connection listens on a thread of its own; notifications from
    this program's own connections (known by their server process ids) are
    not counted, as SQLite's ``data_version`` does not move for a
    connection's own commits.  If the connection drops the thread reconnects
    and counts one change (whatever happened meanwhile must be read again).
    """

    def __init__(self, address: ServerAddress, own_pids: set[int]) -> None:
        self._address = address
        self._own = own_pids
        self.version = 0
        self.connected = False
        # Called on the listener's thread after each count (a front end passes it on
        # to its own thread): the change is pushed all the way, not polled for.
        self.on_change: Callable[[], None] | None = None
        self._stop = threading.Event()
        self._conn: Any = None
        self._thread = threading.Thread(target=self._run, name="factdesk-listen", daemon=True)
        self._ready = threading.Event()
        self._thread.start()
        self._ready.wait(CONNECT_TIMEOUT_S)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                import psycopg

                conn = psycopg.connect(
                    self._address.conninfo(),
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    application_name="FactDesk listener",
                )
            except Exception:
                self.connected = False
                self._ready.set()
                self._stop.wait(1.0)
                continue
            self._conn = conn
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                if self.connected is False and self._ready.is_set():
                    self.version += 1  # back after a break: read everything again
                    self._changed()
                self.connected = True
                self._ready.set()
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=0.5):
                        if note.pid not in self._own:
                            self.version += 1
                            self._changed()
            except Exception:
                self.connected = False
            finally:
                with contextlib.suppress(Exception):
                    conn.close()
                self._conn = None

    def _changed(self) -> None:
        callback = self.on_change
        if callback is not None:
            with contextlib.suppress(Exception):  # a window closing meanwhile
                callback()

    def stop(self) -> None:
        self.on_change = None
        self._stop.set()
        self._thread.join(timeout=2)


class ServerStore:
    """An open shared case on a PostgreSQL server (see the module)."""

    engine_name = "postgresql"

    def __init__(
        self, address: ServerAddress, engine: Engine, read_only: bool, own_pids: set[int]
    ) -> None:
        self.address = address
        # What messages call the case (a file's name, for a case file).
        self.path = Path(address.shown.replace("/", "∕"))
        self.engine = engine
        self.read_only = read_only
        self.notices: tuple[str, ...] = ()
        self._own_pids = own_pids

        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listener: Listener | None = None
        self._presence: Any = None

    @property
    def location(self) -> ServerAddress:
        return self.address

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads, in one transaction (read committed)."""
        with self._translated(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction, serialised with every other writer of this case."""
        if self.read_only:
            raise ReadOnlyError(
                _("{name} is open read-only; changes cannot be saved.").format(
                    name=self.address.shown
                )
            )
        with self._translated(), self._sessions.begin() as session:
            conn = session.connection()
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(?, ?)", WRITE_LOCK)
            yield session
            session.flush()
            conn.exec_driver_sql(f"NOTIFY {CHANNEL}")

    @contextmanager
    def read(self) -> Iterator[PostgresDriver]:
        """A plain connection for reads (the store's plain SQL), in one transaction."""
        with self.reading() as session:
            yield PostgresDriver(session.connection().connection.driver_connection)

    @contextmanager
    def write(self) -> Iterator[PostgresDriver]:
        """A plain connection in one write transaction (see :meth:`writing`)."""
        with self.writing() as session:
            yield PostgresDriver(session.connection().connection.driver_connection)

    def prepare_sessions(self) -> None:
        """Nothing to prepare: a server's store is SQLAlchemy's from the start."""

    def checkpoint(self) -> None:
        """Nothing to copy: the server writes its own log into its files."""

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (ReadOnlyError, CaseFileError):
            raise
        except Exception as exc:
            if isinstance(exc, DBAPIError) or errors.sqlstate(exc) or errors.is_disconnect(exc):
                raise self.translate(exc) from exc
            raise

    def translate(self, exc: BaseException) -> CaseFileError:
        if errors.is_disconnect(exc):
            return unreachable(self.address, exc)
        if errors.is_permission(exc):
            reason = _first_line(exc)
            return ReadOnlyError(
                _(
                    "{case}: the server refused the change ({reason}); "
                    "your role may not make it. Nothing was saved."
                ).format(case=self.address.shown, reason=reason)
            )
        return CaseFileError(
            _("{case}: the server refused the change ({reason}).").format(
                case=self.address.shown, reason=_first_line(exc)
            )
        )

    def connected(self) -> bool:
        """Whether the server answers (as the listener last found it: costs nothing)."""
        return self._listener is None or self._listener.connected

    def data_version(self) -> int:
        """How many times other programs have committed changes since this one started
        listening (pushed by the server; reading it costs nothing)."""
        if self._listener is None:
            self._listener = Listener(self.address, self._own_pids)
        return self._listener.version

    def watch(self, on_change: Callable[[], None]) -> None:
        """Call ``on_change`` (on another thread) as soon as a colleague's commit arrives."""
        self.data_version()
        assert self._listener is not None
        self._listener.on_change = on_change

    # -- presence ------------------------------------------------------------------------
    def set_open(self, author: str, claim_id: str | None) -> None:
        """Tell colleagues which claim this window shows (None: none).

        Kept in the ``application_name`` of a connection of its own, which every
        user of the server may read: it goes when the window closes, or when the
        server notices the connection died, with nothing to clean up.
        """
        name = f"{PRESENCE}{claim_id or '-'} {author[:30]}"
        try:
            if self._presence is None:
                import psycopg

                self._presence = psycopg.connect(
                    self.address.conninfo(),
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    application_name=name,
                )
            else:
                self._presence.execute("SELECT set_config('application_name', %s, false)", (name,))
        except Exception:  # presence is a courtesy: never in the way of the work
            self._drop_presence()

    def others_open(self) -> dict[str, list[str]]:
        """Which claims colleagues' windows show: claim id -> their names."""
        found: dict[str, list[str]] = {}
        try:
            with self.read() as db:
                rows = db.execute(
                    "SELECT application_name FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name LIKE ? "
                    "AND pid <> ?",
                    (PRESENCE + "%", self._presence_pid()),
                ).fetchall()
        except CaseFileError:
            return found
        for (name,) in rows:
            claim_id, _, author = str(name)[len(PRESENCE) :].partition(" ")
            if claim_id != "-":
                found.setdefault(claim_id, []).append(author or "someone")
        return {k: sorted(v) for k, v in found.items()}

    def _presence_pid(self) -> int:
        try:
            return int(self._presence.info.backend_pid) if self._presence is not None else 0
        except Exception:
            return 0

    def _drop_presence(self) -> None:
        if self._presence is not None:
            with contextlib.suppress(Exception):
                self._presence.close()
            self._presence = None

    def close(self) -> None:
        self._drop_presence()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.engine.dispose()


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        }


def open_server_case(
    address: ServerAddress, *, read_only: bool = False, inspect: bool = False
) -> ServerStore:
    """Connect to the shared case in ``address``'s database, creating its schema in an empty
    database and upgrading an older one (refusing one made by a newer FactDesk)."""
    from factdesk.store.migrate import current_revision, head_revision, known_revisions

    own_pids: set[int] = set()
    engine = make_server_engine(address, own_pids)
    try:
        tables = _tables(engine)
        revision = current_revision(engine) if "alembic_version" in tables else None
        if revision is not None and revision not in known_revisions():
            raise CaseFileError(
                _(
                    "{path} was made by a newer version of FactDesk (schema revision {revision}). "
                    "Update FactDesk to open it."
                ).format(path=address.shown, revision=revision)
            )
        if revision is None and tables:
            raise NotACaseFileError(
                Path(address.shown),
                _("{case} is not a FactDesk case (the database holds other tables).").format(
                    case=address.shown
                ),
            )
        if revision is None and (read_only or inspect):
            raise CaseFileError(_("{case} holds no FactDesk case yet.").format(case=address.shown))
        if revision != head_revision() and not inspect:
            if read_only:
                raise CaseFileError(
                    _(
                        "{case} needs a schema upgrade; open it once with a role that "
                        "may change it."
                    ).format(case=address.shown)
                )
            from factdesk.store.migrate import upgrade_to_head

            upgrade_to_head(engine)
        notices: tuple[str, ...] = ()
        if not (read_only or inspect):
            with engine.connect() as conn:
                writable = roles.may_write(conn)
            if writable:
                _ensure_case_id(engine)
            else:
                read_only = True
                notices = (
                    _(
                        "You may read {case} but not change it (your role on the "
                        "server is a reader's); it is open read-only."
                    ).format(case=address.shown),
                )
    except DBAPIError as exc:
        engine.dispose()
        if errors.is_disconnect(exc):
            raise unreachable(address, exc) from exc
        if errors.is_permission(exc):
            raise CaseFileError(
                _("{case}: this role may not set up the case ({reason}).").format(
                    case=address.shown, reason=exc.orig
                )
            ) from exc
        raise CaseFileError(
            _("{path} could not be opened ({reason}).").format(path=address.shown, reason=exc.orig)
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    store = ServerStore(address, engine, read_only or inspect, own_pids)
    store.notices = notices
    return store


def _ensure_case_id(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO case_meta (key, value) VALUES (?, ?)",
            (CASE_ID_KEY, str(uuid.uuid4())),
        )

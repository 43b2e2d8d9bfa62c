"""One plain SQLite connection per thread, kept open, with the case file's pragmas.

Every connection gets foreign keys on, WAL journaling, a busy timeout,
``trusted_schema=OFF`` and ``synchronous=FULL`` (see :mod:`factdesk.store.engine`
for why FULL).  The store reads and writes through these connections directly with ``sqlite3``;
the SQLAlchemy engine, built only when an ORM session is first wanted, is
handed the same connection of each thread, so a thread never holds two.
Keeping them open means a read or a typing pause costs no connection set-up,
and the window's connection can poll ``data_version``, which moves only when
another connection commits.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from typing import Any

from factdesk.store.engine import BUSY_TIMEOUT_MS, Access, sqlite_uri


class KeptConnection(sqlite3.Connection):
    """A connection its :class:`ThreadConnections` owns: ``close()`` from a pool is ignored.

    SQLAlchemy's pool closes the connections it was given when it is disposed
    or has too many threads; the store decides when its connections close.
    """

    def close(self) -> None:
        pass

    def release(self) -> None:
        super().close()


class ThreadConnections:
    """This thread's connection to one case file, opened on first use."""

    def __init__(self, path: Path, access: Access) -> None:
        self.uri = sqlite_uri(path, access)
        self.writable = access == "rw"
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[KeptConnection] = []
        self.opened = 0  # connections made so far; lets tests check they are kept

    def get(self) -> KeptConnection:
        conn: KeptConnection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def __call__(self) -> Any:  # SQLAlchemy's ``creator``
        return self.get()

    def extra(self) -> KeptConnection:
        """A connection of no thread's (closed with the others by :meth:`close_all`)."""
        return self._connect()

    def _connect(self) -> KeptConnection:
        conn = sqlite3.connect(
            self.uri,
            uri=True,
            isolation_level=None,  # transactions are begun and ended explicitly
            check_same_thread=False,
            factory=KeptConnection,
        )
        assert isinstance(conn, KeptConnection)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Functions and virtual tables may not be used from the schema itself
            # (triggers, views, defaults): what a file carries cannot run code.
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA foreign_keys = ON")
            if self.writable:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.release()
            raise
        with self._lock:
            self._open.append(conn)
            self.opened += 1
        return conn

    def close_all(self) -> None:
        """Close every thread's connection; each thread opens a new one when next it asks."""
        with self._lock:
            conns, self._open = self._open, []
            self._local = threading.local()
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.release()

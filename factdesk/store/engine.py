"""The SQLAlchemy engine of a case file: pragmas and transaction handling.

Every connection gets foreign keys on, WAL journaling, a busy timeout and
``synchronous=FULL``.  FULL rather than NORMAL: in WAL mode NORMAL survives a
killed process but may drop the last commits on power loss, and an edit the
window reported as saved must survive both.  Edits are small, so the extra
fsync per commit is not felt.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path``; transactions are begun explicitly (see below)."""
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    # NullPool: a connection closes when its session ends, so no idle handle
    # keeps the WAL open and two processes see each other's commits promptly.
    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Take transactions away from the Python 3.11 sqlite3 driver, which
        # begins and commits them behind our back (SQLAlchemy docs, "Serializable
        # isolation / Savepoints / Transactional DDL" for pysqlite).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: a deferred transaction that
        # upgrades to writing can fail at once with SQLITE_BUSY, whatever the
        # busy timeout, when another process writes at the same time.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine

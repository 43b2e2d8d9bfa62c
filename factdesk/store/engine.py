"""The SQLAlchemy engine of a case file: pragmas and transaction handling.

Every connection gets foreign keys on, WAL journaling, a busy timeout and
``synchronous=FULL``.  FULL rather than NORMAL: in WAL mode NORMAL survives a
killed process but may drop the last commits on power loss, and an edit the
window reported as saved must survive both.  Edits are small, so the extra
fsync per commit is not felt.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import SingletonThreadPool

BUSY_TIMEOUT_MS = 10_000

# How a case file is opened: "rw" normally; "ro" when it or its folder cannot
# be written (SQLite still shares the -shm with writers); "immutable" when
# even the -shm cannot be made (a read-only folder with no WAL beside the
# file, so nobody can be writing to it).
Access = Literal["rw", "ro", "immutable"]


def sqlite_uri(path: Path, access: Access) -> str:
    """An SQLite URI for ``path``, with special characters escaped.

    The path's bytes are quoted as the file system has them, so a name that is
    not valid UTF-8 still names its file.
    """
    uri = "file:" + quote(os.fsencode(Path(path).absolute().as_posix()))
    if access == "ro":
        uri += "?mode=ro"
    elif access == "immutable":
        uri += "?mode=ro&immutable=1"
    return uri


def connect(path: Path, access: Access = "rw") -> sqlite3.Connection:
    """A plain sqlite3 connection (for checks and backups) with the busy timeout set."""
    conn = sqlite3.connect(
        sqlite_uri(path, access), uri=True, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def make_engine(path: Path, *, read_only: bool = False, access: Access | None = None) -> Engine:
    """An engine on ``path``; transactions are begun explicitly (see below)."""
    access = access or ("ro" if read_only else "rw")
    read_only = access != "rw"
    uri = sqlite_uri(path, access)
    # One connection per thread, kept open: a typing pause costs one write
    # transaction without opening a connection and setting its pragmas, and the
    # window's connection can poll data_version, which moves only when another
    # connection commits.  A connection holds no transaction between uses, so
    # other processes' commits are seen at once.
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=SingletonThreadPool,
        pool_size=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Take transactions away from the Python 3.11 sqlite3 driver, which
        # begins and commits them behind our back (SQLAlchemy docs, "Serializable
        # isolation / Savepoints / Transactional DDL" for pysqlite).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Functions and virtual tables may not be used from the schema itself
        # (triggers, views, defaults): what a file carries cannot run code.
        cur.execute("PRAGMA trusted_schema = OFF")
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

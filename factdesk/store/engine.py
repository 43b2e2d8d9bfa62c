"""Addresses and pragmas of case-file connections, and the SQLAlchemy engine over them.

Every connection gets foreign keys on, WAL journaling, a busy timeout and
``synchronous=FULL``.  FULL rather than NORMAL: in WAL mode NORMAL survives a
killed process but may drop the last commits on power loss, and an edit the
window reported as saved must survive both.  Edits are small, so the extra
fsync per commit is not felt.

SQLAlchemy is imported when an engine is first made, not with this module:
opening a case file and reading its first screen need only ``sqlite3``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Engine

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


def make_engine(creator: Callable[[], Any]) -> Engine:
    """An engine whose connections come from ``creator`` (pragmas already set).

    ``creator`` gives each thread its one kept connection (see
    :mod:`factdesk.store.connections`); transactions are begun explicitly.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    engine = create_engine(
        "sqlite://", creator=creator, poolclass=SingletonThreadPool, pool_size=64
    )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: a deferred transaction that
        # upgrades to writing can fail at once with SQLITE_BUSY, whatever the
        # busy timeout, when another process writes at the same time.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine

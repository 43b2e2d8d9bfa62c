"""SQLite's errors sorted by what the environment did, read from their codes.

Python 3.11 gives every ``sqlite3.Error`` its native code
(``sqlite_errorcode``); the message text varies between SQLite versions and
languages, so it is never parsed.  Codes come as extended codes: the primary
code is the low byte.
"""

from __future__ import annotations

import sqlite3

# Primary result codes (https://www.sqlite.org/rescode.html).
BUSY = 5
LOCKED = 6
READONLY = 8
IOERR = 10
CORRUPT = 11
FULL = 13
CANTOPEN = 14
NOTADB = 26


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (or of the error it wraps), if it has one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int):
                return code & 0xFF
        current = getattr(current, "orig", None) or current.__cause__
    return None


def is_damage(exc: BaseException) -> bool:
    """Whether an error says the database file itself is damaged (or is not a database)."""
    return sqlite_code(exc) in (CORRUPT, NOTADB)


def is_busy(exc: BaseException) -> bool:
    return sqlite_code(exc) in (BUSY, LOCKED)


def is_full(exc: BaseException) -> bool:
    return sqlite_code(exc) == FULL


def is_read_only(exc: BaseException) -> bool:
    return sqlite_code(exc) in (READONLY, CANTOPEN)


# -- PostgreSQL -------------------------------------------------------------------------
# A server's errors carry a five-character SQLSTATE (PostgreSQL's "Error Codes"
# appendix); its class (the first two characters) says what kind of failure it is.


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error in ``exc`` (or in what it wraps), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str) and len(state) == 5:
            return state
        current = getattr(current, "orig", None) or current.__cause__
    return None


def is_retryable(exc: BaseException) -> bool:
    """A serialization failure or deadlock: the same transaction may simply be run again."""
    return sqlstate(exc) in ("40001", "40P01")


def is_conflict(exc: BaseException) -> bool:
    """A constraint said no (class 23: unique, foreign key, check, not null)."""
    state = sqlstate(exc)
    return state is not None and state.startswith("23")


def is_permission(exc: BaseException) -> bool:
    """The server refused: this user's role may not do that."""
    return sqlstate(exc) == "42501"


def is_disconnect(exc: BaseException) -> bool:
    """The server cannot be reached, went away, or is shutting down."""
    state = sqlstate(exc)
    if state is not None:
        return state.startswith("08") or state in ("57P01", "57P02", "57P03")
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "connection_invalidated", False):
            return True
        module = type(current).__module__
        if module.startswith("psycopg") and type(current).__name__ == "OperationalError":
            return True
        current = getattr(current, "orig", None) or current.__cause__
    return False

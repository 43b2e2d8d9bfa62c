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

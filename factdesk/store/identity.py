"""What marks a file as a FactDesk case file of this version, in its SQLite header.

Plain constants, so that code which only needs to recognise a case file
(the window's first screen, a backup's target check) does not load the
whole of opening one.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

APPLICATION_ID = 0x46444B31  # "FDK1", set by the baseline migration
SCHEMA_GENERATION = 10  # PRAGMA user_version written by the newest migration
SQLITE_MAGIC = b"SQLite format 3\x00"


class HeaderFields(NamedTuple):
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def header_fields(header: bytes) -> HeaderFields | None:
    """The fields of an SQLite header (its first 100 bytes) that say what the file is;
    None when it is not one."""
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    (page_size,) = struct.unpack(">H", header[16:18])
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return HeaderFields(
        65536 if page_size == 1 else page_size, page_count, user_version, application_id
    )

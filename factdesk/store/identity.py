"""What marks a file as a FactDesk case file of this version, in its SQLite header.

Plain constants, so that code which only needs to recognise a case file
(the window's first screen, a backup's target check) does not load the
whole of opening one.
"""

from __future__ import annotations

APPLICATION_ID = 0x46444B31  # "FDK1", set by the baseline migration
SCHEMA_GENERATION = 10  # PRAGMA user_version written by the newest migration
SQLITE_MAGIC = b"SQLite format 3\x00"

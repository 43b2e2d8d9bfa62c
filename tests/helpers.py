"""Test helpers shared across test folders."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


def table_dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read without writing anything to the file."""
    con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: sorted(map(tuple, con.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names}
    finally:
        con.close()

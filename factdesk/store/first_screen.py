"""The claim list's first screen, read before the case file is opened.

Starting FactDesk again shows the claims of the case file open last time.
Opening a case (its checks, the services behind the window) takes a good
part of the start; the claims on screen need one count and one page of
rows.  They are read here with ``sqlite3`` alone, read-only, and only where
nothing needs checking first: a case file of this version (its header and
schema revision) with no side file (``-wal``, ``-journal``) beside it that
the full open would examine before SQLite may read it.  Every statement runs
under a step budget: a file made so that a query never ends, or one too big
to read in a blink, costs a few milliseconds and then the ordinary open,
which checks everything, takes over.  What is read here is only shown, and
only until that open is done.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from factdesk.store.claim_orders import ORDER_KEYS
from factdesk.store.identity import APPLICATION_ID, SCHEMA_GENERATION, header_fields
from factdesk.store.stamps import utc_from_text

# Steps of SQLite's virtual machine a first screen may take (counted in blocks of
# STEP_BLOCK), about a tenth of a second: a count and a page of the newest of
# 100,000 claims take a fraction of it; a slow order gives way to the ordinary open.
STEP_BLOCK = 1000
STEP_BLOCKS = 2_000
TEXT_CHARS = 501  # one more than a cell shows, so the cell knows to end in "…"
SIDE_FILES = ("-wal", "-journal")


_ROWS = (
    "SELECT claims.id, substr(claims.text, 1, {chars}), substr(claims.claimant, 1, {chars}), "
    "claims.status, v.rating, claims.updated_at, "
    "(SELECT count(*) FROM evidence e WHERE e.claim_id = claims.id) "
    "FROM claims LEFT JOIN verdicts v ON v.claim_id = claims.id "
    "ORDER BY {key} {direction}, claims.id {direction} LIMIT ?"
)


class ScreenRow(NamedTuple):
    id: str
    text: str
    claimant: str
    status: str
    rating: str | None
    updated_at: dt.datetime
    evidence_count: int


class ScreenRating(NamedTuple):
    key: str
    label: str
    value: int | None
    position: int
    colour: str | None


class FirstRows(NamedTuple):
    total: int  # claims in the case
    rows: list[ScreenRow]  # the first of them in the order asked for
    scale: list[ScreenRating]


def _sound_header(path: Path) -> bool:
    """A FactDesk case file of this version by its header, its size as the header says."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    fields = header_fields(header)
    if fields is None:
        return False
    page_size, page_count, user_version, application_id = fields
    return (
        application_id == APPLICATION_ID
        and user_version == SCHEMA_GENERATION
        and page_size >= 512
        and size % page_size == 0
        and size >= page_count * page_size
    )


def read(path: Path, revision: str, *, sort: str, descending: bool, limit: int) -> FirstRows | None:
    """The count, the first ``limit`` claims in ``sort`` order and the rating scale of the
    case file at ``path`` whose schema is at ``revision`` -- or None wherever the
    ordinary open must look first (see the module's notes), or the reading fails."""
    if sort not in ORDER_KEYS or limit < 1:
        return None
    if any(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES):
        return None
    if not _sound_header(path):
        return None
    steps = [0]

    def budget() -> int:
        steps[0] += 1
        return 1 if steps[0] > STEP_BLOCKS else 0  # non-zero: SQLite stops the statement

    # Immutable: the main file only, no lock and no -shm or -wal made beside it (a
    # read-only connection to a WAL database would leave both).  With no log
    # beside the file no one is writing it; one who starts to meanwhile can at
    # worst make a statement fail, and the ordinary open follows anyway.
    try:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        con.set_progress_handler(budget, STEP_BLOCK)
        stored = con.execute(
            "SELECT version_num FROM alembic_version WHERE "
            "(SELECT type FROM sqlite_master WHERE name = 'alembic_version') = 'table'"
        ).fetchall()
        if [tuple(r) for r in stored] != [(revision,)]:
            return None
        if con.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            "AND name IN ('claims', 'verdicts', 'evidence', 'ratings')"
        ).fetchone() != (4,):
            return None  # a view of that name, say: the ordinary open looks at it
        direction = "DESC" if descending else "ASC"
        total = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        sql = _ROWS.format(chars=TEXT_CHARS, key=ORDER_KEYS[sort], direction=direction)
        rows = [
            ScreenRow(
                str(cid),
                str(text or ""),
                str(claimant or ""),
                str(status),
                None if rating is None else str(rating),
                utc_from_text(str(updated)),
                int(count),
            )
            for cid, text, claimant, status, rating, updated, count in con.execute(sql, (limit,))
        ]
        scale = [
            ScreenRating(
                str(key),
                str(label),
                value if isinstance(value, int) else None,
                int(position),
                colour if isinstance(colour, str) else None,
            )
            for key, label, value, position, colour in con.execute(
                "SELECT key, label, value, position, colour FROM ratings ORDER BY position"
            )
        ]
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        con.close()
    if not isinstance(total, int) or not rows:
        return None
    return FirstRows(total, rows, scale)

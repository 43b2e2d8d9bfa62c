"""Copying a whole case between engines, table by table, and proving the copy equal.

The tables are those of the models, copied in an order that satisfies every
foreign key, with their own ids (history entries, tags) kept; the search
index is rebuilt on the destination from the copied data, as each engine
keeps it its own way.  :func:`content_digest` reads a case's logical
content the same way on both engines (rows in key order, values in one
canonical form), so the source's and the copy's digests are equal exactly
when their content is.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from factdesk.store import rows, search
from factdesk.store.models import Base

BATCH = 2000
# Rows about the copy itself rather than the case: each case keeps its own.
OWN_META = ("case_id", "last_write")
SKIPPED = {"search_docs"}  # rebuilt on the destination


def tables() -> list[Table]:
    """The case's tables, each after every table it refers to."""
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns]


def _key(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns] or _columns(table)


def _select(table: Table) -> str:
    where = (
        f" WHERE key NOT IN ({', '.join('?' * len(OWN_META))})" if table.name == "case_meta" else ""
    )
    return (
        f"SELECT {', '.join(_columns(table))} FROM {table.name}{where} "
        f"ORDER BY {', '.join(_key(table))}"
    )


def _params(table: Table) -> tuple[str, ...]:
    return OWN_META if table.name == "case_meta" else ()


def _rows(db: Session, table: Table) -> Iterator[list[Any]]:
    cursor = rows.driver(db).execute(_select(table), _params(table))
    while batch := cursor.fetchmany(BATCH):
        yield [tuple(_plain(v) for v in row) for row in batch]


def _plain(value: Any) -> Any:
    if isinstance(value, memoryview):
        return bytes(value)
    return value


@dataclass(frozen=True)
class CaseContent:
    """How many rows each table holds, and one digest of them all."""

    counts: dict[str, int]
    digest: str

    def summary(self) -> str:
        shown = ", ".join(f"{n} {t}" for t, n in self.counts.items() if n)
        return f"{shown or 'no rows'}; content digest {self.digest[:16]}"


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": hashlib.sha256(value).hexdigest()}
    return value


def content_digest(db: Session) -> CaseContent:
    """The counts and SHA-256 of a case's logical content (both engines alike)."""
    total = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in tables():
        count = 0
        total.update(f"\x00{table.name}\x00".encode())
        for batch in _rows(db, table):
            for row in batch:
                total.update(json.dumps([_canonical(v) for v in row], default=str).encode())
                total.update(b"\n")
            count += len(batch)
        counts[table.name] = count
    return CaseContent(counts, total.hexdigest())


def copy_rows(
    source: Session, dest: Session, step: Callable[[str, int], None] | None = None
) -> None:
    """Copy every table of ``source`` into ``dest`` (which must hold no claims), then rebuild
    ``dest``'s search index; both in their own transactions, left to the caller to end."""
    out = rows.driver(dest)
    for table in reversed(tables()):  # what the new case was given (the default scale)
        out.execute(f"DELETE FROM {table.name}" + (
            f" WHERE key NOT IN ({', '.join('?' * len(OWN_META))})"
            if table.name == "case_meta" else ""
        ), _params(table))  # fmt: skip
    for table in tables():
        names = _columns(table)
        for batch in _rows(source, table):
            rows.insert_plain(dest, table.name, names, batch)  # COPY on a server
            if step is not None:
                step(table.name, len(batch))
    server = dest.get_bind().dialect.name == "postgresql"
    if server:
        _advance_sequences(dest)
    search.rebuild_index(dest)
    if server:
        # Fresh statistics, so the planner knows the copied tables from the first
        # search on (autovacuum would gather them only later).
        out.execute("ANALYZE")


def _advance_sequences(dest: Session) -> None:
    """Ids copied as they were leave a server's id counters behind: move them past."""
    out = rows.driver(dest)
    for table in tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto"
                and len(table.primary_key.columns) == 1
                and column.type.python_type is int
            ):
                out.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"coalesce((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
                )

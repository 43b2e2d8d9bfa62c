"""What the schema of a case file should hold, and what another program added to it.

The expected schema is not written out by hand: it is what FactDesk's own
migrations create, built in an in-memory database.  Building it means
loading Alembic and running every migration (a third of a second), so the
result is kept beside the migrations (``expected_schema.json``, written by
``python -m factdesk.store.schema_check``) with a fingerprint of the
migration files it came from; when the migrations have changed since (a new
one, on any branch), it is built again in memory, so it is never stale.  A
test keeps the kept copy current.  A case file is
compared with the expected schema of its revision: objects FactDesk did not
create (triggers, views, tables, indexes added by another program) are
*extra*; FactDesk's own objects with another definition are *altered*; those
that are gone are *missing*.  Triggers and views are logic that would run on
edits or reads, so they must never stay in a file FactDesk writes to.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from factdesk.i18n import _, ngettext, number
from factdesk.store import revisions

SCHEMA_FILE = revisions.VERSIONS_DIR.parent / "expected_schema.json"

# SQLite's own objects (autoindexes of constraints, the AUTOINCREMENT counter,
# ANALYZE statistics) are not part of any schema a program writes.  They are
# known by kind and name exactly, not by the reserved prefix alone: a program
# that edits sqlite_master directly can put a trigger named "sqlite_…" there,
# and SQLite runs it like any other.
_AUTOINDEX = "sqlite_autoindex_"
_INTERNAL_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans("", "", '"`[]')
_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # "table", "index", "view" or "trigger"
    name: str
    table: str
    sql: str | None

    def describe(self) -> str:
        name = _short(self.name)
        if self.kind in ("index", "trigger") and self.table != self.name:
            return f"{self.kind} {name} on {_short(self.table)}"
        return f"{self.kind} {name}"


def _short(name: str) -> str:
    return repr(name if len(name) <= 60 else name[:59] + "…")


@dataclass(frozen=True)
class SchemaReport:
    """How a case file's schema differs from the one FactDesk created."""

    extra: tuple[SchemaObject, ...] = ()
    altered: tuple[SchemaObject, ...] = ()
    missing: tuple[SchemaObject, ...] = ()

    @property
    def sound(self) -> bool:
        return not (self.extra or self.altered or self.missing)

    @property
    def repairable(self) -> bool:
        """Only additions can be taken away safely; changes to FactDesk's own cannot."""
        return bool(self.extra) and not (self.altered or self.missing)

    def summary(self, limit: int = 5) -> str:
        parts = []
        for label, objects in (
            (_("not created by FactDesk: {objects}"), self.extra),
            (_("changed by another program: {objects}"), self.altered),
            (_("missing: {objects}"), self.missing),
        ):
            if objects:
                named = ", ".join(o.describe() for o in objects[:limit])
                left = len(objects) - limit
                if left > 0:
                    named = ngettext(
                        "{objects} and {count} more", "{objects} and {count} more", left
                    ).format(objects=named, count=number(left))
                parts.append(label.format(objects=named))
        return "; ".join(parts)


def normalised(sql: str | None) -> str | None:
    """SQL as compared: case, quoting and spacing do not count, nor the order of a table's
    columns and constraints (Alembic's batch migrations write constraints in any order)."""
    if sql is None:
        return None
    text = _SPACE.sub(" ", sql.translate(_QUOTES).lower()).strip()
    start, end = text.find("("), text.rfind(")")
    if not text.startswith("create table") or start < 0 or end < start:
        return text
    parts = sorted(p.strip() for p in _top_level_split(text[start + 1 : end]))
    return f"{text[:start].strip()} ({', '.join(parts)}) {text[end + 1 :].strip()}".strip()


def _top_level_split(body: str) -> list[str]:
    """``body`` cut at the commas outside parentheses and quoted strings."""
    parts: list[str] = []
    depth, quoted, begin = 0, False, 0
    for i, ch in enumerate(body):
        if ch == "'":
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[begin:i])
            begin = i + 1
    parts.append(body[begin:])
    return parts


def is_sqlites_own(kind: str, name: str, sql: str | None) -> bool:
    """Whether this object is one SQLite makes itself (never logic another program added)."""
    if kind == "index":
        return name.startswith(_AUTOINDEX) and sql is None
    return kind == "table" and name in _INTERNAL_TABLES


def read_objects(conn: sqlite3.Connection) -> list[SchemaObject]:
    """The schema objects of the database on ``conn`` (SQLite's own left out)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return [
        SchemaObject(str(kind), str(name), str(table), sql)
        for kind, name, table, sql in rows
        if not is_sqlites_own(str(kind), str(name), sql)
    ]


def expected_objects(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """The objects FactDesk's migrations create up to ``revision``, by (kind, name)."""
    kept = _kept()
    if kept is not None and revision in kept:
        return {(o.kind, o.name): o for o in (SchemaObject(*row) for row in kept[revision])}
    return built_objects(revision)


@cache
def migrations_fingerprint() -> str:
    """SHA-256 of the migration files (their text, line ends aside), in name order."""
    digest = hashlib.sha256()
    for path in sorted(revisions.VERSIONS_DIR.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


@cache
def _kept() -> dict[str, list[list[Any]]] | None:
    """The kept expected schema, when it came from the migrations as they are."""
    try:
        data = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("migrations") != migrations_fingerprint():
        return None
    found = data.get("revisions")
    return found if isinstance(found, dict) else None


def expected_schema_text() -> str:
    """The expected schema of every revision, as ``expected_schema.json`` keeps it
    (one object a line, so a new migration reads as lines added)."""
    parts = []
    for revision in revisions.known_revisions():
        objects = sorted(built_objects(revision).values(), key=lambda o: (o.kind, o.name))
        rows = ",\n".join(
            "  " + json.dumps([o.kind, o.name, o.table, o.sql], ensure_ascii=False) for o in objects
        )
        parts.append(f" {json.dumps(revision)}: [\n{rows}\n ]")
    fingerprint = json.dumps(migrations_fingerprint())
    return f'{{"migrations": {fingerprint}, "revisions": {{\n' + ",\n".join(parts) + "\n}}\n"


@lru_cache(maxsize=8)
def built_objects(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """The objects the migrations create up to ``revision``, built in memory."""
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    from factdesk.store.migrate import MIGRATION_LOCK, alembic_config

    engine = create_engine("sqlite://", poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _plain(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # transactions as in a case file (see engine.py)

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    with MIGRATION_LOCK, engine.connect() as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.commit()
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        objects = read_objects(raw)
    engine.dispose()
    return {(o.kind, o.name): o for o in objects}


def compare(conn: sqlite3.Connection, revision: str) -> SchemaReport:
    """How the schema on ``conn`` differs from what the migrations create up to ``revision``."""
    expected = expected_objects(revision)
    found = {(o.kind, o.name): o for o in read_objects(conn)}
    extra = [o for key, o in found.items() if key not in expected]
    altered = [
        o
        for key, o in found.items()
        if key in expected and normalised(o.sql) != normalised(expected[key].sql)
    ]
    missing = [o for key, o in expected.items() if key not in found]
    order = lambda o: (_KIND_ORDER.get(o.kind, 9), o.name)  # noqa: E731
    return SchemaReport(
        tuple(sorted(extra, key=order)),
        tuple(sorted(altered, key=order)),
        tuple(sorted(missing, key=order)),
    )


def drop(conn: sqlite3.Connection, objects: tuple[SchemaObject, ...]) -> None:
    """Drop these objects (triggers first, then views, tables and indexes) in one transaction.

    A table another program made with a module SQLite does not have cannot be
    dropped; the error then goes to the caller and nothing is dropped.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        for obj in sorted(objects, key=lambda o: _KIND_ORDER.get(o.kind, 9)):
            name = obj.name.replace('"', '""')
            conn.execute(f'DROP {obj.kind.upper()} IF EXISTS "{name}"')
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def main() -> None:
    """``python -m factdesk.store.schema_check``: write ``expected_schema.json`` again."""
    SCHEMA_FILE.write_text(expected_schema_text(), encoding="utf-8")
    print(SCHEMA_FILE)


if __name__ == "__main__":
    main()

"""Stored records read and written many at a time, straight between rows and records.

Going through ORM objects (or even typed SQLAlchemy rows) costs several times
more than the reading itself when a report, an export or an import touches
thousands of claims.  These statements select and insert the columns of each
record's declaration (:mod:`factdesk.records`) in declaration order, take a
list of ids as one JSON array (``IN_IDS``), and convert stored values with
the one encoder per kind of value below.

They run on the ``sqlite3`` connection itself: given an SQLAlchemy session
(or connection), on the driver connection under it, inside its transaction.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from factdesk import records as r
from factdesk.store.pg_sql import PostgresDriver
from factdesk.store.stamps import date_from_text, date_text, utc_from_text, utc_text

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# What the functions here work on: a plain connection (a case file's sqlite3
# connection, or a server's behind PostgresDriver), or a session or connection of
# SQLAlchemy's (whose driver connection is then used, in its transaction).
Db: TypeAlias = "sqlite3.Connection | PostgresDriver | Session | Connection"
Driver: TypeAlias = "sqlite3.Connection | PostgresDriver"

# The one way to pass a list of ids to a statement: a JSON array in one parameter.
IN_IDS = "IN (SELECT value FROM json_each(?))"
TABLES = {
    "claim": "claims",
    "evidence": "evidence",
    "attachment": "attachments",
    "verdict": "verdicts",
}
KEYS = {"claim": "id", "evidence": "id", "attachment": "id", "verdict": "claim_id"}
BATCH = 5000  # rows per executemany


def ids_param(ids: Iterable[str]) -> str:
    """A list of ids as the one parameter of an ``IN_IDS`` clause (duplicates dropped)."""
    return json.dumps(list(dict.fromkeys(ids)))


def encode(kind: str, value: Any) -> Any:
    """A record's value as it is stored."""
    if value is None:
        return None
    if kind == r.TIMESTAMP:
        return utc_text(value)
    if kind == r.DATE:
        return date_text(value)
    return value


def _identity(value: Any) -> Any:
    return value


def decoder(kind: str) -> Callable[[Any], Any]:
    """How a stored value of this kind becomes the record's value."""
    if kind == r.TIMESTAMP:
        return utc_from_text
    if kind == r.DATE:
        return date_from_text
    return _identity


@cache
def columns(entity: str) -> tuple[str, ...]:
    return r.stored_columns(r.ENTITIES[entity])


@cache
def _kinds(entity: str) -> tuple[str, ...]:
    record = r.ENTITIES[entity]
    return tuple(r.field_info(record, name).spec.kind for name in columns(entity))


def stored_row(entity: str, record: Any) -> tuple[Any, ...]:
    """A record as the tuple of its stored values, in column order."""
    return tuple(
        encode(kind, getattr(record, name))
        for name, kind in zip(columns(entity), _kinds(entity), strict=True)
    )


def driver(db: Db) -> Any:
    """The connection to run the store's plain SQL on (``?`` parameters; see the module):
    ``sqlite3``'s own, or a server's through :class:`PostgresDriver`, which takes the
    same statements."""
    if isinstance(db, (sqlite3.Connection, PostgresDriver)):
        return db
    session = isinstance(db, _session_type())
    conn: Connection = db.connection() if session else db  # type: ignore[operator,assignment]
    raw = conn.connection.driver_connection
    if isinstance(raw, sqlite3.Connection):
        return raw
    return PostgresDriver(raw)


def on_server(db: Db) -> bool:
    """Whether ``db`` is a PostgreSQL server's (else a case file's)."""
    return isinstance(driver(db), PostgresDriver)


def table_names(db: Db) -> set[str]:
    """The tables the case holds (a case file's, or the server database's current schema)."""
    if on_server(db):
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    return {row[0] for row in driver(db).execute(sql)}


_SESSION: list[type] = []


def _session_type() -> type:
    """SQLAlchemy's Session class, looked up once (it is loaded: db is one of its objects)."""
    if not _SESSION:
        from sqlalchemy.orm import Session

        _SESSION.append(Session)
    return _SESSION[0]


def run(db: Db, sql: str, params: Any = ()) -> list[Any]:
    """Plain tuples from the driver: making a Row of each costs more than reading it."""
    return driver(db).execute(sql, params).fetchall()


def insert(session: Db, entity: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Rows of stored values (see :func:`stored_row`), inserted in batches."""
    insert_plain(session, TABLES[entity], columns(entity), rows)


def insert_plain(
    session: Db,
    table: str,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    between: Callable[[], None] | None = None,
) -> None:
    if not rows:
        return
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    conn = driver(session)
    for start in range(0, len(rows), BATCH):
        if isinstance(conn, PostgresDriver):  # a server takes a stream of rows at once
            conn.copy_rows(table, names, rows[start : start + BATCH])
        else:
            conn.executemany(sql, rows[start : start + BATCH])
        if between is not None:
            between()


def replace_plain(
    session: Db, table: str, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Rows that replace any row with the same key (``INSERT OR REPLACE``), in bulk."""
    if not rows:
        return
    conn = driver(session)
    if isinstance(conn, PostgresDriver):
        conn.replace_rows(table, names, rows)
        return
    marks = ", ".join("?" * len(names))
    conn.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)


def insert_records(session: Db, entity: str, items: Iterable[Any]) -> None:
    insert(session, entity, [stored_row(entity, item) for item in items])


def fetch(session: Db, entity: str, key: str) -> dict[str, Any] | None:
    """One record's stored fields as record values, by its key; None if absent."""
    names = columns(entity)
    found = run(
        session,
        f"SELECT {', '.join(names)} FROM {TABLES[entity]} WHERE {KEYS[entity]} = ?",
        (key,),
    )
    if not found:
        return None
    return {
        name: decoder(kind)(value)
        for name, kind, value in zip(names, _kinds(entity), found[0], strict=True)
    }


def update(session: Db, entity: str, key: str, values: Mapping[str, Any]) -> None:
    """Set some stored fields of one record (record values, encoded here)."""
    if not values:
        return
    record = r.ENTITIES[entity]
    names = list(values)
    params = [encode(r.field_info(record, n).spec.kind, values[n]) for n in names]
    driver(session).execute(
        f"UPDATE {TABLES[entity]} SET {', '.join(f'{n} = ?' for n in names)} "
        f"WHERE {KEYS[entity]} = ?",
        (*params, key),
    )


def delete(session: Db, entity: str, key: str) -> None:
    driver(session).execute(f"DELETE FROM {TABLES[entity]} WHERE {KEYS[entity]} = ?", (key,))


def existing_ids(session: Db, entity: str, ids: Sequence[str]) -> set[str]:
    found = run(
        session,
        f"SELECT {KEYS[entity]} FROM {TABLES[entity]} WHERE {KEYS[entity]} {IN_IDS}",
        (ids_param(ids),),
    )
    return {row[0] for row in found}


# -- whole claims ------------------------------------------------------------------------


def _select(entity: str, where: str, order: str = "") -> str:
    return f"SELECT {', '.join(columns(entity))} FROM {TABLES[entity]} {where} {order}"


_TAGS = f"""
SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
WHERE ct.claim_id {IN_IDS} ORDER BY t.name
"""


def _decoded(entity: str, rows: list[Any]) -> Iterable[dict[str, Any]]:
    names = columns(entity)
    # Only times and dates need decoding; a report reads tens of thousands of rows.
    decoded = [
        (name, decoder(kind))
        for name, kind in zip(names, _kinds(entity), strict=True)
        if decoder(kind) is not _identity
    ]
    for row in rows:
        values = dict(zip(names, row, strict=True))
        for name, decode in decoded:
            values[name] = decode(values[name])
        yield values


_T = TypeVar("_T")


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(record: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(record)
    if names is None:
        names = _FIELD_NAMES[record] = frozenset(f.name for f in dataclasses.fields(record))
    return names


def _record(record: type[_T], values: dict[str, Any]) -> _T:
    """``record(**values)`` without its generated ``__init__``.

    A frozen dataclass sets each field through ``object.__setattr__``, which
    is most of the cost of reading the tens of thousands of rows a report
    needs; the values here are whole (every field, as stored), so they are
    set at once. Anything else goes through the constructor.
    """
    if values.keys() != _field_names(record):
        return record(**values)
    made = object.__new__(record)
    made.__dict__.update(values)
    return made


def read_claims(session: Db, ids: Sequence[str]) -> dict[str, r.Claim]:
    """The claims among ``ids`` that exist, by id, with tags, evidence and verdict.

    Five statements whatever the number of claims.
    """
    if not ids:
        return {}
    conn = driver(session)
    key = (ids_param(ids),)

    tags: defaultdict[str, list[str]] = defaultdict(list)
    for claim_id, name in run(conn, _TAGS, key):
        tags[claim_id].append(name)

    attachments: defaultdict[str, list[r.Attachment]] = defaultdict(list)
    sql = _select(
        "attachment",
        f"WHERE evidence_id IN (SELECT id FROM evidence WHERE claim_id {IN_IDS})",
        "ORDER BY position",
    )
    for values in _decoded("attachment", run(conn, sql, key)):
        attachments[values["evidence_id"]].append(_record(r.Attachment, values))

    evidence: defaultdict[str, list[r.Evidence]] = defaultdict(list)
    sql = _select("evidence", f"WHERE claim_id {IN_IDS}", "ORDER BY position")
    for values in _decoded("evidence", run(conn, sql, key)):
        values["attachments"] = tuple(attachments.get(values["id"], ()))
        evidence[values["claim_id"]].append(_record(r.Evidence, values))

    verdicts = {
        values["claim_id"]: _record(r.Verdict, values)
        for values in _decoded(
            "verdict", run(conn, _select("verdict", f"WHERE claim_id {IN_IDS}"), key)
        )
    }

    found: dict[str, r.Claim] = {}
    for values in _decoded("claim", run(conn, _select("claim", f"WHERE id {IN_IDS}"), key)):
        claim_id = values["id"]
        values["tags"] = tuple(tags.get(claim_id, ()))
        values["evidence"] = tuple(evidence.get(claim_id, ()))
        values["verdict"] = verdicts.get(claim_id)
        found[claim_id] = _record(r.Claim, values)
    return found


# One statement for a page of the claim list: counts and tags by subquery.
_ROWS = f"""
SELECT c.id, c.text, c.claimant, c.status, v.rating, c.updated_at,
       (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id),
       (SELECT group_concat(name, char(31)) FROM
          (SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
           WHERE ct.claim_id = c.id ORDER BY t.name) AS names)
FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
WHERE c.id {IN_IDS}
"""


def read_rows(session: Db, ids: Sequence[str]) -> dict[str, r.ClaimRow]:
    """Claim-list rows for those of ``ids`` that exist, by id.

    Tags are joined with U+001F, a character tags cannot contain.
    """
    if not ids:
        return {}
    return {
        cid: r.ClaimRow(
            id=cid,
            text=text,
            claimant=claimant,
            status=status,
            rating=rating,
            evidence_count=count,
            updated_at=utc_from_text(updated),
            tags=tuple(tags.split("\x1f")) if tags else (),
        )
        for cid, text, claimant, status, rating, updated, count, tags in run(
            session, _ROWS, (ids_param(ids),)
        )
    }


# -- tags and positions ---------------------------------------------------------------------


def claim_tags(session: Db, claim_id: str) -> tuple[str, ...]:
    found = run(
        session,
        "SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.claim_id = ? ORDER BY t.name",
        (claim_id,),
    )
    return tuple(row[0] for row in found)


def set_tags(session: Db, tags_by_claim: Mapping[str, Iterable[str]]) -> None:
    """Give each claim exactly these tags (new tag names are created)."""
    conn = driver(session)
    wanted = {claim_id: sorted(set(names)) for claim_id, names in tags_by_claim.items()}
    every = sorted({n for names in wanted.values() for n in names})
    if every:
        conn.execute(
            "INSERT OR IGNORE INTO tags (name) SELECT value FROM json_each(?)",
            (json.dumps(every),),
        )
    ids = (
        dict(run(conn, f"SELECT name, id FROM tags WHERE name {IN_IDS}", (ids_param(every),)))
        if every
        else {}
    )
    conn.execute(f"DELETE FROM claim_tags WHERE claim_id {IN_IDS}", (ids_param(wanted),))
    insert_plain(
        session,
        "claim_tags",
        ("claim_id", "tag_id"),
        [(claim_id, ids[n]) for claim_id, names in wanted.items() for n in names],
    )


def shift_evidence(session: Db, claim_id: str, from_position: int, delta: int) -> None:
    """Move the positions of a claim's items at or after ``from_position`` by ``delta``."""
    driver(session).execute(
        "UPDATE evidence SET position = position + ? WHERE claim_id = ? AND position >= ?",
        (delta, claim_id, from_position),
    )


def evidence_order(session: Db, claim_id: str) -> list[str]:
    found = run(
        session,
        "SELECT id FROM evidence WHERE claim_id = ? ORDER BY position",
        (claim_id,),
    )
    return [row[0] for row in found]


def set_evidence_order(session: Db, claim_id: str, ids: Sequence[str]) -> None:
    if not ids:
        return
    driver(session).executemany(
        "UPDATE evidence SET position = ? WHERE id = ? AND claim_id = ?",
        [(n, ev_id, claim_id) for n, ev_id in enumerate(ids)],
    )

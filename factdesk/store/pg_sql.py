"""The store's plain SQL, as PostgreSQL takes it.

The store and the services write their plain statements once, in the SQL
both engines share, with SQLite's ``?`` parameters and its few idioms: a
list of ids as one JSON array (``json_each(?)``), ``INSERT OR IGNORE`` /
``INSERT OR REPLACE``, ``group_concat`` and ``char``, the ``temp`` schema.
On a server every statement passes through :func:`postgres_sql` once (the
result is cached), which rewrites exactly those idioms; nothing else in the
program knows which engine it talks to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

# Primary keys of the tables that INSERT OR REPLACE writes (PostgreSQL's upsert
# names the constraint that decides what "the same row" is).
_KEYS: dict[str, tuple[str, ...]] = {
    "case_meta": ("key",),
    "removed_evidence": ("evidence_id",),
    "merge_bases": ("entity", "entity_id"),
    "blob_facts": ("sha256",),
    "similar_dismissed": ("claim_id",),
    "rating_mappings": ("source", "label"),
    "import_links": ("key",),
    "ratings": ("key",),
    "import_texts": ("hash",),
}

_STRING = re.compile(r"'(?:[^']|'')*'")
_JSON_EACH = re.compile(r"\bjson_each\(\s*((?:%\(\w+\)s|[^()])+?)\s*\)", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_OR_REPLACE = re.compile(
    r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(?:temp\.)?(\w+)\s*\(([^)]*)\)", re.IGNORECASE
)
_FUNCTIONS = (
    (re.compile(r"\bgroup_concat\(", re.IGNORECASE), "string_agg("),
    (re.compile(r"(?<![\w.])char\(", re.IGNORECASE), "chr("),
    (re.compile(r"\btemp\.", re.IGNORECASE), "pg_temp."),
)


def _outside_strings(sql: str, fn: Callable[[str], str]) -> str:
    """Apply a rewrite to the parts of ``sql`` outside string literals."""
    out: list[str] = []
    last = 0
    for m in _STRING.finditer(sql):
        out.append(fn(sql[last : m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(fn(sql[last:]))
    return "".join(out)


_NAMED = re.compile(r"(?<![:\w]):(\w+)\b(?!:)")


def _placeholders(part: str) -> str:
    return _NAMED.sub(r"%(\1)s", part.replace("?", "%s"))


def _idioms(part: str) -> str:
    part = _JSON_EACH.sub(r"json_array_elements_text(CAST(\1 AS json))", part)
    for pattern, replacement in _FUNCTIONS:
        part = pattern.sub(replacement, part)
    return part


@lru_cache(maxsize=2048)
def postgres_sql(sql: str, qmark: bool = True) -> str:
    """``sql`` as PostgreSQL takes it (``qmark``: its parameters are ``?``, not pyformat)."""
    body = sql.strip().rstrip(";")
    suffix = ""
    if _OR_IGNORE.match(body):
        body = _OR_IGNORE.sub("INSERT INTO", body, count=1)
        suffix = " ON CONFLICT DO NOTHING"
    else:
        replace = _OR_REPLACE.match(body)
        if replace is not None:
            table = replace.group(1)
            names = [n.strip() for n in replace.group(2).split(",")]
            keys = _KEYS.get(table.lower())
            if keys is None:
                raise ValueError(f"no key known for INSERT OR REPLACE INTO {table}")
            body = re.sub(r"\s+OR\s+REPLACE", "", body, count=1, flags=re.IGNORECASE)
            others = [n for n in names if n not in keys]
            action = (
                "DO UPDATE SET " + ", ".join(f"{n} = EXCLUDED.{n}" for n in others)
                if others
                else "DO NOTHING"
            )
            suffix = f" ON CONFLICT ({', '.join(keys)}) {action}"
    body = _outside_strings(body, _idioms)
    if qmark:  # psycopg reads % everywhere, string literals included
        body = _outside_strings(body.replace("%", "%%"), _placeholders)
    return body + suffix


class PostgresDriver:
    """A psycopg connection that takes the store's plain SQL as ``sqlite3`` does.

    ``execute`` and ``executemany`` rewrite the statement (:func:`postgres_sql`)
    and return the cursor, so code written against ``sqlite3.Connection``
    (fetchone, fetchall, iteration) runs unchanged on a server.
    """

    def __init__(self, conn: Any) -> None:
        self.connection = conn

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        cursor = self.connection.cursor()
        cursor.execute(postgres_sql(sql), params)  # never None: %% must become %
        return cursor

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        cursor = self.connection.cursor()
        cursor.executemany(postgres_sql(sql), list(seq))
        return cursor

    def copy_rows(self, table: str, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert rows with ``COPY``: one stream instead of a statement per row, for the
        bulk writes (an import, a copy between engines).  ``table`` and ``names`` are
        the store's own, never outside text."""
        with self.connection.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def replace_rows(self, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """``INSERT OR REPLACE`` of many rows: streamed into a temporary table with
        ``COPY``, then written with one upsert.  Of rows with the same key the last
        wins, as when they are written one by one."""
        keys = [names.index(k) for k in _KEYS[table]]
        last = {tuple(row[i] for i in keys): row for row in rows}
        staging = f"pg_temp.bulk_{table}"
        self.connection.execute(f"DROP TABLE IF EXISTS {staging}")
        self.connection.execute(f"CREATE TEMP TABLE bulk_{table} (LIKE {table}) ON COMMIT DROP")
        self.copy_rows(staging, names, last.values())
        columns = ", ".join(names)
        self.execute(f"INSERT OR REPLACE INTO {table} ({columns}) SELECT {columns} FROM {staging}")

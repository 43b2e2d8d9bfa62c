"""Full-text search with SQLite FTS5.

One FTS row per claim (text; claimant, tags, notes), per evidence item
(title; excerpt, notes, publisher) and per verdict (summary; rationale).
``search_docs`` maps each FTS rowid to its claim so a claim's rows can be
replaced without scanning the index.  Services call :func:`reindex_claims`
inside the same transaction as every write, so the index never lags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

CHUNK = 500
# Ranking every match of a very common word over a million rows is what makes
# FTS slow; ranking the newest RESULT_CAP matching rows keeps a search instant
# and is plenty for a list a person reads.
RESULT_CAP = 2000
TITLE_WEIGHT = 4.0

_DELETE_FTS = text(
    "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE claim_id IN :ids)"
).bindparams(bindparam("ids", expanding=True))
_DELETE_DOCS = text("DELETE FROM search_docs WHERE claim_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_INSERT_DOCS_SQL = [
    "INSERT INTO search_docs (claim_id, source, record_id) "
    "SELECT id, 'claim', id FROM claims {where_id}",
    "INSERT INTO search_docs (claim_id, source, record_id) "
    "SELECT claim_id, 'evidence', id FROM evidence {where_claim}",
    "INSERT INTO search_docs (claim_id, source, record_id) "
    "SELECT claim_id, 'verdict', claim_id FROM verdicts {where_claim}",
]
_INSERT_FTS_SQL = [
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT d.id, c.text, coalesce(c.claimant, '') || char(10) || "
    "coalesce((SELECT group_concat(t.name, ' ') FROM claim_tags ct "
    "JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id), '') || char(10) || "
    "coalesce(c.notes, '') "
    "FROM search_docs d JOIN claims c ON c.id = d.record_id "
    "WHERE d.source = 'claim' {and_doc}",
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT d.id, coalesce(e.title, ''), coalesce(e.excerpt, '') || char(10) || "
    "coalesce(e.notes, '') || char(10) || coalesce(e.publisher, '') "
    "FROM search_docs d JOIN evidence e ON e.id = d.record_id "
    "WHERE d.source = 'evidence' {and_doc}",
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT d.id, coalesce(v.summary, ''), coalesce(v.rationale, '') "
    "FROM search_docs d JOIN verdicts v ON v.claim_id = d.record_id "
    "WHERE d.source = 'verdict' {and_doc}",
]
_SOME = {
    "where_id": "WHERE id IN :ids",
    "where_claim": "WHERE claim_id IN :ids",
    "and_doc": "AND d.claim_id IN :ids",
}
_ALL = {"where_id": "", "where_claim": "", "and_doc": ""}
_INSERT_SOME = [
    text(sql.format(**_SOME)).bindparams(bindparam("ids", expanding=True))
    for sql in (*_INSERT_DOCS_SQL, *_INSERT_FTS_SQL)
]
_INSERT_ALL = [text(sql.format(**_ALL)) for sql in (*_INSERT_DOCS_SQL, *_INSERT_FTS_SQL)]


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


_MANY = {
    "where_id": "WHERE id IN (SELECT id FROM temp.reindex_ids)",
    "where_claim": "WHERE claim_id IN (SELECT id FROM temp.reindex_ids)",
    "and_doc": "AND d.claim_id IN (SELECT id FROM temp.reindex_ids)",
}
_REINDEX_MANY = [
    "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs "
    "WHERE claim_id IN (SELECT id FROM temp.reindex_ids))",
    "DELETE FROM search_docs WHERE claim_id IN (SELECT id FROM temp.reindex_ids)",
    *(sql.format(**_MANY) for sql in (*_INSERT_DOCS_SQL, *_INSERT_FTS_SQL)),
]


def reindex_claims(db: Session | Connection, claim_ids: Iterable[str]) -> None:
    """Replace the index rows of these claims with rows built from current data.

    A few claims are named in the statements; many (a bundle import) go into
    a temporary table first, so each statement runs once over all of them.
    """
    ids = sorted(set(claim_ids))
    if len(ids) > CHUNK:
        _reindex_many(db.connection() if isinstance(db, Session) else db, ids)
        return
    for chunk in _chunks(ids):
        db.execute(_DELETE_FTS, {"ids": chunk})
        db.execute(_DELETE_DOCS, {"ids": chunk})
        for stmt in _INSERT_SOME:
            db.execute(stmt, {"ids": chunk})


def _reindex_many(conn: Connection, ids: list[str]) -> None:
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS reindex_ids (id TEXT PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM temp.reindex_ids")
    conn.exec_driver_sql("INSERT INTO temp.reindex_ids (id) VALUES (?)", [(i,) for i in ids])
    for sql in _REINDEX_MANY:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql("DROP TABLE temp.reindex_ids")


def rebuild_index(db: Session | Connection) -> None:
    """Rebuild the whole index from the data (repair)."""
    db.execute(text("DELETE FROM search_fts"))
    db.execute(text("DELETE FROM search_docs"))
    for stmt in _INSERT_ALL:
        db.execute(stmt)


WORD = re.compile(r"\w+", re.UNICODE)


def to_match_query(query: str, *, any_word: bool = False) -> str | None:
    """Turn what a person typed into a safe FTS5 query.

    All words must match (or any, with ``any_word``); the last word is taken
    as a prefix so results follow typing.

    Every word is quoted, so FTS5 syntax in the input (AND, NEAR, quotes,
    column filters) is searched for literally instead of breaking the query.
    """
    words = WORD.findall(query)
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    # Prefix matching follows typing; a one-letter prefix would match nearly
    # everything, so it waits for the second letter.
    if not any_word and query[-1:].isalnum() and len(words[-1]) > 1:
        parts[-1] += "*"
    return (" OR " if any_word else " ").join(parts)


_SEARCH = (
    "SELECT d.claim_id, min(hits.score) AS best FROM "
    "(SELECT rowid AS rid, bm25(search_fts, :tw, 1.0) AS score FROM search_fts "
    " WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :cap) AS hits "
    "JOIN search_docs d ON d.id = hits.rid {where} "
    "GROUP BY d.claim_id ORDER BY best, d.claim_id"
)
_SEARCH_ALL = text(_SEARCH.format(where=""))
_SEARCH_CLAIMS = text(_SEARCH.format(where="WHERE d.source = 'claim'"))


def search_claim_ids(
    db: Session | Connection,
    query: str,
    *,
    any_word: bool = False,
    claims_only: bool = False,
    cap: int = RESULT_CAP,
) -> list[str]:
    """Ids of claims matching ``query``, best first.

    Ranking every match of a very common word is what makes FTS slow at a
    million rows, so only the newest ``cap`` matching index rows are ranked:
    a rare word is ranked in full, a common one among its recent matches.
    """
    match = to_match_query(query, any_word=any_word)
    if match is None:
        return []
    stmt = _SEARCH_CLAIMS if claims_only else _SEARCH_ALL
    rows = db.execute(stmt, {"q": match, "tw": TITLE_WEIGHT, "cap": cap})
    return [row[0] for row in rows]


def index_mismatches(db: Session | Connection) -> int:
    """How many index rows differ from what the data says they should be (0 = in sync)."""
    db.execute(text("CREATE TEMP TABLE IF NOT EXISTS expected_docs (claim_id, source, record_id)"))
    db.execute(text("DELETE FROM expected_docs"))
    db.execute(
        text(
            "INSERT INTO expected_docs SELECT id, 'claim', id FROM claims "
            "UNION ALL SELECT claim_id, 'evidence', id FROM evidence "
            "UNION ALL SELECT claim_id, 'verdict', claim_id FROM verdicts"
        )
    )
    missing = db.execute(
        text(
            "SELECT count(*) FROM (SELECT claim_id, source, record_id FROM expected_docs "
            "EXCEPT SELECT claim_id, source, record_id FROM search_docs)"
        )
    ).scalar_one()
    extra = db.execute(
        text(
            "SELECT count(*) FROM (SELECT claim_id, source, record_id FROM search_docs "
            "EXCEPT SELECT claim_id, source, record_id FROM expected_docs)"
        )
    ).scalar_one()
    orphans = db.execute(
        text("SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_docs)")
    ).scalar_one()
    unindexed = db.execute(
        text("SELECT count(*) FROM search_docs WHERE id NOT IN (SELECT rowid FROM search_fts)")
    ).scalar_one()
    db.execute(text("DROP TABLE expected_docs"))
    return int(missing) + int(extra) + int(orphans) + int(unindexed)

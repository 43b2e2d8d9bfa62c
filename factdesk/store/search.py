"""Full-text search: SQLite FTS5 in a case file, ``tsvector`` on a server.

One FTS row per claim (text; claimant, tags, notes), per evidence item
(title; excerpt, notes, publisher, the text of attached web captures) and
per verdict (summary; rationale).
``search_docs`` maps each FTS rowid to its claim so a claim's rows can be
replaced without scanning the index.  Services call :func:`reindex_claims`
inside the same transaction as every write, so the index never lags.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence

from factdesk.store import search_pg
from factdesk.store.rows import Db, driver, on_server

CHUNK = 500
# Ranking every match of a very common word over a million rows is what makes
# FTS slow; ranking the newest RESULT_CAP matching rows keeps a search instant
# and is plenty for a list a person reads.
RESULT_CAP = 2000
TITLE_WEIGHT = 4.0

_IDS = "IN (SELECT value FROM json_each(:ids))"  # the store's one way to pass a list of ids
_DELETE_FTS = (
    f"DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs WHERE claim_id {_IDS})"
)
_DELETE_DOCS = f"DELETE FROM search_docs WHERE claim_id {_IDS}"
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
    "coalesce(e.notes, '') || char(10) || coalesce(e.publisher, '') || "
    # the main text of web captures attached to the item
    "coalesce(char(10) || (SELECT group_concat(f.text, char(10)) FROM attachments a "
    "JOIN blob_facts f ON f.sha256 = a.sha256 WHERE a.evidence_id = e.id "
    "AND f.text IS NOT NULL), '') "
    "FROM search_docs d JOIN evidence e ON e.id = d.record_id "
    "WHERE d.source = 'evidence' {and_doc}",
    "INSERT INTO search_fts (rowid, title, body) "
    "SELECT d.id, coalesce(v.summary, ''), coalesce(v.rationale, '') "
    "FROM search_docs d JOIN verdicts v ON v.claim_id = d.record_id "
    "WHERE d.source = 'verdict' {and_doc}",
]
_SOME = {
    "where_id": f"WHERE id {_IDS}",
    "where_claim": f"WHERE claim_id {_IDS}",
    "and_doc": f"AND d.claim_id {_IDS}",
}
_ALL = {"where_id": "", "where_claim": "", "and_doc": ""}
_INSERT_SOME = [sql.format(**_SOME) for sql in (*_INSERT_DOCS_SQL, *_INSERT_FTS_SQL)]
_INSERT_ALL = [sql.format(**_ALL) for sql in (*_INSERT_DOCS_SQL, *_INSERT_FTS_SQL)]


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


def reindex_claims(db: Db, claim_ids: Iterable[str]) -> None:
    """Replace the index rows of these claims with rows built from current data.

    A few claims are named in the statements; many (a bundle import) go into
    a temporary table first, so each statement runs once over all of them.
    """
    if on_server(db):
        search_pg.reindex_claims(db, claim_ids)
        return
    conn = driver(db)
    ids = sorted(set(claim_ids))
    if len(ids) > CHUNK:
        _reindex_many(conn, ids)
        return
    for chunk in _chunks(ids):
        given = {"ids": json.dumps(chunk)}
        conn.execute(_DELETE_FTS, given)
        conn.execute(_DELETE_DOCS, given)
        for sql in _INSERT_SOME:
            conn.execute(sql, given)


def _reindex_many(conn: sqlite3.Connection, ids: list[str]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS reindex_ids (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.reindex_ids")
    conn.executemany("INSERT INTO temp.reindex_ids (id) VALUES (?)", [(i,) for i in ids])
    for sql in _REINDEX_MANY:
        conn.execute(sql)
    conn.execute("DROP TABLE temp.reindex_ids")


_DOC_SOURCES = ("claim", "evidence", "verdict")  # in the order of _INSERT_DOCS_SQL
_DELETE_DOC_FTS = (
    "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_docs "
    "WHERE claim_id = ? AND source = ? AND record_id = ?)"
)
_DELETE_DOC = "DELETE FROM search_docs WHERE claim_id = ? AND source = ? AND record_id = ?"
_RECORD = {
    "where_id": "WHERE id = :record",
    "where_claim": "WHERE id = :record",
    "and_doc": "AND d.id = :doc",
}
_INSERT_RECORD_DOC = {
    source: sql.format(**_RECORD)
    for source, sql in zip(_DOC_SOURCES, _INSERT_DOCS_SQL, strict=True)
}
_INSERT_RECORD_DOC["verdict"] = _INSERT_DOCS_SQL[2].format(where_claim="WHERE claim_id = :record")
_INSERT_RECORD_FTS = {
    source: sql.format(**_RECORD) for source, sql in zip(_DOC_SOURCES, _INSERT_FTS_SQL, strict=True)
}


def reindex_records(db: Db, docs: Iterable[tuple[str, str, str]]) -> None:
    """Replace the index rows of single records: (claim id, source, record id) each.

    An edit of one field reindexes that record alone (a verdict's rationale,
    say), not the claim with all its evidence: less to write, and less for
    FTS5 to merge later.
    """
    if on_server(db):
        search_pg.reindex_records(db, docs)
        return
    conn = driver(db)
    for claim_id, source, record_id in sorted(set(docs)):
        key = (claim_id, source, record_id)
        conn.execute(_DELETE_DOC_FTS, key)
        conn.execute(_DELETE_DOC, key)
        cursor = conn.execute(_INSERT_RECORD_DOC[source], {"record": record_id})
        if cursor.rowcount == 1:
            conn.execute(_INSERT_RECORD_FTS[source], {"doc": cursor.lastrowid})


def rebuild_index(db: Db) -> None:
    """Rebuild the whole index from the data (repair)."""
    if on_server(db):
        search_pg.rebuild_index(db)
        return
    conn = driver(db)
    conn.execute("DELETE FROM search_fts")
    conn.execute("DELETE FROM search_docs")
    for sql in _INSERT_ALL:
        conn.execute(sql)


WORD = re.compile(r"\w+", re.UNICODE)
# A search (or "checked before?" on a claim's whole text) uses at most this many
# distinct words: each is weighed with a query of its own and all go into one
# FTS5 expression, which a claim of a million characters would make unbounded.
MAX_WORDS = 32

# The index stems English words (porter, migration 0006): "gargling" is
# indexed as "gargl", and a query word is stemmed the same way, so every form
# of a word finds every other.  A word being typed is a prefix, and FTS5
# stems a prefix too: "garglin" would look for words starting "garglin" and
# miss the "gargl" that "gargling" became.  So when the end of a word being
# typed could be the start of an ending the stemmer removes ("-in" of
# "-ing"), the word without that end is searched for as well.
STEMMED_ENDINGS = (
    "ing", "ed", "es", "ies", "ational", "tional", "ation", "ations", "ator", "alism",
    "aliti", "iviti", "biliti", "ality", "ivity", "ability", "iveness", "fulness",
    "ousness", "ical", "ically", "ization", "isation", "ness", "ful", "ement", "ment",
    "ent", "ence", "ance", "able", "ible", "ant", "ism", "ist", "ate", "iti", "ity",
    "ous", "ive", "ize", "ise", "al", "er", "ic", "ion", "ly",
)  # fmt: skip
_PARTIAL_ENDINGS = frozenset(e[:n] for e in STEMMED_ENDINGS for n in range(1, len(e)))
_LONGEST_PARTIAL = max(map(len, _PARTIAL_ENDINGS))
MIN_STEM = 3


def _typed_word(word: str) -> str:
    """The FTS5 query for a word being typed: a prefix, or a prefix or a shorter stem."""
    prefix = f'"{word}"*'
    lower = word.lower()
    if not lower.isascii():  # the stemmer only touches ASCII words
        return prefix
    # Only the last few letters can be the start of an ending: looking at
    # longer tails would make a long typed word cost the square of its length.
    stems = [
        f'"{word[:-n]}"'
        for n in range(1, min(len(word) - MIN_STEM, _LONGEST_PARTIAL) + 1)
        if lower[-n:] in _PARTIAL_ENDINGS
    ]
    return f"({' OR '.join([prefix, *stems])})" if stems else prefix


def phrases(query: str, *, any_word: bool = False) -> list[str]:
    """The FTS5 phrases for what a person typed: every word quoted, each once.

    Quoting means FTS5 syntax in the input (AND, NEAR, quotes, column filters)
    is searched for literally instead of breaking the query.  Unless any word
    will do, the last word is a prefix, so results follow typing; a one-letter
    prefix would match nearly everything, so it waits for the second letter.
    Only the first :data:`MAX_WORDS` distinct words count.
    """
    found = WORD.findall(query)
    words = list(dict.fromkeys(found))
    cut = len(words) > MAX_WORDS
    words = words[:MAX_WORDS]
    parts = [f'"{w}"' for w in words]
    last_typed = found[-1] if found else ""
    if (
        parts
        and not any_word
        and not cut
        and query[-1:].isalnum()
        and len(last_typed) > 1
        and words[-1] == last_typed
    ):
        parts[-1] = _typed_word(words[-1])
    return parts


def joined(parts: list[str], *, any_word: bool = False) -> str:
    """Phrases as one FTS5 query: all must match (or any, with ``any_word``).

    AND is written out: FTS5 allows no implicit AND beside a bracketed group.
    """
    return (" OR " if any_word else " AND ").join(parts)


def to_match_query(query: str, *, any_word: bool = False) -> str | None:
    """A safe FTS5 query: all words must match (or any, with ``any_word``)."""
    return joined(phrases(query, any_word=any_word), any_word=any_word) or None


# bm25 counts, for every phrase, all the rows that contain it: cheap for a rare
# word, ~80 ms for a word in a million rows.  A phrase in more rows than this
# is "common": it is not ranked by bm25 (and "any word" searches ignore it).
COMMON_PHRASE_ROWS = 5000

_RANKED = (
    "SELECT d.claim_id, min(hits.score) AS best FROM "
    "(SELECT rowid AS rid, bm25(search_fts, :tw, 1.0) AS score FROM search_fts "
    " WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :cap) AS hits "
    "JOIN search_docs d ON d.id = hits.rid {where} "
    "GROUP BY d.claim_id ORDER BY best, d.claim_id"
)
# Without bm25: a match in the claim itself first, then its verdict, then its
# evidence; newest first within each.
_UNRANKED = (
    "SELECT d.claim_id, min(CASE d.source WHEN 'claim' THEN 0 WHEN 'verdict' THEN 1 "
    "ELSE 2 END) AS kind, max(hits.rid) AS newest FROM "
    "(SELECT rowid AS rid FROM search_fts "
    " WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :cap) AS hits "
    "JOIN search_docs d ON d.id = hits.rid {where} "
    "GROUP BY d.claim_id ORDER BY kind, newest DESC"
)
_CLAIMS_ONLY = "WHERE d.source = 'claim'"
_STATEMENTS = {
    (ranked, claims_only): (_RANKED if ranked else _UNRANKED).format(
        where=_CLAIMS_ONLY if claims_only else ""
    )
    for ranked in (True, False)
    for claims_only in (True, False)
}
_PHRASE_ROWS = (
    "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH :q LIMIT :n)"
)


def phrase_rows(db: Db, phrase: str) -> int:
    """How many index rows hold ``phrase``, counted up to one past :data:`COMMON_PHRASE_ROWS`."""
    found = driver(db).execute(_PHRASE_ROWS, {"q": phrase, "n": COMMON_PHRASE_ROWS + 1})
    return int(found.fetchone()[0])


def is_common(db: Db, phrase: str) -> bool:
    return phrase_rows(db, phrase) > COMMON_PHRASE_ROWS


# FTS5 keeps prefix indexes for two, three and four letters (migrations 0003
# and 0008); a longer prefix is expanded by merging every matching word's row list.
INDEXED_PREFIX = 4


def _weigh(db: Db, part: str) -> tuple[str, bool]:
    """The phrase to search for and whether it is common.

    A typed prefix longer than the prefix indexes is expensive to expand when
    the word is common; then the word is searched for as typed, because a
    common word typed out in full is what the person is looking for.
    """
    if part.startswith("("):  # a word being typed, and the stems it could be typed from
        first, *stems = part[1:-1].split(" OR ")
        first, common = _weigh(db, first)
        kept = [first]
        for stem in stems:
            # A stem no row holds adds nothing to the match but work for FTS5:
            # counting it here is cheap (it is a plain word), matching it is not.
            rows = phrase_rows(db, stem)
            if rows:
                kept.append(stem)
                common = common or rows > COMMON_PHRASE_ROWS
        return (f"({' OR '.join(kept)})" if len(kept) > 1 else first), common
    word = part.strip('"*')
    if part.endswith("*") and len(word) > INDEXED_PREFIX:
        exact = f'"{word}"'
        if is_common(db, exact):
            return exact, True
        return part, False
    return part, is_common(db, part)


def search_claim_ids(
    db: Db,
    query: str,
    *,
    any_word: bool = False,
    claims_only: bool = False,
    cap: int = RESULT_CAP,
) -> list[str]:
    """Ids of claims matching ``query``, best first.

    Only the newest ``cap`` matching index rows are considered, so a word found
    in a million rows costs no more than a rare one.  They are ranked with
    bm25 when every word is rare enough for bm25 to be cheap; otherwise
    matches in the claim itself come first, newest first.
    """
    if on_server(db):
        found = phrases(query, any_word=any_word)
        if any_word:  # as below: common words say little about similarity
            found = [
                p for p in found if not search_pg.is_common(db, p, COMMON_PHRASE_ROWS)
            ] or found
        return search_pg.search_claim_ids(
            db, found, any_word=any_word, claims_only=claims_only, cap=cap
        )
    parts, common = [], set()
    for part in phrases(query, any_word=any_word):
        part, is_frequent = _weigh(db, part)
        parts.append(part)
        if is_frequent:
            common.add(part)
    if any_word:  # "similar claims": common words say little about similarity
        parts = [p for p in parts if p not in common] or parts
        common = common & set(parts)
    if not parts:
        return []
    match = joined(parts, any_word=any_word)
    sql = _STATEMENTS[(not common, claims_only)]
    found = driver(db).execute(sql, {"q": match, "tw": TITLE_WEIGHT, "cap": cap})
    return [row[0] for row in found]


def index_mismatches(db: Db) -> int:
    """How many index rows differ from what the data says they should be (0 = in sync)."""
    if on_server(db):
        return search_pg.index_mismatches(db)
    conn = driver(db)

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    conn.execute("CREATE TEMP TABLE IF NOT EXISTS expected_docs (claim_id, source, record_id)")
    conn.execute("DELETE FROM expected_docs")
    conn.execute(
        "INSERT INTO expected_docs SELECT id, 'claim', id FROM claims "
        "UNION ALL SELECT claim_id, 'evidence', id FROM evidence "
        "UNION ALL SELECT claim_id, 'verdict', claim_id FROM verdicts"
    )
    missing = count(
        "SELECT count(*) FROM (SELECT claim_id, source, record_id FROM expected_docs "
        "EXCEPT SELECT claim_id, source, record_id FROM search_docs)"
    )
    extra = count(
        "SELECT count(*) FROM (SELECT claim_id, source, record_id FROM search_docs "
        "EXCEPT SELECT claim_id, source, record_id FROM expected_docs)"
    )
    orphans = count(
        "SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_docs)"
    )
    unindexed = count(
        "SELECT count(*) FROM search_docs WHERE id NOT IN (SELECT rowid FROM search_fts)"
    )
    conn.execute("DROP TABLE expected_docs")
    return missing + extra + orphans + unindexed

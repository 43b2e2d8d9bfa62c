"""Full-text search on a PostgreSQL server: a ``tsvector`` per index row, under a GIN index.

The same rows as on SQLite (one per claim, evidence item and verdict, in
``search_docs``), each with its words in ``tsv``: the title weighted ``A``,
the rest ``B``.  The text search configuration ``factdesk_text`` stems
English words as a case file's index does (``gargle`` finds ``Gargling``):
every word, its accents first removed by ``unaccent`` where the server has it
(as the case file's tokenizer removes them), goes through the Snowball English
stemmer, with no stop words dropped, so "the" or "who" can still be searched
for.  Index and query are stemmed alike, so text in any language is found as
written.  What a person typed becomes a ``tsquery`` of quoted words (so
operators in the input are searched for, never run), the last one a prefix
while typing -- or one of the stems it could be typed from -- as
:func:`factdesk.store.search.phrases` decides for FTS5.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Db = Any  # a session, a connection, or a plain connection: see rows.driver

CONFIG = "factdesk_text"
STEMMER = "factdesk_english"  # Snowball English, without a stop word list
ASCII_WORDS = "asciiword, asciihword, hword_asciipart"
OTHER_WORDS = "word, hword, hword_part"
# ts_rank's weights for D, C, B, A: a title counts four times the rest, as on SQLite.
WEIGHTS = "{0.1, 0.1, 0.25, 1.0}"
CHUNK = 500


def create_schema(conn: Any) -> None:
    """The search configuration, the ``tsv`` column and its GIN index (a migration step)."""
    has_unaccent = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'"
    ).scalar()
    if has_unaccent:
        savepoint = conn.begin_nested()
        try:
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
            savepoint.commit()
        except Exception:  # no right to add an extension: words keep their accents
            savepoint.rollback()
            has_unaccent = False
    exists = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_ts_config WHERE cfgname = ?", (CONFIG,)
    ).scalar()
    if not exists:
        conn.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)")
        if has_unaccent:
            conn.exec_driver_sql(
                f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
                "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
            )
    conn.exec_driver_sql("ALTER TABLE search_docs ADD COLUMN tsv tsvector")
    conn.exec_driver_sql("CREATE INDEX ix_search_docs_tsv ON search_docs USING gin (tsv)")


def stem_english(conn: Any) -> None:
    """Stem English words in the index and in queries, as a case file's porter tokenizer
    does, and index every row again (a migration step)."""
    exists = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_ts_dict WHERE dictname = ?", (STEMMER,)
    ).scalar()
    if not exists:
        conn.exec_driver_sql(
            f"CREATE TEXT SEARCH DICTIONARY {STEMMER} (TEMPLATE = snowball, Language = english)"
        )
    conn.exec_driver_sql(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {ASCII_WORDS} WITH {STEMMER}"
    )
    accents = _unaccent(conn)
    conn.exec_driver_sql(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {OTHER_WORDS} "
        f"WITH {accents}{STEMMER}"
    )
    rebuild_index(conn)


def _unaccent(conn: Any) -> str:
    """``unaccent, `` when the case's database has that dictionary, else nothing."""
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'"
    ).scalar()
    return "unaccent, " if found else ""


def unstem(conn: Any) -> None:
    """Back to every word as written (undoing :func:`stem_english`)."""
    conn.exec_driver_sql(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {ASCII_WORDS} WITH simple"
    )
    conn.exec_driver_sql(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {OTHER_WORDS} "
        f"WITH {_unaccent(conn)}simple"
    )
    rebuild_index(conn)


def _vector(title: str, body: str) -> str:
    return (
        f"setweight(to_tsvector('{CONFIG}', {title}), 'A') || "
        f"setweight(to_tsvector('{CONFIG}', {body}), 'B')"
    )


_CLAIM_BODY = (
    "coalesce(c.claimant, '') || chr(10) || "
    "coalesce((SELECT string_agg(t.name, ' ') FROM claim_tags ct "
    "JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id), '') || chr(10) || "
    "coalesce(c.notes, '')"
)
_EVIDENCE_BODY = (
    "coalesce(e.excerpt, '') || chr(10) || coalesce(e.notes, '') || chr(10) || "
    "coalesce(e.publisher, '') || coalesce(chr(10) || (SELECT string_agg(f.text, chr(10)) "
    "FROM attachments a JOIN blob_facts f ON f.sha256 = a.sha256 WHERE a.evidence_id = e.id "
    "AND f.text IS NOT NULL), '')"
)
_INSERTS = [
    "INSERT INTO search_docs (claim_id, source, record_id, tsv) "
    f"SELECT c.id, 'claim', c.id, {_vector('c.text', _CLAIM_BODY)} FROM claims c {{claims}}",
    "INSERT INTO search_docs (claim_id, source, record_id, tsv) "
    f"SELECT e.claim_id, 'evidence', e.id, {_vector('coalesce(e.title, chr(32))', _EVIDENCE_BODY)} "
    "FROM evidence e {others}",
    "INSERT INTO search_docs (claim_id, source, record_id, tsv) "
    "SELECT v.claim_id, 'verdict', v.claim_id, "
    f"{_vector('coalesce(v.summary, chr(32))', 'coalesce(v.rationale, chr(32))')} "
    "FROM verdicts v {verdicts}",
]
_IDS = "= ANY(:ids)"
_SOME = [
    sql.format(
        claims=f"WHERE c.id {_IDS}",
        others=f"WHERE e.claim_id {_IDS}",
        verdicts=f"WHERE v.claim_id {_IDS}",
    )
    for sql in _INSERTS
]
_ALL = [sql.format(claims="", others="", verdicts="") for sql in _INSERTS]
_RECORD = dict(
    zip(
        ("claim", "evidence", "verdict"),
        (
            _INSERTS[0].format(claims="WHERE c.id = :record"),
            _INSERTS[1].format(others="WHERE e.id = :record"),
            _INSERTS[2].format(verdicts="WHERE v.claim_id = :record"),
        ),
        strict=True,
    )
)


def _driver(db: Db) -> Any:
    from factdesk.store.rows import driver

    return driver(db)


def reindex_claims(db: Db, claim_ids: Iterable[str]) -> None:
    conn = _driver(db)
    ids = sorted(set(claim_ids))
    for start in range(0, len(ids), CHUNK * 20):
        given = {"ids": ids[start : start + CHUNK * 20]}
        conn.execute(f"DELETE FROM search_docs WHERE claim_id {_IDS}", given)
        for sql in _SOME:
            conn.execute(sql, given)


def reindex_records(db: Db, docs: Iterable[tuple[str, str, str]]) -> None:
    """Replace the index rows of single records: (claim id, source, record id) each."""
    conn = _driver(db)
    for claim_id, source, record_id in sorted(set(docs)):
        conn.execute(
            "DELETE FROM search_docs WHERE claim_id = ? AND source = ? AND record_id = ?",
            (claim_id, source, record_id),
        )
        conn.execute(_RECORD[source], {"record": record_id})


def rebuild_index(db: Db) -> None:
    conn = _driver(db)
    conn.execute("DELETE FROM search_docs")
    for sql in _ALL:
        conn.execute(sql)


def tsquery(parts: Sequence[str], any_word: bool) -> str:
    """FTS5-style phrases (``"word"``, ``"word"*``) as a ``to_tsquery`` text."""
    return (" | " if any_word else " & ").join(_term(part) for part in parts)


def _term(part: str) -> str:
    """One FTS5 phrase (``"word"``, ``"word"*``) or bracketed group of them as tsquery."""
    if part.startswith("(") and part.endswith(")"):
        return "(" + " | ".join(_term(p) for p in part[1:-1].split(" OR ")) + ")"
    word = part.strip('"*').replace("'", "''").replace("\\", "\\\\")
    return f"'{word}'" + (":*" if part.endswith("*") else "")


_SEARCH = (
    "SELECT hits.claim_id, max(ts_rank(CAST(:weights AS float4[]), hits.tsv, q.q)) AS best, "
    "min(CASE hits.source WHEN 'claim' THEN 0 WHEN 'verdict' THEN 1 ELSE 2 END) AS kind, "
    "max(hits.id) AS newest "
    "FROM (SELECT to_tsquery(CAST(:config AS regconfig), :q) AS q) AS q, LATERAL "
    "(SELECT d.id, d.claim_id, d.source, d.tsv FROM search_docs d WHERE d.tsv @@ q.q {where} "
    " ORDER BY d.id DESC LIMIT :cap) AS hits "
    # equal ranks: a match in the claim itself first, then its verdict, then evidence
    "GROUP BY hits.claim_id ORDER BY best DESC, kind, newest DESC"
)
_PHRASE_ROWS = (
    "SELECT count(*) FROM (SELECT 1 FROM search_docs "
    "WHERE tsv @@ to_tsquery(CAST(:config AS regconfig), :q) LIMIT :n) AS found"
)


def is_common(db: Db, part: str, rows: int) -> bool:
    """Whether a phrase is in more than ``rows`` index rows."""
    found = (
        _driver(db)
        .execute(_PHRASE_ROWS, {"config": CONFIG, "q": tsquery([part], False), "n": rows + 1})
        .fetchone()
    )
    return int(found[0]) > rows


_STATEMENTS = {
    claims_only: _SEARCH.format(where="AND d.source = 'claim'" if claims_only else "")
    for claims_only in (True, False)
}


# The claim list of a search: the newest ``cap`` matching index rows, their claims,
# the list's other filters and its order, and the page asked for, in one statement
# -- so no list of matched ids travels back to the server to be filtered or sorted.
#
# "The newest matching rows" is found one of two ways, each cheap where the other
# is not, chosen by how many of the newest SAMPLE_ROWS rows match (one short read
# before the statement):
#
# - Common words ("dense"): many of the newest rows match.  Reading them newest
#   first (the primary key backwards) and testing each finds ``cap`` matches
#   after a few thousand rows, where the GIN index would hand over every
#   matching row of the case to be sorted.  The newest RECENT_ROWS rows are read
#   so; should they hold fewer than ``cap`` matches, the GIN index finds the
#   older ones (``d.id + 0`` keeps the planner from combining it with the
#   primary key, which would read a bitmap of every older row).
# - Rarer words: testing rows one by one would read many rows per match.  The
#   GIN index finds the matches, but first only those in a window of the newest
#   ids, sized from the sample's share of matches to hold ``cap`` of them
#   (WINDOW_MARGIN times that): the server combines the GIN bitmap with the
#   window's table pages, which a block range index of the ids names (migration
#   0010; without it, the primary key's range), and reads only the window's rows
#   from the table, not every matching row of the case (a word in 3 % of a
#   million rows is 30,000 rows, one table page each).  Should the window hold
#   fewer than ``cap``, the next window (WINDOW_GROWTH times as many ids) gives
#   the rest, and below it the GIN index alone.  A word the sample lacks gets a
#   window only when the case is large enough for one; else every match is read
#   through the index.
#
# Which is cheaper depends on the share of rows that match and on the size of
# the case: reading rows newest first costs ``cap / share`` rows read, the GIN
# index INDEX_ID_COST of a row read for every match in the whole case.
#
# Each step runs only if the steps before it found fewer than ``cap`` rows, so
# the result is always the newest ``cap`` matching rows: the sample only decides
# how much work finding them takes.  The rank is computed only when the list is
# in order of relevance, and each claim is read by its key (``OFFSET 0`` keeps it
# a lookup, not a scan of claims).
RECENT_ROWS = 40_000
SAMPLE_ROWS = 2_000
# What the GIN index costs per matching row id it hands over (all of a word's,
# whatever the window), against testing one row read newest first: measured at
# a million rows, 0.05 for a plain word to 0.45 for a prefix of many words.
INDEX_ID_COST = 0.3
WINDOW_MARGIN = 1.5
WINDOW_GROWTH = 4
_QUERY = f"to_tsquery('{CONFIG}', ?)"
_COLUMNS = "d.id, d.claim_id, d.source, d.tsv"
_SAMPLE = (
    f"SELECT count(*) FILTER (WHERE d.tsv @@ {_QUERY}), count(*), max(d.id), min(d.id) "
    "FROM (SELECT id, tsv FROM search_docs ORDER BY id DESC LIMIT {sample}) AS d"
)
_DENSE = (
    f"WITH recent AS (SELECT {_COLUMNS} FROM "
    " (SELECT id, claim_id, source, tsv FROM search_docs ORDER BY id DESC LIMIT {recent})"
    f" AS d WHERE d.tsv @@ {_QUERY} ORDER BY d.id DESC LIMIT ?), "
    f"older AS (SELECT {_COLUMNS} FROM search_docs d "
    f" WHERE d.tsv @@ {_QUERY} AND (SELECT count(*) FROM recent) < ? AND d.id + 0 < "
    " (SELECT id FROM search_docs ORDER BY id DESC OFFSET {skip} LIMIT 1) "
    "ORDER BY d.id + 0 DESC LIMIT (SELECT ? - count(*) FROM recent)), "
    "hits AS (SELECT * FROM recent UNION ALL SELECT * FROM older), "
)
_LISTED = (
    "found AS (SELECT hits.claim_id, {best} AS best, "
    " min(CASE hits.source WHEN 'claim' THEN 0 WHEN 'verdict' THEN 1 ELSE 2 END) AS kind, "
    " max(hits.id) AS newest FROM hits GROUP BY hits.claim_id) "
    "SELECT claims.id FROM found CROSS JOIN LATERAL "
    "(SELECT * FROM claims AS c WHERE c.id = found.claim_id OFFSET 0) AS claims {where} "
    "ORDER BY {order}"
)
_RANK = f"max(ts_rank(CAST(? AS float4[]), hits.tsv, {_QUERY}))"
RELEVANCE = "found.best DESC, found.kind, found.newest DESC"


@dataclass(frozen=True)
class Reach:
    """How a search finds its newest matching rows: the newest rows one by one
    (``dense``), or the GIN index over windows of ids down from each of ``lows``
    (newest first; none: every match at once)."""

    dense: bool
    lows: tuple[int, ...] = ()


DENSE = Reach(True)


def reach(db: Db, parts: Sequence[str], cap: int) -> Reach:
    """How to find the newest ``cap`` rows matching all ``parts``, from the newest rows'
    share of matches (one short read)."""
    sample = _driver(db).execute(_SAMPLE.format(sample=int(SAMPLE_ROWS)), (tsquery(parts, False),))
    matched, rows, top, bottom = sample.fetchone()
    return reach_from_sample(int(matched), int(rows), top, bottom, cap)


def reach_from_sample(matched: int, rows: int, top: Any, bottom: Any, cap: int) -> Reach:
    """The :class:`Reach` for ``matched`` of the newest ``rows`` index rows, whose ids
    run from ``bottom`` to ``top``."""
    if rows < SAMPLE_ROWS:
        return DENSE  # a small case: the newest rows are all of its rows
    share = matched / rows
    # Dense when the newest rows should give ``cap`` matches well within RECENT_ROWS
    # and reading them costs less than the index's ids of every match in the case.
    if share * RECENT_ROWS >= cap * WINDOW_MARGIN and cap / share <= (
        share * int(top) * INDEX_ID_COST
    ):
        return DENSE
    span = int(top) - int(bottom) + 1  # in ids: deleted rows leave gaps
    # (none matched: as if half a row had, so a big enough case still gets a window)
    width = math.ceil(cap * span / max(matched, 0.5) * WINDOW_MARGIN)
    lows: list[int] = []
    for _ in range(2):
        low = int(top) - width + 1
        if low <= 1:
            break
        lows.append(low)
        width *= WINDOW_GROWTH
    return Reach(False, tuple(lows))


def _windowed(lows: Sequence[int], cap: int, query: str, ranked: bool) -> tuple[str, list[Any]]:
    """The steps of a search through the GIN index, window by window (see above)."""
    # (each step sorts its rows: their words only when the rank needs them)
    columns = _COLUMNS if ranked else "d.id, d.claim_id, d.source, CAST(NULL AS tsvector) AS tsv"
    steps: list[str] = []
    given: list[Any] = []
    bounds = [None, *lows]
    for n, (high, low) in enumerate(itertools.zip_longest(bounds, lows)):
        found = " + ".join(f"(SELECT count(*) FROM s{k})" for k in range(n)) or "0"
        # (the window's bounds are plain ``d.id`` so the ids' range -- its table pages
        # -- can be combined with the GIN bitmap, except below the last window, where
        # that range would be most of the table; the order is by ``d.id + 0`` so that no
        # plan reads a window's rows one by one in key order instead)
        where = [f"d.tsv @@ {_QUERY}"]
        given.append(query)
        if n:
            where.append(f"{found} < ?")
            given.append(cap)
        if low is not None:
            where.append("d.id >= ?")
            given.append(low)
        if high is not None:
            where.append("d.id < ?" if low is not None else "d.id + 0 < ?")
            given.append(high)
        steps.append(
            f"s{n} AS (SELECT {columns} FROM search_docs d WHERE {' AND '.join(where)} "
            f"ORDER BY d.id + 0 DESC LIMIT (SELECT ? - ({found}))), "
        )
        given.append(cap)
    hits = " UNION ALL ".join(f"SELECT * FROM s{n}" for n in range(len(steps)))
    return "WITH " + "".join(steps) + f"hits AS ({hits}), ", given


def listed_claim_ids(
    db: Db,
    parts: Sequence[str],
    *,
    where: str,
    params: Sequence[Any],
    order: str,
    limit: int | None,
    offset: int,
    cap: int,
) -> list[str]:
    """Claims matching all ``parts`` that pass ``where`` (on ``claims``), in ``order``
    (SQL; :data:`RELEVANCE` for best first), one page of them: a short read of the
    newest rows, then one statement."""
    if not parts:
        return []
    conn = _driver(db)
    found = reach(conn, parts, cap)
    sql, given = listed_statement(
        parts,
        where=where,
        params=params,
        order=order,
        limit=limit,
        offset=offset,
        cap=cap,
        reach=found,
    )
    if found.dense:
        return [row[0] for row in conn.execute(sql, given).fetchall()]
    # The planner would read a window's rows one by one through the primary key,
    # its estimate of testing each row's words far below the cost: a window of a
    # few thousand matches among 60,000 rows took 50 ms so, 15 ms through the
    # bitmaps.  Plain index scans are off for this statement's planning only
    # (the claims are then read by their key through a bitmap: as fast).
    # (on an error the transaction is rolled back, and the setting with it)
    before = conn.execute(
        "SELECT current_setting('enable_indexscan'), set_config('enable_indexscan', 'off', true)"
    ).fetchone()[0]
    ids = [row[0] for row in conn.execute(sql, given).fetchall()]
    conn.execute("SELECT set_config('enable_indexscan', ?, true)", (before,))
    return ids


def listed_statement(
    parts: Sequence[str],
    *,
    where: str,
    params: Sequence[Any],
    order: str,
    limit: int | None,
    offset: int,
    cap: int,
    reach: Reach = DENSE,
) -> tuple[str, list[Any]]:
    """The statement of :func:`listed_claim_ids` (``?`` parameters) and its parameters."""
    ranked = order == RELEVANCE
    query = tsquery(parts, False)
    given: list[Any]
    if reach.dense:
        head = _DENSE.format(recent=int(RECENT_ROWS), skip=int(RECENT_ROWS) - 1)
        # (older: as many as the newest rows did not give; the count is the recent ones')
        given = [query, cap, query, cap, cap]
    else:
        head, given = _windowed(reach.lows, cap, query, ranked)
    sql = head + _LISTED.format(best=_RANK if ranked else "0", where=where, order=order)
    if ranked:
        given.extend((WEIGHTS, query))
    given.extend(params)
    if limit is not None:
        sql += " LIMIT ?"
        given.append(limit)
    if offset:
        sql += " OFFSET ?"
        given.append(offset)
    return sql, given


def search_claim_ids(
    db: Db, parts: Sequence[str], *, any_word: bool, claims_only: bool, cap: int
) -> list[str]:
    if not parts:
        return []
    rows = _driver(db).execute(
        _STATEMENTS[claims_only],
        {"weights": WEIGHTS, "config": CONFIG, "q": tsquery(parts, any_word), "cap": cap},
    )
    return [row[0] for row in rows]


_EXPECTED = (
    "SELECT id AS claim_id, 'claim' AS source, id AS record_id FROM claims "
    "UNION ALL SELECT claim_id, 'evidence', id FROM evidence "
    "UNION ALL SELECT claim_id, 'verdict', claim_id FROM verdicts"
)


def index_mismatches(db: Db) -> int:
    """Index rows missing, extra or without words (0 = in sync)."""
    conn = _driver(db)

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    missing = count(
        f"SELECT count(*) FROM ({_EXPECTED} EXCEPT ALL "
        "SELECT claim_id, source, record_id FROM search_docs) AS m"
    )
    extra = count(  # (the expected rows in brackets: EXCEPT binds before their UNIONs)
        "SELECT count(*) FROM (SELECT claim_id, source, record_id FROM search_docs "
        f"EXCEPT ALL SELECT * FROM ({_EXPECTED}) AS e) AS x"
    )
    empty = count("SELECT count(*) FROM search_docs WHERE tsv IS NULL")
    return missing + extra + empty

"""The claim list in plain SQL: which claims pass a filter, how many, and in what order.

The window's first screen is a count, a page of ids and a page of rows, read
with ``sqlite3`` alone.  The default order (newest change first) reads the
``(updated_at, id)`` index, so the first page of 100,000 claims costs well
under a millisecond; the other orders sort the claims that pass the filter.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factdesk.records import UNRATED, ClaimFilter
from factdesk.store import search, search_pg
from factdesk.store.claim_orders import ORDER_KEYS
from factdesk.store.rows import IN_IDS, Db, driver, on_server

SORT_KEYS = ("text", "claimant", "status", "rating", "evidence_count", "updated_at", "created_at")


def _where(filter: ClaimFilter, within: Sequence[str] | None) -> tuple[str, list[Any]]:
    """The WHERE clause for ``filter`` (its status already checked), and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if filter.status:
        clauses.append("claims.status = ?")
        params.append(filter.status)
    if filter.tag:
        clauses.append(
            "claims.id IN (SELECT ct.claim_id FROM claim_tags ct "
            "JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)"
        )
        params.append(filter.tag)
    if filter.rating == UNRATED:
        clauses.append("claims.id NOT IN (SELECT claim_id FROM verdicts WHERE rating IS NOT NULL)")
    elif filter.rating:
        clauses.append("claims.id IN (SELECT claim_id FROM verdicts WHERE rating = ?)")
        params.append(filter.rating)
    if within is not None:
        clauses.append(f"claims.id {IN_IDS}")
        params.append(json.dumps(list(within)))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def count(db: Db, filter: ClaimFilter) -> int:
    """How many claims pass ``filter``.

    All of them, on a server: the sum kept in ``claim_counts`` as claims come and
    go (migration 0009), a row or two, where ``count(*)`` would read every claim.
    """
    where, params = _where(filter, None)
    kept = None if where else kept_count(db)
    if kept is not None:
        return kept
    row = driver(db).execute(f"SELECT count(*) FROM claims {where}", params).fetchone()
    return int(row[0])


def kept_count(db: Db) -> int | None:
    """The number of claims a server keeps for the list (None for a case file)."""
    if not on_server(db):
        return None
    row = driver(db).execute("SELECT coalesce(sum(n), 0) FROM claim_counts").fetchone()
    return int(row[0])


def kept_and_actual(db: Db) -> tuple[int, int] | None:
    """A server's kept count and its claims counted one by one, read in one statement
    (one snapshot, so a colleague adding claims meanwhile cannot make them differ);
    None for a case file."""
    if not on_server(db):
        return None
    row = (
        driver(db)
        .execute(
            "SELECT (SELECT coalesce(sum(n), 0) FROM claim_counts), (SELECT count(*) FROM claims)"
        )
        .fetchone()
    )
    return int(row[0]), int(row[1])


def recount(db: Db) -> None:
    """Set the number a server keeps right, from the claims themselves.

    Only a program that bypassed the triggers (a restore that disabled them, say)
    can put it out of step.  The lock waits for every transaction adding or
    removing claims to end and holds new ones back; the count and the rows it
    replaces are then read in one statement, so they see the same claims.
    """
    if not on_server(db):
        return
    conn = driver(db)
    conn.execute("LOCK TABLE claim_counts IN EXCLUSIVE MODE")
    conn.execute(
        "WITH gone AS (DELETE FROM claim_counts) "
        "INSERT INTO claim_counts (n) SELECT count(*) FROM claims"
    )


def ids(
    db: Db,
    filter: ClaimFilter,
    *,
    sort: str = "updated_at",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
    within: Sequence[str] | None = None,
) -> list[str]:
    """Ids of the claims that pass ``filter`` (and are among ``within``, if given), in order."""
    where, params = _where(filter, within)
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT claims.id FROM claims {where} "
        f"ORDER BY {ORDER_KEYS[sort]} {direction}, claims.id {direction}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:  # (SQLite takes OFFSET only after a LIMIT; -1 is none, which a server refuses)
        sql += " OFFSET ?" if limit is not None or on_server(db) else " LIMIT -1 OFFSET ?"
        params.append(offset)
    return [row[0] for row in driver(db).execute(sql, params)]


def passing(db: Db, filter: ClaimFilter, candidates: Sequence[str]) -> set[str]:
    """Those of ``candidates`` that pass ``filter`` (search results, filtered)."""
    where, params = _where(filter, candidates)
    return {row[0] for row in driver(db).execute(f"SELECT claims.id FROM claims {where}", params)}


def searched(
    db: Db,
    filter: ClaimFilter,
    *,
    sort: str = "updated_at",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[str]:
    """Ids of the claims that match ``filter.search`` and pass its other filters, in order
    (``sort="relevance"``: best match first), one page of them.

    On a server this is one statement (the search, the filters, the order and the
    page); a case file searches first and then filters and orders what was found,
    each a local call.
    """
    assert filter.search
    if on_server(db):
        where, params = _where(filter, None)
        direction = "DESC" if descending else "ASC"
        order = (
            search_pg.RELEVANCE
            if sort == "relevance"
            else f"{ORDER_KEYS[sort]} {direction}, claims.id {direction}"
        )
        return search_pg.listed_claim_ids(
            db,
            search.phrases(filter.search),
            where=where,
            params=params,
            order=order,
            limit=limit,
            offset=offset,
            cap=search.RESULT_CAP,
        )
    ranked = search.search_claim_ids(db, filter.search)
    if not ranked:
        return []
    end = None if limit is None else offset + limit
    if sort == "relevance":
        if filter.status or filter.tag or filter.rating:
            allowed = passing(db, filter, ranked)
            ranked = [i for i in ranked if i in allowed]
        return ranked[offset:end]
    return ids(
        db, filter, sort=sort, descending=descending, limit=limit, offset=offset, within=ranked
    )

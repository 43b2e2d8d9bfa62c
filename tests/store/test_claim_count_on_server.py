"""On a server the claim count is kept as claims come and go (migration 0009):
whoever adds or removes them, it stays the number of claims, and stays small."""

from __future__ import annotations

import threading

import pytest

from factdesk.services import open_case

pytestmark = pytest.mark.postgresql


def _stored(url: str) -> tuple[int, int]:
    """The number of claims counted one by one, and the rows the kept count takes."""
    import psycopg

    with psycopg.connect(url) as conn:
        (claims,) = conn.execute("SELECT count(*) FROM claims").fetchone()  # type: ignore[misc]
        (rows,) = conn.execute("SELECT count(*) FROM claim_counts").fetchone()  # type: ignore[misc]
    return int(claims), int(rows)


def test_the_count_follows_colleagues_adding_and_removing_claims(postgres_url: str) -> None:
    with open_case(postgres_url, author="Ana") as ana, open_case(postgres_url, author="Ben") as ben:
        assert ana.claims.count() == 0

        def add(case: object, who: str) -> None:
            for n in range(15):
                case.claims.create(f"{who}'s claim {n}")  # type: ignore[attr-defined]

        threads = [threading.Thread(target=add, args=(c, w)) for c, w in ((ana, "A"), (ben, "B"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert ana.claims.count() == ben.claims.count() == 30
        for claim_id in ben.claims.list_ids(limit=4):
            ben.claims.delete(claim_id)
        assert ana.claims.count() == 26
    claims, rows = _stored(postgres_url)
    assert claims == 26 and rows <= 2  # folded as it goes

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


def test_a_count_put_out_of_step_is_found_by_check_and_set_right_by_repair(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import psycopg

    from tests.helpers import run_cli

    with open_case(postgres_url, author="Ana") as case:
        for n in range(5):
            case.claims.create(f"Claim {n}")
    # A restore that disabled the triggers: two claims arrive uncounted.
    with psycopg.connect(postgres_url) as conn:
        conn.execute("ALTER TABLE claims DISABLE TRIGGER USER")
        for n in range(2):
            conn.execute(
                "INSERT INTO claims (id, text, status, created_at, updated_at) "
                "VALUES (%s, %s, 'new', '2024-03-01T12:00:00.000000Z', "
                "'2024-03-01T12:00:00.000000Z')",
                (f"00000000-0000-4000-8000-00000000000{n}", f"Restored claim {n}"),
            )
        conn.execute("ALTER TABLE claims ENABLE TRIGGER USER")
    with open_case(postgres_url) as case:
        assert case.claims.count() == 5  # the list would leave two claims out

    code, out, _err = run_cli(capsys, "--db", postgres_url, "check")
    assert code == 1
    assert "keeps for its list (5) differs from the claims it holds (7)" in out
    assert "factdesk check --repair" in out

    code, out, _err = run_cli(capsys, "--db", postgres_url, "check", "--repair")
    assert code == 0, out
    assert "Counted the shared case's claims again for its list." in out
    with open_case(postgres_url) as case:
        assert case.claims.count() == 7
        assert len(case.claims.list_ids()) == 7
        case.claims.create("One more")  # counted as before
        assert case.claims.count() == 8
    claims, rows = _stored(postgres_url)
    assert claims == 8 and rows <= 2

"""On a server, a search reads the newest matching index rows in two steps: the newest
rows tested one by one, then the older ones through the index (see search_pg).

Whichever step finds them, the list holds the claims of the newest matching rows,
up to the result cap, as a case file's search does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command

from factdesk.services import Case, open_case
from factdesk.services.records import ClaimFilter
from factdesk.store import search, search_pg
from factdesk.store.migrate import alembic_config

pytestmark = pytest.mark.postgresql


@pytest.fixture
def team_case(postgres_url: str) -> Iterator[Case]:
    with open_case(postgres_url, author="Test Reporter") as case:
        yield case


def _found(case: Case, query: str, sort: str = "created_at", **given: str) -> list[str]:
    return case.claims.list_ids(ClaimFilter(search=query, **given), sort=sort)


def test_the_newest_matches_are_found_in_the_newest_rows_and_in_older_ones(
    team_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = team_case
    # Twelve claims on the budget, the oldest three about the harbour too.
    ids = [
        case.claims.create(f"Budget claim {n}" + (" about the harbour" if n < 3 else "")).id
        for n in range(12)
    ]
    newest_first = ids[::-1]
    everything = {q: _found(case, q, "relevance") for q in ("budget", "harbour", "claim 7")}
    monkeypatch.setattr(search_pg, "RECENT_ROWS", 4)
    monkeypatch.setattr(search, "RESULT_CAP", 5)
    # A common word: the four newest rows match, the fifth comes from the older rows.
    assert _found(case, "budget") == newest_first[:5]
    # A rare one: none of the newest rows holds it; the index finds the older ones.
    assert _found(case, "harbour") == newest_first[-3:]
    # Filters and order apply to what was found, in the same statement.
    case.claims.update(ids[10], status="published")
    assert _found(case, "budget", status="published") == [ids[10]]
    assert _found(case, "budg") == newest_first[:5]  # a word being typed
    monkeypatch.setattr(search, "RESULT_CAP", 2000)
    # Under the cap, the two steps find what one search of every row finds, in order.
    for query, expected in everything.items():
        assert _found(case, query, "relevance") == expected
    monkeypatch.setattr(search_pg, "RECENT_ROWS", 1)
    assert _found(case, "harbour", "relevance") == everything["harbour"]


def test_rarer_words_are_found_window_by_window_through_the_index(
    team_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = team_case
    # Forty claims: every fifth on the harbour (a rarer word), every one on the budget.
    ids = [
        case.claims.create(f"Budget claim {n}" + (" on the harbour" if n % 5 == 0 else "")).id
        for n in range(40)
    ]
    newest_first = ids[::-1]
    harbour = [i for n, i in enumerate(ids) if n % 5 == 0][::-1]
    monkeypatch.setattr(search_pg, "SAMPLE_ROWS", 10)
    monkeypatch.setattr(search_pg, "RECENT_ROWS", 10)
    monkeypatch.setattr(search, "RESULT_CAP", 4)
    # Two of the ten newest rows hold "harbour": a window of the newest ids sized for
    # four matches, then a wider one, then the rest -- the newest four either way.
    reach = _reach(case, "harbour")
    assert not reach.dense and reach.lows
    assert _found(case, "harbour") == harbour[:4]
    assert _found(case, "harb") == harbour[:4]  # a word being typed
    assert _found(case, "budget") == newest_first[:4]  # a common word: the newest rows
    assert _reach(case, "budget").dense
    # Windows too narrow for the cap: the later steps find the rest, in order.
    monkeypatch.setattr(search_pg, "WINDOW_MARGIN", 0.2)
    assert _found(case, "harbour") == harbour[:4]
    # Filters and order apply to what was found.
    case.claims.update(ids[35], status="published")
    assert _found(case, "harbour", status="published") == [ids[35]]
    # A word none of the newest rows holds (only claim 3's): found through the index.
    assert _reach(case, "3") == search_pg.Reach(False, _reach(case, "3").lows)
    assert _found(case, "3") == [ids[3]]
    # Under the cap, the windows find what one search of every row finds, in order.
    monkeypatch.setattr(search, "RESULT_CAP", 2000)
    monkeypatch.setattr(search_pg, "WINDOW_MARGIN", 1.5)
    monkeypatch.setattr(search_pg, "SAMPLE_ROWS", 10_000)  # all rows newest first
    monkeypatch.setattr(search_pg, "RECENT_ROWS", 40_000)
    everything = {q: _found(case, q, "relevance") for q in ("harbour", "harb", "budget harbour")}
    assert all(_reach(case, q).dense for q in everything)
    monkeypatch.setattr(search_pg, "SAMPLE_ROWS", 10)
    monkeypatch.setattr(search_pg, "WINDOW_MARGIN", 0.2)
    for query, expected in everything.items():
        assert not _reach(case, query).dense
        assert _found(case, query, "relevance") == expected


def _reach(case: Case, query: str) -> search_pg.Reach:
    with case.store.read() as db:
        return search_pg.reach(db, search.phrases(query), search.RESULT_CAP)


def _range_index(case: Case) -> bool:
    with case.store.read() as db:
        sql = "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_search_docs_id_range'"
        return bool(db.execute(sql).fetchone()[0])


def test_a_case_on_a_server_gets_the_range_index_of_its_search_rows_on_opening(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_case(postgres_url, author="Test Reporter") as case:
        ids = [case.claims.create(f"Harbour claim {n}").id for n in range(6)]
        assert _range_index(case)
        with case.store.engine.connect() as conn:  # as an older FactDesk left it
            command.downgrade(alembic_config(conn), "0009")
            conn.commit()
        assert not _range_index(case)
    with open_case(postgres_url, author="Test Reporter") as case:
        assert _range_index(case)
        monkeypatch.setattr(search_pg, "SAMPLE_ROWS", 2)
        monkeypatch.setattr(search, "RESULT_CAP", 3)
        assert _found(case, "harbour") == ids[::-1][:3]

"""Search finds the forms of a word, while typing too, and words in any language as written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from factdesk.records import ClaimFilter
from factdesk.services import Case, open_case
from factdesk.store import search
from factdesk.store.casefile import open_case_file
from factdesk.store.migrate import alembic_config
from tests.conftest import ENGINES, engine_case_path

CLAIMS = {
    "gargle": "Gargling with salt water every morning cures COVID",
    "fr": "Les vaccins sont-ils sûrs pour les enfants ? L'été dernier, disait le ministre",
    "de": "Das Gesundheitsministerium warnt vor gefälschten Impfstoffen",
    "ar": "لقاح كورونا آمن للأطفال",
    "cart": "The cart rolled down the hill on its own",
    "relations": "Diplomatic relations were cut in 1945",
}


@pytest.fixture(params=ENGINES)
def case_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Searching works alike on a case file and on a server (the tests' own case)."""
    return engine_case_path(request, tmp_path)


@pytest.fixture
def texts(case: Case) -> dict[str, str]:
    return {key: case.claims.create(text).id for key, text in CLAIMS.items()}


def found(case: Case, query: str) -> set[str]:
    """The claims (by key) a search for ``query`` lists."""
    texts = {case.claims.get(i).text for i in case.claims.list_ids(ClaimFilter(search=query))}
    return {key for key, text in CLAIMS.items() if text in texts}


@pytest.mark.parametrize("query", ["gargle", "gargles ", "gargled", "Gargling", "salt gargle "])
def test_a_word_finds_its_other_forms(case: Case, texts: dict[str, str], query: str) -> None:
    assert found(case, query) == {"gargle"}


def test_every_step_of_typing_a_word_keeps_finding_it(case: Case, texts: dict[str, str]) -> None:
    word = "gargling"
    for end in range(2, len(word) + 1):
        assert "gargle" in found(case, word[:end]), word[:end]
    for end in range(2, len("relations") + 1):
        assert "relations" in found(case, "relations"[:end]), "relations"[:end]


def test_a_longer_word_does_not_find_a_shorter_one(case: Case, texts: dict[str, str]) -> None:
    assert found(case, "cartoon") == set()
    assert found(case, "cartoon ") == set()


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("vaccins", "fr"),
        ("sûrs", "fr"),
        ("surs", "fr"),  # accents are not needed to find a word
        ("surs ", "fr"),  # (a word typed whole, not a prefix)
        ("enfant ", "fr"),
        ("été", "fr"),
        ("ministre", "fr"),
        ("Gesundheitsministerium", "de"),
        ("gefälschten", "de"),
        ("Impfstoffen", "de"),
        ("Gesundheits", "de"),  # typed so far
        ("لقاح", "ar"),
        ("كورونا", "ar"),
        ("للأطفال", "ar"),
        ("لقا", "ar"),  # typed so far
    ],
)
def test_words_in_other_languages_match_as_written(
    case: Case, texts: dict[str, str], query: str, key: str
) -> None:
    assert found(case, query) == {key}


def test_search_syntax_typed_by_a_user_is_searched_for_literally(
    case: Case, texts: dict[str, str]
) -> None:
    for query in ['gargle OR "', "NEAR(salt water)", "title:gargle", "salt AND (water", ")"]:
        case.claims.list_ids(ClaimFilter(search=query), sort="relevance")  # no syntax error


def _downgrade(path: Path, revision: str) -> None:
    store = open_case_file(path)
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            command.downgrade(alembic_config(conn), revision)
            conn.commit()
    finally:
        store.close()


def test_opening_an_older_case_file_rebuilds_its_index_for_stemming(tmp_path: Path) -> None:
    path = tmp_path / "older.factdesk"
    with open_case(path, daily_backup=False) as case:
        claim = case.claims.create("Gargling with salt water cures COVID")
        case.evidence.add(claim.id, title="Gargled water study", excerpt="vaccins sûrs")
    _downgrade(path, "0006")
    con = sqlite3.connect(path)
    (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    assert "porter" not in sql
    unstemmed = "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'gargle'"
    assert con.execute(unstemmed).fetchone() == (0,)
    con.close()
    with open_case(path, daily_backup=False) as case:
        assert case.claims.list_ids(ClaimFilter(search="gargle")) == [claim.id]
        assert case.claims.list_ids(ClaimFilter(search="vaccins")) == [claim.id]
        with case.store.reading() as session:
            assert search.index_mismatches(session) == 0

"""A shared case on a PostgreSQL server: addresses, opening, schema, search, change notices."""

from __future__ import annotations

import time

import psycopg
import pytest

from factdesk.errors import CaseFileError, NotACaseFileError
from factdesk.locations import ServerAddress, parse_location
from factdesk.services import open_case
from factdesk.services.records import ClaimFilter
from factdesk.store.pg_sql import postgres_sql
from tests.pg_server import PostgresServer, need

pytestmark = pytest.mark.postgresql


# -- addresses (no server needed) --------------------------------------------------------


def test_a_password_in_the_address_is_never_shown() -> None:
    address = parse_location(
        "postgresql://desk:s3cret@db.example.org:6543/election?sslmode=verify-full"
    )
    assert isinstance(address, ServerAddress)
    for shown in (address.shown, address.safe_url, str(address), repr(address)):
        assert "s3cret" not in shown
    assert address.shown == "election on desk@db.example.org:6543"
    assert "s3cret" in address.conninfo()  # used to connect, nowhere else


def test_tls_is_required_for_other_hosts_and_preferred_on_this_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    assert "sslmode=require" in ServerAddress("postgresql://desk@db.example.org/e").conninfo()
    assert "sslmode=prefer" in ServerAddress("postgresql://desk@localhost/e").conninfo()
    assert "sslmode=prefer" in ServerAddress("postgresql:///e?host=/run/pg").conninfo()
    given = ServerAddress("postgresql://desk@db.example.org/e?sslmode=verify-full").conninfo()
    assert "sslmode=verify-full" in given and "require" not in given


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://desk@db.example.org/", "names no database"),
        ("postgresql://desk@db.example.org:99999/e", "malformed port"),
    ],
)
def test_malformed_addresses_are_refused(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_location(url)


def test_paths_stay_paths() -> None:
    assert str(parse_location("/tmp/case.factdesk")) == "/tmp/case.factdesk"
    assert not isinstance(parse_location("postgresql.factdesk"), ServerAddress)


def test_the_stores_plain_sql_is_rewritten_for_postgresql() -> None:
    assert postgres_sql("SELECT x FROM t WHERE a = ? AND b LIKE '%?'") == (
        "SELECT x FROM t WHERE a = %s AND b LIKE '%%?'"
    )
    assert postgres_sql("DELETE FROM t WHERE id IN (SELECT value FROM json_each(?))") == (
        "DELETE FROM t WHERE id IN (SELECT value FROM json_array_elements_text(CAST(%s AS json)))"
    )
    assert postgres_sql("INSERT OR IGNORE INTO tags (name) VALUES (?)").endswith(
        "ON CONFLICT DO NOTHING"
    )
    assert postgres_sql(
        "INSERT OR REPLACE INTO merge_bases (entity, entity_id, claim_id, content) "
        "VALUES (?, ?, ?, ?)"
    ).endswith(
        "ON CONFLICT (entity, entity_id) DO UPDATE SET claim_id = EXCLUDED.claim_id, "
        "content = EXCLUDED.content"
    )


# -- a real server ------------------------------------------------------------------------


def test_an_empty_database_becomes_a_case_and_opens_again(
    postgres_server: PostgresServer | str,
) -> None:
    server = need(postgres_server)
    url = server.new_database(empty=True)
    try:
        with open_case(url, author="Ana") as case:
            assert case.on_server and not case.read_only
            claim = case.claims.create("Turnout was 80 percent", tags=["turnout"])
        with open_case(url, author="Ben") as case:
            assert case.claims.get(claim.id).tags == ("turnout",)
            assert [e.author for e in case.history.for_claim(claim.id)] == ["Ana"]
    finally:
        server.drop(url)


def test_a_case_from_a_newer_version_is_refused(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CaseFileError, match="newer version of FactDesk"):
        open_case(postgres_url)


def test_a_database_of_another_program_is_not_turned_into_a_case(
    postgres_server: PostgresServer | str,
) -> None:
    server = need(postgres_server)
    url = server.new_database(empty=True)
    try:
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE invoices (id integer)")
        with pytest.raises(NotACaseFileError, match="not a FactDesk case"):
            open_case(url)
        with psycopg.connect(url) as conn:
            tables = [
                r[0]
                for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ]
        assert tables == ["invoices"]
    finally:
        server.drop(url)


def test_an_unreachable_server_is_named_in_one_line(tmp_path: object) -> None:
    url = f"postgresql://desk@/election?host={tmp_path}&connect_timeout=2"
    with pytest.raises(CaseFileError) as refused:
        open_case(url)
    message = str(refused.value)
    assert "election on desk@local server" in message and "cannot be reached" in message
    assert "\n" not in message


def test_search_finds_words_as_typed_in_any_language(postgres_url: str) -> None:
    with open_case(postgres_url) as case:
        ports = case.claims.create("Les ports étaient fermés en mai")
        wages = case.claims.create("Die Löhne stiegen im Jahr 2023")
        case.evidence.add(wages.id, title="Statistisches Bundesamt", excerpt="Lohnindex")

        def found(query: str) -> list[str]:
            return case.claims.list_ids(ClaimFilter(search=query))

        assert found("etaient fermes") == [ports.id]  # accents do not matter
        assert found("ferm") == [ports.id]  # the last word is a prefix while typing
        assert found("Lohnindex") == [wages.id]  # evidence finds its claim
        assert found("ports & !mai | ':*") == [ports.id]  # operators are only words
        assert found("nothing here") == []


def test_colleagues_changes_are_pushed_and_own_changes_are_not_counted(
    postgres_url: str,
) -> None:
    with (
        open_case(postgres_url, author="Ana") as mine,
        open_case(postgres_url, author="Ben") as theirs,
    ):
        start = mine.store.data_version()
        claim = mine.claims.create("My own claim")
        time.sleep(0.3)
        assert mine.store.data_version() == start  # my own commit is not news to me
        theirs.claims.update(claim.id, claimant="Ben's source")
        deadline = time.monotonic() + 5
        while mine.store.data_version() == start and time.monotonic() < deadline:
            time.sleep(0.02)
        assert mine.store.data_version() > start
        assert mine.claims.get(claim.id).claimant == "Ben's source"


def test_colleagues_see_who_has_a_claim_open_until_the_window_goes(postgres_url: str) -> None:
    from factdesk.services.presence import others_open, set_open

    with open_case(postgres_url, author="Ben") as ben:
        claim = ben.claims.create("Bus fares doubled")
        ana = open_case(postgres_url, author="Ana")
        set_open(ana, claim.id)
        assert others_open(ben) == {claim.id: ["Ana"]}
        assert others_open(ana) == {}  # not oneself
        ana.close()
        deadline = time.monotonic() + 5
        while others_open(ben) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert others_open(ben) == {}


def test_a_shared_case_gets_no_daily_file_backup(postgres_url: str) -> None:
    from factdesk.services.backups import ensure_daily_backup

    with open_case(postgres_url) as case:
        case.claims.create("Something to back up")
        assert ensure_daily_backup(case) is None


def test_check_finds_a_shared_case_sound_and_a_lost_index_row(postgres_url: str) -> None:
    from factdesk.services.check import check_case
    from factdesk.services.sample import load_sample_case

    with open_case(postgres_url) as case:
        load_sample_case(case)
        report = check_case(case)
        assert report.sound, report.findings
        with psycopg.connect(postgres_url, autocommit=True) as raw:
            raw.execute("DELETE FROM search_docs WHERE source = 'verdict'")
        report = check_case(case)
        assert not report.sound and [f.kind for f in report.findings] == ["search-index"]

"""Shared fixtures: every test gets private data and config folders and a fresh case file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same language for every run, whatever the machine's locale: English
# unless a test asks for another.  (Qt reads the locale when it starts.)
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

from factdesk import i18n
from factdesk.services import Case, open_case
from tests.pg_server import PostgresServer, need, session_server

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep tests away from the real user's data and settings."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("FACTDESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.delenv("FACTDESK_DB", raising=False)
    monkeypatch.setenv("FACTDESK_AUTHOR", "Test Reporter")
    return base


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Every test starts, and leaves the process, with English messages."""
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | str]:
    """The tests' PostgreSQL server (or why there is none; see tests/pg_server.py)."""
    with session_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer | str) -> Iterator[str]:
    """A fresh database on the tests' server holding an empty case."""
    server = need(postgres_server)
    url = server.new_database()
    yield url
    server.drop(url)


def engine_case_path(
    request: pytest.FixtureRequest, tmp_path: Path, name: str = "case.factdesk"
) -> Path | str:
    """For suites run on both engines: a case file, or a fresh database on the server."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return tmp_path / name
    return str(request.getfixturevalue("postgres_url"))


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "case.factdesk"


@pytest.fixture
def case(case_path: Path) -> Iterator[Case]:
    with open_case(case_path, author="Test Reporter") as opened:
        yield opened


@pytest.fixture
def sample_case(case: Case) -> Case:
    from factdesk.services.sample import load_sample_case

    load_sample_case(case)
    return case


def shared_file(*parts: str) -> Path:
    """A file under ../shared (real data sets); the test is skipped when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path

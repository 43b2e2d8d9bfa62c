"""Case files made with each released schema, for upgrade tests.

``tests/fixtures/schema-NNNN.factdesk`` is committed; this module made it and
can make it again (``python -m tests.safety.fixtures``) with the schema
exactly as that revision left it: the sample case plus one attachment.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from factdesk.services.case import Case
from factdesk.services.sample import load_sample_case
from factdesk.store.casefile import CaseStore
from factdesk.store.migrate import alembic_config

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ATTACHMENT = b"%PDF-1.4\n% a tiny stand-in for a saved web page\n"


def fixture_path(revision: str) -> Path:
    return FIXTURES / f"schema-{revision}.factdesk"


def make_case_file(path: Path, revision: str) -> None:
    """A case file at schema ``revision`` holding the sample case and one attachment."""
    path.unlink(missing_ok=True)
    # Small pages keep the committed file tiny.
    con = sqlite3.connect(path)
    con.execute("PRAGMA page_size = 1024")
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    store = CaseStore(path)
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        command.upgrade(alembic_config(conn), revision)
        conn.commit()
        raw.execute("PRAGMA foreign_keys = ON")
    case = Case(store, author="Fixture Maker")
    load_sample_case(case)
    claim = case.claims.get(case.claims.list_ids()[0])
    case.evidence.attach_bytes(claim.evidence[0].id, "page.pdf", ATTACHMENT, "application/pdf")
    case.close()
    con = sqlite3.connect(path)
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


if __name__ == "__main__":
    FIXTURES.mkdir(exist_ok=True)
    make_case_file(fixture_path("0001"), "0001")
    print(fixture_path("0001"), fixture_path("0001").stat().st_size, "bytes")

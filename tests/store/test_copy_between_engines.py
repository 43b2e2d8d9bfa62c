"""A whole case copied between a case file and a server, both ways, with identical content."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk.cli.main import main
from factdesk.services import open_case
from factdesk.services.records import ClaimFilter
from factdesk.services.sample import load_sample_case
from factdesk.services.transfer import copy_case
from factdesk.store import transfer
from tests.helpers import table_dump
from tests.pg_server import PostgresServer, need

pytestmark = pytest.mark.postgresql

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def digest(location: object) -> transfer.CaseContent:
    with open_case(location, daily_backup=False) as case, case.store.reading() as session:  # type: ignore[arg-type]
        return transfer.content_digest(session)


def test_sample_case_goes_file_to_server_to_file_unchanged(
    tmp_path: Path, postgres_url: str
) -> None:
    source = tmp_path / "desk.factdesk"
    with open_case(source, author="Ana") as case:
        load_sample_case(case)
        claim = case.claims.list_ids()[0]
        shot = tmp_path / "shot.png"
        shot.write_bytes(PNG)
        item = case.evidence.add(claim, title="Screenshot")
        case.evidence.attach(item.id, shot)
        case.claims.update(claim, claimant="Édith Müller", tags=["ünïcode", "x"])
    before = digest(source)

    there = copy_case(source, postgres_url)
    assert there.verified and there.source == before
    with open_case(postgres_url, author="Ben") as shared:
        assert shared.claims.count() == before.counts["claims"]
        assert shared.claims.list_ids(ClaimFilter(search="müll")) == [claim]
        shared.claims.create("Added on the server")  # the ids go on after the copied ones
        assert len(shared.history.for_claim(claim)) >= 2

    back = tmp_path / "back.factdesk"
    again = copy_case(postgres_url, back)
    assert again.verified
    assert again.copy.counts["claims"] == before.counts["claims"] + 1
    with open_case(back) as copy:
        assert copy.claims.list_ids(ClaimFilter(search="Added on")) != []
        attachment = copy.claims.get(claim).evidence[-1].attachments[0]
        assert copy.evidence.attachment_bytes(attachment.id) == PNG


def test_backup_of_a_shared_case_is_a_case_file(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_case(postgres_url) as shared:
        load_sample_case(shared)
    out = tmp_path / "snapshot.factdesk"
    assert main(["--db", postgres_url, "backup", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Verified: " in printed and "content digest" in printed
    assert digest(out) == digest(postgres_url)
    assert main(["--db", str(out), "check"]) == 0


def test_copy_refuses_a_server_database_that_holds_claims(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_case(postgres_url) as shared:
        shared.claims.create("Already here")
    before = table_dump(postgres_url)
    source = tmp_path / "a.factdesk"
    with open_case(source) as case:
        case.claims.create("From the file")
    assert main(["copy", str(source), postgres_url]) == 1
    assert "already holds claims" in capsys.readouterr().err
    assert table_dump(postgres_url) == before


def test_copy_prints_counts_and_the_digest(
    tmp_path: Path, postgres_server: PostgresServer | str, capsys: pytest.CaptureFixture[str]
) -> None:
    server = need(postgres_server)
    url = server.new_database(empty=True)
    try:
        source = tmp_path / "a.factdesk"
        with open_case(source) as case:
            load_sample_case(case)
        assert main(["copy", str(source), url]) == 0
        printed = capsys.readouterr().out
        assert "claims" in printed and "Content digest" in printed
    finally:
        server.drop(url)

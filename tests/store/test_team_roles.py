"""Readers, editors and publishers of a shared case: the server itself enforces the roles."""

from __future__ import annotations

import pytest

from factdesk.cli.main import main
from factdesk.errors import ReadOnlyError
from factdesk.services import open_case, team
from tests.pg_server import PostgresServer, need

pytestmark = pytest.mark.postgresql


def as_user(url: str, user: str) -> str:
    """The same database, signed in as ``user`` (the tests' server trusts local users)."""
    head, _, rest = url.partition("//")
    _, _, where = rest.partition("@")
    return f"{head}//{user}@{where}"


def test_roles_are_enforced_by_the_server(
    postgres_server: PostgresServer | str, capsys: pytest.CaptureFixture[str]
) -> None:
    server = need(postgres_server)
    url = server.new_database()
    suffix = url.split("/")[-1].split("?")[0]
    reader, editor, publisher = (f"{r}_{suffix}" for r in ("rita", "eddy", "pia"))
    try:
        assert main(["--db", url, "team", "init"]) == 0
        for name, role in ((reader, "reader"), (editor, "editor"), (publisher, "publisher")):
            assert main(["--db", url, "team", "add-user", name, "--role", role]) == 0
        assert "password" not in capsys.readouterr().err
        with open_case(url) as admin:
            claim = admin.claims.create("The dam will be finished in 2027")
            assert ("reader", reader) in [(r, n) for n, r in team.members(admin)]

        with open_case(as_user(url, reader)) as case:
            assert case.read_only and "read-only" in case.notices[0]
            assert case.claims.get(claim.id).text.startswith("The dam")
            with pytest.raises(ReadOnlyError):
                case.claims.update(claim.id, claimant="Rita")
        # Even a program that ignores the read-only flag is refused by the server.
        with open_case(as_user(url, reader)) as case:
            case.store.read_only = False
            with pytest.raises(ReadOnlyError, match="permission denied"):
                case.claims.update(claim.id, claimant="Rita")

        with open_case(as_user(url, editor)) as case:
            assert not case.read_only
            case.claims.update(claim.id, claimant="Ministry", status="in_review")
            with pytest.raises(ReadOnlyError, match="only a publisher may"):
                case.claims.update(claim.id, status="published")
            assert case.claims.get(claim.id).status == "in_review"

        with open_case(as_user(url, publisher)) as case:
            case.claims.update(claim.id, status="published")
            assert case.claims.get(claim.id).status == "published"
    finally:
        server.drop(url)


def test_roles_need_a_shared_case(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", f"{tmp_path}/c.factdesk", "team", "init"]) == 1
    assert "shared case on a server" in capsys.readouterr().err

"""A real PostgreSQL server for the tests: started once per test session, one database per test.

``FACTDESK_TEST_POSTGRES_URL`` names a server to use instead (a URL whose
role may create databases).  Otherwise the Debian ``postgresql`` binaries
(``initdb``, ``pg_ctl``) start one in a temporary folder, listening on a Unix
socket there only; as root it runs as the ``postgres`` system user, since
PostgreSQL refuses to run as root.  Each test gets a fresh database copied
from a template that already holds the current schema, so a test's case
starts empty and costs one ``CREATE DATABASE``.

In CI (``FACTDESK_CI`` set by ``.ci/run``) a server that cannot be had fails
the tests; elsewhere they are skipped, saying why.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
TEMPLATE = "factdesk_template"


class PostgresServer:
    """A server the tests may create databases on."""

    def __init__(
        self,
        base_url: str,
        socket_dir: Path | None,
        data_dir: Path | None,
        options: str = "",
    ) -> None:
        self.base_url = base_url  # ends with the maintenance database's name
        self.socket_dir = socket_dir
        self.data_dir = data_dir
        self.options = options
        self._names = itertools.count(1)
        self._template_ready = False

    def url(self, database: str, user: str | None = None) -> str:
        if self.socket_dir is not None:
            who = f"{user or 'postgres'}@"
            return f"postgresql://{who}/{database}?host={quote(str(self.socket_dir))}"
        head, _, _ = self.base_url.rpartition("/")
        return f"{head}/{database}"

    def admin(self) -> object:
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def _template(self) -> None:
        if self._template_ready:
            return
        from factdesk.services import open_case

        with self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")
            conn.execute(f"CREATE DATABASE {TEMPLATE}")
        open_case(self.url(TEMPLATE), daily_backup=False).close()
        self._template_ready = True

    def new_database(self, *, empty: bool = False) -> str:
        """A fresh database's URL: the current schema in it, or nothing (``empty``)."""
        if not empty:
            self._template()
        name = f"case_{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {'template0' if empty else TEMPLATE}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.split("/")[-1].split("?")[0]
        with contextlib.suppress(Exception), self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def pg_ctl(self, *args: str) -> None:
        """Run ``pg_ctl`` on the server the tests started (restart it, stop it)."""
        assert self.data_dir is not None and self.socket_dir is not None, (
            "only a server the tests started can be restarted"
        )
        starting = args[0] in ("start", "restart")
        extra = ["-l", str(self.socket_dir / "server.log"), "-o", self.options] if starting else []
        _run_as_owner([str(_binary("pg_ctl")), "-D", str(self.data_dir), "-w", *args, *extra])

    def stop(self) -> None:
        if self.data_dir is not None:
            with contextlib.suppress(Exception):
                self.pg_ctl("stop", "-m", "immediate")


def _binary(name: str) -> Path:
    found = shutil.which(name)
    if found:
        return Path(found)
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{name} is not installed (apt-get install postgresql)")


def _owner_prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def _run_as_owner(cmd: list[str]) -> None:
    # Output to a file, not a pipe: a server started here must not hold the pipe open.
    with tempfile.TemporaryFile("w+") as output:
        result = subprocess.run(
            [*_owner_prefix(), *cmd],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            output.seek(0)
            raise RuntimeError(f"{Path(cmd[0]).name} failed: {output.read().strip()[-500:]}")


def start_server() -> PostgresServer:
    given = os.environ.get("FACTDESK_TEST_POSTGRES_URL")
    if given:
        return PostgresServer(given, None, None)
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    folder = Path(tempfile.mkdtemp(prefix="factdesk-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    _run_as_owner(
        [
            str(initdb),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C.UTF-8",
        ]
    )
    options = (
        f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB"
    )
    _run_as_owner(
        [
            str(pg_ctl),
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        ]
    )
    return PostgresServer(f"postgresql://postgres@/postgres?host={folder}", folder, data, options)


def in_ci() -> bool:
    return bool(os.environ.get("FACTDESK_CI"))


@contextlib.contextmanager
def session_server() -> Iterator[PostgresServer | str]:
    """The server, or the reason there is none (a failure in CI)."""
    try:
        server = start_server()
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        if in_ci():
            raise
        yield f"no PostgreSQL server for the tests: {exc}"
        return
    try:
        yield server
    finally:
        server.stop()
        if server.socket_dir is not None:
            shutil.rmtree(server.socket_dir, ignore_errors=True)


def need(server: PostgresServer | str) -> PostgresServer:
    if isinstance(server, str):
        pytest.skip(server)
    return server

"""Where a case lives: a case file on disk, or a database on a PostgreSQL server.

A server is named by a libpq URL (``postgresql://user@host:port/dbname``);
everything else is a path.  Passwords follow libpq's conventions
(``~/.pgpass``, ``PGSERVICE``, ``PGPASSWORD``): one written into the URL is
used to connect but never shown, logged or stored; :attr:`ServerAddress.shown`
and :attr:`ServerAddress.safe_url` leave it out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from factdesk.i18n import _

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
MAX_URL = 4096


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL server rather than a file."""
    head, sep, _ = text.partition("://")
    return bool(sep) and head.lower() in SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database holding one shared case."""

    url: str  # as given (may hold a password: never show or store it)

    def __post_init__(self) -> None:
        if len(self.url) > MAX_URL:
            raise ValueError(
                _("the server address is too long (more than {limit} characters)").format(
                    limit=MAX_URL
                )
            )
        parts = urlsplit(self.url)
        if parts.scheme.lower() not in SCHEMES:
            raise ValueError(_("a server address starts with postgresql://"))
        try:
            parts.port  # noqa: B018 - validates the port
        except ValueError as exc:
            raise ValueError(
                _("the server address has a malformed port ({reason})").format(reason=exc)
            ) from None
        if not self.database:
            raise ValueError(
                _("the server address names no database (postgresql://user@host/DATABASE)")
            )

    @property
    def _parts(self) -> tuple[str, str, str, dict[str, str]]:
        parts = urlsplit(self.url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        host = unquote(parts.hostname or "") or query.get("host", "")
        port = str(parts.port or query.get("port", "") or "")
        user = unquote(parts.username or "") or query.get("user", "")
        return host, port, user, query

    @property
    def host(self) -> str:
        """The host name, or the Unix socket folder ("" for libpq's default)."""
        return self._parts[0]

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.lstrip("/"))

    @property
    def is_local(self) -> bool:
        host = self.host or os.environ.get("PGHOST", "")
        return host in LOCAL_HOSTS or host.startswith("/")

    @property
    def shown(self) -> str:
        """``user@host:port/dbname`` (or ``dbname on the local server``), never a password."""
        host, port, user, _ = self._parts
        where = host if host and not host.startswith("/") else "local server"
        if port and where != "local server":
            where += f":{port}"
        who = f"{user}@" if user else ""
        return f"{self.database} on {who}{where}"

    @property
    def safe_url(self) -> str:
        """The URL without any password, for the recent list and settings."""
        parts = urlsplit(self.url)
        netloc = parts.hostname or ""
        if ":" in netloc:
            netloc = f"[{netloc}]"
        if parts.port:
            netloc += f":{parts.port}"
        if parts.username:
            netloc = f"{parts.username}@{netloc}"
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        query = [(k, v) for k, v in query if k.lower() != "password"]
        return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), ""))

    def conninfo(self) -> str:
        """The URL to connect with: ``sslmode`` defaults to ``prefer`` on this machine and
        ``require`` for any other host (an explicit one, or ``PGSSLMODE``, wins)."""
        parts = urlsplit(self.url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        if any(k == "sslmode" for k, _ in query) or os.environ.get("PGSSLMODE"):
            return self.url
        query.append(("sslmode", "prefer" if self.is_local else "require"))
        return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))

    @property
    def name(self) -> str:
        """A short name for messages (what a file name is for a case file)."""
        return self.shown

    def __str__(self) -> str:
        return self.safe_url

    def __repr__(self) -> str:
        return f"ServerAddress({self.safe_url!r})"


CaseLocation = Path | ServerAddress


def parse_location(text: str | os.PathLike[str] | ServerAddress) -> CaseLocation:
    """A path, or a server address for a ``postgresql://`` URL (ValueError if malformed)."""
    if isinstance(text, ServerAddress):
        return text
    raw = os.fspath(text)
    if is_server_url(raw):
        return ServerAddress(raw)
    return Path(raw)

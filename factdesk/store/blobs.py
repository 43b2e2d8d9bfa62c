"""Content-addressed attachment bytes: stored once per SHA-256, verified on the way out."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from factdesk.errors import CaseFileError
from factdesk.i18n import _
from factdesk.store.rows import Db, driver


def _missing(digest: str) -> CaseFileError:
    return CaseFileError(
        _("attachment {sha256}… is missing from the case file.").format(sha256=digest[:12])
    )


def _altered(digest: str) -> CaseFileError:
    return CaseFileError(
        _("attachment {sha256}… has been altered: its SHA-256 no longer matches.").format(
            sha256=digest[:12]
        )
    )


def sha256_hex(data: bytes) -> str:
    import hashlib  # on first use: it is not needed to open a case file

    return hashlib.sha256(data).hexdigest()


def put_blob(session: Db, data: bytes) -> str:
    """Store ``data`` (once) and return its SHA-256."""
    digest = sha256_hex(data)
    driver(session).execute(
        "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        (digest, len(data), data),
    )
    return digest


def read_blob(session: Db, digest: str) -> bytes:
    """The bytes stored under ``digest``, refused if they no longer hash to it."""
    row = driver(session).execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
    if row is None:
        raise _missing(digest)
    data = bytes(row[0])
    if sha256_hex(data) != digest:
        raise _altered(digest)
    return data


STREAM_CHUNK = 1 << 20


def verified_size(session: Db, digest: str) -> int:
    """The size of the bytes stored under ``digest``, checked against it a chunk at a time
    (a big file is never held in memory); refused like :func:`read_blob`."""
    import hashlib

    conn = driver(session)
    if not isinstance(conn, sqlite3.Connection):  # a server: a chunk at a time
        row = conn.execute("SELECT length(data) FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
        if row is None:
            raise _missing(digest)
        size = int(row[0] or 0)
        hasher = hashlib.sha256()
        for start in range(0, size, STREAM_CHUNK):
            hasher.update(blob_part(conn, digest, start, STREAM_CHUNK))
    else:
        row = conn.execute(
            "SELECT rowid, length(data) FROM blobs WHERE sha256 = ?", (digest,)
        ).fetchone()
        if row is None:
            raise _missing(digest)
        rowid, size = int(row[0]), int(row[1] or 0)
        hasher = hashlib.sha256()
        with conn.blobopen("blobs", "data", rowid, readonly=True) as blob:
            while chunk := blob.read(STREAM_CHUNK):
                hasher.update(chunk)
    if hasher.hexdigest() != digest:
        raise _altered(digest)
    return size


def blob_part(session: Db, digest: str, start: int, size: int) -> bytes:
    """``size`` bytes stored under ``digest`` from ``start`` (b"" when there is none)."""
    row = (
        driver(session)
        .execute("SELECT substr(data, ?, ?) FROM blobs WHERE sha256 = ?", (start + 1, size, digest))
        .fetchone()
    )
    return bytes(row[0] or b"") if row is not None else b""


def blob_head(session: Db, digest: str, size: int) -> bytes:
    """The first ``size`` bytes stored under ``digest`` (b"" when there is none)."""
    return blob_part(session, digest, 0, size)


def drop_unreferenced(session: Db, digests: Iterable[str]) -> None:
    """Delete blobs that no attachment refers to any more."""
    driver(session).executemany(
        "DELETE FROM blobs WHERE sha256 = ? "
        "AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)",
        [(digest, digest) for digest in sorted(set(digests))],
    )

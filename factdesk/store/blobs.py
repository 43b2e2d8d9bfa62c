"""Content-addressed attachment bytes: stored once per SHA-256, verified on the way out."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

from sqlalchemy import delete, exists, select, text
from sqlalchemy.orm import Session

from factdesk.errors import CaseFileError
from factdesk.store.models import Blob, attachments


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(session: Session, data: bytes) -> str:
    """Store ``data`` (once) and return its SHA-256."""
    digest = sha256_hex(data)
    session.execute(
        text(
            "INSERT INTO blobs (sha256, size, data) VALUES (:d, :n, :b) "
            "ON CONFLICT (sha256) DO NOTHING"
        ),
        {"d": digest, "n": len(data), "b": data},
    )
    return digest


def read_blob(session: Session, digest: str) -> bytes:
    """The bytes stored under ``digest``, refused if they no longer hash to it."""
    data = session.execute(select(Blob.data).where(Blob.sha256 == digest)).scalar_one_or_none()
    if data is None:
        raise CaseFileError(f"attachment {digest[:12]}… is missing from the case file.")
    if sha256_hex(data) != digest:
        raise CaseFileError(
            f"attachment {digest[:12]}… has been altered: its SHA-256 no longer matches."
        )
    return data


STREAM_CHUNK = 1 << 20


def verified_size(session: Session, digest: str) -> int:
    """The size of the bytes stored under ``digest``, checked against it a chunk at a time
    (a big file is never held in memory); refused like :func:`read_blob`."""
    server = session.get_bind().dialect.name != "sqlite"
    row = session.execute(
        text(
            "SELECT 0, length(data) FROM blobs WHERE sha256 = :d"
            if server
            else "SELECT rowid, length(data) FROM blobs WHERE sha256 = :d"
        ),
        {"d": digest},
    ).first()
    if row is None:
        raise CaseFileError(f"attachment {digest[:12]}… is missing from the case file.")
    rowid, size = int(row[0]), int(row[1] or 0)
    hasher = hashlib.sha256()
    if server:  # a chunk at a time over the network, as SQLite's blob reads them
        for start in range(0, size, STREAM_CHUNK):
            hasher.update(blob_part(session, digest, start, STREAM_CHUNK))
    else:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        with raw.blobopen("blobs", "data", rowid, readonly=True) as blob:
            while chunk := blob.read(STREAM_CHUNK):
                hasher.update(chunk)
    if hasher.hexdigest() != digest:
        raise CaseFileError(
            f"attachment {digest[:12]}… has been altered: its SHA-256 no longer matches."
        )
    return size


def blob_part(session: Session, digest: str, start: int, size: int) -> bytes:
    """``size`` bytes stored under ``digest`` from ``start`` (b"" when there is none)."""
    data = session.execute(
        text("SELECT substr(data, :s, :n) FROM blobs WHERE sha256 = :d"),
        {"s": start + 1, "n": size, "d": digest},
    ).scalar_one_or_none()
    return bytes(data or b"")


def blob_head(session: Session, digest: str, size: int) -> bytes:
    """The first ``size`` bytes stored under ``digest`` (b"" when there is none)."""
    return blob_part(session, digest, 0, size)


def drop_unreferenced(session: Session, digests: Iterable[str]) -> None:
    """Delete blobs that no attachment refers to any more."""
    for digest in set(digests):
        session.execute(
            delete(Blob).where(
                Blob.sha256 == digest,
                ~exists().where(attachments.c.sha256 == digest),
            )
        )

"""Content-addressed attachment bytes: stored once per SHA-256, verified on the way out."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

from sqlalchemy import delete, exists, select, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from factdesk.errors import CaseFileError
from factdesk.store.models import Blob, attachments


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(session: Session, data: bytes) -> str:
    """Store ``data`` (once) and return its SHA-256."""
    digest = sha256_hex(data)
    session.execute(
        insert(Blob)
        .values(sha256=digest, size=len(data), data=data)
        .on_conflict_do_nothing(index_elements=["sha256"])
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
    row = session.execute(
        text("SELECT rowid, length(data) FROM blobs WHERE sha256 = :d"), {"d": digest}
    ).first()
    if row is None:
        raise CaseFileError(f"attachment {digest[:12]}… is missing from the case file.")
    rowid, size = int(row[0]), int(row[1] or 0)
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    hasher = hashlib.sha256()
    with raw.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(STREAM_CHUNK):
            hasher.update(chunk)
    if hasher.hexdigest() != digest:
        raise CaseFileError(
            f"attachment {digest[:12]}… has been altered: its SHA-256 no longer matches."
        )
    return size


def blob_head(session: Session, digest: str, size: int) -> bytes:
    """The first ``size`` bytes stored under ``digest`` (b"" when there is none)."""
    data = session.execute(
        text("SELECT substr(data, 1, :n) FROM blobs WHERE sha256 = :d"), {"n": size, "d": digest}
    ).scalar_one_or_none()
    return bytes(data or b"")


def drop_unreferenced(session: Session, digests: Iterable[str]) -> None:
    """Delete blobs that no attachment refers to any more."""
    for digest in set(digests):
        session.execute(
            delete(Blob).where(
                Blob.sha256 == digest,
                ~exists().where(attachments.c.sha256 == digest),
            )
        )

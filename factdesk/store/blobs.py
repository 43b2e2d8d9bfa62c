"""Content-addressed attachment bytes: stored once per SHA-256, verified on the way out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import delete, exists, select
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


def drop_unreferenced(session: Session, digests: Iterable[str]) -> None:
    """Delete blobs that no attachment refers to any more."""
    for digest in set(digests):
        session.execute(
            delete(Blob).where(
                Blob.sha256 == digest,
                ~exists().where(attachments.c.sha256 == digest),
            )
        )

"""Stored facts about attachment bytes (table ``blob_facts``): read and write rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from factdesk.store.models import Blob, BlobFacts
from factdesk.store.models import attachments as A
from factdesk.store.models import claims as C
from factdesk.store.models import evidence as E

CHUNK = 500


@dataclass(frozen=True)
class FactsRow:
    sha256: str
    analyzer: int
    kind: str
    integrity: str | None
    problem: str | None
    facts: str
    text: str | None
    phash: str | None
    dhash: str | None
    thumbnail: bytes | None


@dataclass(frozen=True)
class BlobUse:
    """Where a blob is attached: the attachment, its evidence item and claim."""

    attachment_id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    evidence_id: str
    evidence_title: str | None
    evidence_url: str | None
    claim_id: str
    claim_text: str


_COLUMNS = (
    "analyzer",
    "kind",
    "integrity",
    "problem",
    "facts",
    "text",
    "phash",
    "dhash",
    "thumbnail",
)


def put_facts(session: Session, row: FactsRow) -> None:
    values = {"sha256": row.sha256, **{c: getattr(row, c) for c in _COLUMNS}}
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    session.execute(
        dialect.insert(BlobFacts)
        .values(**values)
        .on_conflict_do_update(index_elements=["sha256"], set_={c: values[c] for c in _COLUMNS})
    )


def get_facts(session: Session, digests: Sequence[str]) -> dict[str, FactsRow]:
    found: dict[str, FactsRow] = {}
    unique = sorted(set(digests))
    for start in range(0, len(unique), CHUNK):
        for r in session.execute(
            select(BlobFacts).where(BlobFacts.sha256.in_(unique[start : start + CHUNK]))
        ).scalars():
            found[r.sha256] = FactsRow(r.sha256, *(getattr(r, c) for c in _COLUMNS))
    return found


def stale_digests(session: Session, analyzer: int) -> list[str]:
    """Blobs with no facts, or facts from an older reader."""
    return list(
        session.execute(
            select(Blob.sha256)
            .outerjoin(BlobFacts, BlobFacts.sha256 == Blob.sha256)
            .where((BlobFacts.sha256.is_(None)) | (BlobFacts.analyzer < analyzer))
            .order_by(Blob.sha256)
        ).scalars()
    )


def digests_of_kind(session: Session, kind: str) -> list[str]:
    return list(
        session.execute(
            select(BlobFacts.sha256).where(BlobFacts.kind == kind).order_by(BlobFacts.sha256)
        ).scalars()
    )


def image_hashes(session: Session) -> list[tuple[str, str, str]]:
    """``(sha256, phash, dhash)`` of every image that has them."""
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in session.execute(
            select(BlobFacts.sha256, BlobFacts.phash, BlobFacts.dhash).where(
                BlobFacts.phash.is_not(None), BlobFacts.dhash.is_not(None)
            )
        )
    ]


def digests_with_prefix(session: Session, prefix: str) -> list[str]:
    """Attached blobs whose SHA-256 starts with ``prefix`` (lowercase hex)."""
    return list(
        session.execute(
            select(A.c.sha256)
            .where(A.c.sha256.like(prefix + "%"))
            .distinct()
            .order_by(A.c.sha256)
            .limit(10)
        ).scalars()
    )


def uses(session: Session, digests: Iterable[str]) -> list[BlobUse]:
    """Every attachment of these blobs, with its evidence item and claim."""
    unique = sorted(set(digests))
    rows: list[BlobUse] = []
    for start in range(0, len(unique), CHUNK):
        rows.extend(
            BlobUse(*r)  # type: ignore[call-arg]
            for r in session.execute(
                select(
                    A.c.id,
                    A.c.sha256,
                    A.c.filename,
                    A.c.media_type,
                    A.c.size,
                    E.c.id,
                    E.c.title,
                    E.c.url,
                    C.c.id,
                    C.c.text,
                )
                .join(E, E.c.id == A.c.evidence_id)
                .join(C, C.c.id == E.c.claim_id)
                .where(A.c.sha256.in_(unique[start : start + CHUNK]))
                .order_by(C.c.created_at, E.c.position, A.c.position)
            )
        )
    return rows


def use_of(session: Session, attachment_id: str) -> BlobUse | None:
    row = session.execute(select(A.c.sha256).where(A.c.id == attachment_id)).scalar_one_or_none()
    if row is None:
        return None
    return next((u for u in uses(session, [row]) if u.attachment_id == attachment_id), None)

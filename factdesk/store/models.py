"""SQLAlchemy ORM models of a case file.

The tables of the stored records (claims, evidence, attachments, verdicts)
are built from the records' declarations in :mod:`factdesk.records`, so a
field is declared once; column names follow the claim bundle format wherever
the concepts match.  The other tables are bookkeeping of the case file.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from factdesk import records
from factdesk.records import declared
from factdesk.store.stamps import date_from_text as date_from_text  # re-exported
from factdesk.store.stamps import utc_from_text as utc_from_text
from factdesk.store.stamps import utc_text as utc_text

# Alembic batch migrations on SQLite find constraints by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes stored as fixed-width ISO text.

    Fixed width (always microseconds, always ``Z``) keeps text order equal to
    time order, so indexes and ``ORDER BY`` work on the stored strings.
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> str | None:
        return utc_text(value) if value is not None else None

    def process_result_value(self, value: str | None, dialect: object) -> dt.datetime | None:
        return utc_from_text(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


claim_tags = Table(
    "claim_tags",
    Base.metadata,
    Column("claim_id", String(36), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_claim_tags_tag_id", "tag_id"),
)


class CaseMeta(Base):
    """Key/value facts about the case file itself (rating scale name, ...)."""

    __tablename__ = "case_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Rating(Base):
    """One step of the case file's rating scale; ``value`` None = off the numeric scale."""

    __tablename__ = "ratings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    value: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    # "#rrggbb" chosen in the scale editor; None: derived from the place on the scale.
    colour: Mapped[str | None] = mapped_column(String(9))


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


def record_columns(
    record: type,
    *,
    keys: tuple[str, ...],
    foreign: dict[str, ForeignKey] | None = None,
    indexed: tuple[str, ...] = (),
) -> list[Column[Any]]:
    """The columns of a record's table, from its declaration (:mod:`factdesk.records`).

    Storage details the declaration does not hold (keys, foreign keys,
    indexes) are given here; types follow the field's kind, and a column may be
    NULL exactly when the record's field may be None.
    """
    hints = typing.get_type_hints(record)
    columns: list[Column[Any]] = []
    for f in declared(record):
        if not f.spec.stored:
            continue
        args: list[Any] = [column_type(f.spec.kind, f.spec.width)]
        if foreign and f.name in foreign:
            args.append(foreign[f.name])
        nullable = type(None) in typing.get_args(hints[f.name])
        columns.append(
            Column(
                f.name,
                *args,
                primary_key=f.name in keys,
                nullable=nullable,
                index=True if f.name in indexed else None,
            )
        )
    return columns


def column_type(kind: str, width: int | None) -> Any:
    if kind == records.DATE:
        return Date()
    if kind == records.TIMESTAMP:
        return UTCDateTime()
    if kind in (records.INTEGER, records.CREDIBILITY_GRADE):
        return Integer()
    if kind == records.ID:
        return String(36)
    if kind == records.SHA256:
        return String(64)
    return String(width) if width else Text()


claims = Table(
    "claims",
    Base.metadata,
    *record_columns(records.Claim, keys=("id",), indexed=("status",)),
    # The list pages through ids in these orders; with the id in the index the
    # page is read from the index alone.
    Index("ix_claims_updated_at_id", "updated_at", "id"),
    Index("ix_claims_created_at_id", "created_at", "id"),
)
evidence = Table(
    "evidence",
    Base.metadata,
    *record_columns(
        records.Evidence,
        keys=("id",),
        foreign={"claim_id": ForeignKey("claims.id", ondelete="CASCADE")},
    ),
    # A claim's evidence is read, and renumbered, in position order.
    Index("ix_evidence_claim_id_position", "claim_id", "position"),
)
attachments = Table(
    "attachments",
    Base.metadata,
    *record_columns(
        records.Attachment,
        keys=("id",),
        foreign={
            "evidence_id": ForeignKey("evidence.id", ondelete="CASCADE"),
            "sha256": ForeignKey("blobs.sha256"),
        },
        indexed=("evidence_id", "sha256"),
    ),
)
verdicts = Table(
    "verdicts",
    Base.metadata,
    *record_columns(
        records.Verdict,
        keys=("claim_id",),
        foreign={
            "claim_id": ForeignKey("claims.id", ondelete="CASCADE"),
            "rating": ForeignKey("ratings.key"),
        },
        indexed=("rating",),
    ),
)
# Each stored record's table, by entity name.
RECORD_TABLES: dict[str, Table] = {
    "claim": claims,
    "evidence": evidence,
    "attachment": attachments,
    "verdict": verdicts,
}


class Blob(Base):
    """Attachment bytes, content-addressed: the same file is stored once."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MergeBase(Base):
    """What a record held when it was last imported from a bundle: the base of a three-way merge.

    ``content`` is the JSON of the record's content fields (for a claim, its own
    fields, tags, verdict and the order of its evidence).  Kept after a local
    deletion, so an incoming copy equal to it does not bring the record back.
    """

    __tablename__ = "merge_bases"
    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(36), index=True)
    content: Mapped[str] = mapped_column(Text)


class RemovedEvidence(Base):
    """Evidence items deleted from a claim, so that bundles can pass the deletion on."""

    __tablename__ = "removed_evidence"
    evidence_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(36), index=True)
    removed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class HistoryRecord(Base):
    """One create, update or delete of a record; claim_id survives the claim's deletion."""

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(Text)
    claim_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    # JSON object: field -> [old, new]
    changes: Mapped[str] = mapped_column(Text)
    # JSON object or NULL: what the fields do not say (the bundle of an import,
    # the checklist rules a claim was published without)
    context: Mapped[str | None] = mapped_column(Text, nullable=True)


class SearchDoc(Base):
    """Maps each full-text row (its rowid) to the claim it belongs to.

    FTS5 cannot index a lookup column, so deleting a claim's rows goes
    through this table.
    """

    __tablename__ = "search_docs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(36), index=True)
    source: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36))


class BlobFacts(Base):
    """What FactDesk read from an attachment's bytes: capture or image facts.

    Keyed by the blob's SHA-256 because everything here is derived from the
    bytes alone; it can be recomputed at any time (``analyzer`` names the
    version of the reader that wrote the row, so a newer one refreshes it).
    """

    __tablename__ = "blob_facts"
    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    analyzer: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # "capture" | "image" | "other"
    # Captures: "verified" | "failed" | "unverifiable"; None for anything else.
    integrity: Mapped[str | None] = mapped_column(String(20), index=True)
    problem: Mapped[str | None] = mapped_column(Text)
    facts: Mapped[str] = mapped_column(Text)  # JSON object
    text: Mapped[str | None] = mapped_column(Text)  # a capture's main text, for search
    phash: Mapped[str | None] = mapped_column(String(16))
    dhash: Mapped[str | None] = mapped_column(String(16))
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)


class RatingMapping(Base):
    """How a foreign rating label from one source maps onto the case file's scale.

    ``source`` is a publisher or a spreadsheet column; ``label`` the label
    folded for comparison (``shown`` as it was written).
    """

    __tablename__ = "rating_mappings"
    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), primary_key=True)
    rating: Mapped[str] = mapped_column(
        String(64), ForeignKey("ratings.key", onupdate="CASCADE", ondelete="CASCADE")
    )
    shown: Mapped[str] = mapped_column(String(200))


class ImportLink(Base):
    """What an imported fact-check (or row, or citation) became in this case file.

    ``key`` is a SHA-256 of its identity (say, the review URL and the claim
    reviewed); ``digest`` one of its content as last imported, so importing it
    again adds nothing and a local edit since is not overwritten.
    """

    __tablename__ = "import_links"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    claim_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    evidence_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("evidence.id", ondelete="CASCADE"), index=True
    )
    digest: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SimilarDismissed(Base):
    """A claim whose "checked before?" warning the user dismissed."""

    __tablename__ = "similar_dismissed"
    claim_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    dismissed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

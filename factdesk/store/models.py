"""SQLAlchemy ORM models of a case file.

Column names follow the claim bundle format (shared/spec/bundle-format-v1.md)
wherever the concepts match, so the model, the bundle and ``--json`` output
speak one language.
"""

from __future__ import annotations

import datetime as dt

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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Alembic batch migrations on SQLite find constraints by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_text(value: dt.datetime) -> str:
    """A timezone-aware datetime as stored: ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC.

    Bulk writes that bypass the column type (bundle import) use this too.
    """
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    value = value.astimezone(dt.UTC)
    if value.year >= 1000:  # isoformat is the faster; it pads years, strftime does not
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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


def utc_from_text(value: str | None) -> dt.datetime | None:
    """A stored UTC time (``2024-03-01T12:00:00.000000Z``) as an aware datetime."""
    if value is None:
        return None
    if len(value) == 27 and value[26] == "Z":
        # The width UTCDateTime writes: fromisoformat (which reads the Z as
        # UTC) is many times faster than strptime, which matters when a
        # report reads thousands.
        return dt.datetime.fromisoformat(value)
    return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def date_from_text(value: str | None) -> dt.date | None:
    """A stored Date column value (``2024-03-01``) as a date."""
    return None if value is None else dt.date.fromisoformat(value)


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


class Claim(Base):
    __tablename__ = "claims"
    # The list pages through ids in these orders; with the id in the index the
    # page is read from the index alone.
    __table_args__ = (
        Index("ix_claims_updated_at_id", "updated_at", "id"),
        Index("ix_claims_created_at_id", "created_at", "id"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    claimant: Mapped[str | None] = mapped_column(Text)
    appeared_url: Mapped[str | None] = mapped_column(Text)
    appeared_title: Mapped[str | None] = mapped_column(Text)
    appeared_date: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(35))
    status: Mapped[str] = mapped_column(String(20), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Merge bookkeeping: digest of the content as last imported from a bundle,
    # so "edited locally since" is decidable; and the claim a copy came from.
    imported_digest: Mapped[str | None] = mapped_column(String(64))
    copied_from: Mapped[str | None] = mapped_column(String(36))

    tags: Mapped[list[Tag]] = relationship(secondary=claim_tags, order_by=Tag.name)
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="claim",
        order_by="Evidence.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    verdict: Mapped[Verdict | None] = relationship(
        back_populates="claim", cascade="all, delete-orphan", passive_deletes=True
    )


class Evidence(Base):
    __tablename__ = "evidence"
    # A claim's evidence is read, and renumbered, in position order.
    __table_args__ = (Index("ix_evidence_claim_id_position", "claim_id", "position"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(36), ForeignKey("claims.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    accessed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    stance: Mapped[str] = mapped_column(String(20))
    source_reliability: Mapped[str | None] = mapped_column(String(1))
    info_credibility: Mapped[int | None] = mapped_column(Integer)
    excerpt: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    imported_digest: Mapped[str | None] = mapped_column(String(64))

    claim: Mapped[Claim] = relationship(back_populates="evidence")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="evidence",
        order_by="Attachment.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Blob(Base):
    """Attachment bytes, content-addressed: the same file is stored once."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    evidence_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evidence.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    evidence: Mapped[Evidence] = relationship(back_populates="attachments")


class Verdict(Base):
    __tablename__ = "verdicts"
    claim_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    rating: Mapped[str] = mapped_column(String(64), ForeignKey("ratings.key"), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    rationale: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    claim: Mapped[Claim] = relationship(back_populates="verdict")


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

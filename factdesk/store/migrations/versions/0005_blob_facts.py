"""Facts read from attachment bytes: web captures and images.

One row per stored blob that FactDesk has read: a capture's address, time,
title, main text and integrity; an image's metadata, perceptual hashes and
thumbnail.  Derived from the bytes alone, so a case file upgraded from an
older version fills it in as attachments are looked at (and on
``factdesk check``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_facts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("analyzer", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("integrity", sa.String(length=20), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("phash", sa.String(length=16), nullable=True),
        sa.Column("dhash", sa.String(length=16), nullable=True),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name="fk_blob_facts_sha256_blobs", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", name="pk_blob_facts"),
    )
    op.create_index("ix_blob_facts_integrity", "blob_facts", ["integrity"], unique=False)
    if on_sqlite():
        op.execute("PRAGMA user_version = 5")


def downgrade() -> None:
    op.drop_index("ix_blob_facts_integrity", table_name="blob_facts")
    op.drop_table("blob_facts")
    if on_sqlite():
        op.execute("PRAGMA user_version = 4")

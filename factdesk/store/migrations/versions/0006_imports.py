"""What importing other people's fact-checks needs to remember.

- ``ratings.colour``: a colour chosen for a rating in the scale editor (none:
  derived from the rating's place on the scale);
- ``rating_mappings``: how a foreign rating label ("Falso", "Pants on Fire")
  from one source (a publisher, a spreadsheet column) maps onto the scale;
- ``import_links``: which claim, evidence item or verdict an imported
  fact-check became, by a digest of its identity (review URL and claim), with
  a digest of its content as imported: importing it again adds nothing, and a
  local edit since is respected;
- ``similar_dismissed``: claims whose "checked before?" warning was dismissed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("colour", sa.String(length=9), nullable=True))

    op.create_table(
        "rating_mappings",
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("rating", sa.String(length=64), nullable=False),
        sa.Column("shown", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["rating"],
            ["ratings.key"],
            name=op.f("fk_rating_mappings_rating_ratings"),
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source", "label", name=op.f("pk_rating_mappings")),
    )
    op.create_table(
        "import_links",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("evidence_id", sa.String(length=36), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_import_links_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_import_links_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_import_links")),
    )
    with op.batch_alter_table("import_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_links_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_import_links_evidence_id"), ["evidence_id"], unique=False
        )
    op.create_table(
        "similar_dismissed",
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("dismissed_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_similar_dismissed_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_similar_dismissed")),
    )
    if on_sqlite():
        op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    op.drop_table("similar_dismissed")
    with op.batch_alter_table("import_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_links_evidence_id"))
        batch_op.drop_index(batch_op.f("ix_import_links_claim_id"))
    op.drop_table("import_links")
    op.drop_table("rating_mappings")
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_column("colour")
    if on_sqlite():
        op.execute("PRAGMA user_version = 5")

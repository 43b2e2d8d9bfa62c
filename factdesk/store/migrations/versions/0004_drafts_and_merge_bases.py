"""Draft verdicts, merge bases and removed evidence.

- A verdict may have no rating yet: a draft, whose summary and rationale are
  kept like every other field.
- ``merge_bases`` keeps the content of each record as last imported from a
  bundle, for three-way merges (replacing the single digest that could only
  say "edited since", not which field).
- ``removed_evidence`` remembers deleted evidence items so a bundle can pass
  the deletion on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("verdicts", schema=None) as batch_op:
        batch_op.alter_column("rating", existing_type=sa.String(length=64), nullable=True)
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("imported_digest")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_column("imported_digest")
    op.create_table(
        "merge_bases",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_merge_bases")),
    )
    op.create_index(op.f("ix_merge_bases_claim_id"), "merge_bases", ["claim_id"], unique=False)
    op.create_table(
        "removed_evidence",
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("removed_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_removed_evidence")),
    )
    op.create_index(
        op.f("ix_removed_evidence_claim_id"), "removed_evidence", ["claim_id"], unique=False
    )
    if on_sqlite():
        op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    op.drop_index(op.f("ix_removed_evidence_claim_id"), table_name="removed_evidence")
    op.drop_table("removed_evidence")
    op.drop_index(op.f("ix_merge_bases_claim_id"), table_name="merge_bases")
    op.drop_table("merge_bases")
    op.execute("DELETE FROM verdicts WHERE rating IS NULL")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imported_digest", sa.String(length=64), nullable=True))
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imported_digest", sa.String(length=64), nullable=True))
    with op.batch_alter_table("verdicts", schema=None) as batch_op:
        batch_op.alter_column("rating", existing_type=sa.String(length=64), nullable=False)
    if on_sqlite():
        op.execute("PRAGMA user_version = 3")

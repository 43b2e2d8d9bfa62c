"""Indexes for the claim list and evidence lists: claims by creation, evidence by position.

Sorting the claim list by creation date scanned and sorted every claim; a
claim's evidence is always read in position order (and positions are shifted
on insert and move), so the index on claim_id alone becomes (claim_id,
position).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claims_created_at", "claims", ["created_at"], unique=False)
    op.create_index("ix_evidence_claim_id_position", "evidence", ["claim_id", "position"], unique=False)
    op.drop_index("ix_evidence_claim_id", table_name="evidence")
    if on_sqlite():
        op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"], unique=False)
    op.drop_index("ix_evidence_claim_id_position", table_name="evidence")
    op.drop_index("ix_claims_created_at", table_name="claims")
    if on_sqlite():
        op.execute("PRAGMA user_version = 1")

"""History entries with their circumstances; search that finds word forms.

- ``history.context`` (JSON, optional) keeps what a change's fields alone do
  not say: the bundle an import came from (its title, file name and author)
  and the checklist rules a claim was published without.
- The full-text index stems English words (FTS5's porter tokenizer over
  unicode61), so "gargle" finds "Gargling".  Every word is still indexed and
  searched the same way, so words in any language match as they are written.
  The index is rebuilt from its own stored text only if its tokenizer differs.
  On a server, the search configuration stems English words the same way
  (Snowball English for plain-ASCII words, every other word as written) and
  the index is built again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STEMMING = "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'"
PLAIN = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def _rebuild_fts(options: str) -> None:
    if not on_sqlite():  # a server's search keeps its own configuration
        return
    found = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'"
    ).scalar()
    if found is not None and options in found:
        return
    op.execute(f"CREATE VIRTUAL TABLE search_fts_new USING fts5(title, body, {options})")
    op.execute(
        "INSERT INTO search_fts_new (rowid, title, body) SELECT rowid, title, body FROM search_fts"
    )
    op.execute("DROP TABLE search_fts")
    op.execute("ALTER TABLE search_fts_new RENAME TO search_fts")


def upgrade() -> None:
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("context", sa.Text(), nullable=True))
    _rebuild_fts(STEMMING)
    if on_sqlite():
        op.execute("PRAGMA user_version = 7")
    else:
        from factdesk.store.search_pg import stem_english

        stem_english(op.get_bind())


def downgrade() -> None:
    _rebuild_fts(PLAIN)
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_column("context")
    if on_sqlite():
        op.execute("PRAGMA user_version = 6")
    else:
        from factdesk.store.search_pg import unstem

        unstem(op.get_bind())

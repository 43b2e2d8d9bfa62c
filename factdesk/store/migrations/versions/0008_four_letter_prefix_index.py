"""A prefix index for four letters, so a word being typed is found at once.

Search-as-you-type asks for the word typed so far as a prefix.  FTS5 answers
a prefix it keeps an index for (two and three letters until now) from that
index; a longer one it answers by merging the row lists of every word that
starts with it, which for the fourth letter of a common stem ("gove", "elec")
means hundreds of thousands of rows.  The index of four-letter prefixes makes
that a single lookup.  The tokenizer is unchanged, so the index is rebuilt
from its own stored text.  A server's search keeps its own configuration:
nothing changes there but the revision.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"
FOUR = f"{TOKENIZE}, prefix = '2 3 4'"
THREE = f"{TOKENIZE}, prefix = '2 3'"


def _rebuild_fts(options: str) -> None:
    if not on_sqlite():
        return
    op.execute(f"CREATE VIRTUAL TABLE search_fts_new USING fts5(title, body, {options})")
    op.execute(
        "INSERT INTO search_fts_new (rowid, title, body) SELECT rowid, title, body FROM search_fts"
    )
    op.execute("DROP TABLE search_fts")
    op.execute("ALTER TABLE search_fts_new RENAME TO search_fts")


def upgrade() -> None:
    _rebuild_fts(FOUR)
    if on_sqlite():
        op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    _rebuild_fts(THREE)
    if on_sqlite():
        op.execute("PRAGMA user_version = 7")

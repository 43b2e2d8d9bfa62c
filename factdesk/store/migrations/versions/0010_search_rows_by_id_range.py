"""On a server, a block range index of the search rows' ids, so a search can read a window of them.

A search for a rarer word reads the GIN index's matches in a window of the
newest index rows (see ``search_pg``), combining the GIN bitmap with the
window's range of ids.  Through the primary key that range costs an entry per
row of the window (some 14 ms for 300,000 rows); the search rows are appended
in id order, so a BRIN index -- each range of table pages with its lowest and
highest id -- names the window's pages for the price of a few thousand small
entries, whatever the window's size.  Rows written into space freed by
deleted ones only widen their range's bounds: a window then reads more pages,
never other results.  A case file is unchanged.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from factdesk.store.migrate import on_sqlite

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# 32 pages a range: a few thousand entries at a million rows, and the newest
# pages summarized as they fill, so a window's bounds hold for the newest rows too.
INDEX = (
    "CREATE INDEX ix_search_docs_id_range ON search_docs USING brin (id) "
    "WITH (pages_per_range = 32, autosummarize = on)"
)


def upgrade() -> None:
    if on_sqlite():
        op.execute("PRAGMA user_version = 10")
        return
    op.execute(INDEX)


def downgrade() -> None:
    if on_sqlite():
        op.execute("PRAGMA user_version = 9")
        return
    op.execute("DROP INDEX ix_search_docs_id_range")

"""The revisions read from the migrations' file names are Alembic's own."""

from __future__ import annotations

from factdesk.store import revisions
from factdesk.store.migrate import head_revision, known_revisions


def test_file_names_give_alembic_revisions_and_head() -> None:
    assert set(revisions.known_revisions()) == known_revisions()
    assert revisions.head_revision() == head_revision()

"""Alembic environment: always run from code, on a connection we hand in."""

from __future__ import annotations

from typing import Any

from alembic import context

from factdesk.store.models import Base

# Full-text tables are created by hand in migrations; autogenerate must not
# propose dropping them.
SEARCH_TABLE_PREFIX = "search_fts"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()

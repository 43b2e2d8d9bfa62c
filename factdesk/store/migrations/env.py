"""Alembic environment: always run from code, on a connection we hand in."""

from __future__ import annotations

from alembic import context

from factdesk.store.migrate import include_object
from factdesk.store.models import Base

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

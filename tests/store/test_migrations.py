"""The migrations and the models describe the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from factdesk.store.casefile import open_case_file
from factdesk.store.migrate import include_object
from factdesk.store.models import Base


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    store = open_case_file(tmp_path / "c.factdesk")
    try:
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"include_object": include_object, "compare_type": True}
            )
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        store.close()

"""The revisions read from the migrations' file names are Alembic's own."""

from __future__ import annotations

import json
from typing import Any

from factdesk.store import revisions
from factdesk.store.migrate import head_revision, known_revisions


def test_file_names_give_alembic_revisions_and_head() -> None:
    assert set(revisions.known_revisions()) == known_revisions()
    assert revisions.head_revision() == head_revision()


def test_the_kept_expected_schema_is_what_the_migrations_create() -> None:
    from factdesk.store import schema_check

    advice = "write it again: python -m factdesk.store.schema_check"
    kept = json.loads(schema_check.SCHEMA_FILE.read_text(encoding="utf-8"))
    assert kept["migrations"] == schema_check.migrations_fingerprint(), advice
    assert sorted(kept["revisions"]) == list(revisions.known_revisions()), advice

    def compared(objects: dict[tuple[str, str], Any]) -> dict[tuple[str, str], Any]:
        # Alembic's batch migrations write a table's constraints in any order.
        return {key: (o.table, schema_check.normalised(o.sql)) for key, o in objects.items()}

    for revision in revisions.known_revisions():
        kept_objects = schema_check.expected_objects(revision)
        assert compared(kept_objects) == compared(schema_check.built_objects(revision)), advice

"""Running Alembic migrations from code when a case file is opened."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from factdesk.errors import CaseFileError
from factdesk.i18n import ngettext, number

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Full-text tables are created by hand in migrations; comparing the schema
# with the models must not count them as drift.
SEARCH_TABLE_PREFIX = "search_fts"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


def on_sqlite() -> bool:
    """In a migration: whether it runs on a case file (else on a PostgreSQL server).

    Full-text search and the file header's marks (``PRAGMA application_id``,
    ``user_version``) are SQLite's own; a server gets its equivalents.
    """
    from alembic import op

    return bool(op.get_bind().dialect.name == "sqlite")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# Alembic runs env.py through a module-level context proxy, so two upgrades in
# threads of one process would share it: one at a time.
MIGRATION_LOCK = threading.Lock()


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade with foreign keys off (batch migrations copy tables), then check them."""
    if engine.dialect.name != "sqlite":
        # A server checks foreign keys as it goes; the lock keeps two programs
        # opening the same new database from migrating it at once.
        with MIGRATION_LOCK, engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_lock(46444, 1)")
            try:
                conn.commit()
                command.upgrade(alembic_config(conn), "head")
                conn.commit()
            finally:
                conn.rollback()
                conn.exec_driver_sql("SELECT pg_advisory_unlock(46444, 1)")
                conn.commit()
        return
    with MIGRATION_LOCK, engine.connect() as conn:
        # The pragma is a no-op inside a transaction, so it goes to the raw
        # connection before SQLAlchemy begins one.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        command.upgrade(alembic_config(conn), "head")
        conn.commit()
        problems = raw.execute("PRAGMA foreign_key_check").fetchall()
        raw.execute("PRAGMA foreign_keys = ON")
    if problems:
        raise CaseFileError(
            ngettext(
                "the schema upgrade left {count} record pointing to one that does not exist.",
                "the schema upgrade left {count} records pointing to ones that do not exist.",
                len(problems),
            ).format(count=number(len(problems)))
        )

"""Who may do what in a shared case: three PostgreSQL roles, and the grants that make them.

Each case database gets its own group roles (``<database>_reader``,
``_editor``, ``_publisher``), so being an editor of one desk's case says
nothing about another's.  The server enforces them, whatever program
connects: readers may only read; editors may change everything but may not
mark a claim as published (a trigger refuses it, with SQLSTATE 42501, as
any refused privilege is); publishers may do everything editors may, and
publish.  People log in as their own roles, members of one of the three.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the command line loads these roles' module with every command
    from sqlalchemy import Connection

ROLES = ("reader", "editor", "publisher")
MAX_NAME = 63  # PostgreSQL's identifier limit


def group_role(database: str, role: str) -> str:
    """The group role of ``role`` in the case database named ``database``."""
    if role not in ROLES:
        raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
    return f"{database[: MAX_NAME - len(role) - 1]}_{role}"


def quote_ident(conn: Connection, name: str) -> str:
    raw: Any = conn.connection.driver_connection
    from psycopg import sql

    return str(sql.Identifier(name).as_string(raw))


_PUBLISH_GUARD = """
CREATE OR REPLACE FUNCTION factdesk_publish_guard() RETURNS trigger AS $$
BEGIN
  IF NEW.status = 'published' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'published')
     AND NOT pg_has_role(current_user, {publisher}, 'MEMBER')
     AND NOT pg_has_role(current_user, (SELECT pg_get_userbyid(datdba) FROM pg_database
                                        WHERE datname = current_database()), 'MEMBER') THEN
    RAISE EXCEPTION 'only a publisher may mark a claim as published'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def set_up(conn: Connection, database: str) -> list[str]:
    """Create the three group roles (if missing) and grant them what they may do; returns
    the roles' names.  Run by the database's owner or an administrator; safe to repeat
    (after an upgrade, it grants the new tables too)."""
    names = {role: group_role(database, role) for role in ROLES}
    existing = {
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(?)",
            (list(names.values()),),
        )
    }
    q = {role: quote_ident(conn, name) for role, name in names.items()}
    for role, name in names.items():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {q[role]} NOLOGIN")
    db = quote_ident(conn, database)
    conn.exec_driver_sql(f"GRANT {q['reader']} TO {q['editor']}")
    conn.exec_driver_sql(f"GRANT {q['editor']} TO {q['publisher']}")
    conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {q['reader']}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {q['reader']}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q['reader']}")
    conn.exec_driver_sql(
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {q['editor']}"
    )
    conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {q['editor']}")
    conn.exec_driver_sql(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {q['reader']}"
    )
    conn.exec_driver_sql(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {q['editor']}"
    )
    conn.exec_driver_sql(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {q['editor']}"
    )
    # The schema revision is the administrator's: nobody else may move it.
    conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {q['editor']}")
    publisher_literal = "'" + names["publisher"].replace("'", "''") + "'"
    conn.exec_driver_sql(_PUBLISH_GUARD.format(publisher=publisher_literal))
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS factdesk_publish_guard ON claims")
    conn.exec_driver_sql(
        "CREATE TRIGGER factdesk_publish_guard BEFORE INSERT OR UPDATE OF status ON claims "
        "FOR EACH ROW EXECUTE FUNCTION factdesk_publish_guard()"
    )
    return list(names.values())


def add_user(conn: Connection, database: str, name: str, role: str) -> bool:
    """Let the login role ``name`` (created without a password if missing) work on the case
    as ``role``, and no longer as another of the three; True if the role was created."""
    target = group_role(database, role)
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_roles WHERE rolname = ?", (name,)
    ).scalar()
    user = quote_ident(conn, name)
    if not found:
        conn.exec_driver_sql(f"CREATE ROLE {user} LOGIN")
    for other in ROLES:
        if other != role:
            conn.exec_driver_sql(
                f"REVOKE {quote_ident(conn, group_role(database, other))} FROM {user}"
            )
    conn.exec_driver_sql(f"GRANT {quote_ident(conn, target)} TO {user}")
    return not found


def may_write(conn: Connection) -> bool:
    """Whether the connected role may change claims (else the case opens read-only)."""
    return bool(
        conn.exec_driver_sql("SELECT has_table_privilege('claims', 'INSERT, UPDATE')").scalar()
    )


def members(conn: Connection, database: str) -> Sequence[tuple[str, str]]:
    """Each login role with one of the three roles: (name, role)."""
    found = []
    for role in ROLES:
        for (name,) in conn.exec_driver_sql(
            "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ? AND m.rolcanlogin "
            "ORDER BY m.rolname",
            (group_role(database, role),),
        ):
            found.append((str(name), role))
    return found

"""Setting up a desk on a shared case: the three roles, and who has which.

Run by the case database's owner (or another administrator); the server
enforces the roles from then on (see :mod:`factdesk.store.roles`).
"""

from __future__ import annotations

from collections.abc import Sequence

from factdesk.errors import FactDeskError, ValidationError
from factdesk.i18n import _
from factdesk.locations import ServerAddress
from factdesk.services.case import Case
from factdesk.store import roles

ROLES = roles.ROLES
MAX_USER = 63


def _address(case: Case) -> ServerAddress:
    location = case.location
    if not isinstance(location, ServerAddress):
        raise FactDeskError(
            _(
                "roles belong to a shared case on a server (--db postgresql://…); "
                "{case} is a case file."
            ).format(case=case.path.name)
        )
    return location


def init(case: Case) -> list[str]:
    """Create the case's reader, editor and publisher roles and their grants."""
    address = _address(case)
    with case.store.writing() as session:
        return roles.set_up(session.connection(), address.database)


def add_user(case: Case, name: str, role: str) -> bool:
    """Give the login role ``name`` one of the three roles (creating it, without a password,
    if it does not exist: it then signs in as the server's rules say, e.g. ~/.pgpass)."""
    address = _address(case)
    if role not in ROLES:
        raise ValidationError(
            _("role {role!r} is not one of {roles}.").format(role=role, roles=", ".join(ROLES))
        )
    if not name or len(name) > MAX_USER or not name.isprintable():
        raise ValidationError(
            _("a user name has 1 to {max} printable characters (got {name!r}).").format(
                max=MAX_USER, name=name[:80]
            )
        )
    with case.store.writing() as session:
        conn = session.connection()
        missing = roles.group_role(address.database, role) not in {
            row[0] for row in conn.exec_driver_sql("SELECT rolname FROM pg_roles")
        }
        if missing:
            roles.set_up(conn, address.database)
        return roles.add_user(conn, address.database, name, role)


def members(case: Case) -> Sequence[tuple[str, str]]:
    address = _address(case)
    with case.store.reading() as session:
        return roles.members(session.connection(), address.database)

"""``factdesk team init | add-user | list``: the roles of a shared case on a server."""

from __future__ import annotations

import argparse

from factdesk.i18n import _
from factdesk.services import Case, team


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("team", help="roles on a shared case on a server (for administrators)")
    actions = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    a = actions.add_parser("init", help="create the reader, editor and publisher roles")
    a.set_defaults(run=run_init)
    a = actions.add_parser("add-user", help="let a user work on the case in a role")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", choices=team.ROLES, required=True)
    a.set_defaults(run=run_add_user)
    a = actions.add_parser("list", help="who has which role")
    a.set_defaults(run=run_list)


def run_init(args: argparse.Namespace, case: Case) -> int:
    names = team.init(case)
    print(_("Roles on {case}: {roles}.").format(case=case.path.name, roles=", ".join(names)))
    print(_("Add people with `factdesk team add-user NAME --role reader|editor|publisher`."))
    return 0


def run_add_user(args: argparse.Namespace, case: Case) -> int:
    created = team.add_user(case, args.name, args.role)
    print(
        _("{name} is now a {role} on {case}.").format(
            name=args.name, role=args.role, case=case.path.name
        )
    )
    if created:
        print(
            _(
                "The login role {name} was created without a password: set one with "
                "psql's \\password {name}, or let the server's own rules sign them in."
            ).format(name=args.name)
        )
    return 0


def run_list(args: argparse.Namespace, case: Case) -> int:
    found = team.members(case)
    if not found:
        print(_("Nobody has a role on {case} yet.").format(case=case.path.name))
    for name, role in found:
        print(f"{role:<10} {name}")
    return 0

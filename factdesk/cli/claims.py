"""``factdesk claims ...``: list, add, show, edit, delete."""

from __future__ import annotations

import argparse
import sys

from factdesk.cli import output
from factdesk.i18n import _, ngettext
from factdesk.services import Case, readiness
from factdesk.services.claim_json import claim_to_dict
from factdesk.services.records import STATUSES, ClaimFilter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    claims = sub.add_parser("claims", help="list, add, show, edit and delete claims")
    csub = claims.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = csub.add_parser("list", help="list claims")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--tag")
    p.add_argument("--rating", help="a rating key, e.g. false or mostly-true")
    p.add_argument("--search", metavar="QUERY", help="full-text search")
    p.add_argument("--json", action="store_true", help="print claim objects as JSON")
    p.set_defaults(run=run_list)

    p = csub.add_parser("add", help="add a claim; prints its id")
    p.add_argument("text")
    p.add_argument("--claimant")
    p.add_argument("--url", help="where the claim appeared")
    p.add_argument("--tag", action="append", default=[])
    p.set_defaults(run=run_add)

    p = csub.add_parser("show", help="show a claim with its evidence and verdict")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_show)

    p = csub.add_parser("edit", help="change a claim")
    p.add_argument("id")
    p.add_argument("--text")
    p.add_argument("--claimant")
    p.add_argument("--url", help="where the claim appeared")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--notes")
    p.add_argument("--add-tag", action="append", default=[])
    p.add_argument("--remove-tag", action="append", default=[])
    p.set_defaults(run=run_edit)

    p = csub.add_parser("delete", help="delete a claim with its evidence and verdict")
    p.add_argument("id")
    p.set_defaults(run=run_delete)


def run_list(args: argparse.Namespace, case: Case) -> int:
    filt = ClaimFilter(status=args.status, tag=args.tag, rating=args.rating, search=args.search)
    sort = "relevance" if args.search else "updated_at"
    if args.json:
        ids = case.claims.list_ids(filt, sort=sort)
        output.print_json([claim_to_dict(c) for c in case.claims.get_many(ids)])
    else:
        output.print_claim_rows(case.claims.list(filt, sort=sort))
    return 0


def run_add(args: argparse.Namespace, case: Case) -> int:
    claim = case.claims.create(
        args.text, claimant=args.claimant, appeared_url=args.url, tags=args.tag
    )
    print(claim.id)
    return 0


def run_show(args: argparse.Namespace, case: Case) -> int:
    claim = case.claims.get(args.id)
    if args.json:
        output.print_json(claim_to_dict(claim))
    else:
        output.print_claim(claim)
    return 0


def run_edit(args: argparse.Namespace, case: Case) -> int:
    claim = case.claims.get(args.id)
    changes: dict[str, object] = {}
    for option, field in (
        ("text", "text"),
        ("claimant", "claimant"),
        ("url", "appeared_url"),
        ("status", "status"),
        ("notes", "notes"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if args.add_tag or args.remove_tag:
        changes["tags"] = (set(claim.tags) | set(args.add_tag)) - set(args.remove_tag)
    publish = changes.get("status") == "published" and claim.status != "published"
    if publish:
        del changes["status"]
    claim = case.claims.update(claim.id, **changes)
    if publish:
        # Published as asked; the rules it was published without are said and kept in the history.
        for rule in readiness.unmet(claim):
            without = _("published without: {rule}: {detail}").format(
                rule=rule.label, detail=rule.detail
            )
            sys.stderr.write(f"factdesk: warning: {without}\n")
        case.claims.publish_changes(claim.id, anyway=True)
    print(claim.id)
    return 0


def run_delete(args: argparse.Namespace, case: Case) -> int:
    snapshot = case.claims.delete(args.id)
    count = len(snapshot.claim.evidence)
    print(
        ngettext(
            "Deleted claim {id} with {count} evidence item.",
            "Deleted claim {id} with {count} evidence items.",
            count,
        ).format(id=snapshot.claim.id, count=count)
    )
    return 0

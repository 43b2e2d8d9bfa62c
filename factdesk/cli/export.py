"""``factdesk export csv|claimreview``: a spreadsheet, or a ClaimReview feed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.errors import ValidationError
from factdesk.i18n import _, ngettext, number
from factdesk.services import Case
from factdesk.services.records import STATUSES, ClaimFilter
from factdesk.settings import load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="write a spreadsheet (CSV) or a ClaimReview feed")
    esub = export.add_subparsers(dest="action", required=True, metavar="FORMAT")

    p = esub.add_parser(
        "csv",
        help="claims (or evidence items) as a spreadsheet: UTF-8 with BOM, formula cells "
        "neutralised",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("ids", nargs="*", metavar="CLAIM_ID", help="only these claims")
    p.add_argument("--evidence", action="store_true", help="one row per evidence item")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--tag")
    p.add_argument("--rating", help="a rating key, e.g. false")
    p.add_argument("--search", metavar="QUERY", help="full-text search")
    p.set_defaults(run=run_csv)

    p = esub.add_parser(
        "claimreview", help="a schema.org DataFeed of ClaimReview for the published verdicts"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("ids", nargs="*", metavar="CLAIM_ID")
    p.add_argument("--all", action="store_true", help="every published verdict")
    p.set_defaults(run=run_claimreview)


def run_csv(args: argparse.Namespace, case: Case) -> int:
    from factdesk.services.exports import export_csv

    filt = ClaimFilter(status=args.status, tag=args.tag, rating=args.rating, search=args.search)
    result = export_csv(
        case, args.output, filter=filt, claim_ids=args.ids or None, evidence=args.evidence
    )
    message = (
        ngettext(
            "Wrote {count} evidence item to {path}.",
            "Wrote {count} evidence items to {path}.",
            result.rows,
        )
        if args.evidence
        else ngettext(
            "Wrote {count} claim to {path}.", "Wrote {count} claims to {path}.", result.rows
        )
    )
    print(message.format(count=number(result.rows), path=result.path))
    return 0


def run_claimreview(args: argparse.Namespace, case: Case) -> int:
    from factdesk.services.exports import export_claimreview

    if not args.ids and not args.all:
        raise ValidationError(
            _("name the claims to export, or give --all for every published one.")
        )
    if args.ids and args.all:
        raise ValidationError(_("give claim ids or --all, not both."))
    result = export_claimreview(case, args.output, args.ids or None, settings=load_settings())
    for warning in result.warnings:
        sys.stderr.write(f"factdesk: warning: {warning}\n")
    print(
        ngettext(
            "Wrote {count} ClaimReview item to {path}.",
            "Wrote {count} ClaimReview items to {path}.",
            result.rows,
        ).format(count=number(result.rows), path=result.path)
    )
    return 0

"""``factdesk report``: a verdict report as one self-contained HTML file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk import i18n
from factdesk.errors import ValidationError
from factdesk.i18n import _
from factdesk.services import validation
from factdesk.services.targets import check_output_target
from factdesk.settings import load_settings, report_language, save_settings

if TYPE_CHECKING:
    from factdesk.services import Case


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help="write a fact-check report (HTML with ClaimReview data) on some or all claims",
        description=(
            "Write one HTML file that needs nothing else: a fact-check of one claim, or a case "
            "report (a summary table, then each claim) on several. Problems a publisher should "
            "know about (a claim text too long for search engines, a rating scale that runs the "
            "wrong way) are printed as warnings on stderr."
        ),
    )
    p.add_argument("ids", nargs="*", metavar="CLAIM_ID", help="claims to report on, in this order")
    p.add_argument("--all", action="store_true", help="report on every claim, oldest first")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.html")
    p.add_argument("--title", help="a headline for the report")
    p.add_argument(
        "--url",
        metavar="URL",
        help="the address this report will be published at (its ClaimReview url)",
    )
    p.add_argument(
        "--organisation",
        metavar="NAME",
        help="the organisation that publishes the report (remembered for later reports)",
    )
    p.add_argument(
        "--notes",
        action="store_true",
        help="include the working notes on claims and evidence: an internal review copy, "
        "marked as not for publication",
    )
    p.add_argument(
        "--lang",
        dest="report_language",
        choices=list(i18n.LANGUAGES),
        metavar="LANG",
        help="the report's language: "
        + ", ".join(i18n.LANGUAGES)
        + " (default: the report language in the settings, else the language of messages)",
    )
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace, case: Case) -> int:
    # Jinja2 and Markdown load here, with the reports.
    from factdesk.services.reports import export_report, organisation_problem

    if args.all and args.ids:
        raise ValidationError(_("give claim ids or --all, not both."))
    if args.all:
        ids = case.claims.list_ids(sort="created_at", descending=False)
        if not ids:
            raise ValidationError(
                _("the case file {path} has no claims to report on.").format(path=case.path)
            )
    elif args.ids:
        ids = args.ids
    else:
        raise ValidationError(_("name the claims to report on (CLAIM_ID ...), or use --all."))
    # A target that would destroy the case file is refused before anything else is asked.
    check_output_target(case.path, args.output, _("the report"))
    settings = load_settings()
    article_url = validation.url(args.url, _("article URL")) if args.url is not None else None
    if args.organisation is not None:
        name = validation.optional_text(args.organisation, _("organisation")) or ""
        if name != settings.organisation:
            settings.organisation = name
            save_settings(settings)
    problem = None if args.notes else organisation_problem(settings)
    if problem:
        raise ValidationError(
            _(
                "{problem}: give yours with --organisation NAME (it is remembered), "
                "or add --notes for an internal review copy."
            ).format(problem=problem)
        )
    report = export_report(
        case,
        ids,
        args.output,
        settings=settings,
        title=args.title,
        include_notes=args.notes,
        language=args.report_language or report_language(settings, i18n.language()),
        article_url=article_url,
    )
    for warning in report.warnings:
        sys.stderr.write(f"factdesk: warning: {warning}\n")
    print(_("Wrote {path}").format(path=args.output))
    return 0

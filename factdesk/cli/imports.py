"""``factdesk import FILE...``: fact-checks, spreadsheets and citations from other tools."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.cli import output
from factdesk.i18n import _
from factdesk.services import Case

if TYPE_CHECKING:
    from factdesk.services.imports import ImportReport

FORMATS = ("auto", "claimreview", "csv", "csl-json", "ris", "bibtex")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="import fact-checks (ClaimReview pages, feeds, Fact Check Explorer), spreadsheets "
        "(CSV, TSV, XLSX) or citations (CSL-JSON, RIS, BibTeX)",
        description="Import files made by other tools. The format is detected from the content; "
        "the import is one transaction, after a backup, and importing the same file again adds "
        "nothing.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--format", choices=FORMATS, default="auto", help="the files' format")
    p.add_argument(
        "--as",
        dest="as_",
        choices=("evidence", "verdicts"),
        default="evidence",
        help="another organisation's fact-check is evidence (default); verdicts: the reviews "
        "are this newsroom's own (an archive being moved in)",
    )
    p.add_argument("--into", metavar="CLAIM_ID", help="add everything as evidence of this claim")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="spreadsheets: which column holds which field (a header name or a 1-based number)",
    )
    p.add_argument(
        "--rating-map",
        action="append",
        default=[],
        metavar="LABEL=KEY",
        help="map a foreign rating label onto a key of the scale (a new key is added off the "
        "numeric scale); remembered for next time",
    )
    p.add_argument(
        "--no-header", action="store_true", help="spreadsheets: the first row is data, not names"
    )
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace, case: Case) -> int:
    from factdesk.services.imports import ImportOptions, preview_import, run_import

    options = ImportOptions(
        format=args.format,
        as_=args.as_,
        into=args.into,
        column_map=tuple(args.map),
        rating_map=tuple(args.rating_map),
        header=False if args.no_header else None,
    )
    do = preview_import if args.dry_run else run_import
    report = do(case, args.files, options)
    if args.json:
        output.print_json(report.to_dict())
    else:
        print_report(report)
    return 0


def print_report(report: ImportReport) -> None:
    from factdesk.cli.bundle import print_summary

    for name, facts in report.files:
        print(f"{name}: {facts.format}, {facts.detail}")
        if facts.columns:
            mapped = ", ".join(f"{c} → {f}" for f, c in facts.columns.items())
            how = (
                _("  columns (guessed from the header): {columns}")
                if facts.guessed
                else _("  columns (as mapped): {columns}")
            )
            print(how.format(columns=mapped))
    if report.labels:
        print(_("Ratings:"))
        for use in report.labels:
            target = use.rating or _("(not mapped: kept as text)")
            how = f" [{use.how}]" if use.how else ""
            print(f"  {use.source}: {use.label!r} × {use.count} → {target}{how}")
    print_summary(report.summary)
    if report.backed_up:
        print(_("  (the case file was backed up first)"))

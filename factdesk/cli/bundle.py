"""``factdesk bundle ...``: export, import and inspect claim bundles."""

from __future__ import annotations

import argparse
from pathlib import Path

from factdesk.cli import output
from factdesk.i18n import _, ngettext, number
from factdesk.services import Case
from factdesk.services.bundles.contents import POLICIES, BundleContents, ImportSummary
from factdesk.services.claim_json import format_timestamp
from factdesk.services.records import STATUSES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bundle = sub.add_parser("bundle", help="export, import and inspect claim bundles")
    bsub = bundle.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = bsub.add_parser(
        "export", help="write claims to a .factbundle file (no ids and no filter: everything)"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("ids", nargs="*", metavar="CLAIM_ID", help="claims to export (ids or prefixes)")
    p.add_argument("--tag", help="only claims with this tag")
    p.add_argument("--status", choices=STATUSES, help="only claims with this status")
    p.add_argument("--title", help="a title for the bundle")
    p.set_defaults(run=run_export)

    p = bsub.add_parser("import", help="merge a bundle into the case file")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument(
        "--on-conflict",
        choices=POLICIES,
        default="skip",
        help="skip: keep the local copy (default); theirs: take the incoming copy; "
        "copy: add the incoming claim as a new, linked claim",
    )
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(run=run_import)

    p = bsub.add_parser("inspect", help="check a bundle without importing it and list its claims")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the claim files as JSON")
    p.set_defaults(run=run_inspect)
    run_inspect.needs_case = False  # type: ignore[attr-defined]
    run_inspect.on_server = True  # type: ignore[attr-defined]


# The bundle services (and pydantic) are imported when a bundle command runs,
# so that other commands start as fast as before.


def run_export(args: argparse.Namespace, case: Case) -> int:
    from factdesk.services.bundles import export_bundle

    result = export_bundle(
        case, args.output, claim_ids=args.ids, tag=args.tag, status=args.status, title=args.title
    )
    print(
        _("Exported {claims}, {evidence} and {attachments} to {path} ({size}).").format(
            claims=_claims(result.claims),
            evidence=_items(result.evidence),
            attachments=_attachments(result.attachments),
            path=result.path,
            size=_bytes(result.size),
        )
    )
    return 0


def _claims(n: int) -> str:
    return ngettext("{count} claim", "{count} claims", n).format(count=number(n))


def _items(n: int) -> str:
    return ngettext("{count} evidence item", "{count} evidence items", n).format(count=number(n))


def _attachments(n: int) -> str:
    return ngettext("{count} attachment", "{count} attachments", n).format(count=number(n))


def _bytes(n: int) -> str:
    return ngettext("{count} byte", "{count} bytes", n).format(count=number(n))


def run_import(args: argparse.Namespace, case: Case) -> int:
    from factdesk.services.bundles import apply_import, plan_import, preview

    if args.dry_run:
        summary = preview(plan_import(case, args.file, args.on_conflict))
    else:
        summary = apply_import(case, args.file, args.on_conflict)
    if args.json:
        output.print_json(summary.to_dict())
    else:
        print_summary(summary)
    return 0


def print_summary(summary: ImportSummary) -> None:
    head = (
        _("Dry run, nothing was changed. The import would give:")
        if summary.dry_run
        else _("Imported.")
    )
    print(head)
    ev = summary.evidence
    print(_("  added:     {claims}").format(claims=_claims(len(summary.added))))
    print(_("  updated:   {claims}").format(claims=_claims(len(summary.updated))))
    print(_("  unchanged: {claims}").format(claims=_claims(len(summary.unchanged))))
    print(_("  conflicts: {claims}").format(claims=_claims(len(summary.conflicts))))
    print(
        _(
            "  evidence:  {added} added, {updated} updated, {unchanged} unchanged, "
            "{conflicts} in conflict"
        ).format(
            added=number(ev.added),
            updated=number(ev.updated),
            unchanged=number(ev.unchanged),
            conflicts=number(ev.conflicts),
        )
    )
    settled = {
        "skip": _("kept the local copy"),
        "theirs": _("took the incoming copy (the local one is in the history)"),
        "copy": _("added the incoming claim as a new claim"),
    }
    for c in summary.conflicts:
        extra = f" {c.copy_id}" if c.copy_id else ""
        print(
            _("  conflict {id}: {settled} — {reason}").format(
                id=c.claim_id, settled=settled[c.settled] + extra, reason=c.reason
            )
        )
    for w in summary.warnings:
        print(_("  warning: {warning}").format(warning=w))


def run_inspect(args: argparse.Namespace, db: Path) -> int:
    from factdesk.services.bundles import inspect_bundle

    contents = inspect_bundle(args.file)
    if args.json:
        from factdesk.services.claim_json import claim_to_dict

        output.print_json(
            {
                "title": contents.title,
                "generator": contents.generator,
                "created_at": format_timestamp(contents.created_at),
                "claims": [claim_to_dict(c) for c in contents.claims],
                "warnings": list(contents.warnings),
            }
        )
    else:
        print_contents(contents)
    return 0


def print_contents(contents: BundleContents) -> None:
    print(
        _("{name}: a valid claim bundle (format version {version}).").format(
            name=contents.path.name, version=contents.format_version
        )
    )
    for label, value in (
        (_("Title"), contents.title),
        (_("Made by"), contents.generator),
        (_("Created by"), contents.created_by),
        (_("Newest change"), format_timestamp(contents.created_at)),
    ):
        if value:
            print(f"  {label + ':':15}{value}")
    print(
        "  "
        + _("{claims}, {evidence}, {attachments} ({size})").format(
            claims=_claims(len(contents.claims)),
            evidence=_items(contents.evidence_count),
            attachments=_attachments(len(contents.attachments)),
            size=_bytes(contents.attachment_bytes),
        )
    )
    if contents.ratings:
        print(
            _("  Ratings used:  {ratings}").format(
                ratings=", ".join(f"{r.key} ({r.label})" for r in contents.ratings)
            )
        )
    for w in contents.warnings:
        print(_("  warning: {warning}").format(warning=w))
    if contents.claims:
        print()
        print(f"{'ID':8}  {'STATUS':11}  {'RATING':12}  {'EV':>3}  CLAIM")
        for c in contents.claims:
            rating = c.verdict.rating if c.verdict else "-"
            print(
                f"{c.id[:8]}  {c.status:11}  {rating:12}  {len(c.evidence):>3}  "
                f"{output.shorten(c.text, 70)}"
            )

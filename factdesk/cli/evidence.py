"""``factdesk evidence add``, ``factdesk verdict set``, ``factdesk history``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.cli import output
from factdesk.i18n import _
from factdesk.services import Case, history_story, validation
from factdesk.services.records import KINDS, STANCES, Attachment


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = sub.add_parser("evidence", help="add evidence to a claim")
    esub = ev.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = esub.add_parser("add", help="add an evidence item; prints its id")
    p.add_argument("claim_id")
    p.add_argument(
        "--title", help="required unless a file is attached (a capture's page title, else its name)"
    )
    p.add_argument("--url")
    p.add_argument("--stance", choices=STANCES, default="unclear")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--publisher")
    p.add_argument("--author")
    p.add_argument("--published-on", metavar="YYYY-MM-DD")
    p.add_argument("--excerpt")
    p.add_argument("--notes")
    p.add_argument("--reliability", metavar="A-F", help="source reliability, A to F")
    p.add_argument("--credibility", metavar="1-6", help="information credibility, 1 to 6")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", type=Path)
    p.set_defaults(run=run_evidence_add)

    v = sub.add_parser("verdict", help="set a claim's verdict")
    vsub = v.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = vsub.add_parser("set", help="set or replace the verdict")
    p.add_argument("claim_id")
    p.add_argument("--rating", required=True, help="a key of the case file's rating scale")
    p.add_argument("--summary", required=True)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--rationale", help="Markdown text")
    group.add_argument("--rationale-file", type=Path, metavar="FILE")
    p.add_argument("--reviewer")
    p.set_defaults(run=run_verdict_set)

    h = sub.add_parser("history", help="show how a claim came to be as it is")
    h.add_argument("claim_id")
    h.add_argument("--json", action="store_true")
    h.set_defaults(run=run_history)


def run_evidence_add(args: argparse.Namespace, case: Case) -> int:
    if args.title is None and not args.attach:
        sys.stderr.write("factdesk evidence add: error: --title is required without --attach\n")
        return 2
    evidence = case.evidence.add(
        args.claim_id,
        title=args.title,
        url=args.url,
        stance=args.stance,
        kind=args.kind,
        publisher=args.publisher,
        author=args.author,
        published_on=args.published_on,
        excerpt=args.excerpt,
        notes=args.notes,
        source_reliability=args.reliability,
        info_credibility=args.credibility,
        attach=args.attach,
    )
    if evidence.title is None and evidence.attachments:
        evidence = case.evidence.update(evidence.id, title=evidence.attachments[0].filename)
    warn_about_attachments(case, evidence.attachments)
    print(evidence.id)
    return 0


def warn_about_attachments(case: Case, attachments: tuple[Attachment, ...]) -> None:
    """A capture that fails its integrity check, or an image not inspected, is said on stderr."""
    if not attachments:
        return
    found = case.attachments.for_digests([a.sha256 for a in attachments])
    for att in attachments:
        analysis = found.get(att.sha256)
        if analysis is None:
            continue
        if analysis.flagged and analysis.capture is not None:
            detail = analysis.capture.integrity.detail
            sys.stderr.write(
                f"factdesk: warning: {att.filename}: capture integrity failed: {detail}\n"
            )
        elif analysis.problem:
            sys.stderr.write(f"factdesk: warning: {att.filename}: {analysis.problem}\n")


def run_verdict_set(args: argparse.Namespace, case: Case) -> int:
    rationale = args.rationale
    if args.rationale_file is not None:
        rationale = validation.text_file(args.rationale_file, "rationale")
    verdict = case.verdicts.set(
        args.claim_id,
        rating=args.rating,
        summary=args.summary,
        rationale=rationale,
        reviewer=args.reviewer,
    )
    print(f"{verdict.claim_id}: {verdict.rating}")
    return 0


def run_history(args: argparse.Namespace, case: Case) -> int:
    claim_id = case.claims.resolve_id(args.claim_id)
    entries = case.history.for_claim(claim_id)
    if args.json:
        output.print_json([output.history_to_dict(e) for e in entries])
        return 0
    # The same sentences as the window's History tab, each with its day.
    titles = {e.id: e.title or "" for e in case.evidence.list(claim_id)}
    names = history_story.subjects(entries, titles)
    ratings = {r.key: r.label for r in case.ratings.scale()}
    told = [
        (e, sentence)
        for e in entries
        if (sentence := history_story.describe(e, names, ratings)) is not None
    ]
    if not told:
        print(_("No history."))
    for entry, sentence in told:
        print(f"{entry.at.astimezone():%Y-%m-%d} {sentence}")
    return 0

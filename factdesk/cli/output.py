"""Printing for the command line: JSON and plain-text tables."""

from __future__ import annotations

import json
import sys
from typing import Any

from factdesk.services.attachment_files import visible_name
from factdesk.services.claim_json import format_timestamp
from factdesk.services.records import Claim, ClaimRow, HistoryEntry


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_claim_rows(rows: list[ClaimRow]) -> None:
    if not rows:
        print("No claims.")
        return
    print(f"{'ID':8}  {'STATUS':11}  {'RATING':12}  {'EV':>3}  CLAIM")
    for row in rows:
        print(
            f"{row.id[:8]}  {row.status:11}  {row.rating or '-':12}  "
            f"{row.evidence_count:>3}  {shorten(row.text, 70)}"
        )


def print_claim(claim: Claim) -> None:
    print(f"Claim {claim.id}")
    print(f"  {claim.text}")
    for label, value in (
        ("Claimant", claim.claimant),
        (
            "Appeared in",
            " · ".join(
                str(v) for v in (claim.appeared_title, claim.appeared_url, claim.appeared_date) if v
            ),
        ),
        ("Language", claim.language),
        ("Status", claim.status),
        ("Tags", ", ".join(claim.tags)),
        ("Created", format_timestamp(claim.created_at)),
        ("Updated", format_timestamp(claim.updated_at)),
    ):
        if value:
            print(f"  {label + ':':13}{value}")
    if claim.notes:
        print("  Notes:")
        for line in claim.notes.splitlines():
            print(f"    {line}")
    print(f"\nEvidence ({len(claim.evidence)})")
    for n, ev in enumerate(claim.evidence, 1):
        grading = f" [{ev.grading}]" if ev.grading else ""
        print(f"  {n}. ({ev.stance}){grading} {ev.title or '(untitled)'}")
        meta = " · ".join(v for v in (ev.publisher, ev.author, str(ev.published_on or "")) if v)
        if meta:
            print(f"     {meta}")
        if ev.url:
            print(f"     {ev.url}")
        if ev.excerpt:
            print(f"     “{shorten(ev.excerpt, 200)}”")
        for att in ev.attachments:
            name = visible_name(att.filename)
            print(f"     attachment: {name} ({att.size} bytes, sha256 {att.sha256})")
        print(f"     id {ev.id}")
    print()
    if claim.verdict is None:
        print("Verdict: none yet")
    else:
        v = claim.verdict
        print(f"Verdict: {v.rating}" + (f" — {v.summary}" if v.summary else ""))
        who = " · ".join(x for x in (v.reviewer, format_timestamp(v.reviewed_at)) if x)
        if who:
            print(f"  reviewed by {who}")
        if v.rationale:
            for line in v.rationale.splitlines():
                print(f"  {line}")


def history_to_dict(e: HistoryEntry) -> dict[str, Any]:
    return {
        "at": format_timestamp(e.at),
        "author": e.author,
        "claim_id": e.claim_id,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "action": e.action,
        "changes": e.changes,
        "context": e.context or None,
    }

"""Claims as JSON objects in the claim bundle format's shape.

The bundle writer, ``--json`` output and reports all use this, so a claim
object printed by ``factdesk claims show --json`` is exactly a bundle claim file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factdesk.services import timestamps
from factdesk.services.records import Attachment, Claim, Evidence, Verdict


def format_timestamp(value: dt.datetime | None) -> str | None:
    """RFC 3339 UTC with a ``Z``; fractions of a second only when there are some."""
    return timestamps.format_timestamp(value) if value is not None else None


def format_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def attachment_to_dict(att: Attachment) -> dict[str, Any]:
    return {
        "sha256": att.sha256,
        "filename": att.filename,
        "media_type": att.media_type,
        "size": att.size,
    }


def evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    return {
        "id": ev.id,
        "kind": ev.kind,
        "title": ev.title,
        "url": ev.url,
        "publisher": ev.publisher,
        "author": ev.author,
        "published_on": format_date(ev.published_on),
        "accessed_at": format_timestamp(ev.accessed_at),
        "stance": ev.stance,
        "source_reliability": ev.source_reliability,
        "info_credibility": ev.info_credibility,
        "excerpt": ev.excerpt,
        "notes": ev.notes,
        "attachments": [attachment_to_dict(a) for a in ev.attachments],
        "created_at": format_timestamp(ev.created_at),
        "updated_at": format_timestamp(ev.updated_at),
    }


def verdict_to_dict(v: Verdict | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "rating": v.rating,
        "summary": v.summary,
        "rationale": v.rationale,
        "reviewer": v.reviewer,
        "reviewed_at": format_timestamp(v.reviewed_at),
    }


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    appeared: dict[str, Any] | None = None
    if claim.appeared_url or claim.appeared_title or claim.appeared_date:
        appeared = {
            "url": claim.appeared_url,
            "title": claim.appeared_title,
            "date": format_date(claim.appeared_date),
        }
    return {
        "id": claim.id,
        "text": claim.text,
        "claimant": claim.claimant,
        "appeared_in": appeared,
        "language": claim.language,
        "status": claim.status,
        "tags": list(claim.tags),
        "notes": claim.notes,
        "created_at": format_timestamp(claim.created_at),
        "updated_at": format_timestamp(claim.updated_at),
        "evidence": [evidence_to_dict(e) for e in claim.evidence],
        "verdict": verdict_to_dict(claim.verdict),
    }


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """A claim record from a bundle-shaped object (trusted input such as the sample case).

    Untrusted bundles are validated in full by the bundle reader first.
    """
    from factdesk.services import validation as v

    def ts(value: Any, field: str) -> dt.datetime:
        parsed = v.timestamp(value, field)
        if parsed is None:
            raise v.ValidationError(f"{field} is required.")
        return parsed

    claim_id = v.canonical_uuid(data["id"], "claim id")
    appeared = data.get("appeared_in") or {}
    evidence = []
    for pos, ev in enumerate(data.get("evidence") or []):
        evidence_id = v.canonical_uuid(ev["id"], "evidence id")
        evidence.append(
            Evidence(
                id=evidence_id,
                claim_id=claim_id,
                position=pos,
                kind=v.kind(ev.get("kind")),
                title=v.optional_text(ev.get("title"), "title"),
                url=v.url(ev.get("url")),
                publisher=v.optional_text(ev.get("publisher"), "publisher"),
                author=v.optional_text(ev.get("author"), "author"),
                published_on=v.date(ev.get("published_on"), "published_on"),
                accessed_at=v.timestamp(ev.get("accessed_at"), "accessed_at"),
                stance=v.stance(ev.get("stance")),
                source_reliability=v.reliability(ev.get("source_reliability")),
                info_credibility=v.credibility(ev.get("info_credibility")),
                excerpt=v.optional_text(ev.get("excerpt"), "excerpt"),
                notes=v.optional_text(ev.get("notes"), "notes"),
                created_at=ts(ev.get("created_at"), "created_at"),
                updated_at=ts(ev.get("updated_at"), "updated_at"),
                attachments=(),
            )
        )
    verdict = None
    if data.get("verdict"):
        vd = data["verdict"]
        verdict = Verdict(
            claim_id=claim_id,
            rating=vd["rating"],
            summary=v.optional_text(vd.get("summary"), "summary"),
            rationale=v.optional_text(vd.get("rationale"), "rationale"),
            reviewer=v.optional_text(vd.get("reviewer"), "reviewer"),
            reviewed_at=v.timestamp(vd.get("reviewed_at"), "reviewed_at"),
        )
    return Claim(
        id=claim_id,
        text=v.required_text(data.get("text"), "claim text"),
        claimant=v.optional_text(data.get("claimant"), "claimant"),
        appeared_url=v.url(appeared.get("url"), "appeared_in.url"),
        appeared_title=v.optional_text(appeared.get("title"), "appeared_in.title"),
        appeared_date=v.date(appeared.get("date"), "appeared_in.date"),
        language=v.optional_text(data.get("language"), "language"),
        status=v.status(data.get("status")),
        tags=tuple(sorted({v.tag(t) for t in data.get("tags") or []})),
        notes=v.optional_text(data.get("notes"), "notes"),
        created_at=ts(data.get("created_at"), "created_at"),
        updated_at=ts(data.get("updated_at"), "updated_at"),
        evidence=tuple(evidence),
        verdict=verdict,
    )

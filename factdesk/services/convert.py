"""ORM rows to plain records, and values to JSON-able form for history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factdesk.services import records as r
from factdesk.store import models as m


def attachment(row: m.Attachment) -> r.Attachment:
    return r.Attachment(
        id=row.id,
        evidence_id=row.evidence_id,
        sha256=row.sha256,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        created_at=row.created_at,
    )


def evidence(row: m.Evidence) -> r.Evidence:
    return r.Evidence(
        id=row.id,
        claim_id=row.claim_id,
        position=row.position,
        kind=row.kind,
        title=row.title,
        url=row.url,
        publisher=row.publisher,
        author=row.author,
        published_on=row.published_on,
        accessed_at=row.accessed_at,
        stance=row.stance,
        source_reliability=row.source_reliability,
        info_credibility=row.info_credibility,
        excerpt=row.excerpt,
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        attachments=tuple(attachment(a) for a in row.attachments),
    )


def verdict(row: m.Verdict | None) -> r.Verdict | None:
    if row is None:
        return None
    return r.Verdict(
        claim_id=row.claim_id,
        rating=row.rating,
        summary=row.summary,
        rationale=row.rationale,
        reviewer=row.reviewer,
        reviewed_at=row.reviewed_at,
    )


def claim(row: m.Claim) -> r.Claim:
    return r.Claim(
        id=row.id,
        text=row.text,
        claimant=row.claimant,
        appeared_url=row.appeared_url,
        appeared_title=row.appeared_title,
        appeared_date=row.appeared_date,
        language=row.language,
        status=row.status,
        tags=tuple(t.name for t in row.tags),
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        evidence=tuple(evidence(e) for e in row.evidence),
        verdict=verdict(row.verdict),
        copied_from=row.copied_from,
    )


def rating(row: m.Rating) -> r.Rating:
    return r.Rating(
        key=row.key, label=row.label, value=row.value, position=row.position, colour=row.colour
    )


def jsonable(value: Any) -> Any:
    """A value as history stores it: dates as ISO text, tuples as lists."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    return value

"""Content digests of records, for merge bookkeeping.

A record's digest is the SHA-256 of the canonical JSON of its content: for a
claim, its own fields, tags and verdict (not its evidence); for an evidence
item, its fields and attachments (not its position).  ``imported_digest``
keeps the digest of what was last imported, so a record whose current digest
differs has been edited locally since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from factdesk.services.records import Claim, Evidence, Verdict


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):  # datetimes too: always timezone-aware UTC here
        return value.isoformat()
    raise TypeError(f"cannot digest {type(value).__name__}")


# Built once: json.dumps would build an encoder for every record digested.
_CANONICAL = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_iso
)


def canonical_json(value: Any) -> bytes:
    return _CANONICAL.encode(value).encode("utf-8", "surrogatepass")


def sha256_of(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


def _verdict(v: Verdict | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "rating": v.rating,
        "summary": v.summary,
        "rationale": v.rationale,
        "reviewer": v.reviewer,
        "reviewed_at": v.reviewed_at,
    }


def claim_digest(claim: Claim) -> str:
    return sha256_of(
        {
            "id": claim.id,
            "text": claim.text,
            "claimant": claim.claimant,
            "appeared_url": claim.appeared_url,
            "appeared_title": claim.appeared_title,
            "appeared_date": claim.appeared_date,
            "language": claim.language,
            "status": claim.status,
            "tags": list(claim.tags),
            "notes": claim.notes,
            "created_at": claim.created_at,
            "updated_at": claim.updated_at,
            "verdict": _verdict(claim.verdict),
        }
    )


def evidence_digest(ev: Evidence) -> str:
    return sha256_of(
        {
            "id": ev.id,
            "kind": ev.kind,
            "title": ev.title,
            "url": ev.url,
            "publisher": ev.publisher,
            "author": ev.author,
            "published_on": ev.published_on,
            "accessed_at": ev.accessed_at,
            "stance": ev.stance,
            "source_reliability": ev.source_reliability,
            "info_credibility": ev.info_credibility,
            "excerpt": ev.excerpt,
            "notes": ev.notes,
            "attachments": [[a.sha256, a.filename, a.media_type, a.size] for a in ev.attachments],
            "created_at": ev.created_at,
            "updated_at": ev.updated_at,
        }
    )

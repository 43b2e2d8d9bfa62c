"""Content digests of records, for merge bookkeeping.

A record's digest is the SHA-256 of the canonical JSON of its content in the
bundle shape: for a claim, its claim file without the evidence list (its own
fields, tags and verdict); for an evidence item, its object in that list.
``imported_digest`` keeps the digest of what was last imported, so a record
whose current digest differs has been edited locally since.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from factdesk.services.claim_json import claim_to_dict, evidence_to_dict
from factdesk.services.records import Claim, Evidence


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def sha256_of(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


def claim_content(claim: Claim) -> dict[str, Any]:
    content = claim_to_dict(claim)
    del content["evidence"]
    return content


def claim_digest(claim: Claim) -> str:
    return sha256_of(claim_content(claim))


def evidence_digest(evidence: Evidence) -> str:
    return sha256_of(evidence_to_dict(evidence))

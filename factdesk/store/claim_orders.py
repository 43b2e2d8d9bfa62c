"""The claim list's orders in SQL, by sort key: one definition for every reader of the list."""

from __future__ import annotations

ORDER_KEYS = {
    "rating": "(SELECT r.position FROM verdicts v JOIN ratings r ON r.key = v.rating "
    "WHERE v.claim_id = claims.id)",
    "evidence_count": "(SELECT count(*) FROM evidence e WHERE e.claim_id = claims.id)",
    "text": "lower(claims.text)",
    "claimant": "lower(claims.claimant)",
    "status": "claims.status",
    "updated_at": "claims.updated_at",
    "created_at": "claims.created_at",
}

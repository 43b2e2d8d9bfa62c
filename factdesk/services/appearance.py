"""Which evidence item is the claim's own appearance: the thing being checked.

An evidence item whose address is the one where the claim appeared (the
claim's "appeared in" URL) documents the claim itself, not a source about
it; an image attached to it is the picture being checked.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from factdesk.services.records import Claim, Evidence


def normal_address(url: str | None) -> str | None:
    """An address compared loosely: scheme and host in lower case, no fragment or final slash."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.netloc:
        return None
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"


def is_appearance(claim: Claim, evidence: Evidence) -> bool:
    own = normal_address(claim.appeared_url)
    return own is not None and own == normal_address(evidence.url)

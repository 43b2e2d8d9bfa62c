"""The records the services hand out: plain, immutable, detached from any session.

They are declared, with what the program knows of each field, in
:mod:`factdesk.records`; this module is the services' name for them.
"""

from factdesk.records import (
    CREDIBILITY,
    KINDS,
    RELIABILITY,
    STANCES,
    STATUSES,
    UNRATED,
    Attachment,
    Claim,
    ClaimFilter,
    ClaimRow,
    ClaimSnapshot,
    Evidence,
    EvidenceSnapshot,
    HistoryEntry,
    Rating,
    Verdict,
)

__all__ = [
    "CREDIBILITY",
    "KINDS",
    "RELIABILITY",
    "STANCES",
    "STATUSES",
    "UNRATED",
    "Attachment",
    "Claim",
    "ClaimFilter",
    "ClaimRow",
    "ClaimSnapshot",
    "Evidence",
    "EvidenceSnapshot",
    "HistoryEntry",
    "Rating",
    "Verdict",
]

"""Plain, immutable data objects handed out by the services.

Front ends hold these safely: they are detached from any session and never
load anything lazily.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

STATUSES = ("new", "researching", "in_review", "published", "archived")
KINDS = (
    "article",
    "fact-check",
    "document",
    "statement",
    "dataset",
    "media",
    "interview",
    "other",
)
STANCES = ("supports", "refutes", "context", "unclear")
RELIABILITY = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


@dataclass(frozen=True)
class Rating:
    key: str
    label: str
    value: int | None
    position: int
    colour: str | None = None  # "#rrggbb" chosen by the user; None: from the place on the scale


@dataclass(frozen=True)
class Attachment:
    id: str
    evidence_id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    created_at: dt.datetime


@dataclass(frozen=True)
class Evidence:
    id: str
    claim_id: str
    position: int
    kind: str | None
    title: str | None
    url: str | None
    publisher: str | None
    author: str | None
    published_on: dt.date | None
    accessed_at: dt.datetime | None
    stance: str
    source_reliability: str | None
    info_credibility: int | None
    excerpt: str | None
    notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    attachments: tuple[Attachment, ...] = ()

    @property
    def grading(self) -> str:
        """Admiralty grading as analysts write it, e.g. "B2" ("" when ungraded)."""
        return f"{self.source_reliability or ''}{self.info_credibility or ''}"


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    rating: str
    summary: str | None
    rationale: str | None
    reviewer: str | None
    reviewed_at: dt.datetime | None


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    claimant: str | None
    appeared_url: str | None
    appeared_title: str | None
    appeared_date: dt.date | None
    language: str | None
    status: str
    tags: tuple[str, ...]
    notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    evidence: tuple[Evidence, ...] = ()
    verdict: Verdict | None = None
    copied_from: str | None = None


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claim list: what the list shows, without evidence bodies."""

    id: str
    text: str
    claimant: str | None
    status: str
    rating: str | None
    evidence_count: int
    updated_at: dt.datetime
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    author: str
    claim_id: str
    entity: str
    entity_id: str
    action: str
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ClaimSnapshot:
    """Everything needed to bring a deleted claim back: the record and its attachment bytes."""

    claim: Claim
    blobs: dict[str, bytes]


@dataclass(frozen=True)
class EvidenceSnapshot:
    evidence: Evidence
    blobs: dict[str, bytes]


@dataclass(frozen=True)
class ClaimFilter:
    status: str | None = None
    tag: str | None = None
    rating: str | None = None
    search: str | None = None

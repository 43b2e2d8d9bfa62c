"""What a bundle holds, what importing it would do, and what importing it did.

Plain frozen records, so the window can hold them and show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from factdesk.services.claim_json import claim_to_dict
from factdesk.services.records import Claim, Rating

Policy = Literal["skip", "theirs", "copy"]
POLICIES: tuple[Policy, ...] = ("skip", "theirs", "copy")


@dataclass(frozen=True)
class BundleContents:
    """A bundle that passed every check: its manifest facts, claims and attachment index."""

    path: Path
    format_version: int
    created_at: dt.datetime | None
    generator: str | None
    created_by: str | None
    title: str | None
    scale_name: str | None
    ratings: tuple[Rating, ...]
    claims: tuple[Claim, ...]
    attachments: tuple[tuple[str, int], ...]  # (sha256, size), sorted by sha256
    warnings: tuple[str, ...] = ()
    # Evidence items each claim's sender has deleted (claim id -> evidence ids).
    removed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def evidence_count(self) -> int:
        return sum(len(c.evidence) for c in self.claims)

    @property
    def attachment_bytes(self) -> int:
        return sum(size for _, size in self.attachments)


Action = Literal["add", "update", "unchanged", "conflict"]


@dataclass(frozen=True)
class PlannedEvidence:
    evidence_id: str
    action: Action
    reason: str = ""


@dataclass(frozen=True)
class PlannedClaim:
    """What importing one claim would do.

    ``incoming_claim`` and ``local_claim`` are the two versions as records;
    ``incoming`` and ``local`` give them as bundle-shaped dicts
    (``claims/<id>.json``), so a window can show them side by side.
    """

    claim_id: str
    action: Action
    claim_action: Action  # the claim's own fields, tags and verdict
    evidence: tuple[PlannedEvidence, ...]
    incoming_claim: Claim
    local_claim: Claim | None = None
    reason: str = ""
    conflict_fields: tuple[str, ...] = ()  # the claim's own fields in conflict, in plain words

    @property
    def incoming(self) -> dict[str, Any]:
        return claim_to_dict(self.incoming_claim)

    @property
    def local(self) -> dict[str, Any] | None:
        return claim_to_dict(self.local_claim) if self.local_claim is not None else None

    @property
    def conflicting_evidence(self) -> list[str]:
        return [e.evidence_id for e in self.evidence if e.action == "conflict"]


@dataclass(frozen=True)
class ImportPlan:
    """What importing a bundle into a case file would do, claim by claim."""

    bundle: BundleContents
    claims: tuple[PlannedClaim, ...]
    on_conflict: Policy
    warnings: tuple[str, ...]

    def ids(self, action: Action) -> list[str]:
        return [c.claim_id for c in self.claims if c.action == action]

    @property
    def added(self) -> list[str]:
        return self.ids("add")

    @property
    def updated(self) -> list[str]:
        return self.ids("update")

    @property
    def unchanged(self) -> list[str]:
        return self.ids("unchanged")

    @property
    def conflicts(self) -> list[PlannedClaim]:
        return [c for c in self.claims if c.action == "conflict"]


@dataclass(frozen=True)
class SettledConflict:
    claim_id: str
    settled: Policy
    reason: str
    copy_id: str | None = None  # the new claim's id when settled by copying

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "settled": self.settled,
            "reason": self.reason,
            "copy_id": self.copy_id,
        }


@dataclass(frozen=True)
class EvidenceCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, with ``dry_run``, would do): claim ids by outcome."""

    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    conflicts: tuple[SettledConflict, ...]
    warnings: tuple[str, ...]
    evidence: EvidenceCounts = field(default_factory=EvidenceCounts)
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "updated": list(self.updated),
            "unchanged": list(self.unchanged),
            "conflicts": [c.to_dict() for c in self.conflicts],
            "warnings": list(self.warnings),
            "evidence": self.evidence.to_dict(),
            "dry_run": self.dry_run,
        }

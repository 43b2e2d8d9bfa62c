"""Claim bundles: reproducible export, checked reading, and all-or-nothing import with merge.

The format is ``shared`` spec ``bundle-format-v1``.  The window's Import
bundle preview uses :func:`plan_import` (what would happen, with both
versions of each conflicting claim) and then :func:`apply_import` with the
user's choice per claim.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.services.bundles.contents import (
    POLICIES,
    BundleContents,
    EvidenceCounts,
    ImportPlan,
    ImportSummary,
    PlannedClaim,
    PlannedEvidence,
    Policy,
    SettledConflict,
)
from factdesk.services.bundles.errors import BundleError
from factdesk.services.bundles.limits import DEFAULT_LIMITS, Limits
from factdesk.services.bundles.merge import apply_import, plan_import, preview
from factdesk.services.bundles.reader import read_bundle
from factdesk.services.bundles.writer import ExportResult, export_bundle
from factdesk.services.progress import Progress


def inspect_bundle(
    path: Path, *, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None
) -> BundleContents:
    """Check a bundle completely, without importing it, and return what it holds."""
    return read_bundle(Path(path), limits, progress)


__all__ = [
    "DEFAULT_LIMITS",
    "POLICIES",
    "BundleContents",
    "BundleError",
    "EvidenceCounts",
    "ExportResult",
    "ImportPlan",
    "ImportSummary",
    "Limits",
    "PlannedClaim",
    "PlannedEvidence",
    "Policy",
    "SettledConflict",
    "apply_import",
    "export_bundle",
    "inspect_bundle",
    "plan_import",
    "preview",
]

"""Claim bundles: reproducible export, checked reading, and all-or-nothing import with merge.

The format is ``shared`` spec ``bundle-format-v1``.  The window's Import
bundle preview uses :func:`plan_import` (what would happen, with both
versions of each conflicting claim) and then :func:`apply_import` with the
user's choice per claim.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from factdesk.services.bundles.writer import ExportResult, export_bundle
    from factdesk.services.progress import Progress

# The package loads a part when one of its names is first used: the reader
# brings pydantic, which neither the window nor most commands need.
_PARTS = {
    "POLICIES": "contents",
    "BundleContents": "contents",
    "EvidenceCounts": "contents",
    "ImportPlan": "contents",
    "ImportSummary": "contents",
    "PlannedClaim": "contents",
    "PlannedEvidence": "contents",
    "Policy": "contents",
    "SettledConflict": "contents",
    "BundleError": "errors",
    "DEFAULT_LIMITS": "limits",
    "Limits": "limits",
    "apply_import": "merge",
    "plan_import": "merge",
    "preview": "merge",
    "read_bundle": "reader",
    "ExportResult": "writer",
    "export_bundle": "writer",
}


def __getattr__(name: str) -> Any:
    part = _PARTS.get(name)
    if part is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{part}"), name)
    globals()[name] = value
    return value


def inspect_bundle(
    path: Path, *, limits: Limits | None = None, progress: Progress | None = None
) -> BundleContents:
    """Check a bundle completely, without importing it, and return what it holds."""
    from factdesk.services.bundles.limits import DEFAULT_LIMITS
    from factdesk.services.bundles.reader import read_bundle

    return read_bundle(Path(path), limits or DEFAULT_LIMITS, progress)


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

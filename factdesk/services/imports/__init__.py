"""Importing what fact-checkers publish and keep: ClaimReview, spreadsheets, citations.

:func:`preview_import` works out what an import would do (a dry run: the
import rolled back) and :func:`run_import` does it, in one transaction after
a backup.  Readers live in their own modules (pages, feeds, tables,
citations); heavy libraries are imported only when a file needs them.
"""

from factdesk.services.imports.engine import (
    ImportOptions,
    ImportReport,
    LabelUse,
    PreviewRow,
    preview_import,
    run_import,
)
from factdesk.services.imports.errors import ImportRefused, NeedsColumnMap
from factdesk.services.imports.records import AS_CHOICES, FORMATS
from factdesk.services.imports.tables import FIELDS

__all__ = [
    "AS_CHOICES",
    "FIELDS",
    "FORMATS",
    "ImportOptions",
    "ImportRefused",
    "ImportReport",
    "LabelUse",
    "NeedsColumnMap",
    "PreviewRow",
    "preview_import",
    "run_import",
]

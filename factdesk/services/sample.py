"""The sample case a first-time user sees: a real fact-check, told in FactDesk's words."""

from __future__ import annotations

import atexit
import contextlib
import json
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk.errors import NotFoundError
from factdesk.paths import resources_dir
from factdesk.services.case import Case
from factdesk.services.claim_json import claim_from_dict
from factdesk.services.records import ClaimSnapshot
from factdesk.settings import Settings

SAMPLE_FILE = "sample_case.json"


@dataclass
class SampleResult:
    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)


def load_sample_case(case: Case) -> SampleResult:
    """Add the sample claims (fixed ids); claims already present are left alone."""
    raw = json.loads((resources_dir() / SAMPLE_FILE).read_text(encoding="utf-8"))
    result = SampleResult()
    for data in raw["claims"]:
        claim = claim_from_dict(data)
        try:
            case.claims.get(claim.id)
        except NotFoundError:
            case.claims.restore(ClaimSnapshot(claim=claim, blobs={}), action="create")
            result.added.append(claim.id)
        else:
            result.present.append(claim.id)
    return result


SAMPLE_MAIN_CLAIM = "84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6"  # rated false, a short report
_preview_lock = threading.Lock()
_preview: dict[str, Any] = {}


def sample_report(language: str, settings: Settings) -> str:
    """The sample case's report on one claim, in ``language``: the settings' live preview.

    The sample lives in a private temporary case file made on first use and
    removed when the program ends; the user's case file is never touched.
    """
    from factdesk.services.case import open_case
    from factdesk.services.reports import render_report

    with _preview_lock:
        case = _preview.get("case")
        if case is None:
            folder = Path(tempfile.mkdtemp(prefix="factdesk-preview-"))
            case = open_case(folder / "sample.factdesk", author="FactDesk", daily_backup=False)
            load_sample_case(case)
            _preview["case"] = case
            atexit.register(_remove_preview, case, folder)
        return render_report(case, [SAMPLE_MAIN_CLAIM], settings=settings, language=language).html


def _remove_preview(case: Case, folder: Path) -> None:
    with contextlib.suppress(Exception):
        case.close()
    shutil.rmtree(folder, ignore_errors=True)

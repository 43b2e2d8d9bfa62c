"""The sample case a first-time user sees: a real fact-check, told in FactDesk's words."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from factdesk.errors import NotFoundError
from factdesk.paths import resources_dir
from factdesk.services.case import Case
from factdesk.services.claim_json import claim_from_dict
from factdesk.services.records import ClaimSnapshot

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

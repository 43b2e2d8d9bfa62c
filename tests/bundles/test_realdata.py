"""Real fact-check data (AVeriTeC dev, 500 claims) through a bundle written by another tool."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import, export_bundle, inspect_bundle
from factdesk.services.claim_json import claim_to_dict
from tests.bundles import builders as b
from tests.conftest import shared_file

LABELS = {
    "Supported": "true",
    "Refuted": "false",
    "Conflicting Evidence/Cherrypicking": "misleading",
    "Not Enough Evidence": "unproven",
}
SCALE = {
    "true": {"key": "true", "label": "True", "value": 5},
    "false": {"key": "false", "label": "False", "value": 1},
    "misleading": {"key": "misleading", "label": "Misleading", "value": None},
    "unproven": {"key": "unproven", "label": "Unproven", "value": None},
}
NS = uuid.UUID("7d1c2a4e-5b6f-4c3d-9e8f-0a1b2c3d4e5f")


def web(url: Any) -> str | None:
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def averitec_parts(items: list[dict[str, Any]]) -> dict[str, Any]:
    claims = []
    for n, item in enumerate(items):
        claim_id = str(uuid.uuid5(NS, f"claim/{n}"))
        said = dt.datetime.strptime(item.get("claim_date") or "01-01-2020", "%d-%m-%Y").date()
        created = f"{said.isoformat()}T12:00:00Z"
        evidence = []
        for q, question in enumerate(item.get("questions") or []):
            for a, answer in enumerate(question.get("answers") or []):
                url = web(answer.get("source_url"))
                if url is None:
                    continue
                evidence.append(
                    b.evidence(
                        str(uuid.uuid5(NS, f"evidence/{n}/{q}/{a}")),
                        kind="article",
                        title=question["question"],
                        url=url,
                        excerpt=answer.get("answer") or None,
                        stance="context",
                        source_reliability=None,
                        info_credibility=None,
                        notes=answer.get("answer_type"),
                        created_at=created,
                        updated_at=created,
                    )
                )
        claims.append(
            b.claim(
                claim_id,
                evidence,
                text=item["claim"],
                claimant=item.get("speaker"),
                appeared_in={"url": web(item.get("original_claim_url")), "date": said.isoformat()},
                tags=[t for t in item.get("claim_types") or []],
                created_at=created,
                updated_at=created,
                verdict={
                    "rating": LABELS[item["label"]],
                    "rationale": item.get("justification"),
                    "reviewer": "AVeriTeC annotators",
                },
            )
        )
    used = {c["verdict"]["rating"] for c in claims}
    newest = max(c["updated_at"] for c in claims)
    return {
        "manifest": b.manifest(
            [c["id"] for c in claims],
            [SCALE[k] for k in SCALE if k in used],
            created_at=newest,
            title="AVeriTeC dev",
        ),
        "claims": claims,
        "attachments": {},
    }


@pytest.mark.slow
def test_averitec_imports_and_round_trips(tmp_path: Path, case: Case) -> None:
    items = json.loads(shared_file("realdata", "averitec_dev.json").read_text(encoding="utf-8"))
    parts = averitec_parts(items)
    source = b.build(tmp_path / "averitec.factbundle", parts)
    contents = inspect_bundle(source)
    assert len(contents.claims) == 500 and contents.evidence_count > 1000

    summary = apply_import(case, source)
    assert len(summary.added) == 500 and not summary.conflicts and not summary.warnings
    refuted = next(c for c in parts["claims"] if c["verdict"]["rating"] == "false")
    got = case.claims.get(refuted["id"])
    assert got.text == refuted["text"] and got.verdict.rating == "false"
    assert [e.url for e in got.evidence] == [e["url"] for e in refuted["evidence"]]
    assert got.created_at == dt.datetime.fromisoformat(refuted["created_at"].replace("Z", "+00:00"))

    first = tmp_path / "first.factbundle"
    export_bundle(case, first)
    with open_case(tmp_path / "other.factdesk") as other:
        assert len(apply_import(other, first).added) == 500
        export_bundle(other, tmp_path / "second.factbundle")
        ids = case.claims.list_ids()
        assert [claim_to_dict(c) for c in other.claims.get_many(ids)] == [
            claim_to_dict(c) for c in case.claims.get_many(ids)
        ]
    assert (tmp_path / "second.factbundle").read_bytes() == first.read_bytes()
    assert len(apply_import(case, first).unchanged) == 500

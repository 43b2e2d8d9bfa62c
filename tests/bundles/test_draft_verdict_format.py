"""``draft_verdict``: what the format allows, what a reader refuses, what a writer writes.

A draft is a verdict without a rating, carried beside ``"verdict": null``.
These tests hold the reader and the writer to the rules the specification
states for it (resources/bundle-format-v1.md, "draft_verdict").
"""

from __future__ import annotations

import copy
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from factdesk.services import Case, open_case
from factdesk.services.bundles import BundleError, apply_import, export_bundle, inspect_bundle
from tests.bundles import builders as b

ENTRY = f"claims/{b.C2}.json"


@pytest.fixture
def case(tmp_path: Path) -> Case:
    c = open_case(tmp_path / "case.factdesk", daily_backup=False)
    yield c
    c.close()


def with_draft(tmp_path: Path, draft: Any, *, on: str = b.C2, **claim: Any) -> Path:
    parts = copy.deepcopy(b.valid_parts())
    for c in parts["claims"]:
        if c["id"] == on:
            c["draft_verdict"] = draft
            c.update(claim)
    return b.build(tmp_path / "draft.factbundle", parts)


def exported_claim(case: Case, tmp_path: Path, claim_id: str = b.C2) -> dict[str, Any]:
    out = tmp_path / "out.factbundle"
    export_bundle(case, out)
    with zipfile.ZipFile(out) as zf:
        data: dict[str, Any] = json.loads(zf.read(f"claims/{claim_id}.json"))
    return data


def test_a_draft_arrives_as_a_verdict_without_a_rating_and_leaves_as_it_came(
    tmp_path: Path, case: Case
) -> None:
    draft = {"summary": "Probably false", "rationale": "The *log* says otherwise.",
             "reviewer": "Ana", "reviewed_at": "2024-03-02t11:30:00.5+01:00"}  # fmt: skip
    apply_import(case, with_draft(tmp_path, draft))
    stored = case.claims.get(b.C2).verdict
    assert stored is not None and stored.rating is None
    assert (stored.summary, stored.reviewer) == ("Probably false", "Ana")
    data = exported_claim(case, tmp_path)
    assert data["verdict"] is None
    assert data["draft_verdict"] == {
        "summary": "Probably false",
        "rationale": "The *log* says otherwise.",
        "reviewer": "Ana",
        "reviewed_at": "2024-03-02T10:30:00.500000Z",  # normalised to UTC
    }


def test_a_draft_uses_no_rating_so_the_scale_need_not_list_one(tmp_path: Path) -> None:
    parts = copy.deepcopy(b.valid_parts())
    parts["claims"][0]["verdict"] = None
    parts["claims"][0]["draft_verdict"] = {"summary": "Not sure yet"}
    parts["manifest"]["rating_scale"]["ratings"] = []
    contents = inspect_bundle(b.build(tmp_path / "noscale.factbundle", parts))
    assert contents.warnings == ()


@pytest.mark.parametrize(
    ("draft", "claim", "path", "fragment"),
    [
        ({"summary": "s"}, {"verdict": {"rating": "false", "summary": "No."}},
         "$.draft_verdict", "must be null when the claim has a verdict"),
        ("Probably false", {}, "$.draft_verdict", "must be an object"),
        ([{"summary": "s"}], {}, "$.draft_verdict", "must be an object"),
        ({"summary": 5}, {}, "$.draft_verdict.summary", "must be text"),
        ({"reviewed_at": "1969-12-31T23:59:59Z"}, {}, "$.draft_verdict.reviewed_at",
         "outside the accepted range"),
        ({"reviewed_at": "2024-03-02T11:30:00Z\n"}, {}, "$.draft_verdict.reviewed_at", ""),
        ({"reviewer": "bell \u0007"}, {}, "$.draft_verdict.reviewer", "control character"),
        ({"summary": "s"}, {"verdict": {"rating": None, "summary": "s"}},
         "$.verdict.rating", "must be text"),
    ],
)  # fmt: skip
def test_what_a_reader_refuses_in_a_draft(
    tmp_path: Path, case: Case, draft: Any, claim: dict[str, Any], path: str, fragment: str
) -> None:
    bundle = with_draft(tmp_path, draft, on=b.C1 if "verdict" in claim else b.C2, **claim)
    with pytest.raises(BundleError) as refused:
        apply_import(case, bundle)
    message = str(refused.value)
    assert path in message and fragment in message, message
    assert case.claims.count() == 0


@pytest.mark.parametrize(
    "extra",
    [
        {"rating": "false"},
        {"rating": None},
        {"rating": "pants-on-fire"},  # on no scale: once a failed write
        {"rating": {"key": "false"}},  # not text: once an internal error
        {"rating": 2**70},  # beyond 64 bits: once an internal error
        {"mood": "sure"},
    ],
)
def test_a_key_the_draft_does_not_define_is_ignored_with_a_warning(
    tmp_path: Path, case: Case, extra: dict[str, Any]
) -> None:
    (key,) = extra
    summary = apply_import(case, with_draft(tmp_path, {"summary": "s", **extra}))
    assert f"{ENTRY}: $.draft_verdict.{key}: unknown field, ignored" in summary.warnings
    stored = case.claims.get(b.C2).verdict
    assert stored is not None and stored.rating is None and stored.summary == "s"
    assert "pants-on-fire" not in {r.key for r in case.ratings.scale()}


@pytest.mark.parametrize("draft", [{}, {"summary": None}, {"summary": "", "rationale": ""}])
def test_an_empty_draft_is_kept_as_an_empty_draft_and_written_with_null_fields(
    tmp_path: Path, case: Case, draft: dict[str, Any]
) -> None:
    apply_import(case, with_draft(tmp_path, draft))
    stored = case.claims.get(b.C2).verdict
    assert stored is not None and stored.rating is None and stored.summary is None
    assert exported_claim(case, tmp_path)["draft_verdict"] == {
        "summary": None, "rationale": None, "reviewer": None, "reviewed_at": None,
    }  # fmt: skip


def test_a_null_or_absent_draft_is_no_verdict_at_all(tmp_path: Path, case: Case) -> None:
    apply_import(case, with_draft(tmp_path, None))
    assert case.claims.get(b.C2).verdict is None
    assert "draft_verdict" not in exported_claim(case, tmp_path)


def test_a_writer_refuses_a_draft_a_reader_would_refuse_naming_the_field(
    tmp_path: Path, case: Case
) -> None:
    apply_import(case, with_draft(tmp_path, {"summary": "s"}))
    con = sqlite3.connect(case.path)
    with con:
        con.execute("UPDATE verdicts SET rationale = ? WHERE claim_id = ?", ("x" * 1_000_001, b.C2))
    con.close()
    target = tmp_path / "out.factbundle"
    with pytest.raises(BundleError) as refused:
        export_bundle(case, target)
    assert "$.draft_verdict.rationale" in str(refused.value)
    assert not target.exists()

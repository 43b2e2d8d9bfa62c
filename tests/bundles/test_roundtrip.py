"""Export is reproducible, and export → import → export gives the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdesk.paths import resources_dir
from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import, export_bundle, inspect_bundle
from factdesk.services.bundles.schema import SCHEMA_FILE, json_schema_text
from factdesk.services.captures import capture_format
from factdesk.services.claim_json import claim_to_dict
from factdesk.services.records import KINDS, STANCES, STATUSES

SCALE = ("true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven")

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.strip())
maybe = lambda s: st.none() | s  # noqa: E731

evidence_st = st.fixed_dictionaries(
    {
        "title": maybe(text),
        "url": maybe(st.sampled_from(["https://example.org/a", "http://example.net/b?c=1"])),
        "stance": st.sampled_from(STANCES),
        "kind": maybe(st.sampled_from(KINDS)),
        "publisher": maybe(text),
        "excerpt": maybe(text),
        "published_on": maybe(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
        "source_reliability": maybe(st.sampled_from("ABCDEF")),
        "info_credibility": maybe(st.integers(1, 6)),
    }
)
# Any bytes but those that look like a web capture (which must read as one, or be refused).
plain_bytes = st.binary(max_size=64).filter(lambda b: capture_format(b) is None)
claim_st = st.fixed_dictionaries(
    {
        "text": text,
        "claimant": maybe(text),
        "status": st.sampled_from(STATUSES),
        "tags": st.lists(text.map(lambda t: t.strip()[:50] or "x"), max_size=3),
        "notes": maybe(text),
        "evidence": st.lists(st.tuples(evidence_st, st.lists(plain_bytes, max_size=2)), max_size=3),
        "verdict": maybe(st.tuples(st.sampled_from(SCALE), maybe(text))),
    }
)


def fill(case: Case, claims: list[dict], files: Path) -> None:
    for n, spec in enumerate(claims):
        c = case.claims.create(
            spec["text"],
            claimant=spec["claimant"],
            status=spec["status"],
            tags=spec["tags"],
            notes=spec["notes"],
        )
        for m, (fields, blobs) in enumerate(spec["evidence"]):
            paths = []
            for k, data in enumerate(blobs):
                p = files / f"{n}-{m}-{k}.bin"
                p.write_bytes(data)
                paths.append(p)
            case.evidence.add(c.id, attach=paths, **fields)
        if spec["verdict"]:
            rating, summary = spec["verdict"]
            case.verdicts.set(c.id, rating=rating, summary=summary)


@pytest.fixture(scope="module")
def empty_case_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.factdesk"
    open_case(path).close()
    return path


@pytest.mark.slow
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(claims=st.lists(claim_st, max_size=3))
def test_export_import_export_gives_the_same_bytes(empty_case_file: Path, claims: list) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        shutil.copy(empty_case_file, tmp / "a.factdesk")
        shutil.copy(empty_case_file, tmp / "b.factdesk")
        with open_case(tmp / "a.factdesk") as a, open_case(tmp / "b.factdesk") as b:
            fill(a, claims, tmp)
            export_bundle(a, tmp / "1.factbundle")
            export_bundle(a, tmp / "2.factbundle")
            first = (tmp / "1.factbundle").read_bytes()
            assert (tmp / "2.factbundle").read_bytes() == first
            summary = apply_import(b, tmp / "1.factbundle")
            assert len(summary.added) == len(claims) and not summary.warnings
            export_bundle(b, tmp / "3.factbundle")
            assert (tmp / "3.factbundle").read_bytes() == first
            ids = a.claims.list_ids()
            mine = [claim_to_dict(c) for c in a.claims.get_many(ids)]
            assert [claim_to_dict(c) for c in b.claims.get_many(ids)] == mine


def test_entries_are_sorted_deflated_and_fixed(sample_case: Case, tmp_path: Path) -> None:
    evidence = sample_case.claims.get("8bb6f14a").evidence[0]
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG not really" * 10)
    sample_case.evidence.attach(evidence.id, shot)
    path = tmp_path / "s.factbundle"
    export_bundle(sample_case, path)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names == sorted(names) and names[-1] == "manifest.json"
        assert names[0].startswith("attachments/")
        for info in infos:
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr == 0o644 << 16
            assert info.compress_type == zipfile.ZIP_DEFLATED
        manifest = zf.read("manifest.json")
    assert not manifest.startswith(b"\xef\xbb\xbf") and b"\r" not in manifest
    data = json.loads(manifest)
    newest = sample_case.claims.get("8bb6f14a").updated_at
    assert data["created_at"] == newest.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert [r["key"] for r in data["rating_scale"]["ratings"]] == ["false", "unproven"]


def test_the_shipped_sample_bundle_is_what_the_exporter_writes(
    sample_case: Case, tmp_path: Path
) -> None:
    shipped = resources_dir() / "sample_case.factbundle"
    export_bundle(sample_case, tmp_path / "sample.factbundle")
    assert (tmp_path / "sample.factbundle").read_bytes() == shipped.read_bytes(), (
        "regenerate it: factdesk --db /tmp/s.factdesk demo && "
        "factdesk --db /tmp/s.factdesk bundle export -o resources/sample_case.factbundle"
    )
    with open_case(tmp_path / "fresh.factdesk") as fresh:
        apply_import(fresh, shipped)
        export_bundle(fresh, tmp_path / "again.factbundle")
    assert (tmp_path / "again.factbundle").read_bytes() == shipped.read_bytes()


def test_the_shipped_json_schema_is_what_the_models_generate() -> None:
    shipped = (resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == json_schema_text(), (
        "regenerate it: python -m factdesk.services.bundles.write_schema"
    )
    schema = json.loads(shipped)
    assert {"Manifest", "ClaimFile", "EvidenceFile"} <= set(schema["$defs"])


def test_export_chooses_claims_by_id_tag_and_status(case: Case, tmp_path: Path) -> None:
    one = case.claims.create("One", tags=["ports"], status="published")
    two = case.claims.create("Two", tags=["ports"])
    three = case.claims.create("Three")

    def exported(**kw: object) -> set[str]:
        path = tmp_path / "x.factbundle"
        export_bundle(case, path, **kw)  # type: ignore[arg-type]
        return {c.id for c in inspect_bundle(path).claims}

    assert exported() == {one.id, two.id, three.id}
    assert exported(claim_ids=[three.id[:8]]) == {three.id}
    assert exported(tag="ports") == {one.id, two.id}
    assert exported(tag="ports", status="published") == {one.id}
    assert exported(claim_ids=[one.id, three.id], tag="ports") == {one.id}


def test_an_empty_export_is_a_valid_bundle(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "empty.factbundle"
    export_bundle(case, path)
    contents = inspect_bundle(path)
    assert contents.claims == () and contents.created_at is None


def test_a_failed_export_leaves_no_file_behind(
    sample_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factdesk.services.bundles import writer

    def broken(*args: object, **kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", broken)
    target = tmp_path / "out" / "x.factbundle"
    target.parent.mkdir()
    with pytest.raises(Exception, match="No space left"):
        export_bundle(sample_case, target)
    assert list(target.parent.iterdir()) == []

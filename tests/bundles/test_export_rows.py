"""Export reads rows straight from the case file: the claim files must be claim_to_dict's."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from factdesk.services import Case
from factdesk.services.bundles import export_bundle, inspect_bundle
from factdesk.services.bundles.export_rows import bundle_timestamp
from factdesk.services.claim_json import claim_to_dict, format_timestamp


def test_every_claim_file_is_the_claim_as_claim_to_dict_gives_it(
    sample_case: Case, tmp_path: Path
) -> None:
    extra = sample_case.claims.create(
        "Turnout was 98 percent",
        claimant="A party spokesman",
        appeared_url="https://example.org/interview",
        appeared_title="Morning interview",
        appeared_date=dt.date(2024, 2, 29),
        tags=["turnout", "elections"],
        language="en",
    )
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG not really")
    ev = sample_case.evidence.add(
        extra.id,
        title="Official count",
        published_on=dt.date(2024, 3, 1),
        accessed_at=dt.datetime(2024, 3, 2, 9, 30, tzinfo=dt.UTC),
        attach=[shot, shot],
    )
    sample_case.evidence.add(extra.id, title="Second source", stance="refutes")
    sample_case.verdicts.set(extra.id, rating="false", summary="It was 61 percent")
    assert ev.accessed_at is not None and ev.accessed_at.microsecond == 0

    path = tmp_path / "all.factbundle"
    export_bundle(sample_case, path)
    ids = sample_case.claims.list_ids()
    with zipfile.ZipFile(path) as zf:
        for claim in sample_case.claims.get_many(ids):
            assert json.loads(zf.read(f"claims/{claim.id}.json")) == claim_to_dict(claim)


def test_stored_timestamps_are_written_as_format_timestamp_writes_them() -> None:
    for value in (
        dt.datetime(2024, 3, 1, 12, 0, 0, tzinfo=dt.UTC),
        dt.datetime(2024, 3, 1, 12, 0, 0, 5, tzinfo=dt.UTC),
        dt.datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC),
    ):
        stored = value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        assert bundle_timestamp(stored) == format_timestamp(value)
    assert bundle_timestamp(None) is None


def test_an_attachment_that_deflates_too_well_is_stored_and_the_bundle_accepted(
    sample_case: Case, tmp_path: Path
) -> None:
    blank = tmp_path / "blank.bmp"
    blank.write_bytes(bytes(400_000))  # deflates far beyond the readers' 100:1 limit
    claim_id = sample_case.claims.list_ids()[0]
    ev = sample_case.evidence.add(claim_id, title="A blank scan", attach=[blank])
    path = tmp_path / "dense.factbundle"
    export_bundle(sample_case, path)
    first = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
    sha = ev.attachments[0].sha256
    assert kinds.pop(f"attachments/{sha}") == zipfile.ZIP_STORED
    assert set(kinds.values()) == {zipfile.ZIP_DEFLATED}
    assert len(inspect_bundle(path).claims) == len(sample_case.claims.list_ids())
    export_bundle(sample_case, path)
    assert path.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []

"""The second hostile round: strictness the format promises, ZIP tricks, counts and sizes.

Each bundle here is valid but for one thing; each must be refused with a
message naming the entry and the path of that thing, leaving the case file
exactly as it was (and never an internal error).
"""

from __future__ import annotations

import copy
import json
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factdesk.services import Case, limits
from factdesk.services.bundles import BundleError, apply_import, inspect_bundle
from factdesk.services.bundles.reader import read_bundle
from tests.bundles import builders as b
from tests.helpers import table_dump

Maker = Callable[[Path], Any]
CLAIM1 = f"claims/{b.C1}.json".encode()


def parts_with(change: Callable[[dict[str, Any]], Any]) -> Maker:
    def make(path: Path) -> None:
        parts = copy.deepcopy(b.valid_parts())
        change(parts)
        # Stored: long runs of one letter would otherwise trip the zip-bomb ratio first.
        b.build(path, parts, compression=zipfile.ZIP_STORED)

    return make


def claim_file_with(key: str, value: Any) -> Maker:
    """Claim 1's file with one value changed, its entry name left as it was."""

    def make(path: Path) -> None:
        parts = b.valid_parts()
        entries = b.entries_of(parts)
        changed = {**parts["claims"][0], key: value}
        entries[CLAIM1.decode()] = b.dump(changed)
        b.write_zip(path, entries)

    return make


def set_claim(key: str, value: Any) -> Maker:
    return parts_with(lambda p: p["claims"][0].__setitem__(key, value))


def set_evidence(key: str, value: Any) -> Maker:
    return parts_with(lambda p: p["claims"][0]["evidence"][0].__setitem__(key, value))


def set_verdict(key: str, value: Any) -> Maker:
    return parts_with(lambda p: p["claims"][0]["verdict"].__setitem__(key, value))


def raw(change: Callable[[bytes], bytes], **kw: Any) -> Maker:
    def make(path: Path) -> None:
        data = b.build(path, **kw).read_bytes()
        path.write_bytes(change(data))

    return make


def claim_bytes(text: bytes) -> Maker:
    def make(path: Path) -> None:
        entries = b.entries_of(b.valid_parts())
        entries[CLAIM1.decode()] = text
        b.write_zip(path, entries, compression=zipfile.ZIP_STORED)

    return make


def with_extra_entry(name: str, written_as: str, data: bytes = b"x") -> Maker:
    """The valid bundle plus one entry whose name is patched to ``name`` (same length)."""

    def make(path: Path) -> None:
        entries = b.entries_of(b.valid_parts())
        entries[written_as] = data
        b.write_zip(path, entries)
        path.write_bytes(
            b.patch_entry(path.read_bytes(), written_as.encode(), new_name=name.encode())
        )

    return make


def renamed_manifest(name: bytes) -> Maker:
    return raw(lambda d: b.patch_entry(d, b"manifest.json", new_name=name))


def many_evidence(n: int) -> bytes:
    claim = b.claim(b.C1, [])
    text = json.dumps(claim).replace('"evidence": []', '"evidence": [' + ",".join(["{}"] * n) + "]")
    return text.encode()


def _ratings(n: int) -> Callable[[dict[str, Any]], None]:
    def change(parts: dict[str, Any]) -> None:
        steps = [{"key": f"k{i}", "label": f"K{i}", "value": None} for i in range(n)]
        parts["manifest"]["rating_scale"]["ratings"] = [b.FALSE, *steps]

    return change


LONG = "x" * (limits.TEXT_CHARS + 1)
NL_UUID = b.E1 + "\n"

CASES: list[tuple[str, Maker, str]] = [
    # -- full-match semantics: "$" must not match before a final newline -------------
    ("evidence id + newline", set_evidence("id", NL_UUID), "$.evidence[0].id"),
    ("claim id + newline", claim_file_with("id", b.C1 + "\n"), "$.id"),
    (
        "sha256 + newline",
        parts_with(
            lambda p: p["claims"][0]["evidence"][0]["attachments"][0].__setitem__(
                "sha256", b.ATT_SHA + "\n"
            )
        ),
        "is not a SHA-256",
    ),
    ("date + newline", set_evidence("published_on", "2024-01-02\n"), "YYYY-MM-DD"),
    ("timestamp + newline", set_claim("created_at", b.T0 + "\n"), "RFC 3339"),
    ("Arabic-Indic digits in a date", set_evidence("published_on", "٢٠٢٤-01-02"), "YYYY-MM-DD"),
    # -- ZIP names and headers ---------------------------------------------------------
    (
        "NUL in an extra entry's name",
        with_extra_entry("manifest.json\x00.exe", "manifest.json_.exe"),
        "NUL",
    ),
    ("NUL hiding the manifest's real name", renamed_manifest(b"manifest.jso\x00"), "NUL"),
    (
        "local header: other uncompressed size",
        raw(lambda d: b.patch_local(d, CLAIM1, file_size=5)),
        "local ZIP header",
    ),
    (
        "local header: other compressed size",
        raw(lambda d: b.patch_local(d, CLAIM1, compress_size=7)),
        "local ZIP header",
    ),
    (
        "local header: other checksum",
        raw(lambda d: b.patch_local(d, CLAIM1, crc=12345)),
        "local ZIP header",
    ),
    (
        "local header: other name",
        raw(lambda d: b.patch_local(d, CLAIM1, new_name=CLAIM1.replace(b"1111", b"9999", 1))),
        "local ZIP header",
    ),
    (
        "local header: other method",
        raw(lambda d: b.patch_local(d, CLAIM1, method=zipfile.ZIP_STORED)),
        "local ZIP header",
    ),
    (
        "local header: a data descriptor the directory does not know",
        raw(lambda d: b.patch_local(d, CLAIM1, flag_bits=0x8)),
        "local ZIP header",
    ),
    (
        "strong encryption flag",
        raw(lambda d: b.patch_entry(d, CLAIM1, flag_bits=0x40)),
        "encrypted",
    ),
    (
        "masked central directory flag",
        raw(lambda d: b.patch_entry(d, b"manifest.json", flag_bits=0x2000)),
        "encrypted",
    ),
    ("patched data flag", raw(lambda d: b.patch_entry(d, CLAIM1, flag_bits=0x20)), "patched"),
    # -- numbers ---------------------------------------------------------------------------
    (
        "rating value beyond 64 bits",
        parts_with(
            lambda p: p["manifest"]["rating_scale"]["ratings"][0].__setitem__("value", 2**70)
        ),
        "$.rating_scale.ratings[0].value",
    ),
    (
        "rating value far below the scale",
        parts_with(
            lambda p: p["manifest"]["rating_scale"]["ratings"][0].__setitem__("value", -(10**19))
        ),
        "must be a whole number from -1000000 to 1000000",
    ),
    (
        "attachment size beyond 64 bits",
        parts_with(
            lambda p: p["claims"][0]["evidence"][0]["attachments"][0].__setitem__("size", 2**64)
        ),
        "larger than any size",
    ),
    # -- counts and lengths ---------------------------------------------------------------
    ("400,000 empty evidence objects", claim_bytes(many_evidence(400_000)), "10,000"),
    (
        "51 attachments on one item",
        parts_with(
            lambda p: p["claims"][0]["evidence"][0].__setitem__(
                "attachments", p["claims"][0]["evidence"][0]["attachments"] * 51
            )
        ),
        "$.evidence[0].attachments: has 51 items; it may have at most 50",
    ),
    ("101 tags", set_claim("tags", [f"t{i}" for i in range(101)]), "$.tags: has 101 items"),
    ("a 201-character tag", set_claim("tags", ["t" * 201]), "$.tags[0]"),
    ("101 ratings", parts_with(_ratings(100)), "$.rating_scale.ratings: has 101 items"),
    ("a 65-character rating key", set_verdict("rating", "k" * 65), "$.verdict.rating"),
    ("a rationale over the text limit", set_verdict("rationale", LONG), "$.verdict.rationale"),
    ("claim text over the text limit", set_claim("text", LONG), "$.text: is 1,000,001"),
    (
        "a million empty arrays in an unknown field",
        claim_bytes(
            json.dumps(b.claim(b.C1, []))[:-1].encode()
            + b', "junk": ['
            + b",".join([b"[]"] * 1_000_001)
            + b"]}"
        ),
        "objects and arrays",
    ),
    # -- timestamps out of the accepted range ------------------------------------------------
    ("year 0001", set_claim("created_at", "0001-01-01T00:00:00Z"), "outside the accepted range"),
    ("year 0999", set_claim("created_at", "0999-12-31T23:59:59Z"), "outside the accepted range"),
    ("before 1970", set_evidence("accessed_at", "1969-12-31T23:59:59Z"), "accepted range"),
    (
        "the last microsecond of 9999",
        set_verdict("reviewed_at", "9999-12-31T23:59:59.999999Z"),
        "outside the accepted range",
    ),
    ("year 3000", set_claim("updated_at", "3000-01-01T00:00:00Z"), "outside the accepted range"),
    (
        "an offset pushing the time past the range",
        set_claim("updated_at", "2999-12-31T23:00:00-05:00"),
        "outside the accepted range",
    ),
    ("an offset of 24 hours", set_claim("updated_at", "2024-01-01T00:00:00+24:00"), "offset"),
    ("a 61st second", set_claim("updated_at", "2024-01-01T00:00:61Z"), "not a real date"),
    ("year 0000 in a date", set_evidence("published_on", "0000-01-01"), "not a real date"),
]


@pytest.fixture
def populated(sample_case: Case) -> Case:
    return sample_case


def test_round_two_labels_are_distinct() -> None:
    assert len({c[0] for c in CASES}) == len(CASES) >= 35


@pytest.mark.parametrize(("label", "make", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_refused_in_one_line_and_nothing_written(
    tmp_path: Path, populated: Case, label: str, make: Maker, fragment: str
) -> None:
    path = tmp_path / "hostile.factbundle"
    make(path)
    before = table_dump(populated.path)
    with pytest.raises(BundleError) as refused:
        inspect_bundle(path)
    message = str(refused.value)
    assert fragment in message, message
    assert "\n" not in message and len(message) < 600
    with pytest.raises(BundleError):
        apply_import(populated, path, "theirs")
    assert table_dump(populated.path) == before


def test_a_small_entry_of_many_empty_objects_is_refused_cheaply(tmp_path: Path) -> None:
    path = tmp_path / "many.factbundle"
    claim_bytes(many_evidence(400_000))(path)
    assert path.stat().st_size < 1_300_000  # 1.2 MB
    tracemalloc.start()
    try:
        with pytest.raises(BundleError, match="10,000"):
            read_bundle(path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 150 * 1024 * 1024, f"{peak / 2**20:.0f} MiB to refuse a 1 MB entry"


def test_a_400k_id_manifest_is_refused_without_reading_further(tmp_path: Path) -> None:
    parts = b.valid_parts()
    ids = [f"{n:08x}-0000-4000-8000-000000000000" for n in range(400_000)]
    entries = b.entries_of(parts)
    entries["manifest.json"] = json.dumps({**parts["manifest"], "claims": ids}).encode()
    assert len(entries["manifest.json"]) < 16 * 2**20
    path = b.write_zip(tmp_path / "huge.factbundle", entries)
    started = time.perf_counter()
    with pytest.raises(BundleError, match=r"\$\.claims: has 400,000 items"):
        inspect_bundle(path)
    assert time.perf_counter() - started < 10  # "within seconds" (42 s for 50,000 before)


def test_a_duplicate_at_the_end_of_a_long_manifest_is_named(tmp_path: Path) -> None:
    parts = b.valid_parts()
    parts["manifest"]["claims"] = (
        [b.C1, b.C2] + [f"{n:08x}-0000-4000-8000-000000000000" for n in range(60_000)] + [b.C2]
    )
    path = b.build(tmp_path / "dup.factbundle", parts)
    with pytest.raises(BundleError, match=r"\$\.claims\[60002\]: '2222.*listed twice"):
        inspect_bundle(path)


def test_unknown_fields_are_reported_but_not_without_end(tmp_path: Path) -> None:
    parts = b.valid_parts()
    for n in range(5_000):
        parts["claims"][0][f"extra_{n}"] = n
    path = b.build(tmp_path / "extra.factbundle", parts)
    contents = inspect_bundle(path)
    assert len(contents.warnings) <= 20
    assert any("4,990 more unknown fields" in w for w in contents.warnings)

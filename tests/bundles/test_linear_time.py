"""Every check of untrusted input takes time in proportion to the input, up to the format's limits.

Each test times one check on an input, on twice that input and on four
times it (best of three, the inputs made beforehand) and asserts that four
times the input takes well under sixteen times as long, which is what a
check that grows with the square of its input would take.  The largest
input of each is at (or near) the limit the format sets.
"""

from __future__ import annotations

import contextlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from factdesk.errors import ValidationError
from factdesk.services import limits, timestamps, validation
from factdesk.services.bundles import BundleError
from factdesk.services.bundles import schema as s
from factdesk.services.bundles.reader import read_bundle
from factdesk.services.bundles.strictjson import check_strings, nesting_depth, parse_object
from tests.bundles import builders as b
from tests.helpers import assert_linear

MIB = 1 << 20
def entry(data: bytes) -> Any:
    return parse_object(data, "claims/x.json", max_depth=32)


def test_unterminated_escaped_strings_up_to_the_entry_limit() -> None:
    # The case that took 52 s for 100 KB: every quote starts a string that never ends.
    assert_linear(
        lambda n: b'{"a":"' + b'\\"' * (n // 2 - 4),
        entry,
        [4 * MIB, 8 * MIB, 16 * MIB],
        runs=3,
    )


def test_lone_backslashes_and_quotes_up_to_the_entry_limit() -> None:
    assert_linear(lambda n: b'"\\' * (n // 2), nesting_depth, [4 * MIB, 8 * MIB, 16 * MIB], runs=3)


def test_valid_entries_with_escapes_in_every_string_up_to_the_entry_limit() -> None:
    def make(n: int) -> bytes:
        item = '"\\u00e9\\b\\f\\u0041",'
        return ('{"a":[' + item * (n // len(item)) + '"x"]}').encode()

    assert_linear(make, entry, [4 * MIB, 8 * MIB, 16 * MIB], runs=3)


def test_walking_many_strings_for_control_characters() -> None:
    assert_linear(
        lambda n: {"k": ["ok \u0085 text"] * n},
        lambda value: check_strings(value, "x.json"),
        [100_000, 200_000, 400_000],
    )


def check_url(value: str) -> None:
    """A web address checked as a bundle's evidence item checks it (wire form and meaning)."""
    with contextlib.suppress(BundleError):
        s.validate(s.ClaimFile, {"evidence": [{"url": value}]}, "c.json")
    with contextlib.suppress(ValidationError):
        validation.url(value, "URL")


def test_a_long_url_is_checked_in_linear_time() -> None:
    assert_linear(
        lambda n: "http://" + "[" * n,
        check_url,
        [limits.TEXT_CHARS // 4, limits.TEXT_CHARS // 2, limits.TEXT_CHARS],
    )
    assert_linear(
        lambda n: "https://exa mple.org/" + "%" * n,
        check_url,
        [limits.TEXT_CHARS // 4, limits.TEXT_CHARS // 2, limits.TEXT_CHARS],
    )


def test_a_timestamp_with_a_huge_fraction_is_read_in_linear_time() -> None:
    assert_linear(
        lambda n: "2024-01-01T00:00:00." + "1" * n + "Z",
        timestamps.parse_timestamp,
        [limits.TEXT_CHARS // 4, limits.TEXT_CHARS // 2, limits.TEXT_CHARS],
    )
    assert_linear(
        lambda n: "2024-01-01T00:00:00." + "1" * n,  # never ends well
        timestamps.parse_timestamp,
        [limits.TEXT_CHARS // 4, limits.TEXT_CHARS // 2, limits.TEXT_CHARS],
    )


def test_evidence_lists_are_validated_in_linear_time_up_to_the_cap() -> None:
    def make(n: int) -> dict[str, Any]:
        return b.claim(b.C1, [b.evidence(f"{i:08x}-aaaa-4aaa-8aaa-aaaaaaaaaaaa") for i in range(n)])

    cap = limits.EVIDENCE_PER_CLAIM
    assert_linear(make, lambda v: s.validate(s.ClaimFile, v, "c.json"), [cap // 4, cap // 2, cap])


def manifest_only(path: Path, n: int) -> Path:
    """A bundle of just a manifest listing ``n`` ids, the last one twice."""
    ids = [f"{i:08x}-0000-4000-8000-000000000000" for i in range(n - 1)]
    manifest = b.manifest([*ids, ids[-1]], [])
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
    return path


def test_the_manifest_duplicate_check_is_linear_up_to_the_claims_limit(tmp_path: Path) -> None:
    top = s.MAX_CLAIMS - s.MAX_CLAIMS % 4  # 99,996 ids; a manifest may list 99,999
    sizes = [top // 4, top // 2, top]
    assert_linear(
        lambda n: manifest_only(tmp_path / f"m{n}.factbundle", n),
        read_bundle,
        sizes,
    )
    with pytest.raises(BundleError, match="is listed twice"):
        read_bundle(tmp_path / f"m{top}.factbundle")


def many_entries(path: Path, n: int) -> Path:
    """``n`` entries, the last a broken manifest: every name and header is checked first."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(n - 1):
            zf.writestr(f"attachments/{i:064x}", b"")
        zf.writestr("manifest.json", b"{")
    return path


def test_entry_names_and_headers_are_checked_in_linear_time_up_to_the_entry_limit(
    tmp_path: Path,
) -> None:
    # read_bundle, as an import runs it (the cyclic collector paused, as it is then).
    assert_linear(
        lambda n: many_entries(tmp_path / f"e{n}.factbundle", n),
        read_bundle,
        [25_000, 50_000, 100_000],
        runs=2,
    )
    with pytest.raises(BundleError, match=r"manifest\.json: is not valid JSON"):
        read_bundle(tmp_path / "e100000.factbundle")

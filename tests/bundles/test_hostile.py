"""Hostile and malformed bundles: each refused with its own message, the case file untouched."""

from __future__ import annotations

import copy
import io
import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factdesk.services import Case, open_case
from factdesk.services.bundles import BundleError, Limits, apply_import, inspect_bundle, plan_import
from factdesk.services.sample import load_sample_case
from tests.bundles import builders as b
from tests.helpers import table_dump

ROOT = Path(__file__).resolve().parents[2]

Maker = Callable[[Path], Any]


def parts_with(change: Callable[[dict[str, Any]], Any]) -> Maker:
    """A maker for the valid bundle with one thing changed."""

    def make(path: Path) -> None:
        parts = copy.deepcopy(b.valid_parts())
        change(parts)
        b.build(path, parts)

    return make


def entries_with(change: Callable[[dict[str, bytes]], Any], **kw: Any) -> Maker:
    def make(path: Path) -> None:
        entries = b.entries_of(b.valid_parts())
        change(entries)
        b.write_zip(path, entries, **kw)

    return make


def raw(change: Callable[[bytes], bytes]) -> Maker:
    def make(path: Path) -> None:
        data = b.build(path).read_bytes()
        path.write_bytes(change(data))

    return make


def claim1(parts: dict[str, Any]) -> dict[str, Any]:
    return parts["claims"][0]


def ev1(parts: dict[str, Any]) -> dict[str, Any]:
    return parts["claims"][0]["evidence"][0]


def set_in(get: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Maker:
    return parts_with(lambda p: get(p).__setitem__(key, value))


def claim_json(text: bytes, **kw: Any) -> Maker:
    """Claim 1's file replaced by these exact bytes."""
    return entries_with(lambda e: e.__setitem__(f"claims/{b.C1}.json", text), **kw)


def renamed(old: str, new: str) -> Maker:
    return raw(lambda d: b.patch_entry(d, old.encode(), new_name=new.encode()))


def add_entry(name: str, data: bytes = b"x") -> Maker:
    return entries_with(lambda e: e.__setitem__(name, data))


def nested(depth: int) -> bytes:
    return b'{"id": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}"


def zip_bomb_ratio(path: Path) -> None:
    zeros = bytes(3 * 1024 * 1024)
    parts = b.valid_parts()
    sha = __import__("hashlib").sha256(zeros).hexdigest()
    ev1(parts)["attachments"] = [{"sha256": sha, "size": len(zeros)}]
    parts["attachments"] = {sha: zeros}
    b.build(path, parts)


def understated_size(path: Path) -> None:
    """A big attachment whose headers claim it is tiny."""
    big = os.urandom(256 * 1024)
    sha = __import__("hashlib").sha256(big).hexdigest()
    parts = b.valid_parts()
    ev1(parts)["attachments"] = [{"sha256": sha, "size": 100}]
    parts["attachments"] = {sha: big}
    data = b.build(path, parts).read_bytes()
    path.write_bytes(b.patch_entry(data, f"attachments/{sha}".encode(), file_size=100))


def oversized_json(path: Path) -> None:
    entries = b.entries_of(b.valid_parts())
    entries[f"claims/{b.C1}.json"] = b"{" + b" " * (17 * 1024 * 1024) + b"}"
    b.write_zip(path, entries, compression=zipfile.ZIP_STORED)


def lying_header_size(path: Path) -> None:
    data = b.build(path).read_bytes()
    path.write_bytes(b.patch_entry(data, b"manifest.json", file_size=64 * 1024 * 1024))


def symlink(path: Path) -> None:
    data = b.build(path).read_bytes()
    path.write_bytes(
        b.patch_entry(
            data, f"claims/{b.C2}.json".encode(), external_attr=(stat.S_IFLNK | 0o777) << 16
        )
    )


def wrong_hash(path: Path) -> None:
    parts = b.valid_parts()
    parts["attachments"] = {b.ATT_SHA: b.ATTACHMENT[:-1] + b"?"}
    b.build(path, parts)


def unlisted_attachment(path: Path) -> None:
    parts = b.valid_parts()
    extra = b"nobody lists me"
    parts["attachments"][__import__("hashlib").sha256(extra).hexdigest()] = extra
    b.build(path, parts)


def missing_attachment(path: Path) -> None:
    parts = b.valid_parts()
    parts["attachments"] = {}
    b.build(path, parts)


def claim_missing(path: Path) -> None:
    entries = b.entries_of(b.valid_parts())
    del entries[f"claims/{b.C2}.json"]
    b.write_zip(path, entries)


def claim_unlisted(path: Path) -> None:
    parts = b.valid_parts()
    parts["manifest"]["claims"] = [b.C1]
    b.build(path, parts)


def id_differs(path: Path) -> None:
    entries = b.entries_of(b.valid_parts())
    one, two = f"claims/{b.C1}.json", f"claims/{b.C2}.json"
    entries[one], entries[two] = entries[two], entries[one]
    b.write_zip(path, entries)


def evidence_reused(path: Path) -> None:
    parts = b.valid_parts()
    parts["claims"][1]["evidence"][0]["id"] = b.E1
    b.build(path, parts)


def duplicate_names(path: Path) -> None:
    entries = list(b.entries_of(b.valid_parts()).items())
    entries.append(entries[1])
    b.write_zip(path, entries)


def truncated(path: Path) -> None:
    data = b.build(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])


def encrypted(path: Path) -> None:
    data = b.build(path).read_bytes()
    path.write_bytes(b.patch_entry(data, b"manifest.json", flag_bits=0x1))


def non_utf8_name(path: Path) -> None:
    entries = b.entries_of(b.valid_parts())
    entries["claims/X.json"] = b"{}"
    data = b.write_zip(path, entries).read_bytes()
    path.write_bytes(b.patch_entry(data, b"claims/X.json", new_name=b"claims/\xff.json"))


def rating_off_scale(parts: dict[str, Any]) -> None:
    parts["manifest"]["rating_scale"]["ratings"] = []


def unused_rating(parts: dict[str, Any]) -> None:
    parts["manifest"]["rating_scale"]["ratings"].append({"key": "true", "label": "T", "value": 5})


def too_many_entries(path: Path) -> None:
    b.build(path)


CASES: list[tuple[str, Maker, str, Limits | None]] = [
    (
        "path traversal",
        renamed(f"claims/{b.C2}.json", f"claims/../{b.C2[3:]}.json"),
        "'..' segment",
        None,
    ),
    ("traversal at the top", add_entry("../../etc/cron.d/x"), "'..' segment", None),
    ("absolute name", add_entry("/etc/passwd"), "absolute path", None),
    ("backslash", add_entry("claims\\evil.json"), "backslash", None),
    ("symlink entry", symlink, "symbolic link", None),
    ("duplicate entry", duplicate_names, "appears twice", None),
    ("unknown entry", add_entry("readme.txt"), "is not an entry a bundle may hold", None),
    ("zip bomb by ratio", zip_bomb_ratio, "treated as a zip bomb", None),
    ("header understates size", understated_size, "does not match the size and checksum", None),
    ("header claims huge size", lying_header_size, "larger than 16 MiB", None),
    ("not a zip", lambda p: p.write_bytes(b"just some text\n" * 10), "not a ZIP archive", None),
    ("empty file", lambda p: p.write_bytes(b""), "the file is empty", None),
    ("truncated", truncated, "damaged or truncated", None),
    ("encrypted entry", encrypted, "is encrypted", None),
    (
        "bzip2 entry",
        entries_with(lambda e: None, compression=zipfile.ZIP_BZIP2),
        "compression method 12",
        None,
    ),
    ("non-UTF-8 name", non_utf8_name, "not valid UTF-8", None),
    (
        "manifest missing",
        entries_with(lambda e: e.pop("manifest.json")),
        "manifest.json is missing",
        None,
    ),
    ("huge JSON entry", oversized_json, "the limit for a JSON entry", None),
    ("deeply nested JSON", claim_json(nested(33)), "nested deeper than 32", None),
    (
        "very deeply nested JSON",
        claim_json(nested(200_000), compression=zipfile.ZIP_STORED),
        "nested deeper than 32",
        None,
    ),
    ("duplicate keys", claim_json(b'{"id": "a", "id": "b"}'), "duplicate key 'id'", None),
    ("NaN", claim_json(b'{"id": NaN}'), "NaN is not allowed", None),
    ("huge number", claim_json(b'{"id": 1e999}'), "would be Infinity", None),
    ("invalid UTF-8", claim_json(b'{"id": "caf\xe9"}'), "is not valid UTF-8", None),
    ("byte order mark", claim_json(b'\xef\xbb\xbf{"id": "x"}'), "byte order mark", None),
    ("not an object", claim_json(b"[1, 2]"), "must hold one JSON object, not an array", None),
    (
        "escaped NUL",
        set_in(claim1, "notes", "a\u0000b"),
        "$.notes: contains the control character U+0000",
        None,
    ),
    (
        "C1 control",
        set_in(ev1, "title", "next\u0085line"),
        "$.evidence[0].title: contains the control character U+0085",
        None,
    ),
    ("lone surrogate", claim_json(b'{"id": "\\ud800"}'), "lone surrogate", None),
    ("wrong attachment hash", wrong_hash, "does not match the SHA-256 in its name", None),
    (
        "wrong attachment size",
        parts_with(lambda p: ev1(p)["attachments"][0].__setitem__("size", 3)),
        "is not the size of attachments/",
        None,
    ),
    ("unlisted attachment", unlisted_attachment, "is not listed by any evidence item", None),
    ("listed attachment missing", missing_attachment, "is listed but attachments/", None),
    ("claim listed but missing", claim_missing, "is listed but claims/", None),
    (
        "claim present but unlisted",
        claim_unlisted,
        "is present but not listed in manifest.json",
        None,
    ),
    ("claim id differs from name", id_differs, "differs from its file name", None),
    ("evidence id used by two claims", evidence_reused, "is used by two claims", None),
    (
        "future format version",
        parts_with(lambda p: p["manifest"].__setitem__("format_version", 2)),
        "format version 2; this FactDesk reads format version 1",
        None,
    ),
    (
        "another format",
        parts_with(lambda p: p["manifest"].__setitem__("format", "zipped.stuff")),
        "this is not a FactDesk bundle",
        None,
    ),
    (
        "javascript URL",
        set_in(ev1, "url", "javascript:alert(1)"),
        "$.evidence[0].url: web address 'javascript:alert(1)' is not a web address",
        None,
    ),
    (
        "data URL",
        set_in(claim1, "appeared_in", {"url": "data:text/html,<script>x</script>"}),
        "$.appeared_in.url: where the claim appeared (address) 'data:text/html",
        None,
    ),
    (
        "impossible date",
        set_in(ev1, "published_on", "2023-02-30"),
        "'2023-02-30' is not a real date",
        None,
    ),
    (
        "impossible time",
        set_in(claim1, "updated_at", "2024-01-01T25:00:00Z"),
        "is not a real date and time",
        None,
    ),
    (
        "timestamp before the accepted range",
        set_in(claim1, "created_at", "1969-12-31T23:59:59Z"),
        "is outside the accepted range",
        None,
    ),
    ("uppercase UUID", set_in(ev1, "id", b.E1.upper()), "is not a canonical UUID", None),
    (
        "UUID without dashes",
        set_in(ev1, "id", b.E1.replace("-", "")),
        "is not a canonical UUID",
        None,
    ),
    ("text as a number", set_in(claim1, "text", 42), "$.text: must be text, not a number", None),
    (
        "credibility as text",
        set_in(ev1, "info_credibility", "2"),
        "$.evidence[0].info_credibility: must be a whole number, not text",
        None,
    ),
    (
        "credibility as true",
        set_in(ev1, "info_credibility", True),
        "must be a whole number, not true/false",
        None,
    ),
    (
        "credibility out of range",
        set_in(ev1, "info_credibility", 9),
        "must be a whole number from 1 to 6",
        None,
    ),
    (
        "unknown status",
        set_in(claim1, "status", "done"),
        "'done' is not one of: new, researching",
        None,
    ),
    (
        "missing stance",
        parts_with(lambda p: ev1(p).pop("stance")),
        "$.evidence[0].stance: is required",
        None,
    ),
    (
        "missing verdict key",
        parts_with(lambda p: claim1(p).pop("verdict")),
        "$.verdict: is required",
        None,
    ),
    (
        "rating not on the scale",
        parts_with(rating_off_scale),
        "is not on the manifest's rating_scale",
        None,
    ),
    ("rating listed but unused", parts_with(unused_rating), "is used by no verdict", None),
    (
        "created_at not from the data",
        parts_with(lambda p: p["manifest"].__setitem__("created_at", "2030-01-01T00:00:00Z")),
        "is not the newest updated_at",
        None,
    ),
    ("too many entries", too_many_entries, "a bundle may hold at most 3", Limits(entries=3)),
    (
        "too large in total",
        too_many_entries,
        "the limit for a whole bundle",
        Limits(total_bytes=1000),
    ),
]


@pytest.fixture
def populated(sample_case: Case) -> Case:
    return sample_case


def test_the_corpus_is_large_and_its_messages_distinct() -> None:
    assert len(CASES) >= 30
    assert len({c[0] for c in CASES}) == len(CASES)


def test_the_valid_baseline_is_accepted(tmp_path: Path, populated: Case) -> None:
    path = b.build(tmp_path / "ok.factbundle")
    summary = apply_import(populated, path)
    assert set(summary.added) == {b.C1, b.C2}


@pytest.mark.parametrize(("label", "make", "fragment", "limits"), CASES, ids=[c[0] for c in CASES])
def test_refused_with_a_clear_message_and_nothing_written(
    tmp_path: Path, populated: Case, label: str, make: Maker, fragment: str, limits: Limits | None
) -> None:
    path = tmp_path / "hostile.factbundle"
    make(path)
    before = table_dump(populated.path)
    kw = {"limits": limits} if limits else {}
    with pytest.raises(BundleError) as refused:
        inspect_bundle(path, **kw)
    message = str(refused.value)
    assert fragment in message, message
    assert "\n" not in message
    with pytest.raises(BundleError, match=None) as again:
        apply_import(populated, path, "theirs", **kw)
    assert str(again.value) == message
    with pytest.raises(BundleError):
        plan_import(populated, path, **kw)
    assert table_dump(populated.path) == before
    assert not list(tmp_path.glob("**/passwd")) and not (tmp_path / "claims").exists()


def test_an_evidence_id_owned_by_another_local_claim_is_refused(
    tmp_path: Path, populated: Case
) -> None:
    other = populated.claims.create("Something else entirely")
    mine = populated.evidence.add(other.id, title="Mine")
    parts = b.valid_parts()
    ev1(parts)["id"] = mine.id
    path = b.build(tmp_path / "x.factbundle", parts)
    before = table_dump(populated.path)
    with pytest.raises(BundleError, match="belongs to another claim in this case file"):
        apply_import(populated, path)
    assert table_dump(populated.path) == before


def test_a_changed_file_between_plan_and_apply_writes_nothing(
    tmp_path: Path, populated: Case
) -> None:
    path = b.build(tmp_path / "x.factbundle")
    plan = plan_import(populated, path)
    wrong_hash(path)  # swapped for a tampered copy after the preview
    before = table_dump(populated.path)
    with pytest.raises(BundleError, match="SHA-256"):
        apply_import(populated, plan)
    assert table_dump(populated.path) == before


SAMPLED = ["path traversal", "zip bomb by ratio", "javascript URL"]


@pytest.mark.parametrize("label", SAMPLED)
def test_command_line_refuses_in_one_line_without_traceback(tmp_path: Path, label: str) -> None:
    make, fragment = next((c[1], c[2]) for c in CASES if c[0] == label)
    path = tmp_path / "hostile.factbundle"
    make(path)
    db = tmp_path / "cli.factdesk"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "FACTDESK_DATA_DIR": str(tmp_path / "data"),
        "FACTDESK_CONFIG_DIR": str(tmp_path / "config"),
    }
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "factdesk", "--db", str(db), *a],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    with open_case(db) as case:
        load_sample_case(case)
    before = table_dump(db)
    result = run("bundle", "import", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and fragment in result.stderr
    assert result.stdout == ""
    assert table_dump(db) == before


def test_in_memory_maker_smoke() -> None:
    # The builders themselves write a readable ZIP (guards the corpus against false passes).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in b.entries_of(b.valid_parts()).items():
            zf.writestr(name, data)
    assert len(zipfile.ZipFile(buf).namelist()) == 4

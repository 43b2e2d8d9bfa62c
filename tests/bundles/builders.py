"""Building bundles by hand, as another tool (or an attacker) would: zipfile and raw bytes."""

from __future__ import annotations

import hashlib
import json
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

C1 = "11111111-1111-4111-8111-111111111111"
C2 = "22222222-2222-4222-8222-222222222222"
E1 = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
E2 = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
ATTACHMENT = b"a screenshot, or something like one\n" * 4
ATT_SHA = hashlib.sha256(ATTACHMENT).hexdigest()
T0 = "2024-03-01T10:00:00Z"
T1 = "2024-03-02T11:30:00Z"


def dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2).encode("utf-8") + b"\n"


def evidence(ev_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": ev_id,
        "kind": "article",
        "title": "A source",
        "url": "https://example.org/source",
        "stance": "refutes",
        "source_reliability": "B",
        "info_credibility": 2,
        "excerpt": "What the source says.",
        "attachments": [],
        "created_at": T0,
        "updated_at": T0,
        **fields,
    }


def claim(claim_id: str, evidence_items: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {
        "id": claim_id,
        "text": f"Claim {claim_id[:4]} said on the radio",
        "claimant": "A minister",
        "status": "researching",
        "tags": ["radio"],
        "created_at": T0,
        "updated_at": T1,
        "evidence": evidence_items,
        "verdict": None,
        **fields,
    }


def manifest(claim_ids: list[str], ratings: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {
        "format": "factdesk.bundle",
        "format_version": 1,
        "created_at": T1,
        "generator": "a test",
        "claims": claim_ids,
        "rating_scale": {"name": "Test scale", "ratings": ratings},
        **fields,
    }


FALSE = {"key": "false", "label": "False", "value": 1}


def valid_parts() -> dict[str, Any]:
    """The parts of a valid bundle: two claims, one with an attachment and a verdict."""
    c1 = claim(
        C1,
        [
            evidence(
                E1,
                attachments=[
                    {
                        "sha256": ATT_SHA,
                        "filename": "shot.png",
                        "media_type": "image/png",
                        "size": len(ATTACHMENT),
                    }
                ],
            )
        ],
        verdict={"rating": "false", "summary": "No.", "reviewer": "Ana", "reviewed_at": T1},
    )
    c2 = claim(C2, [evidence(E2, url=None)])
    return {
        "manifest": manifest([C1, C2], [FALSE]),
        "claims": [c1, c2],
        "attachments": {ATT_SHA: ATTACHMENT},
    }


def entries_of(parts: dict[str, Any]) -> dict[str, bytes]:
    entries = {"manifest.json": dump(parts["manifest"])}
    for c in parts["claims"]:
        entries[f"claims/{c['id']}.json"] = dump(c)
    for sha, data in parts["attachments"].items():
        entries[f"attachments/{sha}"] = data
    return entries


def write_zip(
    path: Path,
    entries: dict[str, bytes] | list[tuple[str, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
    mode: int = 0o644,
) -> Path:
    items = entries.items() if isinstance(entries, dict) else entries
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in items:
                info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
                info.external_attr = mode << 16
                info.compress_type = compression
                zf.writestr(info, data)
    return path


def build(path: Path, parts: dict[str, Any] | None = None, **kw: Any) -> Path:
    return write_zip(path, entries_of(parts or valid_parts()), **kw)


# -- patching raw ZIP bytes -------------------------------------------------------


def _central_headers(data: bytes) -> list[int]:
    """Offsets of the central directory headers."""
    end = data.rindex(b"PK\x05\x06")
    count, _size, start = struct.unpack("<HII", data[end + 10 : end + 20])
    offsets, pos = [], start
    for _ in range(count):
        offsets.append(pos)
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28 : pos + 34])
        pos += 46 + name_len + extra_len + comment_len
    return offsets


def patch_entry(
    data: bytes,
    name: bytes,
    *,
    new_name: bytes | None = None,
    file_size: int | None = None,
    compress_size: int | None = None,
    flag_bits: int | None = None,
    external_attr: int | None = None,
) -> bytes:
    """Change what the local and central headers of entry ``name`` say."""
    buf = bytearray(data)
    for central in _central_headers(data):
        name_len = struct.unpack("<H", buf[central + 28 : central + 30])[0]
        if bytes(buf[central + 46 : central + 46 + name_len]) != name:
            continue
        (local,) = struct.unpack("<I", buf[central + 42 : central + 46])
        if new_name is not None:
            assert len(new_name) == len(name)
            buf[central + 46 : central + 46 + name_len] = new_name
            buf[local + 30 : local + 30 + name_len] = new_name
        if file_size is not None:
            struct.pack_into("<I", buf, central + 24, file_size)
            struct.pack_into("<I", buf, local + 22, file_size)
        if compress_size is not None:
            struct.pack_into("<I", buf, central + 20, compress_size)
            struct.pack_into("<I", buf, local + 18, compress_size)
        if flag_bits is not None:
            struct.pack_into("<H", buf, central + 8, flag_bits)
            struct.pack_into("<H", buf, local + 6, flag_bits)
        if external_attr is not None:
            struct.pack_into("<I", buf, central + 38, external_attr)
        return bytes(buf)
    raise KeyError(name)


def _local_header(data: bytes, name: bytes) -> int:
    for central in _central_headers(data):
        name_len = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_len] == name:
            return int(struct.unpack("<I", data[central + 42 : central + 46])[0])
    raise KeyError(name)


def patch_local(
    data: bytes,
    name: bytes,
    *,
    crc: int | None = None,
    compress_size: int | None = None,
    file_size: int | None = None,
    method: int | None = None,
    flag_bits: int | None = None,
    new_name: bytes | None = None,
) -> bytes:
    """Change what the local header of entry ``name`` says, leaving the central directory."""
    buf = bytearray(data)
    local = _local_header(data, name)
    for offset, fmt, value in (
        (14, "<I", crc),
        (18, "<I", compress_size),
        (22, "<I", file_size),
        (8, "<H", method),
        (6, "<H", flag_bits),
    ):
        if value is not None:
            struct.pack_into(fmt, buf, local + offset, value)
    if new_name is not None:
        assert len(new_name) == len(name)
        buf[local + 30 : local + 30 + len(name)] = new_name
    return bytes(buf)

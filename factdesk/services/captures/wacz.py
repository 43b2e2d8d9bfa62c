"""WACZ captures: a ZIP holding WARC files, ``datapackage.json`` and ``pages.jsonl``.

The archive is never extracted: each entry is read in memory through a
byte-counting loop with hard caps.  A name that is absolute, has a ``..``
segment or a backslash refuses the file; every file ``datapackage.json``
lists is hashed and compared with its SHA-256, and the WARC files inside are
read and verified as WARC files are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factdesk.i18n import _, ngettext, number
from factdesk.services import timestamps
from factdesk.services.captures import warc
from factdesk.services.captures.records import (
    FAILED,
    MAX_TEXT_CHARS,
    UNVERIFIABLE,
    VERIFIED,
    CaptureError,
    Integrity,
    Page,
)
from factdesk.services.progress import Progress

MAX_ENTRIES = 10_000
MAX_JSON = 16 * 1024 * 1024
MAX_ENTRY = 2 * 1024 * 1024 * 1024
MAX_RATIO = 100  # beyond this an entry is treated as a zip bomb
CHUNK = 1024 * 1024


@dataclass
class WaczResult:
    page: Page | None
    title: str | None
    text: str | None
    integrity: Integrity
    files: int


def is_wacz(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "datapackage.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _check_name(name: str, label: str) -> None:
    parts = name.split("/")
    if (
        name.startswith("/")
        or "\\" in name
        or ".." in parts
        or (len(name) > 1 and name[1] == ":")
        or "\x00" in name
    ):
        raise CaptureError(
            _("{label}: refused: the archive holds an entry named {name}.").format(
                label=label, name=repr(name[:200])
            )
        )


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, label: str, progress: Progress | None) -> None:
        self.archive, self.label, self.progress = archive, label, progress

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """The entry's bytes, refused beyond ``limit`` or the compression-ratio cap."""
        cap = min(limit, max(info.compress_size, 1) * MAX_RATIO if info.compress_type else limit)
        parts, size = [], 0
        with self.archive.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    message = (
                        _("{label}: refused: {name} expands beyond its size limit.")
                        if size > limit
                        else _(
                            "{label}: refused: {name} expands beyond a 100:1 ratio (a zip bomb?)."
                        )
                    )
                    raise CaptureError(message.format(label=self.label, name=info.filename[:200]))
                parts.append(chunk)
                if self.progress is not None:
                    self.progress.check()
        return b"".join(parts)


def _json(data: bytes, name: str, label: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CaptureError(
            _("{label}: {name} is not valid JSON ({reason}).").format(
                label=label, name=name, reason=str(exc)[:120]
            )
        ) from exc


def read_wacz(data: bytes, label: str, *, progress: Progress | None = None) -> WaczResult:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CaptureError(
            _("{label}: not a readable WACZ file ({reason}).").format(label=label, reason=exc)
        ) from exc
    with archive:
        try:
            return _read(archive, label, progress)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
            # a damaged entry, an unsupported compression or an encrypted entry
            raise CaptureError(
                _("{label}: the WACZ archive is damaged ({reason}).").format(
                    label=label, reason=str(exc)[:160]
                )
            ) from exc


def _read(archive: zipfile.ZipFile, label: str, progress: Progress | None) -> WaczResult:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise CaptureError(
            _("{label}: refused: more than {limit} entries.").format(
                label=label, limit=number(MAX_ENTRIES)
            )
        )
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        _check_name(info.filename, label)
        if info.filename in by_name:
            raise CaptureError(
                _("{label}: refused: {name} appears twice.").format(
                    label=label, name=repr(info.filename[:200])
                )
            )
        by_name[info.filename] = info
    reader = _Reader(archive, label, progress)
    if "datapackage.json" not in by_name:
        raise CaptureError(_("{label}: not a WACZ file (no datapackage.json).").format(label=label))
    package_bytes = reader.read(by_name["datapackage.json"], MAX_JSON)
    package = _json(package_bytes, "datapackage.json", label)
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        raise CaptureError(_("{label}: datapackage.json lists no resources.").format(label=label))

    failures: list[str] = []
    checked = 0
    digest_doc = by_name.get("datapackage-digest.json")
    if digest_doc is not None:
        doc = _json(reader.read(digest_doc, MAX_JSON), "datapackage-digest.json", label)
        expected = doc.get("hash") if isinstance(doc, dict) else None
        if isinstance(expected, str):
            checked += 1
            if not _hash_matches(expected, package_bytes):
                failures.append(_("datapackage.json does not match datapackage-digest.json"))

    warcs: list[bytes] = []
    pages_bytes = None
    for resource in package["resources"]:
        if not isinstance(resource, dict) or not isinstance(resource.get("path"), str):
            failures.append(_("datapackage.json lists a resource without a path"))
            continue
        path = resource["path"]
        _check_name(path, label)
        listed = by_name.get(path)
        if listed is None:
            failures.append(_("{path} is listed but missing").format(path=path[:200]))
            continue
        body = reader.read(listed, MAX_ENTRY)
        expected = resource.get("hash")
        if isinstance(expected, str):
            checked += 1
            if not _hash_matches(expected, body):
                failures.append(
                    _("{path} does not match its SHA-256 in datapackage.json").format(
                        path=path[:200]
                    )
                )
        if path.startswith("archive/") and path.endswith((".warc", ".warc.gz")):
            warcs.append(body)
        elif path.endswith("pages.jsonl") and pages_bytes is None:
            pages_bytes = body
    if pages_bytes is None and "pages/pages.jsonl" in by_name:
        pages_bytes = reader.read(by_name["pages/pages.jsonl"], MAX_JSON)

    first = _first_page(pages_bytes)
    page: Page | None = None
    records = 0
    for body in warcs:
        try:
            result = warc.read_warc(body, label, progress=progress)
        except CaptureError as exc:
            failures.append(_("a WARC file inside cannot be read ({reason})").format(reason=exc))
            continue
        records += result.records
        if result.integrity.state == FAILED:
            failures.append(
                _("inside a WARC file: {problem}").format(problem=result.integrity.detail)
            )
        checked += result.integrity.checked
        if page is None or (first and result.page and result.page.url == first.get("url")):
            page = result.page if result.page else page
    url = _str(first.get("url")) if first else None
    when = _ts(first.get("ts")) if first else None
    if page is not None:
        page = Page(url or page.url, when or page.captured_at, page.html, page.charset)
    elif url:
        page = Page(url, when, b"", None)
    if failures:
        integrity = Integrity(FAILED, warc.first_of(failures), checked)
    elif checked:
        integrity = Integrity(
            VERIFIED,
            ngettext(
                "{count} file and digest match", "{count} files and digests match", checked
            ).format(count=number(checked)),
            checked,
        )
    else:
        integrity = Integrity(UNVERIFIABLE, _("datapackage.json records no hashes"), 0)
    return WaczResult(
        page,
        _str(first.get("title")) if first else None,
        _text(first.get("text")) if first else None,
        integrity,
        len(infos),
    )


def _hash_matches(expected: str, body: bytes) -> bool:
    algorithm, _, value = expected.partition(":")
    if algorithm.lower() not in ("sha256", "sha-256") or not value:
        return False
    return hashlib.sha256(body).hexdigest() == value.strip().lower()


def _first_page(data: bytes | None) -> dict[str, Any] | None:
    """The first page listed in ``pages.jsonl`` (its first line is a header)."""
    if not data:
        return None
    for line in data.split(b"\n", 1000)[:1000]:
        line = line.strip()
        if not line:
            continue
        try:
            item = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            return item
    return None


def _str(value: object) -> str | None:
    return " ".join(value.split())[:8000] or None if isinstance(value, str) else None


def _text(value: object) -> str | None:
    return value[:MAX_TEXT_CHARS] if isinstance(value, str) and value.strip() else None


def _ts(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip()[:40].replace("Z", "+00:00"))
    except ValueError:
        return None
    return timestamps.within_range(parsed)  # a date outside the range is unknown


def warc_files(data: bytes, label: str) -> Iterator[bytes]:
    """The WARC files inside (for rendering), names checked, sizes capped."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        reader = _Reader(archive, label, None)
        for info in archive.infolist():
            _check_name(info.filename, label)
            if info.filename.startswith("archive/") and info.filename.endswith(
                (".warc", ".warc.gz")
            ):
                yield reader.read(info, MAX_ENTRY)

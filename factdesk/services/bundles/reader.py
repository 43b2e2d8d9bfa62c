"""Reading a bundle that came from someone else, trusting nothing in it.

Every entry name is checked before any entry is read; every entry is read
through ``ZipFile.open`` in chunks, counting the bytes against hard caps
(sizes and compression ratio), never trusting the sizes the ZIP headers
state; nothing is extracted to disk.  The whole bundle is checked before
anything is handed to the importer.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import stat
import struct
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdesk.i18n import _, ngettext, number
from factdesk.services.bulk import collector_paused
from factdesk.services.bundles import schema
from factdesk.services.bundles.contents import BundleContents
from factdesk.services.bundles.errors import BundleError, at
from factdesk.services.bundles.limits import DEFAULT_LIMITS, Limits, describe_size
from factdesk.services.bundles.strictjson import parse_object
from factdesk.services.progress import Progress
from factdesk.services.records import Attachment, Claim, Evidence, Rating, Verdict
from factdesk.services.timestamps import parse_timestamp

CHUNK = 1024 * 1024
MANIFEST = "manifest.json"
_CLAIM_NAME = re.compile(
    r"claims/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json"
)
_ATTACHMENT_NAME = re.compile(r"attachments/([0-9a-f]{64})")
_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_LOCAL_HEADER = 30  # fixed part of a ZIP local file header
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
# General-purpose flag bits (APPNOTE 4.4.4).
ENCRYPTED = 0x1
DATA_DESCRIPTOR = 0x8
PATCHED = 0x20
STRONG_ENCRYPTION = 0x40
UTF8_NAME = 0x800
MASKED_DIRECTORY = 0x2000
# The bits the local header must repeat exactly as the central directory gives them.
_SIGNIFICANT_FLAGS = (
    ENCRYPTED | DATA_DESCRIPTOR | PATCHED | STRONG_ENCRYPTION | UTF8_NAME | MASKED_DIRECTORY
)
_ZIP64_EXTRA = 0x0001
_ZIP64_MARK = 0xFFFFFFFF
# Attachment ids are not in the bundle; derived from the evidence id and
# position, they are the same every time the same bundle is imported.
ATTACHMENT_NAMESPACE = uuid.UUID("1b0c5f6e-4a52-4d8e-9a0c-3f7f1d2a6b10")


def attachment_id(evidence_id: str, position: int) -> str:
    return str(uuid.uuid5(ATTACHMENT_NAMESPACE, f"{evidence_id}/{position}"))


def _opt_ts(text: str | None) -> dt.datetime | None:
    return parse_timestamp(text) if text is not None else None


@dataclass
class _Entries:
    manifest: zipfile.ZipInfo
    claims: dict[str, zipfile.ZipInfo]  # claim id -> entry
    attachments: dict[str, zipfile.ZipInfo]  # sha256 -> entry


class BundleZip:
    """An open bundle archive whose entry names and headers passed the checks."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self.total = 0
        self._zf = open_zip(self.path)
        try:
            self.entries = self._check_entries()
        except BaseException:
            self._zf.close()
            raise

    def close(self) -> None:
        self._zf.close()

    # -- names and headers ---------------------------------------------------
    def _check_entries(self) -> _Entries:
        infos = self._zf.infolist()
        if len(infos) > self.limits.entries:
            raise BundleError(
                _("{name}: has {count} entries; a bundle may hold at most {limit}.").format(
                    name=self.path.name, count=number(len(infos)), limit=number(self.limits.entries)
                )
            )
        size = self.path.stat().st_size
        bounds = self._compressed_bounds(infos)
        seen: set[str] = set()
        manifest = None
        claims: dict[str, zipfile.ZipInfo] = {}
        attachments: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            # The name as the archive holds it: ``filename`` is cut at a NUL.
            name = info.orig_filename
            check_name(info)
            if name in seen:
                raise at(
                    _show(name), None, _("appears twice in the bundle; entry names must be unique")
                )
            seen.add(name)
            if info.flag_bits & (ENCRYPTED | STRONG_ENCRYPTION | MASKED_DIRECTORY):
                raise at(_show(name), None, _("is encrypted; bundles are never encrypted"))
            if info.flag_bits & PATCHED:
                raise at(
                    _show(name), None, _("holds patched data (a ZIP feature bundles do not allow)")
                )
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise at(
                    _show(name),
                    None,
                    _(
                        "uses compression method {method}; "
                        "only stored and deflated entries are allowed"
                    ).format(method=info.compress_type),
                )
            if info.compress_size > size or info.compress_size > bounds.get(
                info.header_offset, size
            ):
                raise at(
                    _show(name),
                    None,
                    _(
                        "has a ZIP header that overstates its compressed size; "
                        "the bundle is damaged or forged"
                    ),
                )
            if name.endswith("/"):
                continue  # a directory entry: nothing is ever read from it
            if name == MANIFEST:
                manifest = info
            elif match := _CLAIM_NAME.fullmatch(name):
                claims[match.group(1)] = info
            elif match := _ATTACHMENT_NAME.fullmatch(name):
                attachments[match.group(1)] = info
            else:
                raise at(
                    _show(name),
                    None,
                    _(
                        "is not an entry a bundle may hold (only manifest.json, "
                        "claims/<claim-id>.json and attachments/<sha256>)"
                    ),
                )
        if manifest is None:
            raise BundleError(
                _("{name}: manifest.json is missing; it is not a bundle.").format(
                    name=self.path.name
                )
            )
        self._check_local_headers(infos)
        return _Entries(manifest, claims, attachments)

    def _check_local_headers(self, infos: list[zipfile.ZipInfo]) -> None:
        """Every local header must say what the central directory says of its entry.

        zipfile reads sizes from the central directory only; a local header
        (or data descriptor) that disagrees is how one archive shows different
        contents to different tools, so the bundle is refused.
        """
        try:
            with self.path.open("rb") as fh:
                for info in infos:
                    problem = _local_header_problem(fh, info)
                    if problem:
                        raise at(
                            _show(info.orig_filename),
                            None,
                            _(
                                "its local ZIP header {problem}; the bundle is damaged or forged"
                            ).format(problem=problem),
                        )
        except OSError as exc:
            raise BundleError(
                _("{name}: cannot be read ({reason}).").format(
                    name=self.path.name, reason=exc.strerror or exc
                )
            ) from None

    def _compressed_bounds(self, infos: list[zipfile.ZipInfo]) -> dict[int, int]:
        """For each entry, the most compressed bytes that fit before the next one starts."""
        offsets = sorted({i.header_offset for i in infos} | {self._zf.start_dir})
        bounds: dict[int, int] = {}
        for info in infos:
            at_next = bisect.bisect_right(offsets, info.header_offset)
            end = offsets[at_next] if at_next < len(offsets) else self._zf.start_dir
            name_len = len(info.orig_filename.encode("utf-8", "surrogateescape"))
            bounds[info.header_offset] = max(0, end - info.header_offset - _LOCAL_HEADER - name_len)
        return bounds

    # -- reading -------------------------------------------------------------
    def read(self, info: zipfile.ZipInfo, cap: int, what: str, sink: Any = None) -> bytes:
        """An entry's bytes (or, with ``sink``, fed to it and not kept), counted against caps."""
        name = _show(info.filename)
        if info.file_size > cap:
            raise _too_large(name, what, cap)
        ratio_cap = self.limits.compression_ratio * max(info.compress_size, 1)
        count = 0
        parts: list[bytes] = []
        try:
            with self._zf.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    count += len(chunk)
                    self.total += len(chunk)
                    if count > cap:
                        raise _too_large(name, what, cap)
                    if count > ratio_cap:
                        raise at(
                            name,
                            None,
                            _(
                                "expands more than {ratio}:1 when decompressed; "
                                "it is treated as a zip bomb"
                            ).format(ratio=self.limits.compression_ratio),
                        )
                    if self.total > self.limits.total_bytes:
                        raise BundleError(
                            _(
                                "{name}: holds more than {size} uncompressed, "
                                "the limit for a whole bundle."
                            ).format(
                                name=self.path.name, size=describe_size(self.limits.total_bytes)
                            )
                        )
                    if sink is None:
                        parts.append(chunk)
                    else:
                        sink(chunk)
        except zipfile.BadZipFile as exc:
            raise _header_mismatch(name, exc) from None
        except NotImplementedError as exc:
            raise at(
                name,
                None,
                _("uses a ZIP feature bundles do not allow ({reason})").format(reason=exc),
            ) from None
        except (zlib.error, EOFError, OSError, ValueError, struct.error) as exc:
            raise at(
                name, None, _("cannot be read; the bundle is damaged ({reason})").format(reason=exc)
            ) from None
        if count != info.file_size:
            raise _header_mismatch(name, None)
        return b"".join(parts)

    def read_json(self, info: zipfile.ZipInfo) -> dict[str, Any]:
        data = self.read(info, self.limits.json_bytes, _("a JSON entry"))
        return parse_object(data, info.filename, max_depth=self.limits.json_depth)

    def attachment(self, sha256: str) -> bytes:
        """An attachment's bytes, checked again against the hash in its name."""
        info = self.entries.attachments.get(sha256)
        if info is None:
            raise BundleError(
                _("attachments/{sha256}: is missing from the bundle.").format(sha256=sha256)
            )
        data = self.read(info, self.limits.attachment_bytes, _("an attachment"))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise at(info.filename, None, _("does not match the SHA-256 in its name"))
        return data

    def attachment_digest(self, info: zipfile.ZipInfo) -> tuple[str, int]:
        """SHA-256 and size of an attachment, streamed (not kept in memory)."""
        digest = hashlib.sha256()
        size = 0

        def feed(chunk: bytes) -> None:
            nonlocal size
            digest.update(chunk)
            size += len(chunk)

        self.read(info, self.limits.attachment_bytes, _("an attachment"), sink=feed)
        return digest.hexdigest(), size


def _local_header_problem(fh: Any, info: zipfile.ZipInfo) -> str | None:
    """What the local header of ``info`` (and its data descriptor) gets wrong, or None."""
    fh.seek(info.header_offset)
    raw = fh.read(_LOCAL.size)
    if len(raw) < _LOCAL.size:
        return _("is missing (the archive is cut short)")
    sig, _version, flags, method, _t, _d, crc, csize, usize, name_len, extra_len = _LOCAL.unpack(
        raw
    )
    if sig != _LOCAL_SIGNATURE:
        return _("is missing where the central directory says it starts")
    if (flags ^ info.flag_bits) & _SIGNIFICANT_FLAGS:
        return _("has other flags than the central directory")
    if method != info.compress_type:
        return _("names another compression method than the central directory")
    name = fh.read(name_len)
    encoding = "utf-8" if flags & UTF8_NAME else "cp437"
    if name.decode(encoding, "replace") != info.orig_filename:
        return _("gives another name than the central directory")
    extra = fh.read(extra_len)
    if len(extra) < extra_len:
        return _("is cut short")
    if flags & DATA_DESCRIPTOR:
        # Sizes follow the data; the header's own must then be zero (or the ZIP64 mark).
        if crc not in (0, info.CRC) or csize not in (0, _ZIP64_MARK, info.compress_size):
            return _("gives other sizes than the central directory")
        if usize not in (0, _ZIP64_MARK, info.file_size):
            return _("gives other sizes than the central directory")
        fh.seek(info.header_offset + _LOCAL.size + name_len + extra_len + info.compress_size)
        return _descriptor_problem(fh.read(24), info)
    if csize == _ZIP64_MARK or usize == _ZIP64_MARK:
        sizes = _zip64_sizes(extra, usize == _ZIP64_MARK, csize == _ZIP64_MARK)
        if sizes is None:
            return _("marks ZIP64 sizes but does not give them")
        usize = sizes[0] if usize == _ZIP64_MARK else usize
        csize = sizes[1] if csize == _ZIP64_MARK else csize
    if (crc, csize, usize) != (info.CRC, info.compress_size, info.file_size):
        return _("gives other sizes or another checksum than the central directory")
    return None


def _descriptor_problem(raw: bytes, info: zipfile.ZipInfo) -> str | None:
    """Whether the data descriptor after an entry's data agrees with the central directory."""
    if raw.startswith(_DESCRIPTOR_SIGNATURE):
        raw = raw[4:]
    if len(raw) < 12:
        return _("has its data descriptor cut short")
    crc, csize, usize = struct.unpack("<III", raw[:12])
    if (crc, csize, usize) == (info.CRC, info.compress_size, info.file_size):
        return None
    if len(raw) >= 20:  # ZIP64 descriptors give 8-byte sizes
        crc, csize, usize = struct.unpack("<IQQ", raw[:20])
        if (crc, csize, usize) == (info.CRC, info.compress_size, info.file_size):
            return None
    return _("has a data descriptor that gives other sizes than the central directory")


def _zip64_sizes(extra: bytes, want_usize: bool, want_csize: bool) -> tuple[int, int] | None:
    """The (uncompressed, compressed) sizes in a local header's ZIP64 extra field."""
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack("<HH", extra[pos : pos + 4])
        body = extra[pos + 4 : pos + 4 + length]
        if tag == _ZIP64_EXTRA:
            values = [struct.unpack("<Q", body[i : i + 8])[0] for i in range(0, len(body) - 7, 8)]
            needed = int(want_usize) + int(want_csize)
            if len(values) < needed:
                return None
            usize = values.pop(0) if want_usize else 0
            csize = values.pop(0) if want_csize else 0
            return usize, csize
        pos += 4 + length
    return None


def _show(name: str) -> str:
    return name if not _NAME_CONTROL.search(name) and len(name) <= 200 else repr(name[:200])


def _too_large(name: str, what: str, cap: int) -> BundleError:
    return at(
        name,
        None,
        _("is larger than {size}, the limit for {what}").format(size=describe_size(cap), what=what),
    )


def _header_mismatch(name: str, exc: Exception | None) -> BundleError:
    message = _(
        "its content does not match the size and checksum its ZIP header states "
        "(a damaged bundle, or a forged header hiding a larger entry)"
    )
    return at(name, None, f"{message} ({exc})" if exc is not None else message)


def open_zip(path: Path) -> zipfile.ZipFile:
    """The archive at ``path`` opened for reading, or a clear message saying why not."""
    name = path.name
    # Looked at before it is opened: a pipe would block the open itself, and a
    # device such as /dev/zero would be read without end.
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise BundleError(_("{path}: no such file.").format(path=path)) from None
    except OSError as exc:
        raise BundleError(
            _("{name}: cannot be read ({reason}).").format(name=path, reason=exc.strerror or exc)
        ) from None
    if stat.S_ISDIR(mode):
        raise BundleError(_("{path}: is a folder, not a bundle file.").format(path=path))
    if not stat.S_ISREG(mode):
        raise BundleError(
            _("{path}: is not a regular file (a device or a pipe), not a bundle file.").format(
                path=path
            )
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise BundleError(_("{path}: no such file.").format(path=path)) from None
    except IsADirectoryError:
        raise BundleError(_("{path}: is a folder, not a bundle file.").format(path=path)) from None
    except OSError as exc:
        raise BundleError(
            _("{name}: cannot be read ({reason}).").format(name=path, reason=exc.strerror or exc)
        ) from None
    if not head:
        raise BundleError(_("{name}: the file is empty; it is not a bundle.").format(name=name))
    try:
        return zipfile.ZipFile(path)
    except UnicodeDecodeError:
        raise BundleError(
            _("{name}: an entry name is not valid UTF-8.").format(name=name)
        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, struct.error) as exc:
        if head.startswith(b"PK"):
            raise BundleError(
                _(
                    "{name}: the ZIP archive is damaged or truncated ({reason}); it cannot be read."
                ).format(name=name, reason=exc)
            ) from None
        raise BundleError(
            _(
                "{name} is not a FactDesk bundle (not a ZIP archive). "
                "A bundle is a .factbundle file made by Bundle export."
            ).format(name=name)
        ) from None
    except NotImplementedError as exc:
        raise BundleError(
            _("{name}: uses a ZIP feature bundles do not allow ({reason}).").format(
                name=name, reason=exc
            )
        ) from None


def check_name(info: zipfile.ZipInfo) -> None:
    """Refuse names that could point outside the bundle or hide what they are."""
    name = info.orig_filename  # as the archive holds it (``filename`` is cut at a NUL)
    shown = _show(name)
    if "\x00" in name:
        raise at(shown, None, _("the entry name contains a NUL character, which is not allowed"))
    if not info.flag_bits & UTF8_NAME and not name.isascii():
        try:
            name.encode("cp437").decode("utf-8")
        except UnicodeError:
            raise at(shown, None, _("the entry name is not valid UTF-8")) from None
    if "\\" in name:
        raise at(shown, None, _("the entry name contains a backslash, which is not allowed"))
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise at(shown, None, _("the entry name is an absolute path, which is not allowed"))
    if ".." in name.split("/"):
        raise at(shown, None, _("the entry name has a '..' segment, which is not allowed"))
    if _NAME_CONTROL.search(name) or not name:
        raise at(shown, None, _("the entry name contains control characters"))
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise at(shown, None, _("is a symbolic link; bundles hold only plain files"))
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise at(shown, None, _("is not a plain file; bundles hold only plain files"))


# -- the whole bundle ----------------------------------------------------------


@contextmanager
def open_bundle(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[BundleZip]:
    bundle = BundleZip(path, limits)
    try:
        yield bundle
    finally:
        bundle.close()


def read_bundle(
    path: Path, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None
) -> BundleContents:
    """Check the whole bundle at ``path`` and return what it holds."""
    with collector_paused(), open_bundle(path, limits) as bz:
        return _read(bz, progress)


def _read(bz: BundleZip, progress: Progress | None) -> BundleContents:
    entries = bz.entries
    if progress is not None:
        progress.start(1 + len(entries.claims) + len(entries.attachments), _("Checking the bundle"))
    warnings = _Warnings()
    raw = bz.read_json(entries.manifest)
    check_format(raw)
    manifest: schema.Manifest = schema.validate(schema.Manifest, raw, MANIFEST)
    warnings.unknown(MANIFEST, manifest)
    _step(progress)

    listed = manifest.claims
    seen: set[str] = set()
    for i, claim_id in enumerate(listed):
        if claim_id in seen:
            raise at(
                MANIFEST, f"$.claims[{i}]", _("{id} is listed twice").format(id=repr(claim_id))
            )
        seen.add(claim_id)
    for i, claim_id in enumerate(listed):
        if claim_id not in entries.claims:
            raise at(
                MANIFEST,
                f"$.claims[{i}]",
                _("claim {id} is listed but claims/{id}.json is missing").format(id=claim_id),
            )
    unlisted = sorted(set(entries.claims) - set(listed))
    if unlisted:
        raise at(
            f"claims/{unlisted[0]}.json", None, _("is present but not listed in manifest.json")
        )

    scale: dict[str, int] = {}
    for i, step in enumerate(manifest.rating_scale.ratings):
        if step.key in scale:
            raise at(
                MANIFEST,
                f"$.rating_scale.ratings[{i}].key",
                _("{id} is listed twice").format(id=repr(step.key)),
            )
        scale[step.key] = i

    claims: list[Claim] = []
    removed: dict[str, tuple[str, ...]] = {}
    evidence_owner: dict[str, str] = {}
    # sha256 -> (size, entry, JSON path) of the first evidence item that lists it
    listed_attachments: dict[str, tuple[int, str, str]] = {}
    used_ratings: set[str] = set()
    for claim_id in listed:
        entry = f"claims/{claim_id}.json"
        data = bz.read_json(entries.claims[claim_id])
        cf = schema.validate(schema.ClaimFile, data, entry)
        warnings.unknown(entry, cf)
        if cf.id != claim_id:
            raise at(
                entry,
                "$.id",
                _("{id} differs from its file name ({name})").format(id=repr(cf.id), name=claim_id),
            )
        for i, ev in enumerate(cf.evidence):
            owner = evidence_owner.get(ev.id)
            if owner is not None:
                message = (
                    _("evidence id {id} is used by this claim twice")
                    if owner == claim_id
                    else _("evidence id {id} is used by two claims (also {other})")
                )
                raise at(entry, f"$.evidence[{i}].id", message.format(id=ev.id, other=owner))
            evidence_owner[ev.id] = claim_id
            for j, att in enumerate(ev.attachments or []):
                where = f"$.evidence[{i}].attachments[{j}]"
                known = listed_attachments.get(att.sha256)
                if known is not None and known[0] != att.size:
                    raise at(
                        entry,
                        f"{where}.size",
                        _(
                            "{size} differs from the size given for the same file in "
                            "{entry} at {where} ({other})"
                        ).format(size=att.size, entry=known[1], where=known[2], other=known[0]),
                    )
                listed_attachments.setdefault(att.sha256, (att.size, entry, where))
        if cf.verdict is not None and cf.draft_verdict is not None:
            raise at(
                entry,
                "$.draft_verdict",
                _("must be null when the claim has a verdict (a draft is a verdict not yet rated)"),
            )
        own = {ev.id for ev in cf.evidence}
        for i, removed_id in enumerate(cf.removed_evidence or []):
            if removed_id in own:
                raise at(
                    entry,
                    f"$.removed_evidence[{i}]",
                    _("{id} is an evidence item of this claim, so it cannot be removed").format(
                        id=removed_id
                    ),
                )
        if cf.removed_evidence:
            removed[claim_id] = tuple(sorted(set(cf.removed_evidence)))
        if cf.verdict is not None:
            if cf.verdict.rating not in scale:
                raise at(
                    entry,
                    "$.verdict.rating",
                    _("{key} is not on the manifest's rating_scale").format(
                        key=repr(cf.verdict.rating)
                    ),
                )
            used_ratings.add(cf.verdict.rating)
        claims.append(to_record(cf))
        _step(progress)

    for key, i in scale.items():
        if key not in used_ratings:
            raise at(
                MANIFEST,
                f"$.rating_scale.ratings[{i}].key",
                _(
                    "{key} is used by no verdict in the bundle "
                    "(the scale must list only the keys that verdicts use)"
                ).format(key=repr(key)),
            )
    newest = max(
        (t for c in claims for t in (c.updated_at, *(e.updated_at for e in c.evidence))),
        default=None,
    )
    created_at = _opt_ts(manifest.created_at)
    if created_at is not None and created_at != newest:
        raise at(
            MANIFEST,
            "$.created_at",
            _("{value} is not the newest updated_at of the records in the bundle").format(
                value=repr(manifest.created_at)
            ),
        )

    for sha256 in sorted(listed_attachments):
        entry, where = listed_attachments[sha256][1:]
        if sha256 not in entries.attachments:
            raise at(
                entry,
                f"{where}.sha256",
                _("attachment {sha256} is listed but attachments/{sha256} is missing").format(
                    sha256=sha256
                ),
            )
    for sha256 in sorted(entries.attachments):
        info = entries.attachments[sha256]
        if sha256 not in listed_attachments:
            raise at(info.filename, None, _("is not listed by any evidence item"))
        digest, size = bz.attachment_digest(info)
        if digest != sha256:
            raise at(
                info.filename,
                None,
                _("does not match the SHA-256 in its name (it is {digest})").format(digest=digest),
            )
        listed_size, entry, where = listed_attachments[sha256]
        if size != listed_size:
            raise at(
                entry,
                f"{where}.size",
                _("{listed} is not the size of attachments/{sha256} ({size} bytes)").format(
                    listed=listed_size, sha256=sha256, size=size
                ),
            )
        _step(progress)

    return BundleContents(
        path=bz.path,
        format_version=manifest.format_version,
        created_at=created_at,
        generator=manifest.generator,
        created_by=manifest.created_by,
        title=manifest.title,
        scale_name=manifest.rating_scale.name,
        ratings=tuple(
            Rating(key=s.key, label=s.label, value=s.value, position=i)
            for i, s in enumerate(manifest.rating_scale.ratings)
        ),
        claims=tuple(claims),
        removed=removed,
        attachments=tuple((sha, listed_attachments[sha][0]) for sha in sorted(listed_attachments)),
        warnings=warnings.listed(),
    )


class _Warnings:
    """Warnings about a bundle, kept to a readable number however many there are."""

    PER_ENTRY = 10  # unknown fields named per entry; the rest are counted
    TOTAL = 1000

    def __init__(self) -> None:
        self.items: list[str] = []
        self.left_out = 0

    def add(self, text: str) -> None:
        if len(self.items) < self.TOTAL:
            self.items.append(text)
        else:
            self.left_out += 1

    def unknown(self, entry: str, model: schema.Model) -> None:
        paths, total = schema.unknown_fields(model, limit=self.PER_ENTRY)
        for path in paths:
            self.add(_("{entry}: {path}: unknown field, ignored").format(entry=entry, path=path))
        if total > len(paths):
            more = total - len(paths)
            self.add(
                ngettext(
                    "{entry}: {count} more unknown field, ignored",
                    "{entry}: {count} more unknown fields, ignored",
                    more,
                ).format(entry=entry, count=number(more))
            )

    def listed(self) -> tuple[str, ...]:
        more = (
            [
                ngettext(
                    "{count} more warning like these",
                    "{count} more warnings like these",
                    self.left_out,
                ).format(count=number(self.left_out))
            ]
            if self.left_out
            else []
        )
        return (*self.items, *more)


def _step(progress: Progress | None) -> None:
    if progress is not None:
        progress.step()


def check_format(raw: dict[str, Any]) -> None:
    """The format and its version, checked before anything else in the manifest."""
    fmt = raw.get("format")
    if fmt != schema.FORMAT:
        raise at(
            MANIFEST,
            "$.format",
            _("{value} is not {format}; this is not a FactDesk bundle").format(
                value=schema.show(fmt), format=repr(schema.FORMAT)
            )
            if "format" in raw
            else _("is required (it must be {format})").format(format=repr(schema.FORMAT)),
        )
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise at(
            MANIFEST,
            "$.format_version",
            _("{value} must be a whole number").format(value=schema.show(version)),
        )
    if version > schema.FORMAT_VERSION:
        raise at(
            MANIFEST,
            "$.format_version",
            _(
                "the bundle is format version {version}; this FactDesk reads format version "
                "{supported}. Update FactDesk to import it."
            ).format(version=version, supported=schema.FORMAT_VERSION),
        )
    if version < 1:
        raise at(
            MANIFEST,
            "$.format_version",
            _("{version} is not a format version").format(version=version),
        )


def to_record(cf: Any) -> Claim:
    """A validated claim file as the record the services use (positions in file order).

    The fields come from the records' declarations (:func:`schema.wire_values`);
    only what a bundle does not carry is filled in here.
    """
    evidence = []
    for pos, ev in enumerate(cf.evidence):
        fields = schema.wire_values(Evidence, ev)
        attachments = []
        for n, att in enumerate(ev.attachments or []):
            given = schema.wire_values(Attachment, att)
            given["filename"] = given["filename"] or att.sha256[:12]
            given["media_type"] = given["media_type"] or "application/octet-stream"
            attachments.append(
                Attachment(
                    **given,
                    id=attachment_id(ev.id, n),
                    evidence_id=ev.id,
                    position=n,
                    created_at=fields["created_at"],
                )
            )
        evidence.append(
            Evidence(**fields, claim_id=cf.id, position=pos, attachments=tuple(attachments))
        )
    verdict = None
    given = cf.verdict or cf.draft_verdict
    if given is not None:
        verdict = Verdict(**{"rating": None, **schema.wire_values(Verdict, given)}, claim_id=cf.id)
    return Claim(
        **schema.wire_values(Claim, cf),
        evidence=tuple(evidence),
        verdict=verdict,
    )

"""Writing bundles that are reproducible: the same data always gives the same bytes.

Keys sorted, UTF-8 without BOM, ``\\n`` newlines, entries in name order with
fixed timestamps and permissions, and the manifest's ``created_at`` taken
from the data (the newest ``updated_at``), never from the clock.  The file is
written beside the target and renamed into place, so a failed export leaves
no partial file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk import __version__
from factdesk.errors import FactDeskError
from factdesk.i18n import _, ngettext, number
from factdesk.services.bulk import collector_paused
from factdesk.services.bundles import schema
from factdesk.services.bundles.errors import BundleError
from factdesk.services.bundles.export_rows import (
    ExportedClaim,
    attachment_digests,
    bundle_timestamp,
    exported_claims,
)
from factdesk.services.bundles.limits import DEFAULT_LIMITS, describe_size
from factdesk.services.bundles.schema import FORMAT, FORMAT_VERSION
from factdesk.services.bundles.strictjson import check_strings, path_join, suspect
from factdesk.services.case import Case
from factdesk.services.progress import Progress
from factdesk.services.records import ClaimFilter
from factdesk.services.targets import check_output_target
from factdesk.store import blobs

ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
ENTRY_MODE = 0o644 << 16
UNIX = 3
LEVEL = 6


@dataclass(frozen=True)
class ExportResult:
    path: Path
    claims: int
    evidence: int
    attachments: int
    size: int


def json_bytes(value: Any) -> bytes:
    """One JSON object, keys sorted, no indentation (the fast C encoder), a final newline."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    return text.encode("utf-8")


def select_claim_ids(
    case: Case,
    claim_ids: Sequence[str] | None = None,
    tag: str | None = None,
    status: str | None = None,
) -> list[str]:
    """The ids to export: those given (ids or unique prefixes), narrowed by tag and status."""
    matching = case.claims.list_ids(ClaimFilter(status=status, tag=tag))
    if not claim_ids:
        return sorted(matching)
    wanted = {case.claims.resolve_id(ref) for ref in claim_ids}
    if tag or status:
        wanted &= set(matching)
    return sorted(wanted)


@dataclass
class _Manifest:
    """What the manifest says about the claims, gathered while they are written."""

    claims: list[str] = field(default_factory=list)
    ratings: set[str] = field(default_factory=set)
    newest: str | None = None  # stored form of the newest updated_at
    evidence: int = 0

    def add(self, claim: ExportedClaim) -> None:
        self.claims.append(claim.id)
        self.evidence += claim.evidence
        if claim.rating is not None:
            self.ratings.add(claim.rating)
        if self.newest is None or claim.newest > self.newest:
            self.newest = claim.newest


def export_bundle(
    case: Case,
    target: Path,
    claim_ids: Sequence[str] | None = None,
    tag: str | None = None,
    status: str | None = None,
    progress: Progress | None = None,
    *,
    title: str | None = None,
    created_by: str | None = None,
) -> ExportResult:
    """Write the chosen claims (all of them without ids or filters) to a bundle at ``target``.

    Claims are read in chunks and written as they are read, so memory stays
    flat however many claims there are; the manifest, written last, is
    gathered on the way.
    """
    target = Path(target)
    check_output_target(case.path, target, _("the bundle"))
    ids = select_claim_ids(case, claim_ids, tag, status)
    if progress is not None:
        progress.start(len(ids), "Exporting claims")
    scale = case.ratings.scale()
    scale_name = case.ratings.scale_name()

    def manifest(gathered: _Manifest) -> bytes:
        value: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "generator": f"factdesk {__version__}",
            "claims": gathered.claims,
            "rating_scale": {
                "name": scale_name,
                "ratings": [
                    {"key": r.key, "label": r.label, "value": r.value}
                    for r in scale
                    if r.key in gathered.ratings
                ],
            },
        }
        if gathered.newest is not None:
            value["created_at"] = bundle_timestamp(gathered.newest)
        if title:
            value["title"] = title
        if created_by:
            value["created_by"] = created_by
        data = json_bytes(value)
        check_entry(data, value, "manifest.json", schema.Manifest, _("the bundle's manifest"))
        return data

    # Entries that deflate beyond the readers' ratio limit are stored as they
    # are, so that every bundle FactDesk writes is one it accepts.  Whether an
    # entry does is known once zipfile has deflated it; the rare bundle with
    # such an entry is written a second time with it stored, which spares
    # every other bundle deflating each entry twice.
    stored: set[str] = set()
    with collector_paused(), case.store.reading() as session:
        conn = session.connection()
        digests = sorted(attachment_digests(conn, ids))
        if 1 + len(ids) + len(digests) > DEFAULT_LIMITS.entries:
            raise BundleError(
                _(
                    "{claims} claims with {files} attached files make more than "
                    "{limit} entries, the most a bundle may hold; export fewer claims at a time."
                ).format(
                    claims=number(len(ids)),
                    files=number(len(digests)),
                    limit=number(DEFAULT_LIMITS.entries),
                )
            )
        while True:
            gathered = _Manifest()
            entries = _Entries(stored)

            def write(
                zf: zipfile.ZipFile, entries: _Entries = entries, gathered: _Manifest = gathered
            ) -> None:
                # Names in sorted order: attachments/… < claims/… < manifest.json.
                sizes: dict[str, int] = {}
                for digest in digests:
                    data = blobs.read_blob(session, digest)
                    if len(data) > DEFAULT_LIMITS.attachment_bytes:
                        raise BundleError(
                            _(
                                "attachment {sha256}… is larger than {size}, the most a "
                                "bundle may hold; it cannot be exported."
                            ).format(
                                sha256=digest[:12],
                                size=describe_size(DEFAULT_LIMITS.attachment_bytes),
                            )
                        )
                    sizes[digest] = len(data)
                    entries.write(zf, f"attachments/{digest}", data)
                    if progress is not None:
                        progress.check()
                for claim in exported_claims(conn, ids):
                    data = _encode(claim.data, claim.id)
                    check_entry(
                        data,
                        claim.data,
                        f"claims/{claim.id}.json",
                        schema.ClaimFile,
                        _("claim {id}").format(id=claim.id),
                    )
                    _check_attachment_sizes(claim, sizes)
                    entries.write(zf, f"claims/{claim.id}.json", data)
                    gathered.add(claim)
                    if progress is not None:
                        progress.step()
                entries.write(zf, "manifest.json", manifest(gathered))
                if entries.dense:
                    raise _Rewrite()

            try:
                size = _write_zip(target, write)
                break
            except _Rewrite:
                stored.update(entries.dense)
                if progress is not None:
                    progress.start(len(ids), "Exporting claims")
    return ExportResult(target, len(gathered.claims), gathered.evidence, len(digests), size)


def check_entry(
    data: bytes, value: dict[str, Any], entry: str, model: type[schema.Model], what: str
) -> None:
    """Refuse to write an entry the bundle reader would refuse, with the reader's own checks.

    ``value`` is what ``data`` encodes (its JSON need not be parsed back: the
    writer's own values are plain, shallow and free of duplicate keys).  The
    message names the field, as the reader would when importing it.
    """
    try:
        if len(data) > DEFAULT_LIMITS.json_bytes:
            raise BundleError(
                f"{entry}: "
                + _("is {size} of JSON, more than {limit}; its largest text is {largest}").format(
                    size=describe_size(len(data)),
                    limit=describe_size(DEFAULT_LIMITS.json_bytes),
                    largest=_largest_text(value),
                )
            )
        if suspect(data, data.decode("utf-8")):
            check_strings(value, entry)
        schema.validate(model, value, entry)
    except BundleError as exc:
        raise BundleError(
            _(
                "cannot export {what}: {problem} — a bundle holding it would be refused on "
                "import. Correct it (or leave it out) and export again."
            ).format(what=what, problem=exc)
        ) from None


def _largest_text(value: Any) -> str:
    """The JSON path and length of the longest string in ``value``."""
    best = ("$", -1)
    stack: list[tuple[str, Any]] = [("$", value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str) and len(node) > best[1]:
            best = (where, len(node))
        elif isinstance(node, dict):
            stack.extend((path_join(where, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((path_join(where, i), v) for i, v in enumerate(node))
    return ngettext("{path} ({count} character)", "{path} ({count} characters)", best[1]).format(
        path=best[0], count=number(best[1])
    )


def _check_attachment_sizes(claim: ExportedClaim, sizes: dict[str, int]) -> None:
    for i, ev in enumerate(claim.data["evidence"]):
        for j, att in enumerate(ev["attachments"]):
            if sizes.get(att["sha256"]) != att["size"]:
                raise BundleError(
                    _(
                        "cannot export claim {id}: {place}: {size} is not the size of "
                        "the stored file ({stored} bytes); the case file needs "
                        "checking (factdesk check)."
                    ).format(
                        id=claim.id,
                        place=f"claims/{claim.id}.json: $.evidence[{i}].attachments[{j}].size",
                        size=att["size"],
                        stored=sizes.get(att["sha256"]),
                    )
                )


class _Rewrite(Exception):
    """Some entries deflated too well: write the bundle again with them stored."""


@dataclass
class _Entries:
    """Writes entries with fixed metadata, deflated unless named in ``stored``."""

    stored: set[str]
    dense: list[str] = field(default_factory=list)  # deflated, but too well
    total: int = 0  # uncompressed bytes so far

    def write(self, zf: zipfile.ZipFile, name: str, data: bytes) -> None:
        self.total += len(data)
        if self.total > DEFAULT_LIMITS.total_bytes:
            raise BundleError(
                _(
                    "the bundle would hold more than {size}, "
                    "the most a bundle may hold; export fewer claims at a time."
                ).format(size=describe_size(DEFAULT_LIMITS.total_bytes))
            )
        info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
        info.external_attr = ENTRY_MODE
        info.create_system = UNIX
        deflate = name not in self.stored
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        zf.writestr(info, data, compresslevel=LEVEL)
        if deflate and too_dense(len(data), info.compress_size):
            self.dense.append(name)


def too_dense(size: int, compressed: int) -> bool:
    """Whether an entry this size, deflated to this many bytes, exceeds the readers' ratio."""
    return size > DEFAULT_LIMITS.compression_ratio * max(compressed, 1)


def _encode(value: dict[str, Any], claim_id: str) -> bytes:
    try:
        return json_bytes(value)
    except UnicodeEncodeError:
        raise BundleError(
            _("claim {id} holds text that is not valid Unicode; fix it and export again.").format(
                id=claim_id
            )
        ) from None


def _write_zip(target: Path, write: Callable[[zipfile.ZipFile], None]) -> int:
    """Run ``write`` on a new archive beside ``target``, then move it into place."""
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise FactDeskError(
            _("cannot write in {folder} ({reason}).").format(
                folder=directory, reason=exc.strerror or exc
            )
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
            write(zf)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise FactDeskError(
            _("cannot write {path} ({reason}).").format(path=target, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target.stat().st_size

"""Writing bundles that are reproducible: the same data always gives the same bytes.

Keys sorted, UTF-8 without BOM, ``\\n`` newlines, entries in name order with
fixed timestamps and permissions, and the manifest's ``created_at`` taken
from the data (the newest ``updated_at``), never from the clock.  The file is
written beside the target and renamed into place, so a failed export leaves
no partial file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from factdesk import __version__
from factdesk.errors import FactDeskError
from factdesk.services import convert
from factdesk.services.bundles.errors import BundleError
from factdesk.services.bundles.limits import DEFAULT_LIMITS
from factdesk.services.bundles.schema import FORMAT, FORMAT_VERSION
from factdesk.services.case import Case
from factdesk.services.claim_json import claim_to_dict, format_timestamp
from factdesk.services.progress import Progress
from factdesk.services.records import Claim, ClaimFilter
from factdesk.store import blobs
from factdesk.store import models as m

ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
ENTRY_MODE = 0o644 << 16
UNIX = 3
LEVEL = 6
CHUNK = 500


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


def load_claims(session: Session, ids: Sequence[str]) -> Iterable[Claim]:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        rows = session.execute(
            select(m.Claim)
            .where(m.Claim.id.in_(chunk))
            .options(
                selectinload(m.Claim.tags),
                selectinload(m.Claim.evidence).selectinload(m.Evidence.attachments),
                selectinload(m.Claim.verdict),
            )
        ).scalars()
        by_id = {row.id: convert.claim(row) for row in rows}
        session.expunge_all()
        yield from (by_id[i] for i in chunk if i in by_id)


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
    """Write the chosen claims (all of them without ids or filters) to a bundle at ``target``."""
    target = Path(target)
    ids = select_claim_ids(case, claim_ids, tag, status)
    if progress is not None:
        progress.start(len(ids), "Exporting claims")
    scale = case.ratings.scale()
    claim_entries: dict[str, bytes] = {}
    digests: set[str] = set()
    used_ratings: set[str] = set()
    newest: dt.datetime | None = None
    evidence = 0
    with case.store.reading() as session:
        for claim in load_claims(session, ids):
            claim_entries[f"claims/{claim.id}.json"] = _encode(claim_to_dict(claim), claim.id)
            for t in (claim.updated_at, *(e.updated_at for e in claim.evidence)):
                newest = t if newest is None or t > newest else newest
            digests.update(a.sha256 for e in claim.evidence for a in e.attachments)
            evidence += len(claim.evidence)
            if claim.verdict is not None:
                used_ratings.add(claim.verdict.rating)
            if progress is not None:
                progress.step()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "generator": f"factdesk {__version__}",
            "claims": [c for c in ids if f"claims/{c}.json" in claim_entries],
            "rating_scale": {
                "name": case.ratings.scale_name(),
                "ratings": [
                    {"key": r.key, "label": r.label, "value": r.value}
                    for r in scale
                    if r.key in used_ratings
                ],
            },
        }
        if newest is not None:
            manifest["created_at"] = format_timestamp(newest)
        if title:
            manifest["title"] = title
        if created_by:
            manifest["created_by"] = created_by
        size = _write_zip(
            target,
            session,
            sorted(digests),
            claim_entries,
            json_bytes(manifest),
            progress,
        )
    return ExportResult(target, len(claim_entries), evidence, len(digests), size)


def _encode(value: dict[str, Any], claim_id: str) -> bytes:
    try:
        return json_bytes(value)
    except UnicodeEncodeError:
        raise BundleError(
            f"claim {claim_id} holds text that is not valid Unicode; fix it and export again."
        ) from None


def _info(name: str, data: bytes) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
    info.external_attr = ENTRY_MODE
    info.create_system = UNIX
    # An entry that deflates beyond the readers' ratio limit is stored as it is,
    # so that every bundle FactDesk writes is one it accepts.
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    packed = len(packer.compress(data)) + len(packer.flush())
    too_dense = len(data) > DEFAULT_LIMITS.compression_ratio * max(packed, 1)
    info.compress_type = zipfile.ZIP_STORED if too_dense else zipfile.ZIP_DEFLATED
    return info


def _write_zip(
    target: Path,
    session: Session,
    digests: list[str],
    claim_entries: dict[str, bytes],
    manifest: bytes,
    progress: Progress | None,
) -> int:
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise FactDeskError(f"cannot write in {directory} ({exc.strerror or exc}).") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
            # Sorted names: attachments/… < claims/… < manifest.json.
            for digest in digests:
                data = blobs.read_blob(session, digest)
                zf.writestr(_info(f"attachments/{digest}", data), data, compresslevel=LEVEL)
                if progress is not None:
                    progress.check()
            for name in sorted(claim_entries):
                zf.writestr(
                    _info(name, claim_entries[name]), claim_entries[name], compresslevel=LEVEL
                )
            zf.writestr(_info("manifest.json", manifest), manifest, compresslevel=LEVEL)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise FactDeskError(f"cannot write {target} ({exc.strerror or exc}).") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target.stat().st_size

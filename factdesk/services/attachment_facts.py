"""What an attachment's bytes say: capture facts and integrity, image metadata and hashes.

Facts are read when a file is attached (or arrives in a bundle), stored per
SHA-256 in ``blob_facts``, and can always be read again from the bytes:
blobs attached before this version, or read by an older reader, are read on
demand.  A capture whose digests fail is flagged, never silently accepted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from factdesk.errors import FactDeskError, NotFoundError, ValidationError
from factdesk.i18n import _, ngettext
from factdesk.services import captures, media, timestamps
from factdesk.services.captures.records import CaptureInfo, Integrity
from factdesk.services.context import ServiceContext
from factdesk.services.progress import Progress
from factdesk.store import blobs
from factdesk.store import facts as store_facts

# The version of the readers below; raising it makes stored facts be read again.
ANALYZER = 1
CAPTURE, IMAGE, OTHER = "capture", "image", "other"
MIN_PREFIX = 4


@dataclass(frozen=True)
class Analysis:
    """Facts read from one file's bytes."""

    kind: str
    capture: CaptureInfo | None = None
    image: media.ImageInfo | None = None
    problem: str | None = None  # why an image was not inspected
    phash: str | None = None
    dhash: str | None = None
    thumbnail: bytes | None = None

    @property
    def integrity(self) -> Integrity | None:
        return self.capture.integrity if self.capture else None

    @property
    def flagged(self) -> bool:
        return self.capture is not None and self.capture.integrity.state == captures.FAILED


def analyze(data: bytes, filename: str, progress: Progress | None = None) -> Analysis:
    """Read ``data`` as a capture or an image; :class:`CaptureError` if a capture is unreadable."""
    capture = captures.read_capture(data, filename, progress=progress)
    if capture is not None:
        return Analysis(CAPTURE, capture=capture)
    if media.looks_like_image(data):
        try:
            found = media.inspect_image(data)
        except media.ImageRefused as exc:
            return Analysis(IMAGE, problem=str(exc))
        return Analysis(
            IMAGE,
            image=found.info,
            phash=found.phash,
            dhash=found.dhash,
            thumbnail=found.thumbnail,
        )
    return Analysis(OTHER)


def analyze_stored(data: bytes, filename: str, progress: Progress | None = None) -> Analysis:
    """Like :func:`analyze`, for bytes already stored: an unreadable capture is flagged."""
    try:
        return analyze(data, filename, progress)
    except captures.CaptureError as exc:
        broken = CaptureInfo(
            format=captures.capture_format(data, filename) or "unknown",
            url=None,
            captured_at=None,
            title=None,
            text="",
            integrity=Integrity(captures.FAILED, _detail(str(exc), filename), 0),
            records=0,
        )
        return Analysis(CAPTURE, capture=broken)


def _detail(message: str, filename: str) -> str:
    prefix = f"{filename}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


# -- to and from the stored row ---------------------------------------------------------
def to_row(sha256: str, analysis: Analysis) -> store_facts.FactsRow:
    facts: dict[str, Any] = {}
    text = None
    integrity = None
    if analysis.capture is not None:
        c = analysis.capture
        facts = {
            "format": c.format,
            "url": c.url,
            "captured_at": c.captured_at.isoformat() if c.captured_at else None,
            "title": c.title,
            "integrity_detail": c.integrity.detail,
            "checked": c.integrity.checked,
            "records": c.records,
        }
        text = c.text or None
        integrity = c.integrity.state
    elif analysis.image is not None:
        facts = analysis.image.to_json()
    return store_facts.FactsRow(
        sha256=sha256,
        analyzer=ANALYZER,
        kind=analysis.kind,
        integrity=integrity,
        problem=analysis.problem,
        facts=json.dumps(facts, ensure_ascii=False, sort_keys=True),
        text=text,
        phash=analysis.phash,
        dhash=analysis.dhash,
        thumbnail=analysis.thumbnail,
    )


def from_row(row: store_facts.FactsRow) -> Analysis:
    try:
        facts = json.loads(row.facts)
    except ValueError:
        facts = {}
    if row.kind == CAPTURE:
        when = facts.get("captured_at")
        capture = CaptureInfo(
            format=str(facts.get("format") or "unknown"),
            url=facts.get("url"),
            captured_at=_stored_time(when),
            title=facts.get("title"),
            text=row.text or "",
            integrity=Integrity(
                row.integrity or captures.UNVERIFIABLE,
                str(facts.get("integrity_detail") or ""),
                int(facts.get("checked") or 0),
            ),
            records=int(facts.get("records") or 0),
        )
        return Analysis(CAPTURE, capture=capture)
    if row.kind == IMAGE:
        image = None
        if facts:
            known = set(media.ImageInfo.__dataclass_fields__)
            image = media.ImageInfo(**{k: v for k, v in facts.items() if k in known})
        return Analysis(
            IMAGE,
            image=image,
            problem=row.problem,
            phash=row.phash,
            dhash=row.dhash,
            thumbnail=row.thumbnail,
        )
    return Analysis(OTHER)


def record(session: Session, sha256: str, analysis: Analysis) -> None:
    store_facts.put_facts(session, to_row(sha256, analysis))


def ensure_recorded(session: Session, sha256: str, data: bytes, filename: str) -> None:
    """Read a blob put back by undo or restore, unless its facts are still stored."""
    if sha256 not in store_facts.get_facts(session, [sha256]):
        record(session, sha256, analyze_stored(data, filename))


def record_imported(session: Session, sha256: str, data: bytes, filename: str) -> str | None:
    """Read a blob that arrived in a bundle; a warning when it is a capture that fails."""
    analysis = analyze_stored(data, filename)
    record(session, sha256, analysis)
    if analysis.flagged and analysis.capture is not None:
        return f"{filename}: capture integrity failed: {analysis.capture.integrity.detail}"
    return None


# -- the service -------------------------------------------------------------------------
@dataclass(frozen=True)
class AttachmentFacts:
    """One attached file (by SHA-256), what it is, and where it is attached."""

    sha256: str
    size: int
    analysis: Analysis
    uses: tuple[store_facts.BlobUse, ...]

    @property
    def filename(self) -> str:
        return self.uses[0].filename if self.uses else self.sha256[:12]


@dataclass(frozen=True)
class SimilarImage:
    facts: AttachmentFacts
    phash_distance: int
    dhash_distance: int


class AttachmentFactsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # reading --------------------------------------------------------------------------
    def for_digests(self, digests: Sequence[str]) -> dict[str, Analysis]:
        """Stored facts of these blobs; those never read (or by an older reader) are read now."""
        with self._ctx.store.reading() as session:
            rows = store_facts.get_facts(session, digests)
        found = {d: from_row(r) for d, r in rows.items() if r.analyzer >= ANALYZER}
        missing = [d for d in dict.fromkeys(digests) if d not in found]
        if missing:
            found.update(self._read_and_store(missing))
        return found

    def get(self, digest: str) -> Analysis:
        return self.for_digests([digest])[digest]

    def _read_and_store(
        self, digests: Sequence[str], progress: Progress | None = None
    ) -> dict[str, Analysis]:
        fresh: dict[str, Analysis] = {}
        with self._ctx.store.reading() as session:
            names = {u.sha256: u.filename for u in store_facts.uses(session, digests)}
        for digest in digests:
            with self._ctx.store.reading() as session:
                try:
                    data = blobs.read_blob(session, digest)
                except FactDeskError:  # an altered blob is reported by check
                    continue
            fresh[digest] = analyze_stored(data, names.get(digest, ""), progress)
            if progress is not None:
                progress.step(1, names.get(digest, ""))
        if fresh and not self._ctx.store.read_only:
            with self._ctx.store.writing() as session:
                for digest, analysis in fresh.items():
                    record(session, digest, analysis)
                claims = {u.claim_id for u in store_facts.uses(session, list(fresh))}
                if any(a.capture is not None for a in fresh.values()):
                    from factdesk.store import search

                    search.reindex_claims(session, claims)
        return fresh

    def refresh_all(self, progress: Progress | None = None) -> int:
        """Read every blob that has no facts yet; returns how many were read."""
        with self._ctx.store.reading() as session:
            stale = store_facts.stale_digests(session, ANALYZER)
        if progress is not None:
            progress.start(len(stale), "Reading attachments")
        if stale:
            self._read_and_store(stale, progress)
        return len(stale)

    def resolve(self, prefix: str) -> str:
        """The SHA-256 of the attached file whose digest starts with ``prefix``."""
        cleaned = prefix.strip().lower()
        if len(cleaned) < MIN_PREFIX or any(c not in "0123456789abcdef" for c in cleaned):
            raise ValidationError(
                _("{prefix} is not a SHA-256 prefix (give at least {count} hex digits).").format(
                    prefix=repr(prefix), count=MIN_PREFIX
                )
            )
        with self._ctx.store.reading() as session:
            found = store_facts.digests_with_prefix(session, cleaned)
        if not found:
            raise NotFoundError(
                _("no attachment has a SHA-256 starting with {prefix}.").format(prefix=cleaned)
            )
        if len(found) > 1:
            raise NotFoundError(
                _("SHA-256 prefix {prefix} is ambiguous: it matches {digests}.").format(
                    prefix=cleaned,
                    digests=", ".join(d[:12] for d in found[:5]) + ("…" if len(found) > 5 else ""),
                )
            )
        return found[0]

    def info(self, prefix: str) -> AttachmentFacts:
        digest = self.resolve(prefix)
        return self._facts([digest], {digest: self.get(digest)})[0]

    def _facts(
        self, digests: Sequence[str], analyses: dict[str, Analysis]
    ) -> list[AttachmentFacts]:
        with self._ctx.store.reading() as session:
            all_uses = store_facts.uses(session, digests)
        by_digest: dict[str, list[store_facts.BlobUse]] = {}
        for use in all_uses:
            by_digest.setdefault(use.sha256, []).append(use)
        return [
            AttachmentFacts(
                d,
                by_digest[d][0].size if by_digest.get(d) else 0,
                analyses[d],
                tuple(by_digest.get(d, ())),
            )
            for d in digests
        ]

    def similar(
        self, prefix: str, progress: Progress | None = None, *, refresh: bool = True
    ) -> tuple[AttachmentFacts, list[SimilarImage]]:
        """The case's other images that are the same picture re-saved, resized or cropped.

        With ``refresh``, images never read before are read first (it can take a while
        on a case file made by an older FactDesk).
        """
        digest = self.resolve(prefix)
        if refresh:
            self.refresh_all(progress)
        target = self.get(digest)
        subject = self._facts([digest], {digest: target})[0]
        if target.kind != IMAGE or not target.phash or not target.dhash:
            reason = target.problem or _("it is not an image")
            raise ValidationError(
                _("{filename}: cannot look for similar images ({reason}).").format(
                    filename=subject.filename, reason=reason
                )
            )
        with self._ctx.store.reading() as session:
            hashes = store_facts.image_hashes(session)
        matches: list[tuple[str, int, int]] = []
        for other, phash, dhash in hashes:
            if other == digest:
                continue
            if media.same_picture(target.phash, target.dhash, phash, dhash):
                matches.append(
                    (
                        other,
                        media.hash_distance(target.phash, phash),
                        media.hash_distance(target.dhash, dhash),
                    )
                )
        matches.sort(key=lambda m: (m[1] + m[2], m[0]))
        if not matches:
            return subject, []
        analyses = self.for_digests([m[0] for m in matches])
        facts = self._facts([m[0] for m in matches], analyses)
        return subject, [
            SimilarImage(f, p, d) for f, (_digest, p, d) in zip(facts, matches, strict=True)
        ]

    def inert_view(self, attachment_id: str) -> str:
        """The capture attached as ``attachment_id`` as one inert HTML document."""
        from factdesk.services.captures.inert import render_inert

        data = self._evidence_bytes(attachment_id)
        with self._ctx.store.reading() as session:
            use = store_facts.use_of(session, attachment_id)
        if use is None:
            raise NotFoundError(_("no attachment with id {id}.").format(id=attachment_id))
        analysis = self.get(use.sha256)
        if analysis.capture is None:
            raise ValidationError(
                _("{filename} is not a web capture.").format(filename=use.filename)
            )
        try:
            return render_inert(data, use.filename, analysis.capture, use.sha256)
        except captures.CaptureError as exc:
            raise ValidationError(str(exc)) from exc

    def _evidence_bytes(self, attachment_id: str) -> bytes:
        with self._ctx.store.reading() as session:
            use = store_facts.use_of(session, attachment_id)
            if use is None:
                raise NotFoundError(_("no attachment with id {id}.").format(id=attachment_id))
            return blobs.read_blob(session, use.sha256)

    def failed_captures(
        self, progress: Progress | None = None
    ) -> list[tuple[AttachmentFacts, str]]:
        """Every capture whose integrity fails when its stored bytes are read again now.

        Writes nothing: blobs never read before are read here but not stored.
        """
        with self._ctx.store.reading() as session:
            digests = store_facts.digests_of_kind(session, CAPTURE)
            digests += store_facts.stale_digests(session, ANALYZER)
            names = {u.sha256: u.filename for u in store_facts.uses(session, digests)}
        failed: list[tuple[str, Analysis]] = []
        for digest in sorted(set(digests)):
            with self._ctx.store.reading() as session:
                try:
                    data = blobs.read_blob(session, digest)
                except FactDeskError:  # altered bytes are their own finding
                    continue
            if progress is not None:
                progress.check()
            analysis = analyze_stored(data, names.get(digest, ""))
            if analysis.flagged:
                failed.append((digest, analysis))
        facts = self._facts([d for d, _ in failed], dict(failed))
        return [
            (f, a.capture.integrity.detail if a.capture else "")
            for f, (_, a) in zip(facts, failed, strict=True)
        ]


def _shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _stored_time(value: object) -> dt.datetime | None:
    """A capture time as kept with a file's facts (facts kept by an earlier version may
    hold one outside the accepted range: it is unknown)."""
    if not isinstance(value, str):
        return None
    try:
        return timestamps.within_range(dt.datetime.fromisoformat(value))
    except ValueError:
        return None


def _when(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value else _("unknown")


def _bytes(size: int) -> str:
    return ngettext("{count} byte", "{count} bytes", size).format(count=f"{size:,}")


def describe(facts: AttachmentFacts) -> list[tuple[str, str]]:
    """Label and value of each fact worth printing, in reading order (in the message language)."""
    a = facts.analysis
    lines: list[tuple[str, str]] = []
    if a.capture is not None:
        c = a.capture
        lines += [
            (
                _("Kind"),
                ngettext(
                    "web capture ({format}), {size}, {count} record",
                    "web capture ({format}), {size}, {count} records",
                    c.records,
                ).format(format=c.format, size=_bytes(facts.size), count=c.records),
            ),
            (_("Address"), c.url or _("unknown")),
            (_("Captured"), _when(c.captured_at)),
            (_("Title"), c.title or _("(none)")),
            (_("Integrity"), f"{_(c.integrity.label)}: {c.integrity.detail}"),
            (
                _("Text"),
                _("{count} characters indexed for search").format(count=f"{len(c.text):,}"),
            ),
        ]
    elif a.kind == "image":
        img = a.image
        kind = (
            _("image ({format}), {size}").format(format=img.format, size=_bytes(facts.size))
            if img
            else _("image, {size}").format(size=_bytes(facts.size))
        )
        lines.append((_("Kind"), kind))
        if a.problem:
            lines.append((_("Not inspected"), a.problem))
        if img is not None:
            lines.append(
                (
                    _("Dimensions"),
                    _("{width} × {height} pixels").format(width=img.width, height=img.height),
                )
            )
            if img.camera:
                lines.append((_("Camera"), img.camera))
            if img.taken_at:
                offset = img.taken_offset or _("time zone not recorded")
                lines.append((_("Taken"), f"{img.taken_at.replace('T', ' ')} ({offset})"))
            if img.map_url:
                lines.append((_("Position"), f"{img.latitude}, {img.longitude}  {img.map_url}"))
            if img.software:
                lines.append((_("Software"), img.software))
            if img.orientation is not None:
                lines.append((_("Orientation"), f"{img.orientation_text} ({img.orientation})"))
            if img.metadata_problem:
                lines.append((_("Metadata"), img.metadata_problem))
    else:
        lines.append(
            (
                _("Kind"),
                _("file, {size} (neither a web capture nor an image)").format(
                    size=_bytes(facts.size)
                ),
            )
        )
    for use in facts.uses:
        lines.append(
            (
                _("Attached to"),
                _("evidence “{title}” on claim {id} “{claim}” as {file}").format(
                    title=_shorten(use.evidence_title or _("untitled"), 50),
                    id=use.claim_id[:8],
                    claim=_shorten(use.claim_text, 50),
                    file=use.filename,
                ),
            )
        )
    return lines

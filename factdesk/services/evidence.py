"""Evidence items of a claim: add, edit, reorder, attach and detach files, delete."""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factdesk import records as r
from factdesk.errors import NotFoundError, ValidationError
from factdesk.i18n import _
from factdesk.records import Attachment, Evidence, EvidenceSnapshot
from factdesk.services import limits, timestamps, validation
from factdesk.services.changes import ChangeSet, Write, created, removed
from factdesk.services.claims import resolve_claim_id
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.edits import apply_fields
from factdesk.services.files import check_target, write_new_file
from factdesk.services.progress import Progress
from factdesk.store import blobs, rows
from factdesk.store.stamps import utc_text

if TYPE_CHECKING:
    from factdesk.services.attachment_facts import Analysis

EDITABLE = r.names(r.Evidence, editable=True)
ATTACHMENT_FIELDS = ("filename", "sha256", "size", "media_type")


def clean_evidence_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    return validation.editable_values(r.Evidence, changes)


def check_attachment_count(count: int) -> None:
    if count > limits.ATTACHMENTS_PER_EVIDENCE:
        raise ValidationError(
            _("an evidence item may have at most {limit} attached files.").format(
                limit=limits.ATTACHMENTS_PER_EVIDENCE
            )
        )


def evidence_values(ev: Evidence) -> dict[str, Any]:
    return r.values(ev, EDITABLE)


def read_evidence(write_or_session: Any, evidence_id: str) -> Evidence:
    session = getattr(write_or_session, "session", write_or_session)
    found = rows.fetch(session, "evidence", evidence_id)
    if found is None:
        raise NotFoundError(_("no evidence item with id {id}.").format(id=evidence_id))
    claim = rows.read_claims(session, [found["claim_id"]])[found["claim_id"]]
    return next(e for e in claim.evidence if e.id == evidence_id)


def insert_evidence(
    write: Write, ev: Evidence, *, record: bool = True, action: str = "create"
) -> None:
    """Insert an evidence record with its attachments exactly as given (blobs must be stored)."""
    s = write.session
    rows.insert_records(s, "evidence", [ev])
    rows.insert_records(
        s,
        "attachment",
        [
            r.Attachment(**{**r.values(a, r.stored_columns(r.Attachment)), "position": n})
            for n, a in enumerate(ev.attachments)
        ],
    )
    s.connection().exec_driver_sql("DELETE FROM removed_evidence WHERE evidence_id = ?", (ev.id,))
    if record:
        fields = created(evidence_values(ev)) if action == "create" else {}
        write.record("evidence", ev.id, ev.claim_id, action, fields)


def remember_removed(write: Write, claim_id: str, evidence_id: str) -> None:
    """Note a deleted item so that bundles pass the deletion on."""
    write.session.connection().exec_driver_sql(
        "INSERT OR REPLACE INTO removed_evidence (evidence_id, claim_id, removed_at) "
        "VALUES (?, ?, ?)",
        (evidence_id, claim_id, utc_text(write.now)),
    )


@dataclass(frozen=True)
class PreparedFile:
    """A file read and understood, ready to attach: the slow part, done before writing."""

    name: str
    data: bytes
    media_type: str
    analysis: Analysis


@dataclass(frozen=True)
class AttachResult:
    attachment: Attachment
    filled: dict[str, tuple[Any, Any]]  # evidence fields a capture filled in: (old, new)
    changes: ChangeSet


# Media types of captures whose names the system does not know (.warc, .wacz).
CAPTURE_MEDIA_TYPES = {
    "WARC": "application/warc",
    "WARC.gz": "application/warc",
    "WACZ": "application/wacz",
    "MHTML": "multipart/related",
    "HTML": "text/html",
}


def prepare_bytes(
    filename: str, data: bytes, media_type: str, progress: Progress | None = None
) -> PreparedFile:
    """Read what the bytes are; a capture that cannot be read at all is refused here."""
    from factdesk.services import attachment_facts

    if len(data) > limits.ATTACHMENT_BYTES:
        raise ValidationError(
            _("{file} is larger than {size}, the most an attachment may hold.").format(
                file=filename, size=limits.describe_size(limits.ATTACHMENT_BYTES)
            )
        )

    analysis = attachment_facts.analyze(data, filename, progress)
    if media_type == "application/octet-stream" and analysis.capture is not None:
        media_type = CAPTURE_MEDIA_TYPES.get(analysis.capture.format, media_type)
    return PreparedFile(filename, data, media_type, analysis)


def prepare_file(path: Path, progress: Progress | None = None) -> PreparedFile:
    data, media_type = validation.attachment_file(path)
    return prepare_bytes(path.name, data, media_type, progress)


def capture_fills(values: Mapping[str, Any], files: Sequence[PreparedFile]) -> dict[str, Any]:
    """URL, title and accessed date from the first capture, for those of ``values`` left empty."""
    capture = next((f.analysis.capture for f in files if f.analysis.capture), None)
    if capture is None:
        return {}
    found: dict[str, Any] = {}
    with contextlib.suppress(ValidationError):
        found["url"] = validation.url(capture.url, "captured address")
    if capture.title:
        found["title"] = "".join(c for c in capture.title if c.isprintable())[:1000].strip()
    found["accessed_at"] = timestamps.within_range(capture.captured_at)
    return {k: v for k, v in found.items() if v and not values.get(k)}


class EvidenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, evidence_id: str) -> Evidence:
        with self._ctx.store.read() as session:
            return read_evidence(session, evidence_id)

    def list(self, claim_ref: str) -> list[Evidence]:
        with self._ctx.store.read() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            return list(rows.read_claims(session, [claim_id])[claim_id].evidence)

    # -- adding and changing -------------------------------------------------
    def add_changes(
        self,
        claim_ref: str,
        *,
        stance: str = "unclear",
        attach: Sequence[Path] = (),
        position: int | None = None,
        files: Sequence[PreparedFile] = (),
        **fields: Any,
    ) -> tuple[str, ChangeSet]:
        """Add an item (at the end, or at ``position``) with files; its id and the change.

        ``files`` are files already read (:func:`prepare_file`); ``attach`` are read here.
        A web capture fills the URL, title and accessed date left empty.
        """
        values = clean_evidence_fields({"stance": stance, **fields})
        check_attachment_count(len(files) + len(attach))
        files = [*files, *(prepare_file(Path(p)) for p in attach)]
        values.update(capture_fills(values, files))
        now = now_utc()
        evidence_id = validation.new_id()
        with self._ctx.write() as write:
            s = write.session
            claim_id = resolve_claim_id(s, claim_ref)
            count = len(rows.evidence_order(s, claim_id))
            if count >= limits.EVIDENCE_PER_CLAIM:
                raise ValidationError(
                    _(
                        "a claim may have at most {limit} evidence items; this one has that "
                        "many already."
                    ).format(limit=f"{limits.EVIDENCE_PER_CLAIM:,}")
                )
            pos = count if position is None else max(0, min(position, count))
            rows.shift_evidence(s, claim_id, pos, +1)
            given: dict[str, Any] = {f: values.get(f) for f in EDITABLE}
            ev = Evidence(
                id=evidence_id,
                claim_id=claim_id,
                position=pos,
                created_at=now,
                updated_at=now,
                **given,
            )
            insert_evidence(write, ev)
            for prepared in files:
                self._attach(
                    write,
                    ev,
                    prepared.name,
                    prepared.data,
                    prepared.media_type,
                    analysis=prepared.analysis,
                )
        return evidence_id, write.result

    def add(
        self,
        claim_ref: str,
        *,
        stance: str = "unclear",
        attach: Sequence[Path] = (),
        position: int | None = None,
        files: Sequence[PreparedFile] = (),
        **fields: Any,
    ) -> Evidence:
        """Add an evidence item (at the end, or at ``position``), attaching files if given."""
        evidence_id, changes = self.add_changes(
            claim_ref, stance=stance, attach=attach, position=position, files=files, **fields
        )
        return _item(changes, evidence_id)

    def update_changes(self, evidence_id: str, **changes: Any) -> ChangeSet:
        values = clean_evidence_fields(changes)
        with self._ctx.write() as write:
            apply_fields(write, "evidence", evidence_id, values)
        return write.result

    def update(self, evidence_id: str, **changes: Any) -> Evidence:
        result = self.update_changes(evidence_id, **changes)
        return _item(result, evidence_id) if result.claims else self.get(evidence_id)

    def move_changes(self, evidence_id: str, new_position: int) -> ChangeSet:
        """Move an item within its claim's list."""
        with self._ctx.write() as write:
            s = write.session
            ev = read_evidence(s, evidence_id)
            order = rows.evidence_order(s, ev.claim_id)
            old = order.index(evidence_id)
            new = max(0, min(new_position, len(order) - 1))
            if old != new:
                order.insert(new, order.pop(old))
                rows.set_evidence_order(s, ev.claim_id, order)
                write.record(
                    "evidence", evidence_id, ev.claim_id, "update", {"position": (old, new)}
                )
        return write.result

    def move(self, evidence_id: str, new_position: int) -> builtins.list[Evidence]:
        """Move an item within its claim's list; returns the list in its new order."""
        result = self.move_changes(evidence_id, new_position)
        if result.claims:
            (claim,) = [c for c in result.claims.values() if c is not None]
            return builtins.list(claim.evidence)
        return self.list(self.get(evidence_id).claim_id)

    def delete_changes(self, evidence_id: str) -> tuple[EvidenceSnapshot, ChangeSet]:
        """Delete an item and its attachments; the snapshot restores it."""
        with self._ctx.write() as write:
            s = write.session
            ev = read_evidence(s, evidence_id)
            digests = {a.sha256 for a in ev.attachments}
            snapshot = EvidenceSnapshot(
                evidence=ev, blobs={d: blobs.read_blob(s, d) for d in digests}
            )
            rows.delete(s, "evidence", evidence_id)
            rows.shift_evidence(s, ev.claim_id, ev.position + 1, -1)
            blobs.drop_unreferenced(s, digests)
            remember_removed(write, ev.claim_id, evidence_id)
            write.record(
                "evidence", evidence_id, ev.claim_id, "delete", removed(evidence_values(ev))
            )
        return snapshot, write.result

    def delete(self, evidence_id: str) -> EvidenceSnapshot:
        """Delete an item and its attachments; returns what restores it."""
        return self.delete_changes(evidence_id)[0]

    def restore_changes(self, snapshot: EvidenceSnapshot) -> ChangeSet:
        ev = snapshot.evidence
        with self._ctx.write() as write:
            s = write.session
            if not rows.existing_ids(s, "claim", [ev.claim_id]):
                raise NotFoundError(
                    _("the claim of evidence item {id} no longer exists.").format(id=ev.id)
                )
            rows.shift_evidence(s, ev.claim_id, ev.position, +1)
            from factdesk.services import attachment_facts

            names = {a.sha256: a.filename for a in ev.attachments}
            for digest, data in snapshot.blobs.items():
                blobs.put_blob(s, data)
                attachment_facts.ensure_recorded(s, digest, data, names.get(digest, ""))
            insert_evidence(write, ev, action="restore")
        return write.result

    def restore(self, snapshot: EvidenceSnapshot) -> Evidence:
        return _item(self.restore_changes(snapshot), snapshot.evidence.id)

    # -- attachments -------------------------------------------------------
    def attach(self, evidence_id: str, path: Path) -> Attachment:
        """Store a file on an evidence item; its SHA-256 is computed on the way in.

        A web capture fills the item's URL, title and accessed date when they are empty.
        """
        return self.attach_prepared(evidence_id, prepare_file(Path(path))).attachment

    def attach_prepared(self, evidence_id: str, prepared: PreparedFile) -> AttachResult:
        """Attach a file already read (see :func:`prepare_file`); returns what it filled in."""
        filename = validation.required_text(prepared.name, "attachment file name")
        with self._ctx.write() as write:
            ev = read_evidence(write.session, evidence_id)
            att = self._attach(
                write,
                ev,
                filename,
                prepared.data,
                prepared.media_type,
                analysis=prepared.analysis,
            )
            filled = apply_fields(
                write, "evidence", evidence_id, capture_fills(evidence_values(ev), [prepared])
            )
            _stamp(write, evidence_id)
        return AttachResult(att, filled, write.result)

    def attach_changes(
        self,
        evidence_id: str,
        filename: str,
        data: bytes,
        media_type: str,
        attachment_id: str | None = None,
    ) -> tuple[Attachment, ChangeSet]:
        filename = validation.required_text(filename, "attachment file name")
        prepared = prepare_bytes(filename, data, media_type)
        with self._ctx.write() as write:
            ev = read_evidence(write.session, evidence_id)
            att = self._attach(
                write,
                ev,
                filename,
                data,
                prepared.media_type,
                attachment_id,
                analysis=prepared.analysis,
            )
            _stamp(write, evidence_id)
        return att, write.result

    def attach_bytes(
        self, evidence_id: str, filename: str, data: bytes, media_type: str
    ) -> Attachment:
        prepared = prepare_bytes(filename, data, media_type)
        return self.attach_prepared(evidence_id, prepared).attachment

    def detach_changes(self, attachment_id: str) -> tuple[Attachment, bytes, ChangeSet]:
        """Remove an attachment; returns it with its bytes so it can be put back."""
        with self._ctx.write() as write:
            s = write.session
            found = rows.fetch(s, "attachment", attachment_id)
            if found is None:
                raise NotFoundError(_("no attachment with id {id}.").format(id=attachment_id))
            att = Attachment(**found)
            data = blobs.read_blob(s, att.sha256)
            ev = read_evidence(s, att.evidence_id)
            rows.delete(s, "attachment", attachment_id)
            s.connection().exec_driver_sql(
                "UPDATE attachments SET position = position - 1 "
                "WHERE evidence_id = ? AND position > ?",
                (att.evidence_id, att.position),
            )
            blobs.drop_unreferenced(s, [att.sha256])
            write.record(
                "attachment",
                attachment_id,
                ev.claim_id,
                "delete",
                {f: (getattr(att, f), None) for f in ("evidence_id", *ATTACHMENT_FIELDS[:3])},
            )
            _stamp(write, att.evidence_id)
        return att, data, write.result

    def detach(self, attachment_id: str) -> tuple[Attachment, bytes]:
        att, data, _changes = self.detach_changes(attachment_id)
        return att, data

    def reattach_changes(self, attachment: Attachment, data: bytes) -> ChangeSet:
        """Put back an attachment removed by :meth:`detach`, with its id and place."""
        if blobs.sha256_hex(data) != attachment.sha256:
            raise ValidationError(
                _("{file}: the bytes do not match its SHA-256.").format(file=attachment.filename)
            )
        with self._ctx.write() as write:
            ev = read_evidence(write.session, attachment.evidence_id)
            self._attach(
                write,
                ev,
                attachment.filename,
                data,
                attachment.media_type,
                attachment.id,
                position=attachment.position,
            )
            from factdesk.services import attachment_facts

            attachment_facts.ensure_recorded(
                write.session, attachment.sha256, data, attachment.filename
            )
            _stamp(write, ev.id)
        return write.result

    def reattach(self, attachment: Attachment, data: bytes) -> Attachment:
        result = self.reattach_changes(attachment, data)
        ev = _item(result, attachment.evidence_id)
        return next(a for a in ev.attachments if a.id == attachment.id)

    def attachment_bytes(self, attachment_id: str) -> bytes:
        """The file's bytes, verified against the SHA-256 recorded when it was attached."""
        with self._ctx.store.read() as session:
            found = rows.fetch(session, "attachment", attachment_id)
            if found is None:
                raise NotFoundError(_("no attachment with id {id}.").format(id=attachment_id))
            return blobs.read_blob(session, found["sha256"])

    def save_attachment(self, attachment_id: str, target: Path) -> Path:
        """Write a verified copy of an attachment to ``target`` (a new file put in place)."""
        case_path = self._ctx.store.path
        target = check_target(case_path, Path(target), _("the attachment"))
        data = self.attachment_bytes(attachment_id)
        write_new_file(target, data, case_path=case_path, what=_("the attachment"))
        return target

    # -- helpers -----------------------------------------------------------
    def _attach(
        self,
        write: Write,
        ev: Evidence,
        filename: str,
        data: bytes,
        media_type: str,
        attachment_id: str | None = None,
        *,
        position: int | None = None,
        analysis: Analysis | None = None,
    ) -> Attachment:
        s = write.session
        check_attachment_count(len(ev.attachments) + 1)
        digest = blobs.put_blob(s, data)
        if analysis is not None:
            from factdesk.services import attachment_facts

            attachment_facts.record(s, digest, analysis)
        count = len(ev.attachments)
        pos = count if position is None else max(0, min(position, count))
        s.connection().exec_driver_sql(
            "UPDATE attachments SET position = position + 1 "
            "WHERE evidence_id = ? AND position >= ?",
            (ev.id, pos),
        )
        att = Attachment(
            id=attachment_id or validation.new_id(),
            evidence_id=ev.id,
            position=pos,
            sha256=digest,
            filename=filename,
            media_type=media_type,
            size=len(data),
            created_at=now_utc(),
        )
        rows.insert_records(s, "attachment", [att])
        write.record(
            "attachment",
            att.id,
            ev.claim_id,
            "create",
            # The item is named so the history can say which item the file was attached to.
            {f: (None, getattr(att, f)) for f in ("evidence_id", *ATTACHMENT_FIELDS)},
        )
        return att


def _stamp(write: Write, evidence_id: str) -> None:
    """An item whose fields or files changed was last changed now."""
    if any(c.entity_id == evidence_id or c.entity == "attachment" for c in write.changes):
        rows.update(write.session, "evidence", evidence_id, {"updated_at": write.now})


def _item(changes: ChangeSet, evidence_id: str) -> Evidence:
    for claim in changes.claims.values():
        if claim is not None:
            for ev in claim.evidence:
                if ev.id == evidence_id:
                    return ev
    raise NotFoundError(_("no evidence item with id {id}.").format(id=evidence_id))

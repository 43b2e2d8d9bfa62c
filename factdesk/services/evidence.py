"""Evidence items of a claim: add, edit, reorder, attach and detach files, delete."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from factdesk.errors import NotFoundError, ValidationError
from factdesk.services import convert, validation
from factdesk.services.claims import resolve_claim_id, touch
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext, diff
from factdesk.services.records import Attachment, Evidence, EvidenceSnapshot
from factdesk.store import blobs, search
from factdesk.store import models as m

EDITABLE = (
    "kind",
    "title",
    "url",
    "publisher",
    "author",
    "published_on",
    "accessed_at",
    "stance",
    "source_reliability",
    "info_credibility",
    "excerpt",
    "notes",
)


_CLEANERS: dict[str, Callable[[Any], Any]] = {
    "kind": validation.kind,
    "title": lambda v: validation.optional_text(v, "evidence title"),
    "url": lambda v: validation.url(v, "evidence URL"),
    "publisher": lambda v: validation.optional_text(v, "publisher"),
    "author": lambda v: validation.optional_text(v, "author"),
    "published_on": lambda v: validation.date(v, "publication date"),
    "accessed_at": lambda v: validation.timestamp(v, "date accessed"),
    "stance": validation.stance,
    "source_reliability": validation.reliability,
    "info_credibility": validation.credibility,
    "excerpt": lambda v: validation.optional_text(v, "excerpt"),
    "notes": lambda v: validation.optional_text(v, "notes"),
}


def clean_evidence_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"unknown evidence field(s): {', '.join(sorted(unknown))}.")
    return {k: _CLEANERS[k](v) for k, v in changes.items()}


def load_evidence(session: Session, evidence_id: str) -> m.Evidence:
    row = session.execute(
        select(m.Evidence)
        .where(m.Evidence.id == evidence_id)
        .options(selectinload(m.Evidence.attachments))
    ).scalar_one_or_none()
    if row is None:
        raise NotFoundError(f"no evidence item with id {evidence_id}.")
    return row


def evidence_values(row: m.Evidence) -> dict[str, Any]:
    return {f: getattr(row, f) for f in EDITABLE}


def insert_evidence_record(session: Session, ev: Evidence) -> None:
    """Insert an evidence record (with its attachments) exactly as given: used by restore."""
    session.add(
        m.Evidence(
            id=ev.id,
            claim_id=ev.claim_id,
            position=ev.position,
            created_at=ev.created_at,
            updated_at=ev.updated_at,
            **{f: getattr(ev, f) for f in EDITABLE},
        )
    )
    for pos, att in enumerate(ev.attachments):
        session.add(
            m.Attachment(
                id=att.id,
                evidence_id=ev.id,
                sha256=att.sha256,
                filename=att.filename,
                media_type=att.media_type,
                size=att.size,
                position=pos,
                created_at=att.created_at,
            )
        )


class EvidenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, evidence_id: str) -> Evidence:
        with self._ctx.store.reading() as session:
            return convert.evidence(load_evidence(session, evidence_id))

    def list(self, claim_ref: str) -> list[Evidence]:
        with self._ctx.store.reading() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            rows = session.execute(
                select(m.Evidence)
                .where(m.Evidence.claim_id == claim_id)
                .order_by(m.Evidence.position)
                .options(selectinload(m.Evidence.attachments))
            ).scalars()
            return [convert.evidence(r) for r in rows]

    def add(
        self,
        claim_ref: str,
        *,
        stance: str = "unclear",
        attach: Sequence[Path] = (),
        position: int | None = None,
        **fields: Any,
    ) -> Evidence:
        """Add an evidence item (at the end, or at ``position``), attaching files if given."""
        values = clean_evidence_fields({"stance": stance, **fields})
        files = [(p, *validation.attachment_file(Path(p))) for p in attach]
        now = now_utc()
        evidence_id = str(uuid.uuid4())
        with self._ctx.store.writing() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            count = session.execute(
                select(func.count()).where(m.Evidence.claim_id == claim_id)
            ).scalar_one()
            pos = count if position is None else max(0, min(position, count))
            self._shift(session, claim_id, pos, +1)
            row = m.Evidence(
                id=evidence_id,
                claim_id=claim_id,
                position=pos,
                created_at=now,
                updated_at=now,
                **values,
            )
            session.add(row)
            session.flush()
            self._ctx.record(
                session,
                claim_id=claim_id,
                entity="evidence",
                entity_id=evidence_id,
                action="create",
                changes={k: (None, v) for k, v in values.items() if v is not None},
            )
            for path, data, media_type in files:
                self._attach(session, row, Path(path).name, data, media_type)
            touch(session, claim_id)
            search.reindex_claims(session, [claim_id])
            return convert.evidence(load_evidence(session, evidence_id))

    def update(self, evidence_id: str, **changes: Any) -> Evidence:
        values = clean_evidence_fields(changes)
        with self._ctx.store.writing() as session:
            row = load_evidence(session, evidence_id)
            changed = diff(evidence_values(row), values)
            if changed:
                for field, (_old, new) in changed.items():
                    setattr(row, field, new)
                row.updated_at = now_utc()
                self._ctx.record(
                    session,
                    claim_id=row.claim_id,
                    entity="evidence",
                    entity_id=evidence_id,
                    action="update",
                    changes=changed,
                )
                touch(session, row.claim_id)
                session.flush()
                search.reindex_claims(session, [row.claim_id])
            return convert.evidence(row)

    def move(self, evidence_id: str, new_position: int) -> builtins.list[Evidence]:
        """Move an item within its claim's list; returns the list in its new order."""
        with self._ctx.store.writing() as session:
            row = load_evidence(session, evidence_id)
            siblings = list(
                session.execute(
                    select(m.Evidence)
                    .where(m.Evidence.claim_id == row.claim_id)
                    .order_by(m.Evidence.position)
                ).scalars()
            )
            old = siblings.index(row)
            new = max(0, min(new_position, len(siblings) - 1))
            if old != new:
                siblings.insert(new, siblings.pop(old))
                for pos, sib in enumerate(siblings):
                    sib.position = pos
                self._ctx.record(
                    session,
                    claim_id=row.claim_id,
                    entity="evidence",
                    entity_id=evidence_id,
                    action="update",
                    changes={"position": (old, new)},
                )
                touch(session, row.claim_id)
            session.flush()
            claim_id = row.claim_id
        return self.list(claim_id)

    def delete(self, evidence_id: str) -> EvidenceSnapshot:
        """Delete an item and its attachments; returns what restores it."""
        with self._ctx.store.writing() as session:
            row = load_evidence(session, evidence_id)
            record = convert.evidence(row)
            digests = {a.sha256 for a in record.attachments}
            snapshot = EvidenceSnapshot(
                evidence=record, blobs={d: blobs.read_blob(session, d) for d in digests}
            )
            claim_id = row.claim_id
            session.delete(row)
            session.flush()
            self._shift(session, claim_id, record.position + 1, -1)
            blobs.drop_unreferenced(session, digests)
            self._ctx.record(
                session,
                claim_id=claim_id,
                entity="evidence",
                entity_id=evidence_id,
                action="delete",
                changes={k: (v, None) for k, v in evidence_values(row).items() if v is not None},
            )
            touch(session, claim_id)
            search.reindex_claims(session, [claim_id])
            return snapshot

    def restore(self, snapshot: EvidenceSnapshot) -> Evidence:
        ev = snapshot.evidence
        with self._ctx.store.writing() as session:
            if session.get(m.Claim, ev.claim_id) is None:
                raise NotFoundError(f"the claim of evidence item {ev.id} no longer exists.")
            self._shift(session, ev.claim_id, ev.position, +1)
            for data in snapshot.blobs.values():
                blobs.put_blob(session, data)
            insert_evidence_record(session, ev)
            session.flush()
            self._ctx.record(
                session,
                claim_id=ev.claim_id,
                entity="evidence",
                entity_id=ev.id,
                action="restore",
                changes={},
            )
            touch(session, ev.claim_id)
            search.reindex_claims(session, [ev.claim_id])
            return convert.evidence(load_evidence(session, ev.id))

    # -- attachments -------------------------------------------------------
    def attach(self, evidence_id: str, path: Path) -> Attachment:
        """Store a file on an evidence item; its SHA-256 is computed on the way in."""
        data, media_type = validation.attachment_file(Path(path))
        return self.attach_bytes(evidence_id, Path(path).name, data, media_type)

    def attach_bytes(
        self, evidence_id: str, filename: str, data: bytes, media_type: str
    ) -> Attachment:
        filename = validation.required_text(filename, "attachment file name")
        with self._ctx.store.writing() as session:
            row = load_evidence(session, evidence_id)
            att = self._attach(session, row, filename, data, media_type)
            touch(session, row.claim_id)
            return convert.attachment(att)

    def detach(self, attachment_id: str) -> tuple[Attachment, bytes]:
        """Remove an attachment; returns it with its bytes so it can be put back."""
        with self._ctx.store.writing() as session:
            att = session.get(m.Attachment, attachment_id)
            if att is None:
                raise NotFoundError(f"no attachment with id {attachment_id}.")
            record = convert.attachment(att)
            data = blobs.read_blob(session, att.sha256)
            claim_id = att.evidence.claim_id
            session.delete(att)
            session.flush()
            blobs.drop_unreferenced(session, [record.sha256])
            self._ctx.record(
                session,
                claim_id=claim_id,
                entity="attachment",
                entity_id=attachment_id,
                action="delete",
                changes={
                    "filename": (record.filename, None),
                    "sha256": (record.sha256, None),
                    "size": (record.size, None),
                },
            )
            touch(session, claim_id)
            return record, data

    def reattach(self, attachment: Attachment, data: bytes) -> Attachment:
        """Put back an attachment removed by :meth:`detach`, with its id."""
        if blobs.sha256_hex(data) != attachment.sha256:
            raise ValidationError(f"{attachment.filename}: the bytes do not match its SHA-256.")
        with self._ctx.store.writing() as session:
            row = load_evidence(session, attachment.evidence_id)
            att = self._attach(
                session, row, attachment.filename, data, attachment.media_type, attachment.id
            )
            touch(session, row.claim_id)
            return convert.attachment(att)

    def attachment_bytes(self, attachment_id: str) -> bytes:
        """The file's bytes, verified against the SHA-256 recorded when it was attached."""
        with self._ctx.store.reading() as session:
            att = session.get(m.Attachment, attachment_id)
            if att is None:
                raise NotFoundError(f"no attachment with id {attachment_id}.")
            return blobs.read_blob(session, att.sha256)

    def save_attachment(self, attachment_id: str, target: Path) -> Path:
        """Write a verified copy of an attachment to ``target``."""
        data = self.attachment_bytes(attachment_id)
        try:
            Path(target).write_bytes(data)
        except OSError as exc:
            raise ValidationError(f"cannot write {target} ({exc.strerror}).") from exc
        return Path(target)

    # -- helpers -----------------------------------------------------------
    def _attach(
        self,
        session: Session,
        row: m.Evidence,
        filename: str,
        data: bytes,
        media_type: str,
        attachment_id: str | None = None,
    ) -> m.Attachment:
        digest = blobs.put_blob(session, data)
        att = m.Attachment(
            id=attachment_id or str(uuid.uuid4()),
            evidence_id=row.id,
            sha256=digest,
            filename=filename,
            media_type=media_type,
            size=len(data),
            position=len(row.attachments),
            created_at=now_utc(),
        )
        row.attachments.append(att)
        session.flush()
        self._ctx.record(
            session,
            claim_id=row.claim_id,
            entity="attachment",
            entity_id=att.id,
            action="create",
            changes={
                "filename": (None, filename),
                "sha256": (None, digest),
                "size": (None, len(data)),
                "media_type": (None, media_type),
            },
        )
        return att

    @staticmethod
    def _shift(session: Session, claim_id: str, from_position: int, delta: int) -> None:
        """Move the positions of items at or after ``from_position`` by ``delta``."""
        for sib in session.execute(
            select(m.Evidence).where(
                m.Evidence.claim_id == claim_id, m.Evidence.position >= from_position
            )
        ).scalars():
            sib.position += delta

"""Claims: create, read, list, update, delete (and bring back), find similar."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from factdesk import records as r
from factdesk.errors import NotFoundError, ValidationError
from factdesk.records import UNRATED, Claim, ClaimFilter, ClaimRow, ClaimSnapshot
from factdesk.services import readiness, validation
from factdesk.services.changes import ChangeSet, Write, created, removed
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.edits import apply_fields
from factdesk.services.ratings import check_rating
from factdesk.store import blobs, rows, search
from factdesk.store import models as m

EDITABLE = r.names(r.Claim, editable=True)
SORT_KEYS = ("text", "claimant", "status", "rating", "evidence_count", "updated_at", "created_at")
MIN_PREFIX = 4


def clean_claim_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate claim fields given by a user; unknown field names are refused."""
    return validation.editable_values(r.Claim, changes)


def resolve_claim_id(session: Session, ref: str) -> str:
    """The full id of the claim that ``ref`` names (a whole id or a unique prefix)."""
    ref = ref.strip().lower()
    if rows.existing_ids(session, "claim", [ref]):
        return ref
    if len(ref) < MIN_PREFIX:
        raise NotFoundError(f"no claim with id {ref!r} (give at least {MIN_PREFIX} characters).")
    claims = m.claims.c
    matches = (
        session.execute(
            select(claims.id).where(claims.id.startswith(ref, autoescape=True)).limit(2)
        )
        .scalars()
        .all()
    )
    if not matches:
        raise NotFoundError(f"no claim with id {ref!r}.")
    if len(matches) > 1:
        raise NotFoundError(f"the id prefix {ref!r} matches more than one claim; give more of it.")
    return matches[0]


def read_claim(session: Session, claim_id: str) -> Claim:
    found = rows.read_claims(session, [claim_id]).get(claim_id)
    if found is None:
        raise NotFoundError(f"no claim with id {claim_id}.")
    return found


def claim_values(claim: Claim) -> dict[str, Any]:
    return r.values(claim, EDITABLE)


def insert_claim(write: Write, claim: Claim, blob_data: Mapping[str, bytes], action: str) -> None:
    """Insert a whole claim exactly as given (ids, evidence, files, verdict)."""
    from factdesk.services import attachment_facts  # its readers load only when needed
    from factdesk.services.evidence import insert_evidence

    s = write.session
    rows.insert_records(s, "claim", [claim])
    rows.set_tags(s, {claim.id: claim.tags})
    names = {a.sha256: a.filename for ev in claim.evidence for a in ev.attachments}
    for digest, data in blob_data.items():
        blobs.put_blob(s, data)
        attachment_facts.ensure_recorded(s, digest, data, names.get(digest, ""))
    for ev in claim.evidence:
        insert_evidence(write, ev, record=False)
    if claim.verdict is not None:
        rows.insert_records(s, "verdict", [claim.verdict])
    s.connection().exec_driver_sql(
        "DELETE FROM removed_evidence WHERE evidence_id " + rows.IN_IDS,
        (rows.ids_param(e.id for e in claim.evidence),),
    )
    fields = created(claim_values(claim)) if action == "create" else {}
    write.record("claim", claim.id, claim.id, action, fields, touch=False)


class ClaimService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -----------------------------------------------------------
    def resolve_id(self, ref: str) -> str:
        with self._ctx.store.reading() as session:
            return resolve_claim_id(session, ref)

    def resolve_ids(self, refs: Sequence[str]) -> list[str]:
        """Full ids for ``refs`` (whole ids or unique prefixes), in order, in one read.

        Whole ids are looked up together, so naming thousands of claims costs
        one query rather than one transaction each.
        """
        wanted = [ref.strip().lower() for ref in refs]
        with self._ctx.store.reading() as session:
            known = rows.existing_ids(session, "claim", wanted)
            return [ref if ref in known else resolve_claim_id(session, ref) for ref in wanted]

    def get(self, ref: str) -> Claim:
        """The claim named by an id or a unique id prefix, with evidence and verdict."""
        with self._ctx.store.reading() as session:
            return read_claim(session, resolve_claim_id(session, ref))

    def get_many(self, ids: Sequence[str]) -> list[Claim]:
        """Whole claims in the order given (missing ids are skipped)."""
        with self._ctx.store.reading() as session:
            by_id = rows.read_claims(session, ids)
        return [by_id[i] for i in ids if i in by_id]

    def count(self) -> int:
        with self._ctx.store.reading() as session:
            return session.execute(select(func.count()).select_from(m.claims)).scalar_one()

    def list_ids(
        self,
        filter: ClaimFilter | None = None,
        *,
        sort: str = "updated_at",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[str]:
        """Ids of the claims that pass ``filter``, in the requested order.

        ``sort="relevance"`` orders search results best first.  ``limit`` and
        ``offset`` page through the list: the default order reads a covering
        index, so the first page of 100,000 claims costs well under a millisecond.
        """
        filter = filter or ClaimFilter()
        if sort not in SORT_KEYS and sort != "relevance":
            raise ValidationError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_KEYS)}.")
        with self._ctx.store.reading() as session:
            if filter.rating and filter.rating != UNRATED:
                check_rating(session, filter.rating)
            ranked: list[str] | None = None
            if filter.search and filter.search.strip():
                ranked = search.search_claim_ids(session, filter.search)
                if not ranked:
                    return []
            end = None if limit is None else offset + limit
            plain = not (filter.status or filter.tag or filter.rating)
            if ranked is not None and sort == "relevance" and plain:
                return ranked[offset:end]
            stmt = self._filtered(select(m.claims.c.id), filter)
            if ranked is not None:
                stmt = stmt.where(m.claims.c.id.in_(ranked))
                if sort == "relevance":
                    allowed = set(session.execute(stmt).scalars())
                    return [i for i in ranked if i in allowed][offset:end]
            stmt = self._ordered(stmt, sort if sort != "relevance" else "updated_at", descending)
            if limit is not None:
                stmt = stmt.limit(limit)
            if offset:
                stmt = stmt.offset(offset)
            return list(session.execute(stmt).scalars())

    def count_matching(self, filter: ClaimFilter | None = None) -> int:
        """How many claims pass ``filter`` (what the list will hold)."""
        filter = filter or ClaimFilter()
        if filter.search and filter.search.strip():
            return len(self.list_ids(filter, sort="relevance"))
        with self._ctx.store.reading() as session:
            if filter.rating and filter.rating != UNRATED:
                check_rating(session, filter.rating)
            stmt = self._filtered(select(func.count()).select_from(m.claims), filter)
            return session.execute(stmt).scalar_one()

    def rows(self, ids: Sequence[str]) -> list[ClaimRow]:
        """List rows for these ids, in the order given: one query whatever the count."""
        if not ids:
            return []
        with self._ctx.store.reading() as session:
            found = rows.read_rows(session, ids)
        return [found[i] for i in ids if i in found]

    def list(
        self,
        filter: ClaimFilter | None = None,
        *,
        sort: str = "updated_at",
        descending: bool = True,
    ) -> list[ClaimRow]:
        return self.rows(self.list_ids(filter, sort=sort, descending=descending))

    def similar(
        self, text: str, *, exclude_id: str | None = None, limit: int = 5
    ) -> builtins.list[ClaimRow]:
        """Claims whose text resembles ``text`` ("checked before?"), best match first.

        Ranked as :mod:`factdesk.services.similar` ranks them: never a claim
        that shares no content word with ``text``.
        """
        from factdesk.services.similar import rank

        with self._ctx.store.reading() as session:
            ids = [i for i, _score in rank(session, text, exclude_id=exclude_id, limit=limit)]
        return self.rows(ids)

    @staticmethod
    def _filtered(stmt: Select[Any], filter: ClaimFilter) -> Select[Any]:
        claims = m.claims.c
        if filter.status:
            stmt = stmt.where(claims.status == validation.status(filter.status))
        if filter.tag:
            stmt = stmt.where(
                claims.id.in_(
                    select(m.claim_tags.c.claim_id)
                    .join(m.Tag, m.Tag.id == m.claim_tags.c.tag_id)
                    .where(m.Tag.name == filter.tag)
                )
            )
        if filter.rating == UNRATED:
            stmt = stmt.where(
                claims.id.not_in(
                    select(m.verdicts.c.claim_id).where(m.verdicts.c.rating.is_not(None))
                )
            )
        elif filter.rating:
            stmt = stmt.where(
                claims.id.in_(
                    select(m.verdicts.c.claim_id).where(m.verdicts.c.rating == filter.rating)
                )
            )
        return stmt

    @staticmethod
    def _ordered(stmt: Select[Any], sort: str, descending: bool) -> Select[Any]:
        claims = m.claims.c
        if sort == "rating":
            key: Any = (
                select(m.Rating.position)
                .join(m.verdicts, m.verdicts.c.rating == m.Rating.key)
                .where(m.verdicts.c.claim_id == claims.id)
                .scalar_subquery()
            )
        elif sort == "evidence_count":
            key = select(func.count()).where(m.evidence.c.claim_id == claims.id).scalar_subquery()
        else:
            key = claims[sort]
        if sort in ("text", "claimant"):
            key = func.lower(key)
        order = key.desc() if descending else key.asc()
        tiebreak = claims.id.desc() if descending else claims.id.asc()
        return stmt.order_by(order, tiebreak)

    # -- writing -----------------------------------------------------------
    def create_changes(self, text: str, **fields: Any) -> ChangeSet:
        """A new claim (``fields``: any editable claim fields); its id is the change's claim."""
        values = clean_claim_fields({"text": text, **fields})
        values.setdefault("status", "new")
        now = now_utc()
        given: dict[str, Any] = {f: values.get(f) for f in EDITABLE if f != "tags"}
        claim = Claim(
            id=str(uuid.uuid4()),
            created_at=now,
            updated_at=now,
            **given,
            tags=values.get("tags", ()),
        )
        with self._ctx.write() as write:
            rows.insert_records(write.session, "claim", [claim])
            rows.set_tags(write.session, {claim.id: claim.tags})
            write.record(
                "claim", claim.id, claim.id, "create", created(claim_values(claim)), touch=False
            )
        return write.result

    def create(self, text: str, **fields: Any) -> Claim:
        """A new claim; ``fields`` are any of the editable claim fields."""
        changes = self.create_changes(text, **fields)
        (claim,) = [c for c in changes.claims.values() if c is not None]
        return claim

    def update_changes(self, ref: str, **changes: Any) -> ChangeSet:
        values = clean_claim_fields(changes)
        with self._ctx.write() as write:
            claim_id = resolve_claim_id(write.session, ref)
            apply_fields(write, "claim", claim_id, values)
        return write.result

    def publish_changes(self, ref: str, *, anyway: bool = False) -> ChangeSet:
        """Mark a claim as published, checking the method rules in the same transaction.

        While a rule is unmet the claim is published only ``anyway``, and the
        history entry then records which rules were unmet and why.
        """
        with self._ctx.write() as write:
            claim_id = resolve_claim_id(write.session, ref)
            unmet = readiness.unmet(read_claim(write.session, claim_id))
            if unmet and not anyway:
                listing = "; ".join(f"{rule.label.lower()}: {rule.detail}" for rule in unmet)
                raise ValidationError(f"the claim is not ready to publish ({listing})")
            # apply_fields records the unmet rules with the history entry.
            apply_fields(write, "claim", claim_id, {"status": "published"})
        return write.result

    def update(self, ref: str, **changes: Any) -> Claim:
        """Change some fields of a claim; unchanged values record nothing."""
        result = self.update_changes(ref, **changes)
        if result.claims:
            (claim,) = [c for c in result.claims.values() if c is not None]
            return claim
        return self.get(ref)

    def add_tags(self, ref: str, names: Iterable[str]) -> Claim:
        current = self.get(ref)
        return self.update(current.id, tags=set(current.tags) | set(names))

    def remove_tags(self, ref: str, names: Iterable[str]) -> Claim:
        current = self.get(ref)
        return self.update(current.id, tags=set(current.tags) - set(names))

    def delete_changes(self, ref: str) -> tuple[ClaimSnapshot, ChangeSet]:
        """Delete a claim with its evidence, attachments and verdict; the snapshot restores it."""
        with self._ctx.write() as write:
            s = write.session
            claim_id = resolve_claim_id(s, ref)
            claim = read_claim(s, claim_id)
            digests = {a.sha256 for e in claim.evidence for a in e.attachments}
            snapshot = ClaimSnapshot(claim=claim, blobs={d: blobs.read_blob(s, d) for d in digests})
            rows.delete(s, "claim", claim_id)
            # A deleted claim starts afresh if a bundle brings it again.
            for table in ("merge_bases", "removed_evidence"):
                s.connection().exec_driver_sql(
                    f"DELETE FROM {table} WHERE claim_id = ?", (claim_id,)
                )
            blobs.drop_unreferenced(s, digests)
            write.record("claim", claim_id, claim_id, "delete", removed(claim_values(claim)))
        return snapshot, write.result

    def delete(self, ref: str) -> ClaimSnapshot:
        """Delete a claim with its evidence, attachments and verdict; returns what restores it."""
        return self.delete_changes(ref)[0]

    def restore_changes(self, snapshot: ClaimSnapshot, *, action: str = "restore") -> ChangeSet:
        """Bring a deleted claim back exactly as it was (same ids, evidence, attachments).

        Also inserts a claim given whole (the sample case), recorded as ``action``.
        """
        claim = snapshot.claim
        with self._ctx.write() as write:
            if rows.existing_ids(write.session, "claim", [claim.id]):
                raise ValidationError(f"claim {claim.id} already exists.")
            insert_claim(write, claim, snapshot.blobs, action)
        return write.result

    def restore(self, snapshot: ClaimSnapshot, *, action: str = "restore") -> Claim:
        result = self.restore_changes(snapshot, action=action).claim(snapshot.claim.id)
        assert result is not None
        return result

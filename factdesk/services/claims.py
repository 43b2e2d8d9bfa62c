"""Claims: create, read, list, update, delete (and bring back), find similar."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from factdesk.errors import NotFoundError, ValidationError
from factdesk.services import bulk_read, convert, validation
from factdesk.services.bulk_read import existing_claim_ids, load_claims
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext, diff
from factdesk.services.ratings import check_rating
from factdesk.services.records import Claim, ClaimFilter, ClaimRow, ClaimSnapshot
from factdesk.store import blobs, search
from factdesk.store import models as m

EDITABLE = (
    "text",
    "claimant",
    "appeared_url",
    "appeared_title",
    "appeared_date",
    "language",
    "status",
    "notes",
    "tags",
)
SORT_KEYS = ("text", "claimant", "status", "rating", "evidence_count", "updated_at", "created_at")
MIN_PREFIX = 4


_CLEANERS: dict[str, Callable[[Any], Any]] = {
    "text": lambda v: validation.required_text(v, "claim text"),
    "claimant": lambda v: validation.optional_text(v, "claimant"),
    "appeared_url": lambda v: validation.url(v, "where the claim appeared (URL)"),
    "appeared_title": lambda v: validation.optional_text(v, "where the claim appeared (title)"),
    "appeared_date": lambda v: validation.date(v, "date the claim appeared"),
    "language": lambda v: validation.optional_text(v, "language"),
    "status": validation.status,
    "notes": lambda v: validation.optional_text(v, "notes"),
    "tags": lambda v: tuple(sorted({validation.tag(t) for t in v})),
}


def clean_claim_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate claim fields given by a user; unknown field names are refused."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"unknown claim field(s): {', '.join(sorted(unknown))}.")
    return {k: _CLEANERS[k](v) for k, v in changes.items()}


def load_claim(session: Session, claim_id: str) -> m.Claim:
    row = session.execute(
        select(m.Claim)
        .where(m.Claim.id == claim_id)
        .options(
            selectinload(m.Claim.tags),
            selectinload(m.Claim.evidence).selectinload(m.Evidence.attachments),
            selectinload(m.Claim.verdict),
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFoundError(f"no claim with id {claim_id}.")
    return row


def resolve_claim_id(session: Session, ref: str) -> str:
    """The full id of the claim that ``ref`` names (a whole id or a unique prefix)."""
    ref = ref.strip().lower()
    exact = session.get(m.Claim, ref)
    if exact is not None:
        return exact.id
    if len(ref) < MIN_PREFIX:
        raise NotFoundError(f"no claim with id {ref!r} (give at least {MIN_PREFIX} characters).")
    matches = (
        session.execute(
            select(m.Claim.id).where(m.Claim.id.startswith(ref, autoescape=True)).limit(2)
        )
        .scalars()
        .all()
    )
    if not matches:
        raise NotFoundError(f"no claim with id {ref!r}.")
    if len(matches) > 1:
        raise NotFoundError(f"the id prefix {ref!r} matches more than one claim; give more of it.")
    return matches[0]


def set_tags(session: Session, claim: m.Claim, names: Iterable[str]) -> None:
    wanted = sorted(set(names))
    existing = {
        t.name: t for t in session.execute(select(m.Tag).where(m.Tag.name.in_(wanted))).scalars()
    }
    tags = []
    for name in wanted:
        tag = existing.get(name)
        if tag is None:
            tag = m.Tag(name=name)
            session.add(tag)
        tags.append(tag)
    claim.tags = tags


def touch(session: Session, claim_id: str) -> None:
    """Mark a claim as changed (a child record was edited)."""
    row = session.get(m.Claim, claim_id)
    if row is not None:
        row.updated_at = now_utc()


def claim_values(row: m.Claim) -> dict[str, Any]:
    values: dict[str, Any] = {f: getattr(row, f) for f in EDITABLE if f != "tags"}
    values["tags"] = tuple(t.name for t in row.tags)
    return values


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
            known = existing_claim_ids(session, wanted)
            return [ref if ref in known else resolve_claim_id(session, ref) for ref in wanted]

    def get(self, ref: str) -> Claim:
        """The claim named by an id or a unique id prefix, with evidence and verdict."""
        with self._ctx.store.reading() as session:
            return convert.claim(load_claim(session, resolve_claim_id(session, ref)))

    def get_many(self, ids: Sequence[str]) -> list[Claim]:
        """Whole claims in the order given (missing ids are skipped)."""
        with self._ctx.store.reading() as session:
            by_id = load_claims(session, ids)
        return [by_id[i] for i in ids if i in by_id]

    def count(self) -> int:
        with self._ctx.store.reading() as session:
            return session.execute(select(func.count()).select_from(m.Claim)).scalar_one()

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
            if filter.rating:
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
            stmt = self._filtered(select(m.Claim.id), filter)
            if ranked is not None:
                stmt = stmt.where(m.Claim.id.in_(ranked))
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
            if filter.rating:
                check_rating(session, filter.rating)
            stmt = self._filtered(select(func.count()).select_from(m.Claim), filter)
            return session.execute(stmt).scalar_one()

    def rows(self, ids: Sequence[str]) -> list[ClaimRow]:
        """List rows for these ids, in the order given: one query whatever the count."""
        if not ids:
            return []
        with self._ctx.store.reading() as session:
            found = bulk_read.load_rows(session, ids)
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
        if filter.status:
            stmt = stmt.where(m.Claim.status == validation.status(filter.status))
        if filter.tag:
            stmt = stmt.where(
                m.Claim.id.in_(
                    select(m.claim_tags.c.claim_id)
                    .join(m.Tag, m.Tag.id == m.claim_tags.c.tag_id)
                    .where(m.Tag.name == filter.tag)
                )
            )
        if filter.rating:
            stmt = stmt.where(
                m.Claim.id.in_(select(m.Verdict.claim_id).where(m.Verdict.rating == filter.rating))
            )
        return stmt

    @staticmethod
    def _ordered(stmt: Select[Any], sort: str, descending: bool) -> Select[Any]:
        if sort == "rating":
            key: Any = (
                select(m.Rating.position)
                .join(m.Verdict, m.Verdict.rating == m.Rating.key)
                .where(m.Verdict.claim_id == m.Claim.id)
                .scalar_subquery()
            )
        elif sort == "evidence_count":
            key = select(func.count()).where(m.Evidence.claim_id == m.Claim.id).scalar_subquery()
        else:
            key = getattr(m.Claim, sort)
        if sort in ("text", "claimant"):
            key = func.lower(key)
        order = key.desc() if descending else key.asc()
        tiebreak = m.Claim.id.desc() if descending else m.Claim.id.asc()
        return stmt.order_by(order, tiebreak)

    # -- writing -----------------------------------------------------------
    def create(self, text: str, **fields: Any) -> Claim:
        """A new claim; ``fields`` are any of the editable claim fields."""
        values = clean_claim_fields({"text": text, **fields})
        values.setdefault("status", "new")
        tags = values.pop("tags", ())
        now = now_utc()
        claim_id = str(uuid.uuid4())
        with self._ctx.store.writing() as session:
            row = m.Claim(id=claim_id, created_at=now, updated_at=now, **values)
            session.add(row)
            set_tags(session, row, tags)
            session.flush()
            self._ctx.record(
                session,
                claim_id=claim_id,
                entity="claim",
                entity_id=claim_id,
                action="create",
                changes={k: (None, v) for k, v in claim_values(row).items() if v not in (None, ())},
            )
            search.reindex_claims(session, [claim_id])
            return convert.claim(load_claim(session, claim_id))

    def update(self, ref: str, **changes: Any) -> Claim:
        """Change some fields of a claim; unchanged values record nothing."""
        values = clean_claim_fields(changes)
        with self._ctx.store.writing() as session:
            claim_id = resolve_claim_id(session, ref)
            row = load_claim(session, claim_id)
            before = claim_values(row)
            changed = diff(before, values)
            if changed:
                for field, (_old, new) in changed.items():
                    if field == "tags":
                        set_tags(session, row, new)
                    else:
                        setattr(row, field, new)
                row.updated_at = now_utc()
                session.flush()
                self._ctx.record(
                    session,
                    claim_id=claim_id,
                    entity="claim",
                    entity_id=claim_id,
                    action="update",
                    changes=changed,
                )
                search.reindex_claims(session, [claim_id])
            return convert.claim(load_claim(session, claim_id))

    def add_tags(self, ref: str, names: Iterable[str]) -> Claim:
        current = self.get(ref)
        return self.update(current.id, tags=set(current.tags) | set(names))

    def remove_tags(self, ref: str, names: Iterable[str]) -> Claim:
        current = self.get(ref)
        return self.update(current.id, tags=set(current.tags) - set(names))

    def delete(self, ref: str) -> ClaimSnapshot:
        """Delete a claim with its evidence, attachments and verdict; returns what restores it."""
        with self._ctx.store.writing() as session:
            claim_id = resolve_claim_id(session, ref)
            row = load_claim(session, claim_id)
            record = convert.claim(row)
            digests = {a.sha256 for e in record.evidence for a in e.attachments}
            snapshot = ClaimSnapshot(
                claim=record, blobs={d: blobs.read_blob(session, d) for d in digests}
            )
            session.delete(row)
            session.flush()
            blobs.drop_unreferenced(session, digests)
            self._ctx.record(
                session,
                claim_id=claim_id,
                entity="claim",
                entity_id=claim_id,
                action="delete",
                changes={k: (v, None) for k, v in claim_values(row).items() if v not in (None, ())},
            )
            search.reindex_claims(session, [claim_id])
            return snapshot

    def restore(self, snapshot: ClaimSnapshot, *, action: str = "restore") -> Claim:
        """Bring a deleted claim back exactly as it was (same ids, evidence, attachments).

        Also inserts a claim given whole (the sample case), recorded as ``action``.
        """
        from factdesk.services.evidence import insert_evidence_record

        claim = snapshot.claim
        with self._ctx.store.writing() as session:
            if session.get(m.Claim, claim.id) is not None:
                raise ValidationError(f"claim {claim.id} already exists.")
            row = m.Claim(
                id=claim.id,
                text=claim.text,
                claimant=claim.claimant,
                appeared_url=claim.appeared_url,
                appeared_title=claim.appeared_title,
                appeared_date=claim.appeared_date,
                language=claim.language,
                status=claim.status,
                notes=claim.notes,
                created_at=claim.created_at,
                updated_at=claim.updated_at,
                copied_from=claim.copied_from,
            )
            session.add(row)
            set_tags(session, row, claim.tags)
            session.flush()
            for data in snapshot.blobs.values():
                blobs.put_blob(session, data)
            for ev in claim.evidence:
                insert_evidence_record(session, ev)
            if claim.verdict is not None:
                v = claim.verdict
                session.add(
                    m.Verdict(
                        claim_id=claim.id,
                        rating=v.rating,
                        summary=v.summary,
                        rationale=v.rationale,
                        reviewer=v.reviewer,
                        reviewed_at=v.reviewed_at,
                    )
                )
            session.flush()
            self._ctx.record(
                session,
                claim_id=claim.id,
                entity="claim",
                entity_id=claim.id,
                action=action,
                changes={},
            )
            search.reindex_claims(session, [claim.id])
            return convert.claim(load_claim(session, claim.id))

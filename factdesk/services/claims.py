"""Claims: create, read, list, update, delete (and bring back), find similar."""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factdesk import records as r
from factdesk.errors import NotFoundError, ValidationError
from factdesk.i18n import _
from factdesk.records import UNRATED, Claim, ClaimFilter, ClaimRow, ClaimSnapshot
from factdesk.services import validation
from factdesk.services.changes import ChangeSet, Write, created, removed
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.edits import apply_fields
from factdesk.services.ratings import check_rating
from factdesk.store import blobs, listing, rows
from factdesk.store.listing import SORT_KEYS
from factdesk.store.rows import Db

EDITABLE = r.names(r.Claim, editable=True)
MIN_PREFIX = 4


def clean_claim_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate claim fields given by a user; unknown field names are refused."""
    return validation.editable_values(r.Claim, changes)


def resolve_claim_id(session: Db, ref: str) -> str:
    """The full id of the claim that ``ref`` names (a whole id or a unique prefix)."""
    ref = ref.strip().lower()
    if rows.existing_ids(session, "claim", [ref]):
        return ref
    if len(ref) < MIN_PREFIX:
        raise NotFoundError(
            _("no claim with id {id} (give at least {count} characters).").format(
                id=repr(ref), count=MIN_PREFIX
            )
        )
    # Every id that starts with ref sorts between ref and ref followed by the
    # highest character: a range on the primary key, and no LIKE wildcards.
    matches = [
        row[0]
        for row in rows.run(
            session,
            "SELECT id FROM claims WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (ref, ref + "\U0010ffff"),
        )
    ]
    if not matches:
        raise NotFoundError(_("no claim with id {id}.").format(id=repr(ref)))
    if len(matches) > 1:
        raise NotFoundError(
            _("the id prefix {id} matches more than one claim; give more of it.").format(
                id=repr(ref)
            )
        )
    return matches[0]


def read_claim(session: Db, claim_id: str) -> Claim:
    found = rows.read_claims(session, [claim_id]).get(claim_id)
    if found is None:
        raise NotFoundError(_("no claim with id {id}.").format(id=claim_id))
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
    rows.driver(s).execute(
        "DELETE FROM removed_evidence WHERE evidence_id " + rows.IN_IDS,
        (rows.ids_param(e.id for e in claim.evidence),),
    )
    fields = created(claim_values(claim)) if action == "create" else {}
    write.record("claim", claim.id, claim.id, action, fields, touch=False)


class ClaimService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -----------------------------------------------------------
    # Reads run on this thread's plain connection (store.read): listing claims
    # and showing one never needs the ORM.
    def resolve_id(self, ref: str) -> str:
        with self._ctx.store.read() as conn:
            return resolve_claim_id(conn, ref)

    def resolve_ids(self, refs: Sequence[str]) -> list[str]:
        """Full ids for ``refs`` (whole ids or unique prefixes), in order, in one read.

        Whole ids are looked up together, so naming thousands of claims costs
        one query rather than one transaction each.
        """
        wanted = [ref.strip().lower() for ref in refs]
        with self._ctx.store.read() as conn:
            known = rows.existing_ids(conn, "claim", wanted)
            return [ref if ref in known else resolve_claim_id(conn, ref) for ref in wanted]

    def get(self, ref: str) -> Claim:
        """The claim named by an id or a unique id prefix, with evidence and verdict."""
        with self._ctx.store.read() as conn:
            return read_claim(conn, resolve_claim_id(conn, ref))

    def get_many(self, ids: Sequence[str]) -> list[Claim]:
        """Whole claims in the order given (missing ids are skipped)."""
        with self._ctx.store.read() as conn:
            by_id = rows.read_claims(conn, ids)
        return [by_id[i] for i in ids if i in by_id]

    def count(self) -> int:
        with self._ctx.store.read() as conn:
            return listing.count(conn, ClaimFilter())

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
        filter = self._checked(filter or ClaimFilter())
        if sort not in SORT_KEYS and sort != "relevance":
            raise ValidationError(
                _("cannot sort by {sort}; choose one of {choices}.").format(
                    sort=repr(sort), choices=", ".join(SORT_KEYS)
                )
            )
        with self._ctx.store.read() as conn:
            if filter.rating and filter.rating != UNRATED:
                check_rating(conn, filter.rating)
            if filter.search and filter.search.strip():
                return listing.searched(
                    conn, filter, sort=sort, descending=descending, limit=limit, offset=offset
                )
            return listing.ids(
                conn, filter, sort=sort, descending=descending, limit=limit, offset=offset
            )

    def count_matching(self, filter: ClaimFilter | None = None) -> int:
        """How many claims pass ``filter`` (what the list will hold)."""
        filter = self._checked(filter or ClaimFilter())
        if filter.search and filter.search.strip():
            return len(self.list_ids(filter, sort="relevance"))
        with self._ctx.store.read() as conn:
            if filter.rating and filter.rating != UNRATED:
                check_rating(conn, filter.rating)
            return listing.count(conn, filter)

    @staticmethod
    def _checked(filter: ClaimFilter) -> ClaimFilter:
        if filter.status:
            return dataclasses.replace(filter, status=validation.status(filter.status))
        return filter

    def rows(self, ids: Sequence[str]) -> list[ClaimRow]:
        """List rows for these ids, in the order given: one query whatever the count."""
        if not ids:
            return []
        with self._ctx.store.read() as conn:
            found = rows.read_rows(conn, ids)
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

    # -- writing -----------------------------------------------------------
    def create_changes(self, text: str, **fields: Any) -> ChangeSet:
        """A new claim (``fields``: any editable claim fields); its id is the change's claim."""
        values = clean_claim_fields({"text": text, **fields})
        values.setdefault("status", "new")
        now = now_utc()
        given: dict[str, Any] = {f: values.get(f) for f in EDITABLE if f != "tags"}
        claim = Claim(
            id=validation.new_id(),
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
            from factdesk.services import readiness  # the method rules: only when publishing

            unmet = readiness.unmet(read_claim(write.session, claim_id))
            if unmet and not anyway:
                listing = _("; ").join(
                    _("{rule}: {detail}").format(
                        rule=rule.label[:1].lower() + rule.label[1:], detail=rule.detail
                    )
                    for rule in unmet
                )
                raise ValidationError(
                    _("the claim is not ready to publish ({rules})").format(rules=listing)
                )
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
                rows.driver(s).execute(f"DELETE FROM {table} WHERE claim_id = ?", (claim_id,))
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
                raise ValidationError(_("claim {id} already exists.").format(id=claim.id))
            insert_claim(write, claim, snapshot.blobs, action)
        return write.result

    def restore(self, snapshot: ClaimSnapshot, *, action: str = "restore") -> Claim:
        result = self.restore_changes(snapshot, action=action).claim(snapshot.claim.id)
        assert result is not None
        return result

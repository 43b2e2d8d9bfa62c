"""A claim's verdict: set, change, clear."""

from __future__ import annotations

from typing import Any

from factdesk.services import convert, validation
from factdesk.services.claims import resolve_claim_id, touch
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext, diff
from factdesk.services.ratings import check_rating
from factdesk.services.records import Verdict
from factdesk.store import models as m
from factdesk.store import search

FIELDS = ("rating", "summary", "rationale", "reviewer", "reviewed_at")


class VerdictService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, claim_ref: str) -> Verdict | None:
        with self._ctx.store.reading() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            return convert.verdict(session.get(m.Verdict, claim_id))

    def set(
        self,
        claim_ref: str,
        *,
        rating: str,
        summary: str | None = None,
        rationale: str | None = None,
        reviewer: str | None = None,
        reviewed_at: Any = None,
    ) -> Verdict:
        """Set (or replace) the verdict; reviewer and date default to the author and now."""
        values: dict[str, Any] = {
            "summary": validation.optional_text(summary, "summary"),
            "rationale": validation.optional_text(rationale, "rationale"),
            "reviewer": validation.optional_text(reviewer, "reviewer") or self._ctx.author or None,
            "reviewed_at": validation.timestamp(reviewed_at, "review date") or now_utc(),
        }
        with self._ctx.store.writing() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            values["rating"] = check_rating(session, rating)
            row = session.get(m.Verdict, claim_id)
            if row is None:
                row = m.Verdict(claim_id=claim_id, **values)
                session.add(row)
                action, changed = (
                    "create",
                    {k: (None, v) for k, v in values.items() if v is not None},
                )
            else:
                old = {f: getattr(row, f) for f in FIELDS}
                # A new review date alone is not a change worth recording.
                changed = diff(old, {k: v for k, v in values.items() if k != "reviewed_at"})
                if changed:
                    changed["reviewed_at"] = (row.reviewed_at, values["reviewed_at"])  # type: ignore[assignment]
                for field, value in values.items():
                    setattr(row, field, value)
                action = "update"
            if changed:
                self._ctx.record(
                    session,
                    claim_id=claim_id,
                    entity="verdict",
                    entity_id=claim_id,
                    action=action,
                    changes=changed,
                )
                touch(session, claim_id)
            session.flush()
            search.reindex_claims(session, [claim_id])
            result = convert.verdict(row)
            assert result is not None
            return result

    def clear(self, claim_ref: str) -> Verdict | None:
        """Remove the verdict; returns what it was (None if there was none)."""
        with self._ctx.store.writing() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            row = session.get(m.Verdict, claim_id)
            if row is None:
                return None
            record = convert.verdict(row)
            session.delete(row)
            self._ctx.record(
                session,
                claim_id=claim_id,
                entity="verdict",
                entity_id=claim_id,
                action="delete",
                changes={f: (getattr(row, f), None) for f in FIELDS if getattr(row, f) is not None},
            )
            touch(session, claim_id)
            session.flush()
            search.reindex_claims(session, [claim_id])
            return record

    def restore(self, verdict: Verdict | None, claim_ref: str) -> Verdict | None:
        """Put a verdict back as it was (None: no verdict) — the undo of set or clear."""
        if verdict is None:
            self.clear(claim_ref)
            return None
        return self.set(
            claim_ref,
            rating=verdict.rating,
            summary=verdict.summary,
            rationale=verdict.rationale,
            reviewer=verdict.reviewer,
            reviewed_at=verdict.reviewed_at,
        )

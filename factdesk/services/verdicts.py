"""A claim's verdict: set, change, clear.

A verdict's fields are edited like any other (see :mod:`factdesk.services.edits`);
one without a rating is a draft, counted as "not rated" everywhere.
"""

from __future__ import annotations

from typing import Any

from factdesk import records as r
from factdesk.records import Verdict
from factdesk.services.changes import ChangeSet, removed
from factdesk.services.claims import resolve_claim_id
from factdesk.services.context import ServiceContext
from factdesk.services.edits import VERDICT_FIELDS, apply_fields, checked
from factdesk.store import rows

FIELDS = VERDICT_FIELDS


class VerdictService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, claim_ref: str) -> Verdict | None:
        """The verdict (a draft when it has no rating), or None."""
        with self._ctx.store.read() as session:
            claim_id = resolve_claim_id(session, claim_ref)
            found = rows.fetch(session, "verdict", claim_id)
            return Verdict(**found) if found is not None else None

    def set_changes(self, claim_ref: str, **values: Any) -> ChangeSet:
        """Change verdict fields; a rating given or changed is reviewed now by the author."""
        with self._ctx.write() as write:
            claim_id = resolve_claim_id(write.session, claim_ref)
            apply_fields(write, "verdict", claim_id, checked("verdict", values, write))
        return write.result

    def set(
        self,
        claim_ref: str,
        *,
        rating: str | None,
        summary: str | None = None,
        rationale: str | None = None,
        reviewer: str | None = None,
        reviewed_at: Any = None,
    ) -> Verdict:
        """Set the verdict as given (fields not given are emptied, except the review stamp)."""
        values: dict[str, Any] = {
            "rating": rating,
            "summary": summary,
            "rationale": rationale,
        }
        if reviewer is not None:
            values["reviewer"] = reviewer
        if reviewed_at is not None:
            values["reviewed_at"] = reviewed_at
        result = self.set_changes(claim_ref, **values)
        claim_id = self._claim_id(claim_ref)
        claim = result.claim(claim_id)
        verdict = claim.verdict if claim is not None else self.get(claim_id)
        if verdict is None:
            raise AssertionError("a verdict with values was not stored")
        return verdict

    def clear_changes(self, claim_ref: str) -> tuple[Verdict | None, ChangeSet]:
        """Remove the verdict (draft or rated); returns what it was."""
        with self._ctx.write() as write:
            s = write.session
            claim_id = resolve_claim_id(s, claim_ref)
            found = rows.fetch(s, "verdict", claim_id)
            if found is None:
                return None, write.result
            verdict = Verdict(**found)
            rows.delete(s, "verdict", claim_id)
            write.record(
                "verdict", claim_id, claim_id, "delete", removed(r.values(verdict, FIELDS))
            )
        return verdict, write.result

    def clear(self, claim_ref: str) -> Verdict | None:
        return self.clear_changes(claim_ref)[0]

    def restore(self, verdict: Verdict | None, claim_ref: str) -> Verdict | None:
        """Put a verdict back as it was (None: no verdict)."""
        if verdict is None:
            self.clear(claim_ref)
            return None
        self.clear(claim_ref)
        with self._ctx.write() as write:
            claim_id = resolve_claim_id(write.session, claim_ref)
            apply_fields(write, "verdict", claim_id, r.values(verdict, FIELDS), expect={})
        return self.get(claim_id)

    def _claim_id(self, ref: str) -> str:
        with self._ctx.store.read() as session:
            return resolve_claim_id(session, ref)

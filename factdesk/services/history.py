"""How a claim came to be as it is: its history, newest first."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from factdesk.services.claims import resolve_claim_id
from factdesk.services.context import ServiceContext
from factdesk.services.records import HistoryEntry
from factdesk.store import models as m


class HistoryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def latest_id(self) -> int:
        """Id of the newest history entry: it changes with every write by anyone.

        A window polls it to notice changes made by another process.
        """
        with self._ctx.store.reading() as session:
            return session.execute(select(func.max(m.HistoryRecord.id))).scalar_one() or 0

    def claims_changed_since(self, history_id: int) -> tuple[set[str], int]:
        """Claims with history entries newer than ``history_id``, and the newest entry's id."""
        with self._ctx.store.reading() as session:
            found = session.execute(
                select(m.HistoryRecord.id, m.HistoryRecord.claim_id).where(
                    m.HistoryRecord.id > history_id
                )
            ).all()
        latest = max((row[0] for row in found), default=history_id)
        return {row[1] for row in found}, latest

    def for_claim(self, claim_ref: str, *, limit: int | None = None) -> list[HistoryEntry]:
        """History of a claim and everything on it; works for deleted claims given a full id."""
        with self._ctx.store.reading() as session:
            try:
                claim_id = resolve_claim_id(session, claim_ref)
            except Exception:
                claim_id = claim_ref.strip().lower()
            stmt = (
                select(m.HistoryRecord)
                .where(m.HistoryRecord.claim_id == claim_id)
                .order_by(m.HistoryRecord.id.desc())
            )
            if limit is not None:
                stmt = stmt.limit(limit)
            return [
                HistoryEntry(
                    id=r.id,
                    at=r.at,
                    author=r.author,
                    claim_id=r.claim_id,
                    entity=r.entity,
                    entity_id=r.entity_id,
                    action=r.action,
                    changes=json.loads(r.changes),
                    context=_context(r.context),
                )
                for r in session.execute(stmt).scalars()
            ]


def _context(stored: str | None) -> dict[str, Any]:
    if not stored:
        return {}
    value = json.loads(stored)
    return value if isinstance(value, dict) else {}

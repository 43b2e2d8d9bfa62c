"""How a claim came to be as it is: its history, newest first."""

from __future__ import annotations

import json
from typing import Any

from factdesk.services.claims import resolve_claim_id
from factdesk.services.context import ServiceContext
from factdesk.services.records import HistoryEntry
from factdesk.store import rows
from factdesk.store.stamps import utc_from_text


class HistoryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def latest_id(self) -> int:
        """Id of the newest history entry: it changes with every write by anyone.

        A window polls it to notice changes made by another process.
        """
        with self._ctx.store.read() as conn:
            found = rows.run(conn, "SELECT max(id) FROM history")
        return int(found[0][0] or 0)

    def claims_changed_since(self, history_id: int) -> tuple[set[str], int]:
        """Claims with history entries newer than ``history_id``, and the newest entry's id."""
        with self._ctx.store.read() as conn:
            found = rows.run(conn, "SELECT id, claim_id FROM history WHERE id > ?", (history_id,))
        latest = max((row[0] for row in found), default=history_id)
        return {row[1] for row in found}, latest

    def for_claim(self, claim_ref: str, *, limit: int | None = None) -> list[HistoryEntry]:
        """History of a claim and everything on it; works for deleted claims given a full id."""
        with self._ctx.store.read() as conn:
            try:
                claim_id = resolve_claim_id(conn, claim_ref)
            except Exception:
                claim_id = claim_ref.strip().lower()
            sql = (
                "SELECT id, at, author, claim_id, entity, entity_id, action, changes, context "
                "FROM history WHERE claim_id = ? ORDER BY id DESC"
            )
            params: tuple[object, ...] = (claim_id,)
            if limit is not None:  # (no "LIMIT -1": a server refuses a negative limit)
                sql, params = sql + " LIMIT ?", (claim_id, limit)
            found = rows.run(conn, sql, params)
        return [
            HistoryEntry(
                id=hid,
                at=utc_from_text(at),
                author=author,
                claim_id=cid,
                entity=entity,
                entity_id=entity_id,
                action=action,
                changes=json.loads(changes),
                context=_context(context),
            )
            for hid, at, author, cid, entity, entity_id, action, changes, context in found
        ]


def _context(stored: str | None) -> dict[str, Any]:
    if not stored:
        return {}
    value = json.loads(stored)
    return value if isinstance(value, dict) else {}

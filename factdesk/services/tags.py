"""Tags across the case file (for filters and completion)."""

from __future__ import annotations

from factdesk.services.context import ServiceContext
from factdesk.store import rows


class TagService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def all(self) -> list[str]:
        """Every tag in use, alphabetically."""
        with self._ctx.store.read() as conn:
            found = rows.run(
                conn,
                "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM claim_tags) "
                "ORDER BY lower(name)",
            )
        return [row[0] for row in found]

    def counts(self) -> dict[str, int]:
        with self._ctx.store.read() as conn:
            found = rows.run(
                conn,
                "SELECT t.name, count(*) FROM tags t JOIN claim_tags ct ON ct.tag_id = t.id "
                "GROUP BY t.name",
            )
        return {name: int(n) for name, n in found}

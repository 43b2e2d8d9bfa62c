"""Tags across the case file (for filters and completion)."""

from __future__ import annotations

from sqlalchemy import func, select

from factdesk.services.context import ServiceContext
from factdesk.store import models as m


class TagService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def all(self) -> list[str]:
        """Every tag in use, alphabetically."""
        with self._ctx.store.reading() as session:
            return list(
                session.execute(
                    select(m.Tag.name)
                    .where(m.Tag.id.in_(select(m.claim_tags.c.tag_id)))
                    .order_by(func.lower(m.Tag.name))
                ).scalars()
            )

    def counts(self) -> dict[str, int]:
        with self._ctx.store.reading() as session:
            rows = session.execute(
                select(m.Tag.name, func.count())
                .join(m.claim_tags, m.claim_tags.c.tag_id == m.Tag.id)
                .group_by(m.Tag.name)
            ).all()
            return dict(rows)

"""The case file's rating scale."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from factdesk.errors import ValidationError
from factdesk.records import Rating
from factdesk.services import convert
from factdesk.services.context import ServiceContext
from factdesk.store import models as m


def scale_keys(session: Session) -> list[str]:
    return list(session.execute(select(m.Rating.key).order_by(m.Rating.position)).scalars())


def check_rating(session: Session, key: object) -> str:
    keys = scale_keys(session)
    if key not in keys:
        raise ValidationError(
            f"rating {key!r} is not on this case file's scale ({', '.join(keys)})."
        )
    assert isinstance(key, str)
    return key


class RatingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def scale(self) -> list[Rating]:
        """The ratings in scale order (most true first)."""
        with self._ctx.store.reading() as session:
            rows = session.execute(select(m.Rating).order_by(m.Rating.position)).scalars()
            return [convert.rating(r) for r in rows]

    def scale_name(self) -> str:
        with self._ctx.store.reading() as session:
            row = session.get(m.CaseMeta, "rating_scale_name")
            return row.value if row is not None else "FactDesk standard"

    def by_key(self) -> dict[str, Rating]:
        return {r.key: r for r in self.scale()}

"""The case file's rating scale."""

from __future__ import annotations

from factdesk.errors import ValidationError
from factdesk.i18n import _
from factdesk.records import Rating
from factdesk.services.context import ServiceContext
from factdesk.store import rows
from factdesk.store.rows import Db

_SCALE = "SELECT key, label, value, position, colour FROM ratings ORDER BY position"


def scale_keys(session: Db) -> list[str]:
    return [row[0] for row in rows.run(session, "SELECT key FROM ratings ORDER BY position")]


def read_scale(session: Db) -> list[Rating]:
    """The ratings in scale order (most true first)."""
    return [Rating(*row) for row in rows.run(session, _SCALE)]


def check_rating(session: Db, key: object) -> str:
    keys = scale_keys(session)
    if key not in keys:
        raise ValidationError(
            _("rating {key} is not on this case file's scale ({keys}).").format(
                key=repr(key), keys=", ".join(keys)
            )
        )
    assert isinstance(key, str)
    return key


class RatingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def scale(self) -> list[Rating]:
        """The ratings in scale order (most true first)."""
        with self._ctx.store.read() as conn:
            return read_scale(conn)

    def scale_name(self) -> str:
        with self._ctx.store.read() as conn:
            found = rows.run(conn, "SELECT value FROM case_meta WHERE key = 'rating_scale_name'")
            return found[0][0] if found else "FactDesk standard"

    def by_key(self) -> dict[str, Rating]:
        return {r.key: r for r in self.scale()}

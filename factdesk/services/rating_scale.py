"""Editing the case file's rating scale: labels, order, values, colours, merging keys.

Keys stay as they are (bundles and the command line name ratings by key);
what a journalist edits is the label, the place on the scale, the numeric
value (None: off the numeric scale, like *unproven*) and the colour.  Merging
one key into another relabels every verdict that used it (each recorded in
its claim's history), points the remembered label mappings at the other key
and removes the first; :meth:`RatingScaleService.unmerge` puts all of it back.
A rating with no colour of its own takes one from its place on the scale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from factdesk.errors import NotFoundError, ValidationError
from factdesk.i18n import _, ngettext
from factdesk.services import convert, validation
from factdesk.services.changes import Write
from factdesk.services.context import ServiceContext
from factdesk.services.rating_colours import NEUTRAL as NEUTRAL  # re-exported
from factdesk.services.rating_colours import RAMP as RAMP
from factdesk.services.rating_colours import derived_colour as derived_colour
from factdesk.services.rating_colours import scale_colours as scale_colours
from factdesk.services.records import Rating
from factdesk.store import models as m

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
UNSET: Any = object()


@dataclass(frozen=True)
class RatingMappingRecord:
    """A remembered mapping: ``label`` (as written) from ``source`` means ``rating``."""

    source: str
    label: str
    shown: str
    rating: str


@dataclass(frozen=True)
class MergeRecord:
    """What merging ``removed`` into ``into`` changed, so it can be undone exactly."""

    removed: Rating
    into: str
    claim_ids: tuple[str, ...]
    mappings: tuple[RatingMappingRecord, ...]


def _not_a_value(value: object) -> str:
    return _("value {value} must be a whole number, or empty.").format(value=repr(value))


def clean_colour(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise ValidationError(
            _("colour {value} must be written as #rrggbb.").format(value=repr(value))
        )
    return value.lower()


def clean_value(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(_not_a_value(value))
    try:
        number = int(value)
    except ValueError:
        raise ValidationError(_not_a_value(value)) from None
    if not -1000 <= number <= 1000:
        raise ValidationError(_("a rating's value must be between -1000 and 1000."))
    return number


class RatingScaleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def usage(self) -> dict[str, int]:
        """How many verdicts use each key."""
        with self._ctx.store.reading() as session:
            rows = session.execute(
                select(m.verdicts.c.rating, func.count())
                .where(m.verdicts.c.rating.is_not(None))
                .group_by(m.verdicts.c.rating)
            ).all()
        return {key: int(count) for key, count in rows}

    def colours(self) -> dict[str, str]:
        with self._ctx.store.reading() as session:
            scale = [convert.rating(r) for r in session.execute(select(m.Rating)).scalars()]
        return scale_colours(scale)

    def mappings(self) -> list[RatingMappingRecord]:
        with self._ctx.store.reading() as session:
            rows = session.execute(
                select(m.RatingMapping).order_by(m.RatingMapping.source, m.RatingMapping.label)
            ).scalars()
            return [RatingMappingRecord(r.source, r.label, r.shown, r.rating) for r in rows]

    # -- editing -------------------------------------------------------------------------
    def update(
        self, key: str, *, label: Any = UNSET, value: Any = UNSET, colour: Any = UNSET
    ) -> Rating:
        """Change a rating's label, value or colour; returns it as it now is."""
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            row = session.get(m.Rating, key)
            if row is None:
                raise NotFoundError(
                    _("rating {key} is not on this case file's scale.").format(key=repr(key))
                )
            if label is not UNSET:
                text = validation.required_text(label, "rating label")
                if len(text) > 200:
                    raise ValidationError(_("a rating label must be at most 200 characters long."))
                row.label = text
            if value is not UNSET:
                row.value = clean_value(value)
            if colour is not UNSET:
                row.colour = clean_colour(colour)
            session.flush()
            return convert.rating(row)

    def reorder(self, keys: Sequence[str]) -> list[Rating]:
        """Put the scale in this order (most true first); every key once."""
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            rows = {r.key: r for r in session.execute(select(m.Rating)).scalars()}
            if sorted(keys) != sorted(rows):
                raise ValidationError(_("the new order must name every rating of the scale once."))
            for position, key in enumerate(keys):
                rows[key].position = position
            session.flush()
            return [convert.rating(rows[k]) for k in keys]

    def add(
        self, key: str, label: str, value: int | None = None, colour: str | None = None
    ) -> Rating:
        """A new rating at the end of the scale."""
        if not isinstance(key, str) or not _KEY.match(key):
            raise ValidationError(
                _("rating key {key} must be lowercase letters, digits and hyphens.").format(
                    key=repr(key)
                )
            )
        text = validation.required_text(label, "rating label")
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            if session.get(m.Rating, key) is not None:
                raise ValidationError(
                    _("rating {key} is already on the scale.").format(key=repr(key))
                )
            last = session.execute(select(func.max(m.Rating.position))).scalar_one()
            row = m.Rating(
                key=key,
                label=text,
                value=clean_value(value),
                position=(last if last is not None else -1) + 1,
                colour=clean_colour(colour),
            )
            session.add(row)
            session.flush()
            return convert.rating(row)

    def restore(self, rating: Rating, mappings: Sequence[RatingMappingRecord] = ()) -> Rating:
        """Put back a removed rating at its place (the undo of :meth:`remove`)."""
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            self._insert_at(session, rating)
            for mp in mappings:
                session.merge(
                    m.RatingMapping(
                        source=mp.source, label=mp.label, shown=mp.shown, rating=mp.rating
                    )
                )
            return rating

    def remove(self, key: str) -> tuple[Rating, tuple[RatingMappingRecord, ...]]:
        """Remove a rating no verdict uses; returns it (and its mappings) for undo."""
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            row = session.get(m.Rating, key)
            if row is None:
                raise NotFoundError(
                    _("rating {key} is not on this case file's scale.").format(key=repr(key))
                )
            used = session.execute(
                select(func.count()).where(m.verdicts.c.rating == key)
            ).scalar_one()
            if used:
                raise ValidationError(
                    ngettext(
                        "rating {label} is used by {count} verdict; merge it into another "
                        "rating instead.",
                        "rating {label} is used by {count} verdicts; merge it into another "
                        "rating instead.",
                        used,
                    ).format(label=repr(row.label), count=used)
                )
            rating = convert.rating(row)
            mappings = self._mappings_of(session, key)
            session.delete(row)
            session.flush()
            self._renumber(session)
            return rating, mappings

    def merge(self, key: str, into: str) -> MergeRecord:
        """Relabel every verdict rated ``key`` as ``into`` and remove ``key`` from the scale."""
        if key == into:
            raise ValidationError(_("a rating cannot be merged into itself."))
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            row = session.get(m.Rating, key)
            target = session.get(m.Rating, into)
            if row is None or target is None:
                missing = key if row is None else into
                raise NotFoundError(
                    _("rating {key} is not on this case file's scale.").format(key=repr(missing))
                )
            removed = convert.rating(row)
            claim_ids = tuple(
                session.execute(
                    select(m.verdicts.c.claim_id)
                    .where(m.verdicts.c.rating == key)
                    .order_by(m.verdicts.c.claim_id)
                ).scalars()
            )
            mappings = self._mappings_of(session, key)
            self._relabel(write, claim_ids, key, into)
            session.execute(
                update(m.RatingMapping).where(m.RatingMapping.rating == key).values(rating=into)
            )
            session.delete(row)
            session.flush()
            self._renumber(session)
            return MergeRecord(removed, into, claim_ids, mappings)

    def unmerge(self, record: MergeRecord) -> None:
        """Undo :meth:`merge`: the rating back in its place, its verdicts and mappings too."""
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            self._insert_at(session, record.removed)
            self._relabel(write, record.claim_ids, record.into, record.removed.key)
            for mp in record.mappings:
                session.merge(
                    m.RatingMapping(
                        source=mp.source, label=mp.label, shown=mp.shown, rating=mp.rating
                    )
                )

    def set_mapping(self, source: str, label: str, shown: str, rating: str | None) -> None:
        """Remember that ``label`` from ``source`` means ``rating`` (None: forget it)."""
        with self._ctx.write() as write:
            write.scale = True
            session = write.session
            row = session.get(m.RatingMapping, (source, label))
            if rating is None:
                if row is not None:
                    session.delete(row)
                return
            if session.get(m.Rating, rating) is None:
                raise NotFoundError(
                    _("rating {key} is not on this case file's scale.").format(key=repr(rating))
                )
            if row is None:
                session.add(m.RatingMapping(source=source, label=label, shown=shown, rating=rating))
            else:
                row.rating = rating

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _relabel(write: Write, claim_ids: Sequence[str], old: str, new: str) -> None:
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start : start + 500])
            write.session.execute(
                update(m.verdicts)
                .where(m.verdicts.c.claim_id.in_(chunk), m.verdicts.c.rating == old)
                .values(rating=new)
            )
        for claim_id in claim_ids:
            write.record("verdict", claim_id, claim_id, "update", {"rating": (old, new)})

    @staticmethod
    def _mappings_of(session: Any, key: str) -> tuple[RatingMappingRecord, ...]:
        rows = session.execute(
            select(m.RatingMapping).where(m.RatingMapping.rating == key)
        ).scalars()
        return tuple(RatingMappingRecord(r.source, r.label, r.shown, r.rating) for r in rows)

    @staticmethod
    def _insert_at(session: Any, rating: Rating) -> None:
        if session.get(m.Rating, rating.key) is not None:
            raise ValidationError(
                _("rating {key} is already on the scale.").format(key=repr(rating.key))
            )
        rows = list(session.execute(select(m.Rating).order_by(m.Rating.position)).scalars())
        session.add(
            m.Rating(
                key=rating.key,
                label=rating.label,
                value=rating.value,
                position=rating.position,
                colour=rating.colour,
            )
        )
        for row in rows:
            if row.position >= rating.position:
                row.position += 1
        session.flush()
        RatingScaleService._renumber(session)

    @staticmethod
    def _renumber(session: Any) -> None:
        rows = session.execute(select(m.Rating).order_by(m.Rating.position)).scalars()
        for position, row in enumerate(rows):
            row.position = position
        session.flush()

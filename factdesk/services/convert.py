"""Stored rows to plain records, and values to JSON-able form for history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from factdesk import records as r

if TYPE_CHECKING:
    from factdesk.store import models as m


def rating(row: m.Rating) -> r.Rating:
    return r.Rating(
        key=row.key, label=row.label, value=row.value, position=row.position, colour=row.colour
    )


def jsonable(value: Any) -> Any:
    """A value as history stores it: dates as ISO text, tuples as lists."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    return value

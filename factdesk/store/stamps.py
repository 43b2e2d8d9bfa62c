"""Times and dates as a case file stores them (text), and back.

Plain functions with no database library behind them: the claim list, the
editor and bulk reads and writes all use them.
"""

from __future__ import annotations

import datetime as dt
from typing import overload


def utc_text(value: dt.datetime) -> str:
    """A timezone-aware datetime as stored: ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC.

    Fixed width (always microseconds, always ``Z``) keeps text order equal to
    time order, so indexes and ``ORDER BY`` work on the stored strings.
    """
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    # isoformat pads the year to four digits (strftime does not everywhere).
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")[:-6] + "Z"


@overload
def utc_from_text(value: str) -> dt.datetime: ...
@overload
def utc_from_text(value: None) -> None: ...
@overload
def utc_from_text(value: str | None) -> dt.datetime | None: ...
def utc_from_text(value: str | None) -> dt.datetime | None:
    """A stored UTC time (``2024-03-01T12:00:00.000000Z``) as an aware datetime."""
    if value is None:
        return None
    if len(value) == 27 and value[26] == "Z":
        # The width utc_text writes: fromisoformat (which reads the Z as UTC)
        # is many times faster than strptime, which matters when a report
        # reads thousands.
        return dt.datetime.fromisoformat(value)
    return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def date_from_text(value: str | None) -> dt.date | None:
    """A stored Date column value (``2024-03-01``) as a date."""
    return None if value is None else dt.date.fromisoformat(value)


def date_text(value: dt.date | None) -> str | None:
    """A date as the ``Date`` column stores it (years below 1000 padded)."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}" if value is not None else None

"""Dates and times from outside: RFC 3339, one accepted range, normalised to UTC.

Every timestamp FactDesk accepts lies between :data:`EARLIEST` and
:data:`LATEST`, so it can be stored, shown in any time zone (local time is
at most a day away from UTC) and written to a bundle again.  A date
(``YYYY-MM-DD``, no time of day) may be any day from 0001-01-01 to
9999-12-31.  The bundle reader, the window and the command line all check
with this module, and the bundle writer refuses what it would refuse.

RFC 3339 forms other tools write are read as the RFC allows: ``T`` or ``t``,
``Z`` or ``z``, any number of fractional digits (kept to the microsecond,
the rest cut off), a numeric offset such as ``+02:00`` or ``-00:00``, and a
leap second (``:60``, read as the last microsecond of that minute).  Every
time is stored in UTC.
"""

from __future__ import annotations

import datetime as dt
import re

from factdesk.i18n import _

EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)
RANGE_TEXT = "1970-01-01T00:00:00Z to 2999-12-31T23:59:59.999999Z"
DATE_RANGE_TEXT = "0001-01-01 to 9999-12-31"

# ASCII digits only: \d would also take digits of other scripts.
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)
# The form FactDesk writes; read by fromisoformat (in C) without the general parse.
_CANONICAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?Z")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
FORM_TEXT = "an RFC 3339 date and time such as 2024-03-01T12:00:00Z (or with an offset, +02:00)"


def range_text(start: str, end: str) -> str:
    """ "0001-01-01 to 9999-12-31", in the message language."""
    return _("{start} to {end}").format(start=start, end=end)


def date_range_text() -> str:
    return range_text("0001-01-01", "9999-12-31")


class TimestampError(ValueError):
    """Why a text is not an acceptable date or time (the message leaves out the value)."""


def parse_timestamp(text: str) -> dt.datetime:
    """An RFC 3339 date and time as an aware UTC datetime, or :class:`TimestampError`."""
    if _CANONICAL.fullmatch(text):
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            pass  # a leap second, or no such day: the general parse says which
        else:
            if EARLIEST <= value <= LATEST:
                return value
            raise _out_of_range()
    match = _RFC3339.fullmatch(text)
    if match is None:
        raise TimestampError(
            _(
                "is not an RFC 3339 date and time such as 2024-03-01T12:00:00Z "
                "(or with an offset, +02:00)"
            )
        )
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction, sign, off_h, off_m = match.group(7, 8, 9, 10)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    leap = second == 60
    if leap:  # a leap second: the last instant of the minute before it
        second, micro = 59, 999999
    try:
        value = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=dt.UTC)
    except ValueError:
        raise TimestampError(_("is not a real date and time")) from None
    if sign is not None:
        hours, minutes = int(off_h), int(off_m)
        if hours > 23 or minutes > 59:
            raise TimestampError(_("has an offset from UTC that does not exist"))
        offset = dt.timedelta(hours=hours, minutes=minutes)
        try:
            value = value - offset if sign == "+" else value + offset
        except OverflowError:
            raise _out_of_range() from None
    return check_range(value)


def check_range(value: dt.datetime) -> dt.datetime:
    """``value`` in UTC if it lies in the accepted range, else :class:`TimestampError`."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    try:
        value = value.astimezone(dt.UTC)
    except (OverflowError, ValueError, OSError):
        raise _out_of_range() from None
    if not EARLIEST <= value <= LATEST:
        raise _out_of_range()
    return value


def within_range(value: dt.datetime | None) -> dt.datetime | None:
    """``value`` in UTC if it lies in the accepted range, else None.

    For times read from files that only describe themselves (a capture's
    date, a camera's clock): one outside the range is taken as unknown rather
    than refusing the file, and is never stored.
    """
    if value is None:
        return None
    try:
        return check_range(value)
    except TimestampError:
        return None


def _out_of_range() -> TimestampError:
    return TimestampError(
        _("is outside the accepted range, {range}").format(
            range=range_text("1970-01-01T00:00:00Z", "2999-12-31T23:59:59.999999Z")
        )
    )


def parse_date(text: str) -> dt.date:
    """A ``YYYY-MM-DD`` date (0001-01-01 to 9999-12-31), or :class:`TimestampError`."""
    match = _DATE.fullmatch(text)
    if match is None:
        raise TimestampError(_("is not a date written YYYY-MM-DD"))
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise TimestampError(
            _("is not a real date (dates run from {range})").format(range=date_range_text())
        ) from None


def format_timestamp(value: dt.datetime) -> str:
    """RFC 3339 UTC with a ``Z``; the fraction of a second only when there is one.

    ``isoformat`` pads the year to four digits, which ``strftime`` does not
    do everywhere.
    """
    value = value.astimezone(dt.UTC)
    spec = "microseconds" if value.microsecond else "seconds"
    return value.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def local(value: dt.datetime) -> dt.datetime:
    """``value`` in the computer's time zone (in UTC if the system cannot convert it)."""
    try:
        return value.astimezone()
    except (OverflowError, ValueError, OSError):
        return value.astimezone(dt.UTC)

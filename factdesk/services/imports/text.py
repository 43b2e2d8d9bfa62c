"""Cleaning text and values from outside before they reach the case file.

Text from a page, a feed or a spreadsheet is kept as text: markup stays
literally what it was (it is shown as text and escaped in reports), HTML
character references are decoded (pages write ``&#039;`` for an apostrophe),
control characters become spaces, and every field has a length cap.  Each
check is one pass over the value.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from factdesk.errors import ValidationError
from factdesk.services import timestamps, validation
from factdesk.services.textfold import fold

# Control characters the case file refuses (tab, line feed and carriage return aside).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DATE_DMY = re.compile(r"\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_DATE_TIME = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?\s*$"
)
_HOSTLIKE = re.compile(r"^[\w-]+(\.[\w-]+)+(/|$)")

LINE_LIMIT = 2_000  # a title, a name, a label
TEXT_LIMIT = 20_000  # a claim, a summary, an excerpt


def one_line(value: Any, limit: int = LINE_LIMIT) -> str | None:
    """A single line of text: entities decoded, whitespace collapsed, capped; None if empty."""
    text = _text(value)
    if text is None:
        return None
    text = _SPACES.sub(" ", text).strip()
    return _cap(text, limit) or None


def block(value: Any, limit: int = TEXT_LIMIT) -> str | None:
    """Text that may have several lines (a summary, an excerpt): lines kept, capped."""
    text = _text(value)
    if text is None:
        return None
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return _cap(text, limit) or None


def plain(value: Any, limit: int = LINE_LIMIT) -> str | None:
    """A cell or a field taken as it is (no entity decoding): spreadsheets, citations."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    if text.isprintable() and "  " not in text and len(text) < limit:
        return text.strip() or None  # the common case, without the substitutions
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip() if limit <= LINE_LIMIT else text.strip()
    return _cap(text, limit) or None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)
    return _CONTROL.sub(" ", value)


__all__ = ["block", "date", "fold", "host", "number", "one_line", "plain", "timestamp", "web_url"]


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def date(value: Any) -> dt.date | None:
    """A date from ``2022-01-28``, ``2022-01-28 18:35``, ``2020-03-27T10:46:13+0200``,
    ``28/01/2022``; None when there is none or it does not exist."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _DATE_DMY.match(value)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def timestamp(value: Any) -> dt.datetime | None:
    """A moment (UTC) from an ISO date and time; a date alone is taken as midnight UTC."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not isinstance(value, str):
        return None
    match = _DATE_TIME.match(value)
    if match:
        try:
            moment = dt.datetime(
                int(match[1]),
                int(match[2]),
                int(match[3]),
                int(match[4]),
                int(match[5]),
                int(match[6] or 0),
            )
        except ValueError:
            return None
        zone = match[7]
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if offset >= dt.timedelta(days=1):
                return None
            return timestamps.within_range(moment.replace(tzinfo=dt.timezone(sign * offset)))
        return timestamps.within_range(moment.replace(tzinfo=dt.UTC))
    day = date(value)
    if day is None:
        return None
    return timestamps.within_range(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))


def number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def web_url(value: Any, base: str | None = None) -> str | None:
    """An http(s) address, made absolute against ``base``; None for anything else.

    Pages write addresses without a scheme (``aosfatos.org/noticias/…``) or
    relative to the page (``/author/x``); ``javascript:`` and friends are dropped.
    """
    text = one_line(value)
    if text is None or " " in text:
        return None
    try:  # a malformed address ("http://[oops", a bad port) is no address, never an error
        if not urlsplit(text).scheme:
            if text.startswith("//"):
                text = "https:" + text
            elif _HOSTLIKE.match(text):
                text = "https://" + text
            elif base:
                text = urljoin(base, text)
            else:
                return None
        return validation.url(text, "address")  # the one check every address passes
    except (ValueError, ValidationError):
        return None


def host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        name = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return name.removeprefix("www.") or None

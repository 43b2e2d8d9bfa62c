"""Dates, times and numbers as a language writes them (Babel, loaded on first use)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

# English reports have always written "2 December 2022"; the other languages
# use their own conventions as CLDR records them ("2 décembre 2022").
_LOCALE_NAMES = {"en": "en_GB", "pt": "pt_BR"}


@lru_cache(maxsize=16)
def locale(lang: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(_LOCALE_NAMES.get(lang, lang))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def long_date(value: dt.date, lang: str) -> str:
    """ "2 December 2022", "2 de diciembre de 2022", "2. Dezember 2022"."""
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC).date()
    return _long_day(value, lang)


def time_utc(value: dt.datetime, lang: str) -> str:
    """The time of day in UTC, as the language writes it ("14:05")."""
    utc = value.astimezone(dt.UTC)
    return _short_time(utc.hour, utc.minute, lang)


# A report writes the same few days and minutes thousands of times, and
# Babel works each one out from the pattern afresh: remember them.
@lru_cache(maxsize=4096)
def _long_day(day: dt.date, lang: str) -> str:
    from babel.dates import format_date

    return format_date(day, "long", locale=locale(lang))


@lru_cache(maxsize=4096)
def _short_time(hour: int, minute: int, lang: str) -> str:
    from babel.dates import format_time

    return format_time(dt.time(hour, minute), "short", locale=locale(lang))


def number(value: int | float, lang: str, decimals: int | None = None) -> str:
    """A number with the language's separators ("1 234,5" in French)."""
    from babel.numbers import format_decimal

    if decimals is None:
        return format_decimal(value, locale=locale(lang))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale(lang))


def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` in ``lang`` ("espagnol" in French); the code if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(locale(lang))
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    return name or code

"""The languages FactDesk speaks, and its message catalogs below the window.

Everything below the window (services, store, command line, reports) marks
its messages with ``_()`` and takes them from gettext catalogs (one
``factdesk.mo`` per language in ``resources/i18n``), so no Qt is needed
there.  The window's own strings go through Qt's ``tr`` and ``.qm``
catalogs; it sets this module's language to its own at start, so a service
message it shows reads in the same language.

Two languages are in play and never mixed: the *message language*
(``language()``, process-wide: what the user reads in the window or the
terminal) and a report's language, which is passed explicitly to the code
that writes the report (``translations(lang)``).

Importing this module is cheap: a catalog is read the first time a message
in its language is asked for.
"""

from __future__ import annotations

import gettext
import os
import threading
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "factdesk"
SOURCE_LANGUAGE = "en"
# Endonyms: a user finds their own language by the name they know it by.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "de": "Deutsch",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})

_lock = threading.Lock()
_catalogs: dict[str, gettext.NullTranslations] = {}
_language = SOURCE_LANGUAGE


def catalog_dir() -> Path:
    from factdesk.paths import resources_dir

    return resources_dir() / "i18n"


def supported(tag: str | None) -> str | None:
    """The supported language a locale name or language tag means, or None.

    "es_ES.UTF-8", "es-419", "pt-BR", "ar_EG" and "ES" are all understood;
    "C" and "POSIX" mean no particular language.
    """
    if not tag:
        return None
    base = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES or base in _catalogs else None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The message language the environment asks for, as gettext reads it.

    ``LANGUAGE`` (a colon-separated list of preferences) counts only when a
    locale is set at all, as in GNU gettext; then ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``.  Anything unsupported, or nothing, is English.
    """
    env = os.environ if environ is None else environ
    locale_name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if locale_name and locale_name not in ("C", "POSIX") and not locale_name.startswith("C."):
        for tag in env.get("LANGUAGE", "").split(":"):
            found = supported(tag)
            if found:
                return found
    return supported(locale_name) or SOURCE_LANGUAGE


def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for ``lang`` (English, or an unknown language: the messages as written)."""
    with _lock:
        catalog = _catalogs.get(lang)
        if catalog is None:
            catalog = gettext.NullTranslations()
            if lang != SOURCE_LANGUAGE and lang in LANGUAGES:
                path = catalog_dir() / f"{lang}.mo"
                try:
                    with path.open("rb") as handle:
                        catalog = gettext.GNUTranslations(handle)
                except OSError:
                    pass  # a missing catalog shows English, never an error
            _catalogs[lang] = catalog
        return catalog


def install(lang: str, catalog: gettext.NullTranslations) -> None:
    """Use ``catalog`` for ``lang`` (a test's pseudo-locale, say)."""
    with _lock:
        _catalogs[lang] = catalog


def set_language(lang: str) -> None:
    """Make ``lang`` the message language of this process."""
    global _language
    _language = lang if (lang in LANGUAGES or lang in _catalogs) else SOURCE_LANGUAGE


def language() -> str:
    return _language


def is_rtl(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def _(message: str) -> str:
    """``message`` in the message language."""
    return translations(_language).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` in the message language (Arabic has six)."""
    return translations(_language).ngettext(singular, plural, n)


def number(value: int) -> str:
    """A whole number as the message language writes it ("1,234"; "1 234" in French).

    English needs no Babel; another language loads it on the first number.
    """
    if _language == SOURCE_LANGUAGE or _language not in LANGUAGES:
        return f"{value:,}"
    from factdesk.i18n.formats import number as formatted

    return formatted(value, _language)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs without translating it (translated where shown)."""
    return message

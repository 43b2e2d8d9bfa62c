"""The window in the user's language: Qt's catalogs, the layout direction, the message language.

Every visible string of the window goes through Qt's translation: ``self.tr``
in a QObject, ``translate(context, text)`` elsewhere (``pyside6-lupdate``
finds both).  ``install`` runs once at start: it picks the language (the
settings' choice, else the system's), loads FactDesk's and Qt's own
``.qm`` catalogs and sets the message language below the window to the same
language, so a service's message reads like the window around it.  Arabic
lays the window out right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from factdesk import i18n

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalog of ``context``; translated where it is shown."""
    return text


def system_language() -> str:
    """The first of the system's preferred languages that FactDesk speaks, else English."""
    for tag in QLocale.system().uiLanguages():
        found = i18n.supported(tag)
        if found:
            return found
    return i18n.SOURCE_LANGUAGE


def window_language(choice: str) -> str:
    """The settings' choice when FactDesk speaks it; otherwise the system's language."""
    return i18n.supported(choice) or system_language()


# The locale that writes numbers and dates in the window.  Arabic-language
# fact-checking sites write 0-9 (Western Arabic digits), as Babel's "ar" does
# in the reports; Qt's "ar" would write Arabic-Indic digits (١٬٢٣٤), so the
# window uses Modern Standard Arabic's world locale, which writes 1,234.5 and
# "2 ديسمبر 2022" exactly as the reports do.
WINDOW_LOCALES = {"ar": "ar_001"}


def window_locale(lang: str) -> QLocale:
    return QLocale(WINDOW_LOCALES.get(lang, lang))


_installed: list[QTranslator] = []
_system_locale: list[QLocale] = []  # the default locale before any language was installed


def install(app: QApplication, lang: str) -> str:
    """Speak ``lang`` in the window (and below it); returns the language installed.

    Cheap: two small files are read.  English needs no catalog of FactDesk's,
    but still gets Qt's own ("Cancel", "Close" in the standard buttons) reset.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)  # English too: its plural forms ("1 claim", "2 claims")
    if own.load(str(i18n.catalog_dir() / f"factdesk_{lang}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    if lang != i18n.SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    i18n.set_language(lang)
    if not _system_locale:
        _system_locale.append(QLocale())
    # Numbers and dates in widgets as the language writes them; English keeps the system's.
    QLocale.setDefault(window_locale(lang) if lang != i18n.SOURCE_LANGUAGE else _system_locale[0])
    if i18n.is_rtl(lang) != app.isRightToLeft():
        # (Qt's enums are looked at only to change direction: building the Qt
        # namespace's enums is a noticeable part of the window's first frame.)
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if i18n.is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        )
    return lang

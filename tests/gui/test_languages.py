"""The window in the user's language, and reports in the report's language, as a journalist sees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from factdesk import i18n
from factdesk.gui import translation
from factdesk.gui.main_window import MainWindow
from factdesk.settings import load_settings, save_settings
from tests.gui.conftest import Answers
from tests.gui.test_report_export import HOKKAIDO, export


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_speaks_spanish(qapp: Any, make_window: Any, case_path: Path) -> None:
    translation.install(qapp, "es")
    window = make_window(case_path)
    assert menu_titles(window)[:3] == ["&Archivo", "&Editar", "A&firmación"]
    assert window.action_new_claim.text() == "&Nueva afirmación…"
    assert window.empty_state.sample_button.text() == "Abrir caso de ejemplo"
    # Messages from below the window read in the same language.
    assert i18n.language() == "es"
    assert QLocale().language() == QLocale.Language.Spanish


def test_arabic_lays_the_window_out_right_to_left(
    qapp: Any, make_window: Any, case_path: Path
) -> None:
    translation.install(qapp, "ar")
    window = make_window(case_path)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert menu_titles(window)[0] == "&ملف"
    # The claims pane, first in reading order, is on the right.
    claims = window.claim_list.mapTo(window, window.claim_list.rect().center())
    verdict = window.right_tabs.mapTo(window, window.right_tabs.rect().center())
    assert claims.x() > verdict.x()
    translation.install(qapp, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_follows_the_system_unless_settings_choose(qapp: Any) -> None:
    QLocale.setDefault(QLocale("en"))
    assert translation.window_language("fr") == "fr"
    assert translation.window_language("") == translation.system_language()
    assert translation.window_language("xx") == translation.system_language()
    assert translation.system_language() in i18n.LANGUAGES


def test_settings_choose_the_languages_and_preview_the_report(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.action_settings.trigger()
    dialog = window.settings_dialog
    assert dialog.language.currentData() == ""  # the system's language, until chosen
    qtbot.waitUntil(lambda: dialog.preview.property("language") == "en", timeout=20_000)
    assert "Our rating" in dialog.preview.toPlainText()

    dialog.report_language.setCurrentIndex(dialog.report_language.findData("fr"))
    qtbot.waitUntil(lambda: dialog.preview.property("language") == "fr", timeout=20_000)
    shown = dialog.preview.toPlainText()
    assert "Notre verdict" in shown or "Vérification" in shown
    assert "Our rating" not in shown
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("ar"))
    qtbot.waitUntil(lambda: dialog.preview.property("language") == "ar", timeout=20_000)
    assert dialog.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft

    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("es"))
    dialog.accept()
    saved = load_settings()
    assert (saved.language, saved.report_language) == ("de", "es")


def test_the_export_dialog_starts_from_the_settings_report_language(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    settings = load_settings()
    settings.report_language = "pt"
    settings.organisation = "Agência de Checagem"  # a report for publication names its publisher
    save_settings(settings)
    window = sample_window
    window.claim_list.select_claim(HOKKAIDO)
    answers.save_path = tmp_path / "checagem.html"
    window.action_export_report.trigger()
    dialog = window.report_export.dialog
    assert dialog is not None and dialog.language.currentData() == "pt"
    dialog.close()
    assert export(qtbot, window) == "written"
    page = answers.save_path.read_text(encoding="utf-8")
    assert '<html lang="pt"' in page and "Checagem" in page


def test_back_in_english_numbers_follow_the_system_again(qapp: Any) -> None:
    before = QLocale().name()
    translation.install(qapp, "de")
    assert QLocale().toString(1234567) == "1.234.567"
    translation.install(qapp, "en")
    assert QLocale().name() == before


def test_closing_settings_before_the_preview_is_ready_is_harmless(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    import gc

    from PySide6.QtCore import QThreadPool

    from factdesk.gui.dialogs.settings import SettingsDialog

    for _ in range(3):
        dialog = SettingsDialog(sample_window.controller.settings, sample_window)
        assert dialog.preview_task is not None
        dialog.deleteLater()
        del dialog
        gc.collect()
        qtbot.wait(10)
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=20_000)
    qtbot.wait(50)  # the previews finish with nowhere to go: no error, nothing shown
    assert answers.errors == []


def test_arabic_numbers_use_the_same_digits_in_the_window_and_the_reports(
    qapp: Any, make_window: Any, case_path: Path
) -> None:
    """Arabic fact-checking sites write 0-9: the window does as the reports do."""
    import datetime as dt

    from PySide6.QtCore import QDate

    from factdesk.i18n import formats
    from factdesk.services import open_case
    from factdesk.services.sample import load_sample_case

    with open_case(case_path, author="Test Reporter") as case:
        load_sample_case(case)
    translation.install(qapp, "ar")
    window = make_window(case_path)
    arabic_indic = set("٠١٢٣٤٥٦٧٨٩")
    shown = window.claim_list.count_label.text()
    assert any(c.isascii() and c.isdigit() for c in shown), shown
    assert not arabic_indic & set(shown)
    assert QLocale().toString(1234567) == formats.number(1234567, "ar") == "1,234,567"
    assert QLocale().toString(1234.5, "f", 1) == formats.number(1234.5, "ar", 1) == "1,234.5"
    day = QLocale().toString(QDate(2022, 12, 2), QLocale.FormatType.LongFormat)
    assert formats.long_date(dt.date(2022, 12, 2), "ar") == "2 ديسمبر 2022"
    assert day.endswith("2 ديسمبر 2022")
    translation.install(qapp, "en")

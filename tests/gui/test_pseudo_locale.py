"""A pseudo-locale: every message from a catalog comes back wrapped and 40 % longer.

A visible string without the wrapping did not come from a catalog (it would
stay English in every language), and a label or button narrower than its
longer text would clip a translation.  Every window and dialog is opened
under the pseudo-locale and walked widget by widget.
"""

from __future__ import annotations

import datetime as dt
import gettext
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from factdesk import i18n
from factdesk.gui import translation
from factdesk.gui.main_window import MainWindow
from factdesk.services import Case, open_case

OPEN, CLOSE = "⟦", "⟧"
PSEUDO = "qps"  # not a language anyone speaks: only this test's catalogs have it


def pseudo(text: str) -> str:
    """``text`` wrapped and lengthened by 40 %, placeholders and shortcut keys kept."""
    if not text:
        return text
    return OPEN + text + "·" * math.ceil(len(text) * 0.4) + CLOSE


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


class PseudoCatalog(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)


@pytest.fixture
def pseudo_locale(qapp: Any) -> Iterator[None]:
    translator = PseudoTranslator(qapp)
    translation.install(qapp, "en")
    qapp.installTranslator(translator)
    i18n.install(PSEUDO, PseudoCatalog())
    i18n.set_language(PSEUDO)
    yield
    qapp.removeTranslator(translator)
    i18n.set_language(i18n.SOURCE_LANGUAGE)


NOT_WORDS = re.compile(r"^[\W\d_]*$")  # numbers, punctuation, symbols: nothing to translate


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def visible_strings(root: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, what, text) for every string a user can see in ``root``."""
    yield root, "window title", root.windowTitle()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield root, "menu", action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    if not item.isSeparator() and item.isVisible():
                        yield root, "menu item", item.text()
    for widget in root.findChildren(QWidget):
        if not shown(widget):
            continue
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            yield widget, "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget, "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, "group", widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield widget, "tab", widget.tabText(i)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget, "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield widget, "choice", widget.itemText(i)
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and header.isVisible() and widget.model() is not None:
            for column in range(header.count()):
                if not header.isSectionHidden(column):
                    text = widget.model().headerData(column, Qt.Orientation.Horizontal)
                    if isinstance(text, str):
                        yield widget, "column header", text


def untranslated(root: QWidget, data: Iterable[str] = ()) -> list[str]:
    """Visible strings that did not come from a catalog (the case file's own text aside)."""
    # Languages are named in their own words, whatever language the window speaks.
    own = {text.strip() for text in (*data, *i18n.LANGUAGES.values()) if text}
    problems = []
    for widget, what, text in visible_strings(root):
        text = text.strip()
        if not text or OPEN in text or NOT_WORDS.match(text) or text in own:
            continue
        rest = text
        for piece in sorted(own, key=len, reverse=True):
            rest = rest.replace(piece, "")
        if NOT_WORDS.match(rest):  # the case file's own text with a count: "japan (3)"
            continue
        if text.startswith("/") or "://" in text:  # a path or an address
            continue
        name = widget.objectName() or type(widget).__name__
        problems.append(f"{type(root).__name__}: {what} of {name}: {text!r}")
    return problems


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons narrower than their text."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not shown(widget):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            need = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        else:
            continue
        if widget.width() + 1 < need:
            problems.append(
                f"{type(root).__name__}: {type(widget).__name__} {widget.text()!r} is "
                f"{widget.width()} px wide, its text needs {need}"
            )
    return problems


def check(qtbot: Any, root: QWidget, data: Iterable[str] = ()) -> None:
    root.show()
    qtbot.waitExposed(root)
    QApplication.processEvents()
    problems = untranslated(root, data) + clipped(root)
    assert not problems, "\n".join(problems)


def case_strings(case: Case) -> set[str]:
    """Every text the case file holds: shown as written, never translated."""
    found: set[str] = set()
    for claim_id in case.claims.list_ids():
        claim = case.claims.get(claim_id)
        found.update(
            s
            for s in (claim.text, claim.claimant, claim.appeared_title, claim.notes, *claim.tags)
            if s
        )
        for ev in claim.evidence:
            found.update(s for s in (ev.title, ev.publisher, ev.author, ev.excerpt) if s)
            found.update(a.filename for a in ev.attachments)
        if claim.verdict is not None:
            found.update(s for s in (claim.verdict.summary, claim.verdict.reviewer) if s)
    for rating in case.ratings.scale():
        found.add(rating.label)
        found.add(rating.label.upper())
    return found


@pytest.fixture
def pseudo_window(qtbot: Any, pseudo_locale: None, make_window: Any, case_path: Path) -> MainWindow:
    from factdesk.services.sample import load_sample_case

    with open_case(case_path, author="Test Reporter") as case:
        load_sample_case(case)
    window: MainWindow = make_window(case_path)
    window.resize(1400, 900)
    return window


def test_the_empty_window(
    qtbot: Any, pseudo_locale: None, make_window: Any, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "empty.factdesk")
    window.resize(1200, 800)
    check(qtbot, window)


def test_the_window_on_a_claim(qtbot: Any, pseudo_window: MainWindow) -> None:
    window = pseudo_window
    window.claim_list.select_claim("8bb6f14a-714e-4fdc-89f6-05418818a00b")
    evidence = window.evidence.list
    evidence.setCurrentIndex(evidence.model().index(0, 0))
    check(qtbot, window, case_strings(window.case) | {"Test Reporter"})
    window.right_tabs.setCurrentWidget(window.history)
    check(qtbot, window, case_strings(window.case) | {"Test Reporter"})


def dialogs(window: MainWindow) -> Iterator[QDialog]:
    from factdesk.errors import DamagedCaseFileError, EditConflictError
    from factdesk.gui.backup_dialogs import CheckDialog, DamagedFileDialog, RestoreDialog
    from factdesk.gui.dialogs.conflict import ConflictDialog
    from factdesk.gui.dialogs.connect import ConnectDialog
    from factdesk.gui.dialogs.export_bundle import ExportBundleDialog
    from factdesk.gui.dialogs.export_report import ExportReportDialog
    from factdesk.gui.dialogs.export_spreadsheet import ExportSpreadsheetDialog
    from factdesk.gui.dialogs.first_start import NameDialog
    from factdesk.gui.dialogs.new_claim import NewClaimDialog
    from factdesk.gui.dialogs.rating_scale import RatingScaleDialog
    from factdesk.gui.dialogs.settings import SettingsDialog
    from factdesk.store.casefile import read_header

    case = window.case
    settings = window.controller.settings
    tags = {"russia": 2, "japan": 3}
    yield SettingsDialog(settings, window)
    scope: dict[str, Any] = {"selected": 2, "first_selected": "Russia was preparing", "total": 3}
    yield ExportReportDialog(**scope, settings=settings, parent=window)
    yield ExportBundleDialog(**scope, tags=tags, parent=window)
    yield ExportSpreadsheetDialog(**scope, tags=tags, parent=window)
    yield NewClaimDialog(case, window)
    yield NameDialog("Test Reporter", window)
    yield RatingScaleDialog(window.controller, window)
    yield RestoreDialog(case.path, window)
    yield CheckDialog(case, None, window)
    # A case file cut short: the store's own refusal, shown by the window.
    damaged = case.path.with_name("damaged.factdesk")
    damaged.write_bytes(case.path.read_bytes()[:1536])
    with pytest.raises(DamagedCaseFileError) as cut_short:
        read_header(damaged)
    yield DamagedFileDialog(damaged, str(cut_short.value), window)
    yield ConnectDialog(window)
    refused = EditConflictError(
        "refused",
        entity="claim",
        entity_id="8bb6f14a-714e-4fdc-89f6-05418818a00b",
        field="notes",
        mine="My words",
        theirs="Their words",
        by="Ben",
        at=dt.datetime(2026, 11, 5, 21, 42, tzinfo=dt.UTC),
    )
    yield ConflictDialog(window, refused, "notes", lambda _choice, _text: None, editable=True)


def test_every_dialog(qtbot: Any, pseudo_window: MainWindow) -> None:
    damaged = str(pseudo_window.case.path.with_name("damaged.factdesk"))
    data = case_strings(pseudo_window.case) | {"Test Reporter", "Russia was preparing", damaged}
    data |= {"My words", "Their words", "Ben", "notes"}
    for dialog in dialogs(pseudo_window):
        qtbot.addWidget(dialog)
        check(qtbot, dialog, data)
        dialog.close()


def test_the_pseudo_locale_reaches_the_window(qtbot: Any, pseudo_window: MainWindow) -> None:
    """The test itself: the wrapping shows where strings come from a catalog."""
    title = pseudo_window.menuBar().actions()[0].text()
    assert title.startswith(OPEN) and "&File" in title
    assert QCoreApplication.translate("x", "Claims") == pseudo("Claims")
    assert i18n._("Claim") == pseudo("Claim")


def test_a_string_from_no_catalog_and_a_clipped_button_are_caught(
    qtbot: Any, pseudo_locale: None
) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Written in English only"))
    button = QPushButton(dialog.tr("Export…"))
    button.setFixedWidth(40)
    layout.addWidget(button)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert untranslated(dialog) == ["QDialog: label of QLabel: 'Written in English only'"]
    assert len(clipped(dialog)) == 1 and "Export…" in clipped(dialog)[0]


def test_the_import_previews(
    qtbot: Any, pseudo_window: MainWindow, answers: Any, tmp_path: Path
) -> None:
    from factdesk.services.bundles import export_bundle

    window = pseudo_window
    data = case_strings(window.case) | {"Test Reporter", "Harbour desk"}
    # A colleague's bundle: one claim changed on both sides, one new.
    bundle = tmp_path / "colleague.factbundle"
    with open_case(tmp_path / "colleague.factdesk", author="Harbour desk") as theirs:
        from factdesk.services.sample import load_sample_case

        load_sample_case(theirs)
        theirs.claims.update("8bb6f14a-714e-4fdc-89f6-05418818a00b", claimant="Their wording")
        theirs.claims.create("The ferry to Sakhalin stopped running in 2021")
        export_bundle(theirs, bundle, title="Harbour desk", created_by="Harbour desk")
    window.case.claims.update("8bb6f14a-714e-4fdc-89f6-05418818a00b", claimant="Our wording")
    data |= {"Their wording", "Our wording", "The ferry to Sakhalin stopped running in 2021"}
    answers.open_paths = [bundle]
    with qtbot.waitSignal(window.bundle_transfer.preview_shown, timeout=20_000):
        window.action_import_bundle.trigger()
    dialog = window.bundle_transfer.preview_dialog
    assert dialog is not None
    dialog.resize(1200, 800)
    check(qtbot, dialog, data | {bundle.name})
    dialog.close()

    sheet = tmp_path / "archive.csv"
    sheet.write_text("Claim,Rating\nThe lake is pink,Satire\n", encoding="utf-8")
    answers.open_paths = [sheet]
    with qtbot.waitSignal(window.file_import.preview_shown, timeout=20_000):
        window.action_import_files.trigger()
    dialog = window.file_import.dialog
    assert dialog is not None
    dialog.resize(1200, 800)
    check(qtbot, dialog, data | {"The lake is pink", "Satire", "Claim", "Rating", sheet.name})
    dialog.close()

"""A fact-checker's core loop by keyboard alone: new claim, three graded sources, a
verdict, publish, report.  Every step is a key press sent to whatever has the focus."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget

from factdesk.gui.main_window import MainWindow
from tests.gui.conftest import Answers

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    modal = QApplication.activeModalWidget()
    if modal is not None and (widget is None or widget.window() is not modal):
        # A window manager activates a dialog when it opens; offscreen, do what it would.
        modal.activateWindow()
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not modal:
            modal.focusNextChild()
            widget = QApplication.focusWidget()
    if widget is None:
        # A dialog just closed: a window manager gives the window its focus back; the
        # offscreen platform has none, so do what it would.
        for top in QApplication.topLevelWidgets():
            if isinstance(top, MainWindow) and top.isVisible():
                top.activateWindow()
                QApplication.processEvents()
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def type_in(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab(qtbot: Any, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def pick(qtbot: Any, label_start: str) -> None:
    """Choose an entry of the focused drop-down with the arrow keys."""
    combo = focused()
    assert isinstance(combo, QComboBox), f"expected a drop-down, focus is on {combo}"
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(label_start):
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"{label_start!r} is not offered by {combo.accessibleName()}")


SOURCES = [
    (
        "Health ministry advice on hot water",
        "https://health.example.gov/advice/hot-water",
        "Ministry of Health",
        "A",
        "1",
    ),
    (
        "Fact sheet: heat does not kill the virus",
        "https://who.example.int/myths/heat",
        "World Health Organization",
        "A",
        "2",
    ),
    (
        "Reuters check of the same message",
        "https://reuters.example.com/fact-check/hot-water",
        "Reuters",
        "B",
        "2",
    ),
]


@pytest.mark.slow
def test_the_core_loop_needs_no_mouse(
    qtbot: Any, make_window: Any, case_path: Path, tmp_path: Path, answers: Answers
) -> None:
    window: MainWindow = make_window(case_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None or window.isActiveWindow())
    window.setFocus()

    # A new claim.
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.new_claim_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.text.hasFocus())
    type_in(qtbot, "Drinking hot water every 15 minutes kills the virus")
    tab(qtbot)
    assert focused() is dialog.claimant
    type_in(qtbot, "A viral message")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    claim_id = window.claim_list.current_id
    assert claim_id is not None

    # Three sources, each with its grading, from the field the cursor is in.
    for n, (title, url, publisher, reliability, credibility) in enumerate(SOURCES):
        press(qtbot, Qt.Key.Key_E, CTRL)  # works even from a one-line field
        qtbot.waitUntil(lambda: window.evidence.form.title.hasFocus())
        type_in(qtbot, title)
        tab(qtbot)
        assert focused() is window.evidence.form.url
        type_in(qtbot, url)
        tab(qtbot, 2)  # past the Open button
        assert focused() is window.evidence.form.publisher
        type_in(qtbot, publisher)
        tab(qtbot, 4)  # author, published, accessed (filled in with now), kind
        pick(qtbot, "Article")
        tab(qtbot)
        pick(qtbot, "Refutes")
        tab(qtbot)
        pick(qtbot, reliability)
        tab(qtbot)
        pick(qtbot, credibility)
        tab(qtbot)
        assert focused() is window.evidence.form.excerpt
        type_in(qtbot, f"Quote {n + 1}")
        tab(qtbot)  # leaving the excerpt saves it
    claim = window.case.claims.get(claim_id)
    assert [(e.title, e.publisher, e.grading, e.stance) for e in claim.evidence] == [
        (t, p, r + c, "refutes") for t, _u, p, r, c in SOURCES
    ]
    assert all(e.accessed_at is not None and e.excerpt for e in claim.evidence)

    # The verdict.
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert focused() is window.verdict.rating
    pick(qtbot, "False")
    tab(qtbot)
    assert focused() is window.verdict.summary
    type_in(qtbot, "Hot water does not kill the virus")
    tab(qtbot, 4)  # reviewer, date, Preview
    assert focused() is window.verdict.rationale
    type_in(qtbot, "Three health authorities say heat in a drink does not reach the virus.")
    tab(qtbot)
    verdict = window.case.verdicts.get(claim_id)
    assert verdict is not None and verdict.rating == "false"
    assert verdict.summary == "Hot water does not kill the virus" and verdict.rationale

    # Publish: every rule is met, so nothing is asked.
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert window.case.claims.get(claim_id).status == "published"
    assert not answers.confirmations

    # The report.
    target = tmp_path / "hot-water.html"
    answers.save_path = target
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    export_dialog = window.report_export.dialog
    assert isinstance(export_dialog, QDialog)
    qtbot.waitUntil(export_dialog.isVisible)
    press(qtbot, Qt.Key.Key_Return)
    # A report for publication names its publisher: the dialog waits in that field.
    assert export_dialog.isVisible() and not target.exists()
    assert focused() is export_dialog.organisation
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_in(qtbot, "Harbour Fact Desk")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=20000)
    assert "Hot water does not kill the virus" in target.read_text(encoding="utf-8")


def test_window_shortcuts_work_from_one_line_fields(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    window.activateWindow()
    before = len(window.evidence.claim.evidence)  # type: ignore[union-attr]
    title = window.evidence.form.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_E, CTRL)
    assert len(window.case.claims.get(window.evidence.claim.id).evidence) == before + 1  # type: ignore[union-attr]
    claimant = window.evidence.claim_form.claimant
    claimant.setFocus()
    qtbot.waitUntil(claimant.hasFocus)
    qtbot.keyClick(claimant, Qt.Key.Key_F, CTRL)
    assert window.claim_list.search.hasFocus()


def test_tab_follows_the_evidence_form_top_to_bottom(qtbot: Any, sample_window: MainWindow) -> None:
    form = sample_window.evidence.form
    order = [
        form.title,
        form.url,
        form.url_row.open_button,
        form.publisher,
        form.author,
        form.published_on,
        form.accessed_at,
        form.kind,
        form.stance,
        form.reliability,
        form.credibility,
        form.excerpt,
        form.notes,
    ]
    for first, second in itertools.pairwise(order):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second, (
            f"{first.accessibleName()} -> {second.accessibleName()}"
        )
    tops = [
        w.mapTo(form, w.rect().topLeft()).y() for w in order if w is not form.url_row.open_button
    ]
    assert tops == sorted(tops), "Tab must go down the form in the order it is seen"


def _next_focusable(widget: QWidget) -> QWidget:
    nxt = widget.nextInFocusChain()
    while nxt is not None and nxt.focusPolicy() == Qt.FocusPolicy.NoFocus:
        nxt = nxt.nextInFocusChain()
    return nxt


def test_a_wrong_date_is_explained_under_the_field(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    form = sample_window.evidence.form
    field: QLineEdit = form.published_on
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "31/02/2023")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not answers.errors  # no box
    assert form.date_problem.isVisible() and "YYYY-MM-DD" in form.date_problem.text()
    assert form.published_on.placeholderText() == "YYYY-MM-DD"
    qtbot.waitUntil(field.hasFocus)  # the cursor goes back to the date
    assert field.text() == "31/02/2023"  # nothing typed is lost
    field.selectAll()
    qtbot.keyClicks(field, "2023-02-28")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not form.date_problem.isVisible()
    assert form.evidence is not None
    assert (
        sample_window.case.evidence.get(form.evidence.id).published_on.isoformat() == "2023-02-28"
    )


def test_publish_anyway_defaults_to_cancel(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from factdesk.gui import messages

    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not messages.confirm(
        None, "Publish anyway?", "Rules unmet", action="Publish anyway", safe_default=True
    )
    box = shown[-1]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_the_first_start_asks_for_a_name_once(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    from factdesk.gui.dialogs.first_start import NameDialog

    dialog = NameDialog("Ana Lima")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Ana Lima"
    dialog.name.clear()
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Ben Okafor")
    assert ok.isEnabled() and dialog.value() == "Ben Okafor"


def test_a_search_shows_its_first_result(qtbot: Any, sample_window: MainWindow) -> None:
    pane = sample_window.claim_list
    case = sample_window.case
    first = case.claims.list_ids()[0]
    wanted = case.claims.create("Zanzibar ferries were cancelled").id
    sample_window.controller.poll()
    pane.select_claim(first)
    pane.search.setText("zanzibar")
    pane._search_now()
    assert pane.model.ids() == [wanted]
    assert pane.current_id == wanted
    assert sample_window.evidence.claim is not None and sample_window.evidence.claim.id == wanted


def test_unrated_claims_have_a_filter(qtbot: Any, sample_window: MainWindow) -> None:
    from factdesk.services.records import UNRATED
    from tests.gui.helpers import choose

    pane = sample_window.claim_list
    choose(pane.rating_filter, UNRATED)
    shown = pane.model.ids()
    assert shown and all(sample_window.case.claims.get(c).rating is None for c in shown)

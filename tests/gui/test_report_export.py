"""File → Export report… as a journalist uses it: choose claims, a file, read the warnings."""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from factdesk.gui import report_export, window_state
from factdesk.gui.main_window import MainWindow
from factdesk.settings import load_settings
from tests.gui.conftest import Answers

MAIN = "8bb6f14a-714e-4fdc-89f6-05418818a00b"  # unproven, 7 evidence items
HOKKAIDO = "84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6"  # false
ISLANDS = "b48ecc59-fb66-4ba8-b109-d6b2c89bab78"  # no verdict yet


def select_rows(window: MainWindow, *claim_ids: str) -> None:
    """Click the first claim, Ctrl-click the others."""
    window.claim_list.select_claim(claim_ids[0])
    selection = window.claim_list.table.selectionModel()
    model = window.claim_list.model
    for claim_id in claim_ids[1:]:
        selection.select(
            model.index(model.row_of(claim_id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def export(qtbot: Any, window: MainWindow, **options: Any) -> str:
    """Open the dialog, set ``options`` (title, notes, all_claims, organisation, article),
    press Export…; the outcome."""
    window.action_export_report.trigger()
    dialog = window.report_export.dialog
    assert dialog is not None and dialog.isVisible()
    if options.get("all_claims"):
        dialog.all_button.click()
    if "title" in options:
        qtbot.keyClicks(dialog.title, options["title"])
    if options.get("notes"):
        dialog.include_notes.click()
    for name, field in (("organisation", dialog.organisation), ("article", dialog.article_url)):
        if name in options:
            field.selectAll()
            qtbot.keyClicks(field, options[name])
    with qtbot.waitSignal(window.report_export.finished, timeout=10_000) as outcome:
        dialog.export_button.click()
    return str(outcome.args[0])


def test_report_on_the_selected_claim_uses_the_settings_and_opens_in_the_browser(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    window = sample_window
    window.action_settings.trigger()
    settings_dialog = window.settings_dialog
    settings_dialog.organisation.setText("The Harbour Desk")
    settings_dialog.publication_url.setText("https://desk.example.org/")
    settings_dialog.accept()
    assert load_settings().organisation == "The Harbour Desk"

    window.claim_list.select_claim(MAIN)
    target = tmp_path / "out" / "main-claim.html"
    target.parent.mkdir()
    answers.save_path = target
    # The article URL starts as the organisation's address, to be completed.
    assert export(qtbot, window, article="https://desk.example.org/checks/russia-japan") == (
        "written"
    )

    page = target.read_text(encoding="utf-8")
    claim = window.case.claims.get(MAIN)
    assert html.escape(claim.text, quote=False) in page
    assert "The Harbour Desk" in page
    assert "https://desk.example.org/checks/russia-japan" in page
    other = window.case.claims.get(HOKKAIDO)
    assert html.escape(other.text, quote=False) not in page
    assert str(target) in answers.offers[-1]
    assert Path(answers.opened_urls[-1].toLocalFile()) == target
    assert answers.errors == []


def test_several_selected_claims_or_all_of_them(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    window = sample_window
    texts = {cid: window.case.claims.get(cid).text for cid in (MAIN, HOKKAIDO, ISLANDS)}
    select_rows(window, HOKKAIDO, ISLANDS)
    assert window.claim_list.selected_ids() == [
        c for c in window.claim_list.model.ids() if c in (HOKKAIDO, ISLANDS)
    ]
    answers.offer = False  # Close instead of opening the browser
    two = tmp_path / "two.html"
    answers.save_path = two
    # An internal review copy may name no organisation yet.
    assert export(qtbot, window, title="Two rumours", notes=True) == "written"
    page = two.read_text(encoding="utf-8")
    assert "Two rumours" in page
    assert html.escape(texts[HOKKAIDO], quote=False) in page
    assert html.escape(texts[ISLANDS], quote=False) in page
    assert html.escape(texts[MAIN], quote=False) not in page
    assert answers.opened_urls == []

    everything = tmp_path / "everything"  # no suffix typed: .html is added
    answers.save_path = everything
    assert export(qtbot, window, all_claims=True, organisation="Harbour Desk") == "written"
    page = (tmp_path / "everything.html").read_text(encoding="utf-8")
    assert all(html.escape(t, quote=False) in page for t in texts.values())
    # No article URL given: the report says so before it is published.
    assert "no article url" in answers.offers[-1].lower()


def test_cancelled_export_leaves_no_file(
    qtbot: Any,
    sample_window: MainWindow,
    tmp_path: Path,
    answers: Answers,
    monkeypatch: Any,
) -> None:
    window = sample_window
    window.claim_list.select_claim(MAIN)
    gate = threading.Event()
    real_export = report_export.export_report

    def held_export(*args: Any, **kwargs: Any) -> Any:
        gate.wait(5)  # the rendering waits until the user has pressed Cancel
        return real_export(*args, **kwargs)

    monkeypatch.setattr(report_export, "export_report", held_export)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.html"
    answers.save_path = target
    window.action_export_report.trigger()
    window.report_export.dialog.include_notes.click()
    with qtbot.waitSignal(window.report_export.finished, timeout=10_000) as outcome:
        window.report_export.dialog.export_button.click()
        progress = window.report_export.task.dialog
        qtbot.waitUntil(progress.isVisible, timeout=3000)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        gate.set()
    assert outcome.args == ["cancelled"]
    assert list(out.iterdir()) == []  # neither the report nor a temporary file
    assert answers.errors == [] and answers.offers == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_failed_export_says_why_and_writes_nothing(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    answers.save_path = tmp_path / "out" / "no such folder" / "report.html"
    (tmp_path / "out").mkdir()
    assert export(qtbot, sample_window, organisation="Harbour Desk") == "failed"
    assert "does not exist" in answers.errors[-1]
    assert list((tmp_path / "out").iterdir()) == []


def test_export_report_is_offered_only_with_claims(window: MainWindow) -> None:
    assert not window.action_export_report.isEnabled()


def test_default_report_name_comes_from_the_claim_or_the_case_file(
    sample_window: MainWindow,
) -> None:
    case = sample_window.case
    one = report_export.default_report_path(case, "Russia was preparing to invade Japan!")
    # The first report goes to the documents folder; later ones where the last one went.
    assert one == window_state.documents_folder() / "russia-was-preparing-to-invade-japan.html"
    assert report_export.default_report_path(case, None).name == f"{case.path.stem}.html"


def test_settings_refuse_a_publication_url_that_is_not_a_web_address(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    window = sample_window
    window.action_settings.trigger()
    dialog = window.settings_dialog
    dialog.publication_url.setText("desk.example.org/checks")
    dialog.accept()
    assert dialog.isVisible() and "not a web address" in answers.errors[-1]
    dialog.publication_url.setText("https://desk.example.org/checks")
    dialog.accept()
    assert not dialog.isVisible()
    assert load_settings().publication_url == "https://desk.example.org/checks"


def test_deleting_several_selected_claims_is_one_undoable_step(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    window = sample_window
    select_rows(window, HOKKAIDO, ISLANDS)
    window.action_delete_claim.trigger()
    assert "these 2 claims" in answers.confirmations[-1]
    assert window.case.claims.count() == 1
    window.action_undo.trigger()
    assert window.case.claims.count() == 3
    assert window.case.claims.get(ISLANDS).text


def test_a_report_for_publication_waits_for_the_organisations_name(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    window = sample_window
    window.claim_list.select_claim(MAIN)
    target = tmp_path / "report.html"
    answers.save_path = target
    window.action_export_report.trigger()
    dialog = window.report_export.dialog
    assert dialog.organisation.text() == "FactDesk"  # as the settings start
    dialog.export_button.click()
    # Nothing is written; the dialog stays, says why beside the fields, and waits in the field.
    assert dialog.isVisible() and not target.exists()
    assert dialog.problem.isVisible()
    assert dialog.problem.textFormat() == Qt.TextFormat.PlainText
    assert "still “FactDesk”, the program's name" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.organisation
    dialog.organisation.selectAll()
    qtbot.keyClicks(dialog.organisation, "Harbour Fact Desk")
    dialog.organisation_url.setText("https://harbour.example/")
    dialog.article_url.setText("https://harbour.example/")
    dialog.export_button.click()  # the organisation's own address is not this article's
    assert dialog.isVisible() and "this fact-check's own page" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.article_url
    qtbot.keyClicks(dialog.article_url, "checks/japan-2021")
    with qtbot.waitSignal(window.report_export.finished, timeout=10_000):
        dialog.export_button.click()
    page = target.read_text(encoding="utf-8")
    assert "Harbour Fact Desk" in page and "https://harbour.example/checks/japan-2021" in page
    assert "Internal review copy" not in page
    # The organisation and its address are remembered; each article's address is not.
    assert load_settings().organisation == "Harbour Fact Desk"
    assert load_settings().publication_url == "https://harbour.example/"
    window.action_export_report.trigger()
    again = window.report_export.dialog
    assert again.organisation.text() == "Harbour Fact Desk"
    assert again.article_url.text() == "https://harbour.example/"
    again.reject()

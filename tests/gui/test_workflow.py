"""A journalist's day in the window: claim, evidence, attachment, verdict, undo, reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from tests.gui.conftest import Answers
from tests.gui.helpers import choose, type_line, type_text

CLAIM = "The new bridge cost twice what the council promised"


def create_claim(qtbot: Any, window: MainWindow, text: str = CLAIM) -> str:
    window.action_new_claim.trigger()
    dialog = window.new_claim_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.text, text)
    qtbot.keyClicks(dialog.claimant, "Mayor Jane Doe")
    dialog.buttons.accepted.emit()
    claim_id = window.claim_list.current_id
    assert claim_id is not None
    return claim_id


@pytest.mark.slow
def test_full_day_of_work_survives_undo_redo_and_reopen(
    qtbot: Any, make_window: Any, case_path: Path, tmp_path: Path, answers: Answers
) -> None:
    window: MainWindow = make_window(case_path)
    assert window.stack.currentWidget() is window.empty_state

    # A claim, from the empty state's button.
    window.empty_state.new_button.click()
    dialog = window.new_claim_dialog
    qtbot.keyClicks(dialog.text, CLAIM)
    qtbot.keyClicks(dialog.claimant, "Mayor Jane Doe")
    dialog.buttons.accepted.emit()
    claim_id = window.claim_list.current_id
    assert claim_id is not None
    assert window.stack.currentWidget() is window.splitter
    assert window.evidence.claim_form.claimant.text() == "Mayor Jane Doe"
    assert window.claim_list.model.rowCount() == 1

    # Its fields, saved as they are typed.
    form = window.evidence.claim_form
    type_line(qtbot, form.tags, "infrastructure, budget")
    choose(form.status, "researching")
    assert window.case.claims.get(claim_id).tags == ("budget", "infrastructure")
    assert window.case.claims.get(claim_id).status == "researching"

    # Evidence with an attachment.
    window.evidence.add_action.trigger()
    ev_form = window.evidence.form
    assert ev_form.evidence is not None
    type_line(qtbot, ev_form.title, "Council budget 2023")
    type_line(qtbot, ev_form.url, "https://example.org/budget.pdf")
    type_line(qtbot, ev_form.publisher, "City Council")
    choose(ev_form.stance, "refutes")
    choose(ev_form.reliability, "B")
    choose(ev_form.credibility, 2)
    type_text(qtbot, ev_form.excerpt, "Total: 40 million")
    window.controller.flush_edits()
    scan = tmp_path / "invoice.txt"
    scan.write_bytes(b"invoice 40,000,000")
    answers.open_paths = [scan]
    ev_form.attachments.add_button.click()
    evidence = window.case.evidence.list(claim_id)
    assert len(evidence) == 1
    item = evidence[0]
    assert (item.title, item.stance, item.grading, item.excerpt) == (
        "Council budget 2023",
        "refutes",
        "B2",
        "Total: 40 million",
    )
    assert [a.filename for a in item.attachments] == ["invoice.txt"]
    assert "B2" in window.evidence.model.data(window.evidence.model.index(0))
    assert "invoice.txt" in ev_form.attachments.list.item(0).text()

    # A verdict.
    verdict = window.verdict
    choose(verdict.rating, "false")
    type_line(qtbot, verdict.summary, "It cost the same as promised.")
    type_text(qtbot, verdict.rationale, "The **budget** shows 40 million.")
    window.controller.flush_edits()
    saved = window.case.verdicts.get(claim_id)
    assert saved is not None
    assert (saved.rating, saved.summary, saved.rationale, saved.reviewer) == (
        "false",
        "It cost the same as promised.",
        "The **budget** shows 40 million.",
        "Test Reporter",
    )
    assert verdict.rating_badge.text() == "FALSE"
    row = window.claim_list.model.row_of(claim_id)
    assert window.claim_list.model.index(row, 3).data() == "False"

    # Undo everything step by step, then redo it all.
    stack = window.controller.undo_stack
    steps = stack.count()
    assert steps >= 12
    for _ in range(steps):
        window.action_undo.trigger()
    assert window.case.claims.count() == 0
    assert window.stack.currentWidget() is window.empty_state
    for _ in range(steps):
        window.action_redo.trigger()
    claim = window.case.claims.get(claim_id)
    assert claim.verdict is not None and claim.verdict.rating == "false"
    assert claim.evidence[0].attachments[0].filename == "invoice.txt"
    assert claim.tags == ("budget", "infrastructure")
    assert window.claim_list.current_id == claim_id
    assert answers.errors == []

    window.close()
    reopened: MainWindow = make_window(case_path)
    assert reopened.claim_list.current_id == claim_id
    assert reopened.evidence.claim_form.text.toPlainText() == CLAIM
    assert reopened.verdict.summary.text() == "It cost the same as promised."
    assert reopened.evidence.form.attachments.list.count() == 1


def test_delete_claim_asks_and_undo_brings_everything_back(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    window = sample_window
    model = window.claim_list.model
    main_id = next(cid for cid in model.ids() if len(window.case.evidence.list(cid)) == 7)
    window.claim_list.select_claim(main_id)
    before = window.case.claims.get(main_id)

    answers.confirm = False
    window.action_delete_claim.trigger()
    assert model.rowCount() == 3 and answers.confirmations

    answers.confirm = True
    window.action_delete_claim.trigger()
    assert model.rowCount() == 2
    assert model.row_of(main_id) == -1

    window.action_undo.trigger()
    assert model.rowCount() == 3
    assert window.claim_list.current_id == main_id
    assert window.case.claims.get(main_id) == before
    assert window.evidence.model.rowCount() == 7


def test_search_and_filters_narrow_the_list(qtbot: Any, sample_window: MainWindow) -> None:
    pane = sample_window.claim_list
    qtbot.keyClicks(pane.search, "Hokkaido")
    qtbot.waitUntil(lambda: pane.model.filter.search == "Hokkaido", timeout=2000)
    found = pane.model.rowCount()
    assert 0 < found < 3
    assert "found" in pane.count_label.text()
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=2000)

    rated = sample_window.case.verdicts.get(pane.model.claim_id(0)) or next(
        sample_window.case.verdicts.get(cid)
        for cid in pane.model.ids()
        if sample_window.case.verdicts.get(cid)
    )
    choose(pane.rating_filter, rated.rating)
    assert pane.model.rowCount() >= 1
    assert all(pane.model.index(r, 3).data() for r in range(pane.model.rowCount()))
    choose(pane.rating_filter, None)
    choose(pane.status_filter, "archived")
    assert pane.model.rowCount() == 0
    assert pane.count_label.text() == "0 claims found"


def test_sorting_by_a_column_asks_the_services(sample_window: MainWindow) -> None:
    pane = sample_window.claim_list
    pane.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    counts = [int(pane.model.index(r, 4).data()) for r in range(pane.model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] == 7
    pane.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    counts = [int(pane.model.index(r, 4).data()) for r in range(pane.model.rowCount())]
    assert counts == sorted(counts)


def test_new_claim_dialog_shows_claims_checked_before(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.action_new_claim.trigger()
    dialog = window.new_claim_dialog
    qtbot.keyClicks(dialog.text, "Russia will invade Japan")
    qtbot.waitUntil(lambda: dialog.similar.isVisible(), timeout=2000)
    assert dialog.similar.list.count() >= 1
    target = dialog.similar.list.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.similar.list.itemActivated.emit(dialog.similar.list.item(0))
    assert not dialog.isVisible()
    assert window.claim_list.current_id == target
    assert window.case.claims.count() == 3


def test_bad_url_is_reported_not_saved(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    form = sample_window.evidence.form
    before = form.evidence
    type_line(qtbot, form.url, "not a web address")
    assert answers.errors and "web address" in answers.errors[0]
    assert sample_window.case.evidence.get(before.id).url == before.url


def test_reopening_another_process_change_is_noticed(
    qtbot: Any, sample_window: MainWindow, case_path: Path
) -> None:
    window = sample_window
    current = window.claim_list.current_id
    with open_case(case_path, author="Colleague") as other:
        other.claims.update(current, claimant="Somebody else")
        other.claims.create("A claim typed by a colleague")
    window.controller.poll()
    assert window.claim_list.model.rowCount() == 4
    assert window.evidence.claim_form.claimant.text() == "Somebody else"

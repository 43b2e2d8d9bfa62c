"""File → Import…, File → Export spreadsheet…, Edit → Rating scale… and "checked before?"."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

import factdesk.services.imports as imports
from factdesk.gui.dialogs.import_files import ImportFilesDialog
from factdesk.gui.main_window import MainWindow
from tests.conftest import shared_file
from tests.gui.conftest import Answers
from tests.gui.helpers import choose, type_text
from tests.helpers import table_dump


def open_preview(qtbot: Any, window: MainWindow, paths: list[Path], answers: Answers) -> Any:
    answers.open_paths = paths
    with qtbot.waitSignal(window.file_import.preview_shown, timeout=20_000):
        window.action_import_files.trigger()
    dialog = window.file_import.dialog
    assert isinstance(dialog, ImportFilesDialog) and dialog.isVisible()
    return dialog


def test_saved_pages_are_previewed_then_imported(
    qtbot: Any, window: MainWindow, answers: Answers
) -> None:
    pages = [
        shared_file("realdata", "claimreview", "pages", name)
        for name in ("afp_factuel.html", "newtral_fact_check.html")
    ]
    dialog = open_preview(qtbot, window, pages, answers)
    assert window.case.claims.count() == 0  # a preview writes nothing
    assert "2 claims to add" in dialog.summary.text()
    assert dialog.labels.rowCount() == 2
    labels = {dialog.labels.item(r, 1).text(): dialog.labels.cellWidget(r, 3) for r in range(2)}
    assert labels["Faux"].currentData() == "false"
    assert labels["Engañoso"].currentData() == "misleading"
    assert dialog.items.topLevelItemCount() == 2
    with qtbot.waitSignal(window.file_import.finished, timeout=20_000) as outcome:
        dialog.import_button.click()
    assert outcome.args == ["imported"]
    assert "Added: 2 claims" in answers.infos[-1]
    assert window.claim_list.model.rowCount() == 2


def test_changing_a_label_mapping_needs_a_new_preview(
    qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = tmp_path / "archive.csv"
    path.write_text("Claim,Rating\nThe lake is pink,Satire\n", encoding="utf-8")
    dialog = open_preview(qtbot, window, [path], answers)
    combo: QComboBox = dialog.labels.cellWidget(0, 3)
    assert combo.currentData() == "__none__"
    assert combo.toolTip() == "not mapped"
    choose(combo, "__new__")
    assert not dialog.import_button.isEnabled() and dialog.update_button.isEnabled()
    with qtbot.waitSignal(window.file_import.preview_shown, timeout=20_000, raising=False):
        dialog.update_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.labels.cellWidget(0, 3).currentData() == "__new__"
    with qtbot.waitSignal(window.file_import.finished, timeout=20_000):
        dialog.import_button.click()
    assert window.case.ratings.by_key()["satire"].label == "Satire"


def test_columns_are_mapped_by_eye_when_there_is_no_header(
    qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = tmp_path / "rows.tsv"
    path.write_text("1.json\tpants-fire\tWind farms cause cancer\tbob\n", encoding="utf-8")
    dialog = open_preview(qtbot, window, [path], answers)
    assert not dialog.import_button.isEnabled()
    assert dialog.columns.rowCount() == 4
    choose(dialog.columns.cellWidget(1, 2), "rating")
    choose(dialog.columns.cellWidget(2, 2), "claim")
    choose(dialog.columns.cellWidget(3, 2), "claimant")
    dialog.update_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "1 claim to add" in dialog.summary.text()
    with qtbot.waitSignal(window.file_import.finished, timeout=20_000):
        dialog.import_button.click()
    (claim,) = window.case.claims.get_many(window.case.claims.list_ids())
    assert (claim.text, claim.claimant) == ("Wind farms cause cancer", "bob")
    assert claim.evidence[0].stance == "refutes"


def test_a_refused_file_says_why_and_changes_nothing(
    qtbot: Any, sample_window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window = sample_window
    before = table_dump(window.case.path)
    path = tmp_path / "deep.json"
    path.write_text("[" * 3000 + "]" * 3000, encoding="utf-8")
    answers.open_paths = [path]
    with qtbot.waitSignal(window.file_import.finished, timeout=20_000) as outcome:
        window.action_import_files.trigger()
    assert outcome.args == ["failed"]
    assert "deep.json: is nested 3,000 levels deep" in answers.errors[-1]
    assert table_dump(window.case.path) == before


def test_cancel_during_import_leaves_the_case_file_as_it_was(
    qtbot: Any,
    sample_window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    window = sample_window
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Claim,Rating\n")
        for n in range(5000):
            fh.write(f"Claim number {n} about the harbour,False\n")
    before = table_dump(window.case.path)
    halfway, go_on = threading.Event(), threading.Event()
    real = imports.run_import

    def held(case: Any, paths: Any, options: Any, progress: Any) -> Any:
        forward = progress.callback

        def report(done: int, total: int, what: str) -> None:
            forward(done, total, what)
            if done and not halfway.is_set():
                halfway.set()
                go_on.wait(5)

        progress.callback = report
        return real(case, paths, options, progress)

    monkeypatch.setattr(imports, "run_import", held)
    dialog = open_preview(qtbot, window, [path], answers)
    with qtbot.waitSignal(window.file_import.finished, timeout=30_000) as outcome:
        dialog.import_button.click()
        qtbot.waitUntil(halfway.is_set, timeout=10_000)
        progress = window.file_import.task.dialog
        qtbot.waitUntil(progress.isVisible, timeout=5000)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        go_on.set()
    assert outcome.args == ["cancelled"]
    assert "Nothing was imported" in answers.infos[-1]
    after = table_dump(window.case.path)
    assert {k: v for k, v in after.items() if k != "search_docs"} == {
        k: v for k, v in before.items() if k != "search_docs"
    }
    assert window.case.claims.count() == 3


def test_export_spreadsheet(
    qtbot: Any, sample_window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window = sample_window
    answers.save_path = tmp_path / "claims.csv"
    window.action_export_spreadsheet.trigger()
    dialog = window.file_import.export_dialog
    dialog.scope.all_button.click()
    with qtbot.waitSignal(window.file_import.finished, timeout=20_000):
        dialog.accept()
    assert "Wrote 3 claims" in answers.infos[-1]
    with (tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 4


def test_rating_scale_editor_renames_merges_and_undoes(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.action_rating_scale.trigger()
    dialog = window.file_import.scale_dialog
    assert dialog is not None and dialog.isVisible()
    keys = [r.key for r in dialog.model.ratings]
    row = keys.index("unproven")
    table = dialog.table
    index = dialog.model.index(row, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = table.viewport().findChildren(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Not proven")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: window.case.ratings.by_key()["unproven"].label == "Not proven")
    # the main claim's verdict is unproven: merge it into misleading
    dialog.select("unproven")
    choose(dialog.merge_target, "misleading")
    dialog.merge_button.click()
    assert "unproven" not in window.case.ratings.by_key()
    assert window.case.verdicts.get("8bb6f14a").rating == "misleading"  # type: ignore[union-attr]
    window.action_undo.trigger()
    assert window.case.verdicts.get("8bb6f14a").rating == "unproven"  # type: ignore[union-attr]
    assert [r.key for r in dialog.model.ratings] == keys
    window.action_undo.trigger()
    assert window.case.ratings.by_key()["unproven"].label == "Unproven"
    dialog.select("true")
    dialog.down_button.click()
    assert [r.key for r in window.case.ratings.scale()][:2] == ["mostly-true", "true"]
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or not label.text()


def test_checked_before_lists_imported_fact_checks_and_can_be_dismissed(
    qtbot: Any, window: MainWindow
) -> None:
    from factdesk.services.imports import ImportOptions, run_import

    page = shared_file("realdata", "claimreview", "pages", "afp_factuel.html")
    run_import(window.case, [page], ImportOptions())
    window.controller.poll()
    window.action_new_claim.trigger()
    dialog = window.new_claim_dialog
    qtbot.keyClicks(dialog.text, "Le Mali rompt avec la France")
    qtbot.waitUntil(lambda: dialog.similar.isVisible(), timeout=3000)
    text = dialog.similar.list.item(0).text()
    assert "Checked by AFP on 2022-01-28: Faux" in text
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    form = window.evidence.claim_form
    qtbot.waitUntil(lambda: form.claim is not None and form.claim.text.startswith("Le Mali r"))
    form.update_similar()
    qtbot.waitUntil(form.similar.isVisible)  # looked up in the background
    form.similar.dismiss_button.click()
    assert not form.similar.isVisible()
    assert window.case.checked_before.dismissed(form.claim.id)
    type_text(qtbot, form.text, "Le Mali a rompu avec la France")
    form.update_similar()
    qtbot.waitUntil(lambda: not form.similar_lookup.busy)
    assert not form.similar.isVisible()  # stays dismissed

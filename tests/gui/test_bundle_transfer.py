"""File → Export bundle… and Import bundle…: a colleague's work into another case file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

import factdesk.services.bundles as bundles
from factdesk.gui.dialogs.import_preview import ImportPreviewDialog
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.services.bundles import export_bundle, inspect_bundle
from factdesk.services.sample import load_sample_case
from tests.gui.bulk import bulk_claims
from tests.gui.conftest import Answers
from tests.gui.helpers import choose
from tests.helpers import table_dump

MAIN = "8bb6f14a-714e-4fdc-89f6-05418818a00b"
HOKKAIDO = "84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6"
ISLANDS = "b48ecc59-fb66-4ba8-b109-d6b2c89bab78"


def export_from(qtbot: Any, window: MainWindow, target: Path, answers: Answers, **kw: Any) -> str:
    answers.save_path = target
    window.action_export_bundle.trigger()
    dialog = window.bundle_transfer.export_dialog
    assert dialog is not None and dialog.isVisible()
    if kw.get("all_claims"):
        dialog.scope.all_button.click()
    if kw.get("tag"):
        choose(dialog.scope.tag, kw["tag"])
    if kw.get("title"):
        qtbot.keyClicks(dialog.title, kw["title"])
    with qtbot.waitSignal(window.bundle_transfer.finished, timeout=10_000) as outcome:
        dialog.export_button.click()
    return str(outcome.args[0])


def open_preview(qtbot: Any, window: MainWindow, bundle: Path, answers: Answers) -> Any:
    answers.open_paths = [bundle]
    with qtbot.waitSignal(window.bundle_transfer.preview_shown, timeout=10_000):
        window.action_import_bundle.trigger()
    dialog = window.bundle_transfer.preview_dialog
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    return dialog


def select_conflict(dialog: ImportPreviewDialog, claim_id: str) -> None:
    ids = [c.claim_id for c in dialog.plan.conflicts]
    dialog.conflict_list.setCurrentRow(ids.index(claim_id))


def test_a_bundle_goes_into_another_case_file_with_each_conflict_settled(
    qtbot: Any,
    sample_window: MainWindow,
    make_window: Any,
    tmp_path: Path,
    answers: Answers,
) -> None:
    # Ana's case file: the sample case and one new claim.
    ana = sample_window
    fresh = ana.case.claims.create("The ferry to Sakhalin stopped running in 2021").id
    bundle = tmp_path / "out" / "ana.factbundle"
    bundle.parent.mkdir()
    assert export_from(qtbot, ana, bundle, answers, all_claims=True, title="Ana's work") == (
        "exported"
    )
    assert "Exported 4 claims" in answers.infos[-1]
    contents = inspect_bundle(bundle)
    assert contents.title == "Ana's work" and contents.created_by == "Test Reporter"
    assert len(contents.claims) == 4

    # Ben's case file: the sample case, with three claims edited differently.
    ben_path = tmp_path / "ben.factdesk"
    with open_case(ben_path, author="Ben") as ben_case:
        load_sample_case(ben_case)
        ben_case.claims.update(MAIN, claimant="Ben's own wording")
        ben_case.claims.update(HOKKAIDO, text="Russia planned a landing on Hokkaido (Ben)")
        ben_case.claims.update(ISLANDS, status="in_review")
    ben: MainWindow = make_window(ben_path)
    dialog = open_preview(qtbot, ben, bundle, answers)

    assert [c.claim_id for c in dialog.plan.conflicts] == sorted([MAIN, HOKKAIDO, ISLANDS])
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "&Conflicts (3)"
    assert dialog.group_items["add"].childCount() == 1
    assert dialog.group_items["add"].child(0).data(0, Qt.ItemDataRole.UserRole) == fresh
    select_conflict(dialog, MAIN)
    assert dialog.comparison.different == ["Claimant"]
    assert dialog.comparison.item(1, 0).text() == "Ben's own wording"
    assert dialog.comparison.item(1, 1).text().startswith("An unnamed FSB whistleblower")
    assert dialog.comparison.verticalHeaderItem(4).text() == "Evidence"
    assert dialog.comparison.item(4, 0).text().startswith("7 items")
    assert "Unproven" in dialog.comparison.item(5, 1).text()
    select_conflict(dialog, HOKKAIDO)
    assert dialog.comparison.different == ["Claim"]

    # Take theirs for every conflict, except: keep both for one, keep mine for another.
    choose(dialog.policy, "theirs")
    assert set(dialog.choices().values()) == {"theirs"}
    select_conflict(dialog, HOKKAIDO)
    dialog.choice_buttons["copy"].click()
    select_conflict(dialog, ISLANDS)
    dialog.choice_buttons["skip"].click()
    assert dialog.choices() == {MAIN: "theirs", HOKKAIDO: "copy", ISLANDS: "skip"}
    assert "3 conflicts" in dialog.summary.text()
    assert "1 claim to add" in dialog.summary.text()
    with qtbot.waitSignal(ben.bundle_transfer.finished, timeout=10_000) as outcome:
        dialog.import_button.click()
    assert outcome.args == ["imported"]

    case = ben.case
    assert case.claims.get(MAIN).claimant.startswith("An unnamed FSB whistleblower")
    assert case.claims.get(HOKKAIDO).text == "Russia planned a landing on Hokkaido (Ben)"
    assert case.claims.get(ISLANDS).status == "in_review"
    assert case.claims.get(fresh).text == "The ferry to Sakhalin stopped running in 2021"
    everything = case.claims.get_many(case.claims.list_ids())
    copies = [c for c in everything if c.copied_from == HOKKAIDO]
    assert len(copies) == 1 and copies[0].text == ana.case.claims.get(HOKKAIDO).text
    assert ben.claim_list.model.rowCount() == 5  # the list shows what arrived
    summary = answers.infos[-1]
    assert "Added: 1 claim" in summary
    assert "backed up just before the import" in summary
    assert "Conflicts settled: 3 (kept mine: 1, took theirs: 1, kept both: 1)" in summary
    assert answers.errors == []


def test_export_a_tag_and_a_damaged_bundle_is_refused(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    window = sample_window
    tagged = tmp_path / "out" / "territory"
    tagged.parent.mkdir()
    assert export_from(qtbot, window, tagged, answers, tag="territory") == "exported"
    written = tagged.with_name("territory.factbundle")
    assert [c.id for c in inspect_bundle(written).claims] == [ISLANDS]

    damaged = tmp_path / "out" / "damaged.factbundle"
    damaged.write_bytes(written.read_bytes()[: len(written.read_bytes()) // 2])
    before = table_dump(window.case.path)
    answers.open_paths = [damaged]
    with qtbot.waitSignal(window.bundle_transfer.finished, timeout=10_000) as outcome:
        window.action_import_bundle.trigger()
    assert outcome.args == ["failed"]
    assert answers.errors[-1].startswith("The bundle cannot be imported:")
    assert table_dump(window.case.path) == before


def test_cancelled_import_of_a_large_bundle_leaves_the_case_file_unchanged(
    qtbot: Any,
    sample_window: MainWindow,
    tmp_path: Path,
    answers: Answers,
    monkeypatch: Any,
) -> None:
    big_path = tmp_path / "big.factdesk"
    bundle = tmp_path / "big.factbundle"
    with open_case(big_path, author="Colleague") as big:
        bulk_claims(big, 300)
        export_bundle(big, bundle)
    window = sample_window
    before = table_dump(window.case.path)

    halfway, go_on = threading.Event(), threading.Event()
    real_apply = bundles.apply_import

    def apply_held_halfway(case: Any, plan: Any, policy: Any, choices: Any, progress: Any) -> Any:
        forward = progress.callback
        phase = [""]

        def report(done: int, total: int, what: str) -> None:
            forward(done, total, what)
            phase[0] = what or phase[0]
            if phase[0] == "Importing claims" and done == 150:
                halfway.set()
                go_on.wait(5)  # the user reaches for Cancel while claims are being written

        progress.callback = report
        return real_apply(case, plan, policy, choices, progress)

    monkeypatch.setattr(bundles, "apply_import", apply_held_halfway)
    dialog = open_preview(qtbot, window, bundle, answers)
    assert dialog.group_items["add"].childCount() == 300
    assert not dialog.tabs.isTabEnabled(0)  # no conflicts
    with qtbot.waitSignal(window.bundle_transfer.finished, timeout=10_000) as outcome:
        dialog.import_button.click()
        qtbot.waitUntil(halfway.is_set, timeout=5000)
        progress = window.bundle_transfer.task.dialog
        qtbot.waitUntil(progress.isVisible, timeout=3000)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        go_on.set()
    assert outcome.args == ["cancelled"]
    assert "cancelled" in answers.infos[-1] and "Nothing was imported" in answers.infos[-1]
    assert table_dump(window.case.path) == before
    assert window.claim_list.model.rowCount() == 3


def test_import_is_not_offered_for_a_read_only_case_file(make_window: Any, case_path: Path) -> None:
    with open_case(case_path) as case:
        load_sample_case(case)
    window: MainWindow = make_window(case_path, read_only=True)
    assert not window.action_import_bundle.isEnabled()
    assert window.action_export_bundle.isEnabled()

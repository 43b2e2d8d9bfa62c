"""Back up now, restore, check and a damaged case file, from the window's menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from factdesk.gui import application, backup_dialogs
from factdesk.gui.main_window import MainWindow
from factdesk.services import backups, open_case
from factdesk.services.sample import load_sample_case
from factdesk.settings import load_settings
from tests.gui.conftest import Answers
from tests.safety.conftest import damage_pages


def test_back_up_now_then_restore_puts_the_window_on_the_restored_file(
    qtbot: Any, sample_window: MainWindow, answers: Answers, monkeypatch: Any
) -> None:
    window = sample_window
    suggestions: list[Path] = []

    def save_where_suggested(_parent: Any, suggested: Path) -> Path:
        suggestions.append(suggested)
        return suggested  # the user presses Save

    monkeypatch.setattr(backup_dialogs, "choose_save_path", save_where_suggested)
    window.action_backup.trigger()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=10_000)
    (copy,) = suggestions
    assert copy.parent == backups.backup_folder(window.case.path) and copy.exists()
    assert str(copy) in answers.infos[-1] and "Restore from backup" in answers.infos[-1]

    # Work after the backup, then go back to it.
    window.claim_list.select_claim(window.claim_list.model.claim_id(0))
    window.action_delete_claim.trigger()
    assert window.case.claims.count() == 2
    old_case = window.case

    window.action_restore.trigger()
    dialog = window.safety.restore_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [
        [dialog.table.topLevelItem(r).text(c) for c in range(4)]
        for r in range(dialog.table.topLevelItemCount())
    ]
    manual = next(r for r, row in enumerate(rows) if row[3] == "made with Back up now")
    assert rows[manual][1] == "just now"  # each backup's age
    dialog.select(manual)
    dialog.restore_button.click()
    assert "kept aside" in answers.confirmations[-1]
    assert "restored from" in answers.infos[-1]
    assert window.case is not old_case  # reopened
    assert window.case.claims.count() == 3
    assert window.claim_list.model.rowCount() == 3
    assert not window.controller.undo_stack.canUndo()
    assert answers.errors == []


def test_check_case_file_finds_a_stale_search_index_and_repairs_it(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    window = sample_window
    with qtbot.waitSignal(window.safety.checked, timeout=10_000) as sound:
        window.action_check.trigger()
    assert sound.args[0].sound
    assert "is sound" in window.safety.check_dialog.text.toPlainText()
    assert window.safety.check_dialog.repair_button.isHidden()
    window.safety.check_dialog.close()

    with window.case.store.writing() as session:
        session.execute(text("DELETE FROM search_fts"))
    with qtbot.waitSignal(window.safety.checked, timeout=10_000):
        window.action_check.trigger()
    dialog = window.safety.check_dialog
    assert "search index is out of step" in dialog.text.toPlainText()
    assert not dialog.repair_button.isHidden()
    dialog.repair_button.click()
    assert "is sound" in dialog.text.toPlainText()
    pane = window.claim_list
    pane.search.setText("Hokkaido")
    pane.apply_filter()
    assert pane.model.rowCount() >= 1  # search finds claims again


def damaged_case_with_backup(path: Path) -> None:
    with open_case(path, author="Colleague") as case:
        load_sample_case(case)
        backups.backup_before(case, "import")
    damage_pages(path)


def test_opening_a_damaged_case_file_offers_its_newest_backup(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Answers, monkeypatch: Any
) -> None:
    damaged = tmp_path / "damaged.factdesk"
    damaged_case_with_backup(damaged)
    shown: list[str] = []

    def decline(dialog: backup_dialogs.DamagedFileDialog) -> int:
        shown.append(dialog.message.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(backup_dialogs.DamagedFileDialog, "exec", decline)
    first = window.case.path
    answers.open_paths = [damaged]
    window.action_open_case.trigger()
    assert "damaged" in shown[-1] and "before an import" in shown[-1]
    assert window.case.path == first and answers.errors == []

    def restore_newest(dialog: backup_dialogs.DamagedFileDialog) -> int:
        shown.append(dialog.message.text())
        dialog.restore_button.click()  # "Restore this backup…", then yes
        return dialog.result()

    monkeypatch.setattr(backup_dialogs.DamagedFileDialog, "exec", restore_newest)
    window.action_open_case.trigger()
    assert window.case.path == damaged
    assert window.claim_list.model.rowCount() == 3
    assert answers.errors == []


def test_a_damaged_case_file_at_start_is_restored_then_opened(
    tmp_path: Path, answers: Answers, monkeypatch: Any
) -> None:
    damaged = tmp_path / "damaged.factdesk"
    damaged_case_with_backup(damaged)
    monkeypatch.setattr(
        backup_dialogs.DamagedFileDialog,
        "exec",
        lambda dialog: (dialog.restore_button.click(), dialog.result())[1],
    )
    case = application.open_first_case(damaged, load_settings())
    assert case is not None and case.path == damaged and case.claims.count() == 3
    case.close()


def test_restore_is_not_offered_for_a_read_only_case_file(
    make_window: Any, case_path: Path
) -> None:
    with open_case(case_path) as case:
        load_sample_case(case)
    window: MainWindow = make_window(case_path, read_only=True)
    assert not window.action_restore.isEnabled()
    assert window.action_backup.isEnabled() and window.action_check.isEnabled()


def test_the_days_backup_is_made_in_the_background_after_opening(
    make_window: Any, case_path: Path, qtbot: Any
) -> None:
    from factdesk.services.backups import list_backups
    from factdesk.services.sample import load_sample_case

    with open_case(case_path, daily_backup=False) as case:
        load_sample_case(case)
    assert list_backups(case_path) == []
    make_window(case_path)
    qtbot.waitUntil(lambda: any(b.kind == "daily" for b in list_backups(case_path)), timeout=10_000)


def test_closing_the_window_stops_todays_backup_rather_than_wait_for_it(
    make_window: Any, case_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journalist quitting just after starting does not wait for a big case's backup:
    the copy stops (the next start makes it) and the window closes."""
    import threading

    from factdesk.services.progress import Cancelled

    copying, stopped = threading.Event(), threading.Event()

    def slow_backup(_case: Any, *, progress: Any = None, now: Any = None) -> None:
        copying.set()
        try:
            for _ in range(3000):  # a minute at most, should nothing stop it
                progress.check()
                threading.Event().wait(0.02)
        except Cancelled:
            stopped.set()
            raise

    monkeypatch.setattr(backups, "ensure_daily_backup", slow_backup)
    window = make_window(case_path)
    qtbot.waitUntil(copying.is_set, timeout=5000)
    window.close()
    assert stopped.is_set() and not window.isVisible()


def test_other_background_work_does_not_hold_the_window_open(
    make_window: Any, case_path: Path
) -> None:
    """Closing waits for the window's own work on the case, not for any other task
    (a search on a server that holds it, say)."""
    import threading

    from PySide6.QtCore import QThreadPool

    from factdesk.gui.worker import Task

    release = threading.Event()
    held = Task(lambda _progress: release.wait(60))
    window = make_window(case_path)
    QThreadPool.globalInstance().start(held)
    window.close()
    assert not window.isVisible() and not held.ended.is_set()
    release.set()
    assert held.ended.wait(10)

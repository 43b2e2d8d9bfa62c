"""The backup, restore, check and damaged-file dialogs, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from factdesk.errors import DamagedCaseFileError
from factdesk.gui import backup_dialogs as dialogs
from factdesk.services import Case, open_case
from factdesk.services import backups as bk
from tests.safety.conftest import damage_pages


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Replace every question and message box: confirmations say yes unless told otherwise."""
    seen: dict[str, list[str]] = {"confirm": [], "inform": [], "warn": []}
    reply = {"confirm": True}
    monkeypatch.setattr(
        dialogs, "confirm", lambda _p, _t, msg: seen["confirm"].append(msg) or reply["confirm"]
    )
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, msg: seen["inform"].append(msg))
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, msg: seen["warn"].append(msg))
    seen["reply"] = reply  # type: ignore[assignment]
    return seen


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(
    qtbot, filled_case: Case, answers: dict[str, list[str]]
) -> None:
    info = bk.backup_before(filled_case, "import")
    filled_case.claims.create("after the backup")
    dialog = dialogs.RestoreDialog(filled_case.path)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 1
    row = [dialog.table.topLevelItem(0).text(c) for c in range(4)]
    assert row[1] == "just now" and "KB" in row[2] and row[3] == "before an import"
    assert not dialog.restore_button.isEnabled()
    dialog.select(0)
    assert dialog.restore_button.isEnabled()

    answers["reply"]["confirm"] = False  # type: ignore[index]
    dialog.restore_button.click()
    assert filled_case.claims.count() == 4  # declined: nothing changed

    answers["reply"]["confirm"] = True  # type: ignore[index]
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert filled_case.claims.count() == 3
    assert "kept aside" in answers["confirm"][-1]
    assert (
        "restored from" in answers["inform"][-1]
        and str(info.created_at.year) in answers["inform"][-1]
    )


def test_restore_dialog_without_backups_says_so(qtbot, case: Case) -> None:
    dialog = dialogs.RestoreDialog(case.path)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()


def test_check_dialog_shows_a_sound_file(qtbot, filled_case: Case) -> None:
    dialog = dialogs.CheckDialog(filled_case)
    qtbot.addWidget(dialog)
    assert "is sound" in dialog.text.toPlainText()
    assert dialog.repair_button.isHidden()


def test_check_dialog_repairs_the_search_index(qtbot, filled_case: Case) -> None:
    with filled_case.store.writing() as session:
        session.execute(text("DELETE FROM search_fts"))
    dialog = dialogs.CheckDialog(filled_case)
    qtbot.addWidget(dialog)
    assert "search index is out of step" in dialog.text.toPlainText()
    assert not dialog.repair_button.isHidden() and dialog.repair_button.isEnabled()
    dialog.repair_button.click()
    assert "is sound" in dialog.text.toPlainText()
    assert dialog.repair_button.isHidden()


def test_check_dialog_names_an_altered_attachment_without_repair(qtbot, filled_case: Case) -> None:
    with filled_case.store.writing() as session:
        session.execute(text("UPDATE blobs SET data = x'00'"))
    dialog = dialogs.CheckDialog(filled_case)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText()
    assert "altered" in shown and "page.html" in shown
    assert dialog.repair_button.isHidden()


def test_damaged_file_dialog_offers_and_restores_the_newest_backup(
    qtbot, filled_case: Case, answers: dict[str, list[str]]
) -> None:
    path = filled_case.path
    bk.backup_before(filled_case, "import")
    filled_case.close()
    damage_pages(path)
    with pytest.raises(DamagedCaseFileError) as caught:
        open_case(path)
    dialog = dialogs.DamagedFileDialog(Path(str(caught.value.path)), str(caught.value))
    qtbot.addWidget(dialog)
    shown = dialog.message.text()
    assert "damaged" in shown and "just now" in shown and "before an import" in shown
    assert not dialog.restore_button.isHidden()
    dialog.restore_button.click()
    assert dialog.result() == QDialog.Accepted
    with open_case(path) as reopened:
        assert reopened.claims.count() == 3


def test_damaged_file_dialog_without_backup(qtbot, filled_case: Case) -> None:
    path = filled_case.path
    filled_case.close()
    damage_pages(path)
    dialog = dialogs.DamagedFileDialog(path, f"{path} is damaged.")
    qtbot.addWidget(dialog)
    assert "No backup" in dialog.message.text()
    assert dialog.restore_button.isHidden() and dialog.others_button.isHidden()


def test_back_up_now_writes_a_verified_copy(
    qtbot, filled_case: Case, tmp_path: Path, answers: dict[str, list[str]], monkeypatch
) -> None:
    dest = tmp_path / "now.factdesk"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda _p, _s: dest)
    task = dialogs.back_up_now(None, filled_case)
    assert task is not None
    qtbot.waitUntil(lambda: bool(answers["inform"] or answers["warn"]), timeout=10_000)
    assert answers["warn"] == []
    assert str(dest) in answers["inform"][0] and dest.exists()

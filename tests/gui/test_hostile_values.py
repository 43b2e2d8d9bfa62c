"""Hostile values typed or opened in the window: a clear message, never a crash or a loss."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from factdesk.gui import backup_dialogs
from factdesk.gui.case_safety import open_case_offering_backup
from factdesk.gui.main_window import MainWindow
from factdesk.services import backups as bk
from factdesk.services import open_case
from tests.gui.conftest import Answers
from tests.gui.helpers import type_line


@pytest.mark.parametrize(
    "typed", ["http://[oops", "https://[::1", "http://host:99999999/", "javascript:alert(1)"]
)
def test_a_malformed_address_is_refused_with_a_message(
    qtbot: Any, sample_window: MainWindow, answers: Answers, typed: str
) -> None:
    window = sample_window
    claim_id = window.claim_list.model.claim_id(0)
    window.claim_list.select_claim(claim_id)
    before = window.case.claims.get(claim_id).appeared_url
    form = window.evidence.claim_form
    form.appeared_url.setFocus()
    type_line(qtbot, form.appeared_url, typed)
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=3000)
    assert "is not a web address" in answers.errors[-1]
    assert window.case.claims.get(claim_id).appeared_url == before
    window.evidence.list.setCurrentIndex(window.evidence.model.index(0))
    evidence = window.evidence.current_evidence()
    type_line(qtbot, window.evidence.form.url, typed)
    qtbot.waitUntil(lambda: len(answers.errors) >= 2, timeout=3000)
    assert window.case.evidence.get(evidence.id).url == evidence.url


def test_a_file_that_is_no_longer_a_case_file_offers_its_newest_backup(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.factdesk"
    with open_case(path) as case:
        case.claims.create("A claim worth keeping")
        info = bk.backup_before(case, "import")
    path.write_text("<html>a report saved over the case file</html>" * 50)
    shown: list[Any] = []

    def exec_dialog(dialog: backup_dialogs.DamagedFileDialog) -> int:
        shown.append((dialog.windowTitle(), dialog.message.text(), dialog.newest))
        return 0  # closed without restoring

    monkeypatch.setattr(backup_dialogs.DamagedFileDialog, "exec", exec_dialog)
    assert open_case_offering_backup(None, path, "Ana") is None
    ((title, text, newest),) = shown
    assert title == "Not a case file" and newest.path == info.path
    assert "not a FactDesk case file" in text and str(info.path) in text


def test_opening_tells_what_was_set_aside_to_keep_the_file_safe(
    make_window: Any, tmp_path: Path, answers: Answers, qtbot: Any
) -> None:
    path = tmp_path / "case.factdesk"
    with open_case(path) as case:
        case.claims.create("A claim worth keeping")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE TRIGGER wipe AFTER UPDATE ON claims BEGIN DELETE FROM evidence; END")
    con.close()
    window: MainWindow = make_window(path)
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=3000)
    assert "trigger 'wipe'" in answers.infos[-1] and "removed" in answers.infos[-1]
    assert window.case.claims.count() == 1

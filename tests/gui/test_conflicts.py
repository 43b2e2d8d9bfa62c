"""Two people save the same field: the second save is refused and both versions are shown.

The window has not yet heard of the colleague's change when the user leaves
the field (the refresh that would have brought it is held back), which is
the race that would otherwise lose one of the two edits.  Both engines: a
colleague's program on the same case file, and a colleague on the server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from factdesk.gui import fields
from factdesk.gui.dialogs.conflict import ConflictDialog
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from tests.conftest import ENGINES, engine_case_path


@pytest.fixture(params=ENGINES)
def shared_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    return engine_case_path(request, tmp_path)


@pytest.fixture
def desk(
    make_window: Any, shared_path: Path | str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(fields, "IDLE_COMMIT_MS", 60)
    with open_case(shared_path, author="Ana", daily_backup=False) as case:
        claim = case.claims.create("The bridge cost 2 million", claimant="Mayor")
    window: MainWindow = make_window(shared_path)
    window.controller.poll_timer.stop()  # the colleague's change is not heard of yet
    window.claim_list.select_claim(claim.id)
    window.activateWindow()
    yield window


def colleague_sets(path: Path | str, claim_id: str, **changes: Any) -> None:
    with open_case(path, author="Ben", daily_backup=False) as ben:
        ben.claims.update(claim_id, **changes)


def type_claimant(qtbot: Any, window: MainWindow, text: str) -> None:
    claimant = window.evidence.claim_form.claimant
    claimant.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(claimant.hasFocus, timeout=2000)
    claimant.selectAll()
    qtbot.keyClicks(claimant, text)


def refused_dialog(qtbot: Any, window: MainWindow) -> ConflictDialog:
    notice = window.evidence.claim_form.notice
    qtbot.waitUntil(lambda: notice.dialog is not None and notice.dialog.isVisible(), timeout=3000)
    dialog = notice.dialog
    assert isinstance(dialog, ConflictDialog)
    return dialog


def claimant_refused(
    qtbot: Any, window: MainWindow, shared_path: Path | str
) -> tuple[str, ConflictDialog]:
    """The user types a claimant while a colleague saves another, then leaves the field."""
    claim_id = window.claim_list.current_id
    assert claim_id is not None
    type_claimant(qtbot, window, "Mayor Smith")
    colleague_sets(shared_path, claim_id, claimant="The mayor's office")
    qtbot.keyClick(window.evidence.claim_form.claimant, Qt.Key.Key_Tab)
    return claim_id, refused_dialog(qtbot, window)


def stored_claimant(window: MainWindow) -> str | None:
    claim_id = window.claim_list.current_id
    assert claim_id is not None
    return window.case.claims.get(claim_id).claimant


def test_a_save_over_a_colleagues_newer_version_shows_both_and_keep_mine_saves_it(
    qtbot: Any, desk: MainWindow, shared_path: Path | str, answers: Any
) -> None:
    claim_id, dialog = claimant_refused(qtbot, desk, shared_path)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("Ben changed the claimant at ") for t in texts), texts
    assert dialog.theirs.toPlainText() == "The mayor's office"
    assert dialog.mine.toPlainText() == "Mayor Smith"
    # Nothing is lost meanwhile: the field keeps the typing, the case keeps theirs.
    assert desk.evidence.claim_form.claimant.text() == "Mayor Smith"
    assert stored_claimant(desk) == "The mayor's office"
    assert answers.errors == []

    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    assert stored_claimant(desk) == "Mayor Smith"
    assert desk.evidence.claim_form.claimant.text() == "Mayor Smith"
    history = [e.changes.get("claimant") for e in desk.case.history.for_claim(claim_id)]
    assert ["Mayor", "The mayor's office"] in history  # both versions are in the history
    assert ["The mayor's office", "Mayor Smith"] in history


def test_take_theirs_shows_their_version_and_saves_nothing(
    qtbot: Any, desk: MainWindow, shared_path: Path | str
) -> None:
    claim_id, dialog = claimant_refused(qtbot, desk, shared_path)
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert desk.evidence.claim_form.claimant.text() == "The mayor's office"
    assert stored_claimant(desk) == "The mayor's office"
    entries = desk.case.history.for_claim(claim_id)
    assert not any(e.author == "Test Reporter" for e in entries)


def test_edit_saves_a_version_written_from_both(
    qtbot: Any, desk: MainWindow, shared_path: Path | str
) -> None:
    claim_id = desk.claim_list.current_id
    assert claim_id is not None
    notes = desk.evidence.claim_form.notes
    notes.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(notes.hasFocus, timeout=2000)
    qtbot.keyClicks(notes, "Ask the city for the invoice")
    colleague_sets(shared_path, claim_id, notes="Council minutes say 2.4 million")
    qtbot.wait(200)  # a pause in typing: the save is made, and refused
    dialog = refused_dialog(qtbot, desk)
    assert notes.toPlainText() == "Ask the city for the invoice"
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert not dialog.mine.isReadOnly() and dialog.mine.hasFocus()
    qtbot.keyClicks(dialog.mine, "; minutes say 2.4 million")
    assert dialog.mine_button.text() == "Save my version"
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    merged = "Ask the city for the invoice; minutes say 2.4 million"
    assert desk.case.claims.get(claim_id).notes == merged
    assert notes.toPlainText() == merged


def test_when_a_colleague_saved_reads_as_a_date_in_every_locale(qtbot: Any) -> None:
    import datetime as dt
    import re

    from PySide6.QtCore import QLocale

    from factdesk.gui.dialogs.conflict import when_text

    at = dt.datetime(2026, 11, 5, 21, 42, tzinfo=dt.UTC)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.C))
        # Not the C locale's "5 11 2026 21:42": the form the window's date fields use.
        assert re.fullmatch(r"2026-11-0[56] \d\d:42", when_text(at)), when_text(at)
        QLocale.setDefault(QLocale("fr_FR"))
        assert re.fullmatch(r"0[56]/11/2026 \d\d:42", when_text(at)), when_text(at)
    finally:
        QLocale.setDefault(before)

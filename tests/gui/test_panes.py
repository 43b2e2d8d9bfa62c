"""Evidence, attachments, verdict, history, settings and read-only behaviour in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QUrl

from factdesk.gui import application, window_state
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.settings import load_settings
from tests.gui.conftest import Answers
from tests.gui.helpers import choose, type_line


def main_claim(window: MainWindow) -> str:
    model = window.claim_list.model
    claim_id = next(
        c
        for c in model.ids()
        if window.case.claims.get(c).verdict and len(window.case.evidence.list(c)) == 7
    )
    window.claim_list.select_claim(claim_id)
    return claim_id


def test_dropping_a_url_and_a_file_adds_evidence(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    claim_id = main_claim(window)
    document = tmp_path / "statement.pdf"
    document.write_bytes(b"%PDF-1.4 statement")
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/news/item"), QUrl.fromLocalFile(str(document))])
    model = window.evidence.model
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, model.index(-1))
    qtbot.waitUntil(lambda: model.rowCount() == 9, timeout=2000)
    items = window.case.evidence.list(claim_id)
    assert items[0].url == "https://example.org/news/item"
    assert items[1].title == "statement.pdf"
    assert items[1].attachments[0].size == len(b"%PDF-1.4 statement")
    window.action_undo.trigger()  # one step for the whole drop
    assert len(window.case.evidence.list(claim_id)) == 7


def test_moving_evidence_by_keyboard_and_undo(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    claim_id = main_claim(window)
    before = [e.id for e in window.case.evidence.list(claim_id)]
    window.evidence.list.setCurrentIndex(window.evidence.model.index(0))
    window.evidence.down_action.trigger()
    after = [e.id for e in window.case.evidence.list(claim_id)]
    assert after[1] == before[0] and after[0] == before[1]
    assert window.evidence.current_evidence().id == before[0]
    window.action_undo.trigger()
    assert [e.id for e in window.case.evidence.list(claim_id)] == before


def test_attachments_open_verified_copy_and_remove_undoably(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    window = sample_window
    claim_id = main_claim(window)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n fake image")
    answers.open_paths = [scan]
    widget = window.evidence.form.attachments
    widget.add_button.click()
    assert widget.list.count() == 1
    assert "SHA-256" in widget.list.item(0).text()
    widget.list.setCurrentRow(0)
    widget.open_button.click()
    opened = Path(answers.opened_urls[-1].toLocalFile())
    assert opened.read_bytes() == b"\x89PNG\r\n\x1a\n fake image"
    copy = tmp_path / "copy.png"
    answers.save_path = copy
    widget.save_button.click()
    assert copy.read_bytes() == b"\x89PNG\r\n\x1a\n fake image"
    widget.remove_button.click()
    assert widget.list.count() == 0
    window.action_undo.trigger()
    evidence = window.case.evidence.get(window.evidence.current_evidence().id)
    assert [a.filename for a in evidence.attachments] == ["scan.png"]
    assert window.case.claims.get(claim_id).evidence  # still whole


def test_publishing_with_unmet_rules_asks_first(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    window = sample_window
    claim_id = "b48ecc59-fb66-4ba8-b109-d6b2c89bab78"  # still being researched
    window.claim_list.select_claim(claim_id)
    assert window.case.claims.get(claim_id).status != "published"
    answers.confirm = False
    window.verdict.publish_button.click()
    assert "At least two independent sources" in answers.confirmations[-1]
    assert window.case.claims.get(claim_id).status != "published"
    answers.confirm = True
    window.verdict.publish_button.click()
    assert window.case.claims.get(claim_id).status == "published"
    assert window.evidence.claim_form.status.currentData() == "published"
    # A claim that meets every rule is published without a question.
    asked = len(answers.confirmations)
    ready = main_claim(window)
    window.verdict.publish_button.click()
    assert window.case.claims.get(ready).status == "published"
    assert len(answers.confirmations) == asked


def test_history_reads_like_sentences(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    main_claim(window)
    choose(window.verdict.rating, "false")
    lines = window.history.entries_text()
    assert lines[0] == "Today"
    assert "Test Reporter changed the rating Unproven → False" in lines[1]


def test_clearing_the_verdict_and_undo(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    claim_id = main_claim(window)
    before = window.case.verdicts.get(claim_id)
    window.verdict.clear_button.click()
    assert window.case.verdicts.get(claim_id) is None
    assert window.verdict.rating_badge.text() == "Not rated yet"
    window.action_undo.trigger()
    assert window.case.verdicts.get(claim_id) == before


def test_summary_without_rating_is_kept_as_a_draft(qtbot: Any, window: MainWindow) -> None:
    window.empty_state.new_button.click()
    qtbot.keyClicks(window.new_claim_dialog.text, "A fresh claim")
    window.new_claim_dialog.buttons.accepted.emit()
    type_line(qtbot, window.verdict.summary, "Looks wrong")
    draft = window.case.verdicts.get(window.claim_list.current_id)
    assert draft is not None and draft.rating is None and draft.summary == "Looks wrong"
    assert window.verdict.rating_badge.text() == "Draft — not rated yet"
    choose(window.verdict.rating, "mostly-false")
    verdict = window.case.verdicts.get(window.claim_list.current_id)
    assert verdict.rating == "mostly-false" and verdict.summary == "Looks wrong"


def test_sample_case_from_the_empty_state_is_undoable(qtbot: Any, window: MainWindow) -> None:
    window.empty_state.sample_button.click()
    assert window.claim_list.model.rowCount() == 3
    assert window.stack.currentWidget() is window.splitter
    window.action_undo.trigger()
    assert window.case.claims.count() == 0
    assert window.stack.currentWidget() is window.empty_state


def test_settings_change_the_author(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    main_claim(window)
    window.action_settings.trigger()
    dialog = window.settings_dialog
    dialog.author.setText("Ana Silva")
    dialog.accept()
    assert load_settings().author in ("Ana Silva", "Test Reporter")  # env may override
    assert window.case.author == "Ana Silva"
    type_line(qtbot, window.evidence.claim_form.claimant, "Changed by Ana")
    assert "Ana Silva" in window.history.entries_text()[1]


def test_read_only_case_shows_a_banner_and_refuses_edits(
    qtbot: Any, make_window: Any, case_path: Path
) -> None:
    from factdesk.services.sample import load_sample_case

    with open_case(case_path) as case:
        load_sample_case(case)
    window: MainWindow = make_window(case_path, read_only=True)
    assert window.banner.isVisible()
    assert "read-only" in window.windowTitle()
    assert not window.action_new_claim.isEnabled()
    assert not window.action_delete_claim.isEnabled()
    assert window.evidence.claim_form.claimant.isReadOnly()
    assert not window.evidence.add_action.isEnabled()


def test_window_remembers_the_case_file_and_layout(
    qtbot: Any, make_window: Any, case_path: Path
) -> None:
    window: MainWindow = make_window(case_path)
    window.splitter.setSizes([300, 700, 400])
    sizes = window.splitter.sizes()
    window.close()
    assert window_state.last_case() == case_path.resolve()
    assert application.first_case_file(None) == case_path.resolve()
    assert application.first_case_file(Path("/elsewhere.factdesk")) == Path("/elsewhere.factdesk")
    again: MainWindow = make_window(case_path)
    assert again.splitter.sizes() == sizes


def test_a_case_file_that_cannot_be_opened_lets_the_user_choose(
    tmp_path: Path, answers: Answers
) -> None:
    broken = tmp_path / "broken.factdesk"
    broken.write_bytes(b"not a database at all, just text" * 10)
    good = tmp_path / "good.factdesk"
    answers.choice = 0
    answers.open_paths = [good]
    case = application.open_first_case(broken, load_settings())
    assert case is not None and case.path == good
    case.close()
    answers.choice = -1
    assert application.open_first_case(broken, load_settings()) is None


def test_open_case_file_error_is_shown(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    broken = tmp_path / "broken.factdesk"
    broken.write_bytes(b"x" * 500)
    assert not sample_window.open_case_file(broken)
    assert "not a FactDesk case file" in answers.errors[0]
    assert sample_window.claim_list.model.rowCount() == 3


def test_delete_key_acts_on_the_list_that_has_focus(
    qtbot: Any, sample_window: MainWindow, answers: Answers
) -> None:
    window = sample_window
    claim_id = main_claim(window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.evidence.list.setFocus()
    window.evidence.list.setCurrentIndex(window.evidence.model.index(0))
    qtbot.keyClick(window.evidence.list, Qt.Key.Key_Delete)
    assert len(window.case.evidence.list(claim_id)) == 6
    assert answers.confirmations == []  # evidence goes without asking (undo brings it back)
    window.claim_list.table.setFocus()
    qtbot.keyClick(window.claim_list.table, Qt.Key.Key_Delete)
    assert answers.confirmations and window.case.claims.count() == 2

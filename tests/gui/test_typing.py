"""Typing the way a person types: a few words, a pause longer than the autosave delay, more.

Every check drives real key events into the window's fields and looks at what
a journalist would notice: the text in the field, where the cursor is, and
what the case file holds after each pause.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from factdesk.gui import fields
from factdesk.gui.main_window import MainWindow
from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import
from tests.bundles import builders as b
from tests.gui.helpers import choose

AUTOSAVE_MS = 60
PAUSE_MS = AUTOSAVE_MS * 3  # longer than the autosave delay, as a person's pause is


@pytest.fixture
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fields, "IDLE_COMMIT_MS", AUTOSAVE_MS)


@pytest.fixture
def desk(fast_autosave: None, make_window: Any, case_path: Path) -> Iterator[MainWindow]:
    """A window on a case with one claim, an evidence item and nothing else."""
    with open_case(case_path, author="Test Reporter") as case:
        claim = case.claims.create("Hot water kills the virus", claimant="A post")
        case.evidence.add(claim.id, title="Health ministry advice", stance="refutes")
        case.claims.create("A second claim")
    window: MainWindow = make_window(case_path)
    window.activateWindow()
    window.claim_list.select_claim(claim.id)
    yield window


def claim_id(window: MainWindow) -> str:
    assert window.evidence.claim is not None
    return window.evidence.claim.id


# Each text field of the window: how to reach its widget, and how to read what is stored.
MULTI_LINE = {
    "claim text": (
        lambda w: w.evidence.claim_form.text,
        lambda w: w.case.claims.get(claim_id(w)).text,
    ),
    "claim notes": (
        lambda w: w.evidence.claim_form.notes,
        lambda w: w.case.claims.get(claim_id(w)).notes,
    ),
    "excerpt": (
        lambda w: w.evidence.form.excerpt,
        lambda w: w.case.claims.get(claim_id(w)).evidence[0].excerpt,
    ),
    "evidence notes": (
        lambda w: w.evidence.form.notes,
        lambda w: w.case.claims.get(claim_id(w)).evidence[0].notes,
    ),
    "rationale": (
        lambda w: w.verdict.rationale,
        lambda w: (w.case.verdicts.get(claim_id(w)) or _NO_VERDICT).rationale,
    ),
}
SINGLE_LINE = {
    "claimant": (
        lambda w: w.evidence.claim_form.claimant,
        lambda w: w.case.claims.get(claim_id(w)).claimant,
    ),
    "where it appeared (title)": (
        lambda w: w.evidence.claim_form.appeared_title,
        lambda w: w.case.claims.get(claim_id(w)).appeared_title,
    ),
    "evidence title": (
        lambda w: w.evidence.form.title,
        lambda w: w.case.claims.get(claim_id(w)).evidence[0].title,
    ),
    "publisher": (
        lambda w: w.evidence.form.publisher,
        lambda w: w.case.claims.get(claim_id(w)).evidence[0].publisher,
    ),
    "author": (
        lambda w: w.evidence.form.author,
        lambda w: w.case.claims.get(claim_id(w)).evidence[0].author,
    ),
    "summary": (
        lambda w: w.verdict.summary,
        lambda w: (w.case.verdicts.get(claim_id(w)) or _NO_VERDICT).summary,
    ),
    "reviewer": (
        lambda w: w.verdict.reviewer,
        lambda w: (w.case.verdicts.get(claim_id(w)) or _NO_VERDICT).reviewer,
    ),
}


class _NoVerdict:
    rationale = summary = reviewer = None


_NO_VERDICT = _NoVerdict()


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def cursor_of(widget: QWidget) -> int:
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().position()
    assert isinstance(widget, QLineEdit)
    return widget.cursorPosition()


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def clear(qtbot: Any, widget: QWidget) -> None:
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def type_keys(qtbot: Any, widget: QWidget, text: str) -> None:
    """Key presses as a keyboard makes them (a line break is the Return key)."""
    for n, part in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if part:
            qtbot.keyClicks(widget, part)


def pause(qtbot: Any) -> None:
    qtbot.wait(PAUSE_MS)


@pytest.mark.parametrize("field", list(MULTI_LINE))
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("One. ", "Two."),  # a pause right after a space
        ("Alpha.\n", "Beta"),  # after a line break
        ("Nine,", " ten"),  # after punctuation
        ("Quo", "tation marks"),  # in the middle of a word
    ],
)
def test_a_pause_never_moves_the_cursor_or_reorders_the_text(
    qtbot: Any, desk: MainWindow, field: str, first: str, second: str
) -> None:
    widget_of, stored = MULTI_LINE[field]
    widget = widget_of(desk)
    clear(qtbot, widget)
    type_keys(qtbot, widget, first)
    pause(qtbot)
    assert text_of(widget) == first
    assert cursor_of(widget) == len(first)
    assert stored(desk) == first  # exactly what was typed, trailing space and all
    type_keys(qtbot, widget, second)
    pause(qtbot)
    assert text_of(widget) == first + second
    assert cursor_of(widget) == len(first + second)
    assert stored(desk) == first + second


@pytest.mark.parametrize("field", list(MULTI_LINE))
def test_pauses_at_random_points_keep_every_word_in_order(
    qtbot: Any, desk: MainWindow, field: str
) -> None:
    text = 'The minister said, on 3 May:\n"Hot water kills it." Experts disagree; see WHO.'
    rng = random.Random(field)
    cuts = sorted(rng.sample(range(1, len(text)), 4))
    widget_of, stored = MULTI_LINE[field]
    widget = widget_of(desk)
    clear(qtbot, widget)
    done = 0
    for cut in [*cuts, len(text)]:
        type_keys(qtbot, widget, text[done:cut])
        done = cut
        pause(qtbot)
        assert text_of(widget) == text[:done]
        assert cursor_of(widget) == done
        assert stored(desk) == text[:done]


@pytest.mark.parametrize("field", list(SINGLE_LINE))
def test_single_line_fields_keep_typing_through_pauses_and_save_when_left(
    qtbot: Any, desk: MainWindow, field: str
) -> None:
    widget_of, stored = SINGLE_LINE[field]
    widget = widget_of(desk)
    clear(qtbot, widget)
    qtbot.keyClicks(widget, "Alpha ")
    pause(qtbot)
    # Another field saving meanwhile refreshes the panes: this one is left alone.
    desk.case.claims.get(claim_id(desk))
    assert (text_of(widget), cursor_of(widget)) == ("Alpha ", 6)
    qtbot.keyClicks(widget, "Beta")
    pause(qtbot)
    assert (text_of(widget), cursor_of(widget)) == ("Alpha Beta", 10)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert stored(desk) == "Alpha Beta"


def _notices(window: MainWindow) -> list[str]:
    from factdesk.gui.edit_notice import EditNotice

    return [n.message.text() for n in window.findChildren(EditNotice) if n.isVisible()]


@pytest.mark.parametrize("field", [*SINGLE_LINE, *MULTI_LINE])
def test_leaving_a_field_at_once_is_never_taken_for_someone_elses_change(
    qtbot: Any, desk: MainWindow, field: str
) -> None:
    """Type, then Tab away without a pause: the save is the user's own, not "elsewhere"."""
    widget_of, stored = {**SINGLE_LINE, **MULTI_LINE}[field]
    widget = widget_of(desk)
    clear(qtbot, widget)
    type_keys(qtbot, widget, "Said on air")
    pause(qtbot)
    type_keys(qtbot, widget, ", then online")
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.wait(PAUSE_MS)
    assert stored(desk) == "Said on air, then online"
    assert _notices(desk) == []
    assert text_of(widget) == "Said on air, then online"
    # The next field, typed into and left at once, neither.
    after = QApplication.focusWidget()
    if isinstance(after, QLineEdit) and after.isEnabled() and not after.isReadOnly():
        qtbot.keyClicks(after, " next")
        qtbot.keyClick(after, Qt.Key.Key_Tab)
        qtbot.wait(PAUSE_MS)
        assert _notices(desk) == []


def test_a_time_typed_short_and_left_is_saved_without_a_notice(
    qtbot: Any, desk: MainWindow
) -> None:
    accessed = desk.evidence.form.accessed_at
    clear(qtbot, accessed)
    qtbot.keyClicks(accessed, "2022-11-28 09:05")
    qtbot.keyClick(accessed, Qt.Key.Key_Tab)
    qtbot.wait(PAUSE_MS)
    assert _notices(desk) == []
    stamp = desk.case.claims.get(claim_id(desk)).evidence[0].accessed_at
    assert stamp is not None and (stamp.hour, stamp.minute) == (9, 5)


def test_typing_in_one_field_while_another_saves_keeps_both(qtbot: Any, desk: MainWindow) -> None:
    excerpt = desk.evidence.form.excerpt
    clear(qtbot, excerpt)
    type_keys(qtbot, excerpt, "A verbatim quote, ")
    pause(qtbot)
    title = desk.evidence.form.title
    clear(qtbot, title)
    qtbot.keyClicks(title, "Ministry page")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    focus(qtbot, excerpt)
    excerpt.moveCursor(excerpt.textCursor().MoveOperation.End)
    type_keys(qtbot, excerpt, "word for word.")
    pause(qtbot)
    ev = desk.case.claims.get(claim_id(desk)).evidence[0]
    assert (ev.title, ev.excerpt) == ("Ministry page", "A verbatim quote, word for word.")


def test_leaving_a_text_mid_sentence_keeps_it_exactly(qtbot: Any, desk: MainWindow) -> None:
    notes = desk.evidence.claim_form.notes
    clear(qtbot, notes)
    type_keys(qtbot, notes, "Ask the ministry. Then \n")
    focus(qtbot, desk.evidence.claim_form.claimant)
    assert notes.toPlainText() == "Ask the ministry. Then \n"
    assert desk.case.claims.get(claim_id(desk)).notes == "Ask the ministry. Then \n"


def test_leaving_a_line_trims_its_ends(qtbot: Any, desk: MainWindow) -> None:
    title = desk.evidence.form.title
    clear(qtbot, title)
    qtbot.keyClicks(title, "  Ministry page  ")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert title.text() == "Ministry page"
    assert desk.case.claims.get(claim_id(desk)).evidence[0].title == "Ministry page"


# -- drafts of verdicts ----------------------------------------------------------------


def test_a_rationale_without_a_rating_survives_switching_claims(
    qtbot: Any, desk: MainWindow
) -> None:
    first = claim_id(desk)
    summary, rationale = desk.verdict.summary, desk.verdict.rationale
    clear(qtbot, summary)
    qtbot.keyClicks(summary, "Not true")
    clear(qtbot, rationale)
    type_keys(qtbot, rationale, "Boiling water does not reach the lungs.")
    other = next(c for c in desk.claim_list.model.ids() if c != first)
    desk.claim_list.select_claim(other)  # no pause: switching saves what was typed
    assert desk.verdict.summary.text() == ""
    draft = desk.case.verdicts.get(first)
    assert draft is not None and draft.rating is None
    assert (draft.summary, draft.rationale) == (
        "Not true",
        "Boiling water does not reach the lungs.",
    )
    # A draft is not a rating anywhere.
    assert desk.case.claims.rows([first])[0].rating is None
    desk.claim_list.select_claim(first)
    assert desk.verdict.rationale.toPlainText() == "Boiling water does not reach the lungs."
    assert desk.verdict.rating_badge.text() == "Draft — not rated yet"
    choose(desk.verdict.rating, "false")
    rated = desk.case.verdicts.get(first)
    assert (rated.rating, rated.summary) == ("false", "Not true")


def test_choosing_no_rating_keeps_the_words(qtbot: Any, desk: MainWindow) -> None:
    choose(desk.verdict.rating, "false")
    summary = desk.verdict.summary
    clear(qtbot, summary)
    qtbot.keyClicks(summary, "Wrong")
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    choose(desk.verdict.rating, None)
    kept = desk.case.verdicts.get(claim_id(desk))
    assert kept is not None and kept.rating is None and kept.summary == "Wrong"


# -- the scale follows the case file ---------------------------------------------------


def averitec_like_bundle(tmp_path: Path) -> Path:
    parts = copy.deepcopy(b.valid_parts())
    parts["claims"][1]["verdict"] = {
        "rating": "refuted",
        "summary": "Refuted by the record",
        "rationale": "Three sources say otherwise.",
        "reviewer": "A colleague",
        "reviewed_at": b.T1,
    }
    parts["manifest"]["rating_scale"]["ratings"] = [
        {"key": "false", "label": "False", "value": 1},
        {"key": "refuted", "label": "Refuted", "value": None},
    ]
    return b.build(tmp_path / "averitec-like.factbundle", parts)


def test_an_import_with_new_rating_keys_then_an_edit_keeps_the_verdict(
    qtbot: Any, desk: MainWindow, tmp_path: Path
) -> None:
    with open_case(desk.case.path, author="Importer") as other:
        apply_import(other, averitec_like_bundle(tmp_path))
    desk.controller.poll()  # the window notices the other program's import
    desk.claim_list.select_claim(b.C2)
    assert desk.verdict.rating.currentData() == "refuted"
    assert desk.verdict.rating_badge.text() == "REFUTED"
    summary = desk.verdict.summary
    clear(qtbot, summary)
    qtbot.keyClicks(summary, "Refuted by the public record")
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    verdict = desk.case.verdicts.get(b.C2)
    assert verdict is not None
    assert (verdict.rating, verdict.summary, verdict.rationale) == (
        "refuted",
        "Refuted by the public record",
        "Three sources say otherwise.",
    )
    assert all(h.action != "delete" for h in desk.case.history.for_claim(b.C2))


# -- other programs and undo -----------------------------------------------------------


def edit_elsewhere(case_path: Path, claim: str, **changes: Any) -> None:
    with open_case(case_path, author="Someone else", daily_backup=False) as other:
        other.claims.update(claim, **changes)


def test_another_program_changing_the_field_being_typed_leaves_the_typing_alone(
    qtbot: Any, desk: MainWindow
) -> None:
    cid = claim_id(desk)
    widget = desk.evidence.claim_form.notes
    clear(qtbot, widget)
    type_keys(qtbot, widget, "My notes so far")
    pause(qtbot)
    edit_elsewhere(desk.case.path, cid, notes="Their notes")
    desk.controller.poll()
    assert widget.toPlainText() == "My notes so far"
    assert cursor_of(widget) == len("My notes so far")
    notice = desk.evidence.claim_form.notice
    assert notice.isVisible() and "Their notes" in notice.message.text()
    type_keys(qtbot, widget, ", and more")
    notice.mine_button.click()
    assert desk.case.claims.get(cid).notes == "My notes so far, and more"
    history = desk.case.history.for_claim(cid)
    assert any(h.author == "Someone else" for h in history)  # both versions kept


def test_use_theirs_shows_the_other_version(qtbot: Any, desk: MainWindow) -> None:
    cid = claim_id(desk)
    widget = desk.evidence.claim_form.notes
    clear(qtbot, widget)
    type_keys(qtbot, widget, "Draft notes")
    pause(qtbot)
    edit_elsewhere(desk.case.path, cid, notes="Their notes")
    desk.controller.poll()
    desk.evidence.claim_form.notice.theirs_button.click()
    assert widget.toPlainText() == "Their notes"
    assert desk.case.claims.get(cid).notes == "Their notes"


def test_a_field_not_in_use_shows_another_programs_change(qtbot: Any, desk: MainWindow) -> None:
    cid = claim_id(desk)
    edit_elsewhere(desk.case.path, cid, claimant="A viral video")
    desk.controller.poll()
    assert desk.evidence.claim_form.claimant.text() == "A viral video"


def test_undo_leaves_a_field_someone_else_changed_since(
    qtbot: Any, desk: MainWindow, answers: Any
) -> None:
    cid = claim_id(desk)
    claimant = desk.evidence.claim_form.claimant
    clear(qtbot, claimant)
    qtbot.keyClicks(claimant, "A blog")
    qtbot.keyClick(claimant, Qt.Key.Key_Tab)
    edit_elsewhere(desk.case.path, cid, claimant="A newspaper")
    desk.controller.poll()
    desk.action_undo.trigger()
    assert desk.case.claims.get(cid).claimant == "A newspaper"
    assert any("changed by someone else" in e for e in answers.errors)
    assert claimant.text() == "A newspaper"


def test_undo_after_an_import_does_not_write_stale_values(
    qtbot: Any, desk: MainWindow, answers: Any, tmp_path: Path
) -> None:
    excerpt = desk.evidence.form.excerpt
    clear(qtbot, excerpt)
    type_keys(qtbot, excerpt, "What I read")
    pause(qtbot)
    ev_id = desk.evidence.form.evidence.id  # type: ignore[union-attr]
    with open_case(desk.case.path, author="Someone else") as other:
        other.evidence.update(ev_id, excerpt="What they read")
    desk.controller.poll()
    focus(qtbot, desk.evidence.claim_form.claimant)
    desk.action_undo.trigger()
    assert desk.case.evidence.get(ev_id).excerpt == "What they read"


def test_undo_and_redo_replay_what_the_case_file_held(qtbot: Any, desk: MainWindow) -> None:
    cid = claim_id(desk)
    widget = desk.evidence.claim_form.text
    focus(qtbot, widget)
    widget.moveCursor(widget.textCursor().MoveOperation.End)
    type_keys(qtbot, widget, " in a cup")
    pause(qtbot)
    type_keys(qtbot, widget, " of tea")
    pause(qtbot)
    focus(qtbot, desk.evidence.claim_form.claimant)
    assert desk.case.claims.get(cid).text == "Hot water kills the virus in a cup of tea"
    desk.action_undo.trigger()  # the typing undoes in one step
    assert desk.case.claims.get(cid).text == "Hot water kills the virus"
    assert widget.toPlainText() == "Hot water kills the virus"
    desk.action_redo.trigger()
    assert desk.case.claims.get(cid).text == "Hot water kills the virus in a cup of tea"


def test_the_case_file_of_another_window_sees_the_draft(
    qtbot: Any, desk: MainWindow, case_path: Path
) -> None:
    rationale = desk.verdict.rationale
    clear(qtbot, rationale)
    type_keys(qtbot, rationale, "Half written")
    pause(qtbot)
    with open_case(case_path, daily_backup=False) as other:
        assert isinstance(other, Case)
        assert other.verdicts.get(claim_id(desk)).rationale == "Half written"  # type: ignore[union-attr]

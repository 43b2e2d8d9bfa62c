"""What a pause in typing costs the window: one write transaction, and no reads.

The statements are counted on the window's own connection with SQLite's trace
callback, from the moment the pause saves the text until every pane has
refreshed and repainted.  The change set the save returns carries the claim,
its list row and its history entries, so the panes read nothing again; the
tag lists are read only when a tag list is used; the rating scale only when
it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from factdesk.gui.claim_table_model import ROW_ROLE
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case

AUTOSAVE_MS = 60


@dataclass
class Statements:
    """The statements one connection ran, as the trace callback reports them."""

    seen: list[str] = field(default_factory=list)

    def __call__(self, sql: str) -> None:
        # FTS5 and SQLite's own nested statements are reported with a leading "--".
        if not sql.startswith("--"):
            self.seen.append(" ".join(sql.split()))

    def transactions(self) -> tuple[int, int]:
        """(write transactions, read transactions) begun."""
        writes = sum(1 for s in self.seen if s.upper().startswith("BEGIN IMMEDIATE"))
        reads = sum(1 for s in self.seen if s.upper() in ("BEGIN", "BEGIN DEFERRED"))
        return writes, reads

    def outside(self) -> list[str]:
        """Statements run outside any transaction (the poll's data_version aside)."""
        found, depth = [], 0
        for s in self.seen:
            upper = s.upper()
            if upper.startswith("BEGIN"):
                depth = 1
            elif upper in ("COMMIT", "ROLLBACK"):
                depth = 0
            elif depth == 0 and "DATA_VERSION" not in upper:
                found.append(s)
        return found


@pytest.fixture
def desk(
    make_window: Any, case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    from factdesk.gui import fields

    monkeypatch.setattr(fields, "IDLE_COMMIT_MS", AUTOSAVE_MS)
    with open_case(case_path, author="Test Reporter") as case:
        claim = case.claims.create("Hot water kills the virus", tags=["health"])
        case.evidence.add(claim.id, title="Health ministry advice", stance="refutes")
        case.verdicts.set(claim.id, rating="false", summary="It does not")
        case.claims.create("A second claim", tags=["politics"])
    window: MainWindow = make_window(case_path)
    window.activateWindow()
    window.claim_list.select_claim(claim.id)
    yield window


def pause_after_typing(
    qtbot: Any, window: MainWindow, widget: QPlainTextEdit, text: str
) -> Statements:
    """Type ``text``, then pause: the statements from the save to the repainted window."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(widget, text)
    statements = Statements()
    conn = window.case.store.connections.get()
    window.controller.poll_timer.stop()  # the poll's own cheap question is not the change's
    conn.set_trace_callback(statements)
    try:
        qtbot.wait(AUTOSAVE_MS * 4)  # a pause longer than the autosave delay
        QApplication.processEvents()
    finally:
        conn.set_trace_callback(None)
    return statements


FIELDS: dict[str, Callable[[MainWindow], QPlainTextEdit]] = {
    "rationale": lambda w: w.verdict.rationale,
    "claim notes": lambda w: w.evidence.claim_form.notes,
    "excerpt": lambda w: w.evidence.form.excerpt,
}


@pytest.mark.parametrize("name", list(FIELDS))
def test_a_typing_pause_is_one_write_and_no_read(qtbot: Any, desk: MainWindow, name: str) -> None:
    widget = FIELDS[name](desk)
    pause_after_typing(qtbot, desk, widget, "First words.")  # the first save is like any other
    statements = pause_after_typing(qtbot, desk, widget, " More words")
    assert statements.transactions() == (1, 0), statements.seen
    assert statements.outside() == []
    # Every pane shows the change as stored: the claim list's row carries its new time.
    shown = desk.evidence.claim
    assert shown is not None
    stored = desk.case.claims.get(shown.id)
    model = desk.claim_list.model
    row = model.data(model.index(model.row_of(shown.id), 0), ROW_ROLE)
    assert row.updated_at == stored.updated_at == shown.updated_at
    assert widget.toPlainText().endswith("More words")


def test_the_history_in_view_takes_the_change_without_reading(qtbot: Any, desk: MainWindow) -> None:
    desk.focus_history()
    qtbot.waitUntil(lambda: desk.history.isVisible())
    before = desk.history.entries_text()
    rationale = desk.verdict.rationale
    statements = pause_after_typing(qtbot, desk, rationale, "Boiling does nothing.")
    assert statements.transactions() == (1, 0), statements.seen
    after = desk.history.entries_text()
    assert len(after) == len(before) + 1
    assert "the rationale" in after[1] and "Boiling does nothing" in after[1]
    # What it shows is what reading the history again shows.
    desk.history.refresh()
    assert desk.history.entries_text() == after


def test_the_tag_filter_is_read_when_it_is_used(qtbot: Any, desk: MainWindow) -> None:
    pane = desk.claim_list
    tags = desk.evidence.claim_form.tags
    tags.setFocus(Qt.FocusReason.MouseFocusReason)
    tags.setText("health, water")
    statements = Statements()
    conn = desk.case.store.connections.get()
    desk.controller.poll_timer.stop()
    conn.set_trace_callback(statements)
    try:
        qtbot.keyClick(tags, Qt.Key.Key_Return)  # the tags are saved
        QApplication.processEvents()
    finally:
        conn.set_trace_callback(None)
    assert statements.transactions() == (1, 0), statements.seen
    pane.tag_filter.setFocus(Qt.FocusReason.MouseFocusReason)  # now it is used
    assert pane.tag_filter.findData("water") >= 0
    assert pane.tag_filter.findData("politics") >= 0


def test_checked_before_is_looked_up_off_the_window_thread(qtbot: Any, desk: MainWindow) -> None:
    from factdesk.gui.claim_form import SIMILAR_DELAY_MS

    new = desk.case.claims.rows(desk.case.claims.list_ids())
    second = next(row.id for row in new if row.text == "A second claim")
    desk.claim_list.select_claim(second)
    form = desk.evidence.claim_form
    qtbot.waitUntil(lambda: form.claim is not None and form.claim.id == second)
    qtbot.waitUntil(lambda: not form.similar_lookup.busy)
    pause_after_typing(qtbot, desk, form.text, " made")  # the first save is like any other
    statements = Statements()
    conn = desk.case.store.connections.get()
    desk.controller.poll_timer.stop()
    conn.set_trace_callback(statements)
    try:
        qtbot.keyClicks(form.text, " about hot water and the virus")
        qtbot.wait(SIMILAR_DELAY_MS + AUTOSAVE_MS * 4)  # saved, then looked up
        qtbot.waitUntil(lambda: not form.similar_lookup.busy)
        QApplication.processEvents()
    finally:
        conn.set_trace_callback(None)
    # The window's thread saved the text; the search of the whole case ran elsewhere.
    assert statements.transactions() == (1, 0), statements.seen
    assert form.similar.isVisible()
    assert "Hot water kills the virus" in form.similar.list.item(0).text()

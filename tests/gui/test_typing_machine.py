"""A stateful property test of the window: type, pause, switch claims, undo, redo, and
other programs changing the same claim, against a simple model of what the user did.

Invariants: after every step the case file holds what the model says, and so
do the fields; with no one else writing, undoing everything returns the case
file to its content at the start and redoing everything to its content at the
end.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from factdesk.gui import fields, messages
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.settings import load_settings

AUTOSAVE_MS = 300  # longer than the gap between two typing steps
PAUSE_MS = 450
FIELDS = ("text", "notes", "rationale")
CHUNKS = st.text(alphabet="ab .,\n", min_size=1, max_size=6)


def stored(case: Any, claim_id: str) -> dict[str, str]:
    claim = case.claims.get(claim_id)
    verdict = claim.verdict
    return {
        "text": claim.text,
        "notes": claim.notes or "",
        "rationale": (verdict.rationale if verdict else None) or "",
    }


class Model:
    """What the user's actions should have left: stored values and an undo stack."""

    def __init__(self, values: dict[str, str]) -> None:
        self.stored = dict(values)
        self.widget = dict(values)
        self.saved = dict(values)  # what each field last saved (or showed)
        self.stack: list[list[Any]] = []  # [field, old, new]
        self.index = 0
        self.typing_on_top = False  # the top command may take more typing (merge)

    def commit(self, name: str) -> bool:
        """Save a field as the window does; True when the case file changed."""
        new = self.widget[name]
        if new == self.saved[name]:
            return False
        self.saved[name] = new
        value = new if new.strip() else ""  # only spaces: stored as empty
        old = self.stored[name]
        if value == old:
            return False
        del self.stack[self.index :]
        top = self.stack[self.index - 1] if self.index else None
        if self.typing_on_top and top is not None and top[0] == name:
            top[2] = value
            if top[1] == top[2]:
                self.stack.pop()
                self.index -= 1
        else:
            self.stack.append([name, old, value])
            self.index += 1
        self.typing_on_top = True
        self.stored[name] = value
        return True

    def refresh(self, focused: str | None) -> None:
        """What the window does with fields after a change it made: a field not being
        typed in shows what is stored (text of only spaces shows empty)."""
        for name, value in self.stored.items():
            if (
                name != focused
                and value != self.saved[name]
                and self.widget[name] == self.saved[name]
            ):
                self.widget[name] = self.saved[name] = value

    def undo(self) -> None:
        self.typing_on_top = False
        if not self.index:
            return
        self.index -= 1
        name, old, new = self.stack[self.index]
        if self.stored[name] == new:
            self.stored[name] = old
        self.refresh(None)  # the undo is a change: every field is shown again

    def redo(self) -> None:
        self.typing_on_top = False
        if self.index == len(self.stack):
            return
        name, old, new = self.stack[self.index]
        self.index += 1
        if self.stored[name] == old:
            self.stored[name] = new
        self.refresh(None)


class WindowMachine(RuleBasedStateMachine):
    qtbot: Any = None
    errors: ClassVar[list[str]] = []  # what the window told the user (no dialog in a test)

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        path = self.tmp / "machine.factdesk"
        with open_case(path, author="Test Reporter", daily_backup=False) as case:
            self.claim_id = case.claims.create("Start").id
            self.other_id = case.claims.create("Another claim").id
        self.window = MainWindow(
            open_case(path, author="Test Reporter", daily_backup=False), load_settings()
        )
        self.window.show()
        self.window.activateWindow()
        self.window.claim_list.select_claim(self.claim_id)
        self.start = stored(self.window.case, self.claim_id)
        self.model = Model(self.start)
        self.focused: str | None = None
        self.others_wrote = False
        WindowMachine.errors.clear()

    def widget(self, name: str) -> QPlainTextEdit:
        w = self.window
        return {
            "text": w.evidence.claim_form.text,
            "notes": w.evidence.claim_form.notes,
            "rationale": w.verdict.rationale,
        }[name]

    def _focus(self, name: str | None) -> None:
        if self.focused is not None and self.focused != name:
            if self.model.commit(self.focused):  # leaving a field saves it
                self.model.refresh(name)
            self.model.typing_on_top = False
        self.focused = name
        if name is None:
            self.window.claim_list.table.setFocus()
        else:
            widget = self.widget(name)
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            widget.moveCursor(widget.textCursor().MoveOperation.End)
        QApplication.processEvents()

    @rule(name=st.sampled_from(FIELDS), chunk=CHUNKS)
    def type_text(self, name: str, chunk: str) -> None:
        self._focus(name)
        widget = self.widget(name)
        for n, part in enumerate(chunk.split("\n")):
            if n:
                self.qtbot.keyClick(widget, Qt.Key.Key_Return)
            if part:
                self.qtbot.keyClicks(widget, part)
        self.model.widget[name] += chunk

    @rule()
    def pause(self) -> None:
        self.qtbot.wait(PAUSE_MS)
        if self.focused is not None and self.model.commit(self.focused):
            self.model.refresh(self.focused)

    @rule()
    def switch_claim_and_back(self) -> None:
        self._focus(None)  # a click in the claim list
        self.window.claim_list.select_claim(self.other_id)
        self.window.claim_list.select_claim(self.claim_id)
        self.model.typing_on_top = False
        self.model.widget = dict(self.model.stored)
        self.model.saved = dict(self.model.stored)

    @rule()
    def undo(self) -> None:
        self._focus(None)
        self.window.action_undo.trigger()
        self.model.undo()

    @rule()
    def redo(self) -> None:
        self._focus(None)
        self.window.action_redo.trigger()
        self.model.redo()

    @precondition(lambda self: self.focused is None)
    @rule(name=st.sampled_from(("notes", "text")), value=st.sampled_from(("theirs", "x y")))
    def another_program_edits(self, name: str, value: str) -> None:
        with open_case(self.window.case.path, author="Other", daily_backup=False) as other:
            other.claims.update(self.claim_id, **{name: value})
        self.window.controller.poll()
        self.others_wrote = True
        self.model.stored[name] = self.model.widget[name] = self.model.saved[name] = value
        self.model.typing_on_top = False

    @invariant()
    def the_case_file_holds_what_the_user_did(self) -> None:
        now = stored(self.window.case, self.claim_id)
        for name, value in self.model.stored.items():
            typed = self.model.widget[name]
            if name == self.focused and typed != self.model.saved[name]:
                # Typing not yet paused: a slow machine may already have saved it.
                assert now[name] in (value, typed if typed.strip() else ""), name
            else:
                assert now[name] == value, name

    @invariant()
    def only_other_programs_cause_conflicts(self) -> None:
        if not self.others_wrote:
            assert not WindowMachine.errors, WindowMachine.errors

    @invariant()
    def the_fields_hold_what_was_typed(self) -> None:
        for name in FIELDS:
            assert self.widget(name).toPlainText() == self.model.widget[name], name

    def teardown(self) -> None:
        try:
            if not self.others_wrote:
                self._focus(None)
                while self.window.controller.undo_stack.canRedo():
                    self.window.action_redo.trigger()
                end = stored(self.window.case, self.claim_id)
                while self.window.controller.undo_stack.canUndo():
                    self.window.action_undo.trigger()
                assert stored(self.window.case, self.claim_id) == self.start
                while self.window.controller.undo_stack.canRedo():
                    self.window.action_redo.trigger()
                assert stored(self.window.case, self.claim_id) == end
        finally:
            self.window.close()
            self.window.controller.poll_timer.stop()
            self.window.case.close()
            self.window.deleteLater()
            QApplication.processEvents()


@pytest.mark.slow
def test_the_window_keeps_what_the_user_typed(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    monkeypatch.setattr(fields, "IDLE_COMMIT_MS", AUTOSAVE_MS)

    def no_box(_parent: Any, text: str, **_kw: Any) -> None:
        WindowMachine.errors.append(text)

    monkeypatch.setattr(messages, "show_error", no_box)
    WindowMachine.qtbot = qtbot
    run_state_machine_as_test(
        WindowMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=18,
            deadline=None,
            # Each step waits for real autosaves: shrinking would take many minutes.
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        ),
    )

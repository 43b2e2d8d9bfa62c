"""The window's one way to change data, and the one signal that says what changed.

Widgets never call a writing service directly: they hand an undo command to
:meth:`CaseController.run`.  The command calls the service; the controller
pushes it on the undo stack and emits :attr:`CaseController.changed` with a
:class:`Change` naming what was touched, so each view refreshes only that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from factdesk.errors import FactDeskError
from factdesk.services import Case
from factdesk.settings import Settings

if TYPE_CHECKING:
    from factdesk.gui.undo_commands import CaseCommand

POLL_MS = 2000


@dataclass(frozen=True)
class Change:
    """What a command (or another program) changed."""

    claim_ids: frozenset[str] = field(default_factory=frozenset)
    structure: bool = False  # claims were added or removed: the list is queried again
    everything: bool = False  # changed elsewhere: reload all views
    select_claim: str | None = None
    select_evidence: str | None = None

    def touches(self, claim_id: str | None) -> bool:
        return claim_id is not None and (self.everything or claim_id in self.claim_ids)


class CaseController(QObject):
    """Holds the open case, the undo stack and the change signal."""

    changed = Signal(object)  # Change
    case_replaced = Signal()
    error = Signal(str)  # a message the user can act on

    def __init__(self, case: Case, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.before_command: list[Callable[[], None]] = []
        self._seen_history = self._latest_history()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()

    # -- running commands ----------------------------------------------------
    def run(self, command: CaseCommand) -> bool:
        """Do ``command`` now; on success it goes on the undo stack. False on a user error."""
        try:
            change = command.first_do()
        except FactDeskError as exc:
            self.report(str(exc))
            return False
        self.undo_stack.push(command)
        self.notify(change)
        return True

    def push_done(self, command: CaseCommand, change: Change) -> None:
        """Put a command already done (in the background) on the undo stack."""
        self.undo_stack.push(command)
        self.notify(change)

    def notify(self, change: Change) -> None:
        self._seen_history = self._latest_history()
        self.changed.emit(change)

    def report(self, message: str) -> None:
        self.error.emit(message)

    def undo(self) -> None:
        self.flush_edits()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush_edits()
        self.undo_stack.redo()

    def flush_edits(self) -> None:
        """Save what is typed but not yet committed (before undo, selection change, close)."""
        for flush in list(self.before_command):
            flush()

    # -- the open case -------------------------------------------------------
    def replace_case(self, case: Case) -> None:
        """Switch to another case file; the old one is closed, its undo history dropped."""
        self.flush_edits()
        old = self.case
        self.undo_stack.clear()
        self.case = case
        case.author = self.settings.author
        self._seen_history = self._latest_history()
        old.close()
        self.case_replaced.emit()

    def set_author(self, name: str) -> None:
        self.settings.author = name
        self.case.author = name

    # -- changes made by another program --------------------------------------
    def poll(self) -> None:
        latest = self._latest_history()
        if latest != self._seen_history:
            self._seen_history = latest
            self.changed.emit(Change(structure=True, everything=True))

    def _latest_history(self) -> int:
        try:
            return self.case.history.latest_id()
        except FactDeskError:
            return -1

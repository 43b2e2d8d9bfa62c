"""Looking for claims like the one being typed ("checked before?"), in the background.

The lookup searches the whole case file (its full-text index, then a fuzzy
comparison of up to 200 candidates): on a big case file that takes longer
than a frame, so it runs in a worker thread, on that thread's own kept
connection, and the warning shows when the answer comes.  One lookup runs at
a time; text typed meanwhile is looked up when it ends, and an answer for
text that has changed since is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from factdesk.gui.worker import Task
from factdesk.services import Case

if TYPE_CHECKING:
    from factdesk.services.progress import Progress
    from factdesk.services.similar import Suggestion

# Running lookups are kept here until they end: the widget that asked may be
# closed first, and a running task must not be deleted under its thread.
_RUNNING: set[Task] = set()

Question = tuple[str | None, str]  # (the claim to leave out and whose dismissal counts, text)


class SimilarLookup(QObject):
    """Finds claims like a text in a worker thread; ``found`` gives the suggestions."""

    found = Signal(object)  # list[Suggestion]: empty when none, or when dismissed

    def __init__(self, case: Callable[[], Case], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._wanted: Question | None = None
        self._asked: Question | None = None
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        """Whether a lookup is running (its answer has not come yet)."""
        return self._task is not None

    def look_up(self, text: str, *, claim_id: str | None = None) -> None:
        """Look for claims like ``text`` (leaving out ``claim_id``, and finding none when
        its warning was dismissed)."""
        self._wanted = (claim_id, text)
        if self._task is None:
            self._start()

    def cancel(self) -> None:
        """Drop the answer of a running lookup, and ask for nothing more."""
        self._wanted = None

    def _start(self) -> None:
        asked = self._asked = self._wanted
        assert asked is not None
        claim_id, text = asked
        case = self._case()

        def find(_progress: Progress) -> list[Suggestion]:
            checked_before = case.checked_before  # loads the ranking on this thread
            if claim_id is not None and checked_before.dismissed(claim_id):
                return []
            return checked_before.find(text, exclude_id=claim_id)

        task = self._task = Task(find)
        _RUNNING.add(task)
        task.signals.finished.connect(self._answered)
        task.signals.failed.connect(self._failed)
        for signal in (task.signals.finished, task.signals.failed):
            signal.connect(lambda _result, task=task: _RUNNING.discard(task))
        QThreadPool.globalInstance().start(task)

    def _failed(self, _message: str) -> None:
        # Only a hint: a lookup that fails (the case file closed under it) shows nothing.
        self._answered([])

    def _answered(self, found: Any) -> None:
        self._task = None
        if self._wanted is None:
            return
        if self._wanted != self._asked:  # typed on, or another claim: ask again
            self._start()
            return
        self.found.emit(found)

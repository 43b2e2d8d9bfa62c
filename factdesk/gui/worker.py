"""Running long service calls off the GUI thread, with progress and cancel.

A :class:`Task` runs one callable in a QThreadPool thread.  The callable gets
a :class:`~factdesk.services.progress.Progress` whose reports reach the GUI
thread as signals; :meth:`Task.cancel` sets its flag, and the service stops at
its next step with ``Cancelled`` (its transaction rolls back).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from factdesk.errors import FactDeskError
from factdesk.gui import plain
from factdesk.gui.translation import translate
from factdesk.services.progress import Cancelled, Progress


class TaskSignals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)  # the callable's result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.progress = Progress(callback=self.signals.progressed.emit)
        self.dialog: QProgressDialog | None = None  # the progress dialog showing this task
        self.ended = threading.Event()  # set once run() is over, whatever its outcome
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.progress.cancel()

    def finish_before_closing(self) -> None:
        """Wait for the task to be over; one still queued is taken off the queue instead."""
        if not QThreadPool.globalInstance().tryTake(self):
            self.ended.wait()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended.set()

    def _run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except FactDeskError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: still tell the user instead of dying silently
            self.signals.failed.emit(
                translate("worker", "Unexpected error: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.signals.finished.emit(result)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run ``fn`` in a worker thread behind a modal progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, translate("worker", "Cancel"), 0, 0, parent)
    # Progress names what is being done (a claim's text, a file name): as text only.
    dialog.setLabel(plain.label(title))
    dialog.setWindowTitle(title)
    # Window-modal: the case cannot be edited under a running import or export.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)  # starts the clock: the dialog shows if the work takes over 300 ms
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(fn)
    task.dialog = dialog

    def progressed(done: int, total: int, what: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if what:
            dialog.setLabelText(what)

    def finish(callback: Callable[..., None], *args: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        callback(*args)

    task.signals.progressed.connect(progressed)
    task.signals.finished.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda message: finish(on_failed, message))
    task.signals.cancelled.connect(lambda: finish(on_cancelled or (lambda: None)))
    dialog.canceled.connect(task.cancel)
    QThreadPool.globalInstance().start(task)
    return task

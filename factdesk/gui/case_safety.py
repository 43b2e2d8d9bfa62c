"""The window's side of keeping a case file safe: back up, restore, check, damaged files.

The dialogs themselves are in :mod:`factdesk.gui.backup_dialogs`; this
module runs them for the open case and puts the window back on its feet
afterwards (the restored file reopened, the views refreshed after a repair).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from factdesk.errors import DamagedCaseFileError, NotACaseFileError
from factdesk.gui import messages
from factdesk.gui.controller import CaseController, Change
from factdesk.gui.translation import translate
from factdesk.locations import CaseLocation, ServerAddress
from factdesk.services import Case, open_case

if TYPE_CHECKING:
    from factdesk.gui import backup_dialogs
    from factdesk.gui.worker import Task
    from factdesk.services.check import CheckReport
    from factdesk.services.progress import Progress

# The dialogs load when one is first opened: the window does not need them to start.


def open_case_offering_backup(
    parent: QWidget | None, path: CaseLocation, author: str
) -> Case | None:
    """Open ``path``; a damaged file brings up the damaged-file dialog instead.

    Returns the case, or None when the file is damaged and was not restored
    (the dialog has said so).  Other problems raise ``FactDeskError`` as usual.
    """
    # The day's backup copies the whole file; the window makes it in the
    # background (start_daily_backup) so a big case file opens at once.
    try:
        return open_case(path, author=author, daily_backup=False)
    except (DamagedCaseFileError, NotACaseFileError) as exc:
        if isinstance(path, ServerAddress):
            raise  # a server's case has no backups here to offer
        damaged = Path(str(exc.path)) if exc.path is not None else Path(path)
        from factdesk.gui import backup_dialogs
        from factdesk.services.backups import newest_backup

        if isinstance(exc, NotACaseFileError) and newest_backup(damaged) is None:
            raise  # nothing to offer: the message says what the file is
        dialog = backup_dialogs.DamagedFileDialog(
            damaged,
            str(exc),
            parent,
            title=translate("case_safety", "Not a case file")
            if isinstance(exc, NotACaseFileError)
            else None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    return open_case(path, author=author, daily_backup=False)


def start_daily_backup(case: Case, on_problem: Callable[[str], None]) -> Task | None:
    """Make today's backup in a worker thread; ``on_problem`` hears if it fails."""
    if case.read_only:
        return None
    from factdesk.gui.worker import Task

    task = Task(lambda progress: _daily_backup(case, progress))
    task.signals.failed.connect(
        lambda message: on_problem(
            translate(
                "case_safety", "today's backup of {name} could not be made ({problem})."
            ).format(name=case.path.name, problem=message)
        )
    )
    QThreadPool.globalInstance().start(task)
    return task


class CaseSafety(QObject):
    """File → Back up now…, File → Restore from backup…, Help → Check case file."""

    checked = Signal(object)  # the CheckReport shown

    def __init__(
        self,
        window: QMainWindow,
        controller: CaseController,
        reopen: Callable[[Path], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.reopen = reopen
        self.task: Task | None = None
        self.restore_dialog: backup_dialogs.RestoreDialog | None = None
        self.check_dialog: backup_dialogs.CheckDialog | None = None

    def back_up_now(self) -> None:
        self.controller.flush_edits()
        from factdesk.gui import backup_dialogs

        self.task = backup_dialogs.back_up_now(self.window, self.controller.case)

    def restore(self) -> None:
        case = self.controller.case
        if case.read_only:
            return
        self.controller.flush_edits()
        from factdesk.gui import backup_dialogs

        dialog = backup_dialogs.RestoreDialog(case.path, self.window)
        dialog.restored.connect(lambda _result: self._restored(case.path))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.restore_dialog = dialog
        dialog.open()

    def _restored(self, path: Path) -> None:
        # The file under the window changed entirely: open it afresh (the undo
        # history belonged to the replaced contents and goes with them).
        self.reopen(path)

    def check(self) -> None:
        self.controller.flush_edits()
        case = self.controller.case
        from factdesk.gui.worker import run_with_progress

        self.task = run_with_progress(
            self.window,
            self.tr("Checking the case file"),
            lambda progress: _check(case, progress),
            on_done=self._show_report,
            on_failed=lambda message: messages.show_error(
                self.window,
                self.tr("The case file could not be checked: {problem}").format(problem=message),
            ),
        )

    def _show_report(self, report: CheckReport) -> None:
        from factdesk.gui import backup_dialogs

        dialog = backup_dialogs.CheckDialog(self.controller.case, report, self.window)
        # After a repair the search index is rebuilt: read the list again.
        dialog.repair_button.clicked.connect(
            lambda: self.controller.notify(
                Change(structure=True, everything=True, scale=True, tags=True, external=True)
            )
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.check_dialog = dialog
        dialog.open()
        self.checked.emit(report)


def _check(case: Case, progress: Progress) -> CheckReport:
    from factdesk.services.check import check_case

    return check_case(case, progress)


def _daily_backup(case: Case, progress: Progress) -> None:
    from factdesk.services.backups import ensure_daily_backup

    ensure_daily_backup(case, progress=progress)

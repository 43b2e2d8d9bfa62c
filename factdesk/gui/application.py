"""Starting the window: the QApplication, the first case file, unexpected errors."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from factdesk import __version__, paths
from factdesk.errors import FactDeskError
from factdesk.gui import messages, window_state
from factdesk.gui.case_safety import open_case_offering_backup
from factdesk.gui.main_window import MainWindow
from factdesk.locations import CaseLocation, ServerAddress
from factdesk.services import Case
from factdesk.settings import Settings, load_settings, save_settings, system_name


def first_case_file(db: CaseLocation | None) -> CaseLocation:
    """``--db`` wins; then the case file open last time; then the default one."""
    if db is not None:
        return db
    if paths.default_location() != paths.default_case_file():
        return paths.default_location()  # FACTDESK_DB names a shared case
    last = window_state.last_case()
    if isinstance(last, ServerAddress) or (last is not None and last.exists()):
        return last
    return paths.default_case_file()


def open_first_case(path: CaseLocation, settings: Settings) -> Case | None:
    """Open ``path``; if it cannot be opened, say why and let the user choose another.

    A damaged file first brings up the damaged-file dialog, which offers its
    newest backup; once restored, the file opens.
    """
    while True:
        try:
            case = open_case_offering_backup(None, path, settings.author)
        except FactDeskError as exc:
            problem = str(exc)
        else:
            if case is not None:
                return case
            problem = f"{path} is damaged and was not restored."
        choice = messages.ask_choice(
            None,
            "The case cannot be opened",
            f"{problem}\n\nOpen a case file on this computer instead, or create a new one?",
            ["Open another…", "New case file…"],
        )
        if choice == 0:
            chosen = messages.open_file_name(None, "Open case file")
        elif choice == 1:
            chosen = messages.save_file_name(
                None, "New case file", f"untitled{paths.CASE_SUFFIX}", messages.CASE_FILTER
            )
        else:
            return None
        if chosen is None:
            return None
        path = chosen


def log_error(text: str) -> Path | None:
    log = paths.data_dir() / "factdesk-error.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError:
        return None
    return log


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Show an error that escaped every handler in a dialog instead of losing it."""
    if isinstance(value, FactDeskError):
        messages.show_error(QApplication.activeWindow(), str(value))
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(details)
    log = log_error(details)
    box = messages.box(None, QMessageBox.Icon.Critical, "Unexpected error", "")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setText(
        f"FactDesk hit an unexpected error: {kind.__name__}: {value}\n\n"
        "Your saved work is safe: every edit is saved as you make it."
        + (f"\n\nDetails were written to {log}." if log else "")
    )
    box.setDetailedText(details)
    box.exec()


def run(db: CaseLocation | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("FactDesk")
    app.setOrganizationName("FactDesk")
    app.setApplicationVersion(__version__)
    sys.excepthook = excepthook
    settings = load_settings()
    if not settings.author:
        settings.author = messages.ask_name(system_name())
        save_settings(settings)
    case = open_first_case(first_case_file(db), settings)
    if case is None:
        return 1
    window = MainWindow(case, settings)
    window.show()
    # Started by the user: the window takes the keyboard (after a first-start or
    # open dialog too), so its shortcuts work before any click.
    window.raise_()
    window.activateWindow()
    return app.exec()

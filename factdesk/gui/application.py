"""Starting the window: the QApplication, the first case file, unexpected errors."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from factdesk import __version__, paths
from factdesk.errors import FactDeskError
from factdesk.gui import messages, translation, window_state
from factdesk.gui.case_safety import open_case_offering_backup
from factdesk.gui.main_window import MainWindow
from factdesk.gui.translation import translate
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
            problem = translate("application", "{path} is damaged and was not restored.").format(
                path=path
            )
        choice = messages.ask_choice(
            None,
            translate("application", "The case cannot be opened"),
            translate(
                "application",
                "{problem}\n\nOpen a case file on this computer instead, or create a new one?",
            ).format(problem=problem),
            [
                translate("application", "Open another…"),
                translate("application", "New case file…"),
            ],
        )
        if choice == 0:
            chosen = messages.open_file_name(None, translate("application", "Open case file"))
        elif choice == 1:
            chosen = messages.save_file_name(
                None,
                translate("application", "New case file"),
                f"untitled{paths.CASE_SUFFIX}",
                messages.case_filter(),
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
    box = messages.box(
        None, QMessageBox.Icon.Critical, translate("application", "Unexpected error"), ""
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    text = translate(
        "application",
        "FactDesk hit an unexpected error: {error}\n\n"
        "Your saved work is safe: every edit is saved as you make it.",
    ).format(error=f"{kind.__name__}: {value}")
    if log:
        text += "\n\n" + translate("application", "Details were written to {log}.").format(log=log)
    box.setText(text)
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
    translation.install(app, translation.window_language(settings.language))
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

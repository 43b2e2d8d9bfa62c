"""Starting the window: the QApplication, the first case file, unexpected errors."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from factdesk import __version__, paths
from factdesk.errors import FactDeskError
from factdesk.gui import translation, window_state
from factdesk.gui.main_window import START_FALLBACK_MS, FirstFrame, MainWindow
from factdesk.gui.translation import translate
from factdesk.locations import CaseLocation, ServerAddress
from factdesk.settings import Settings, load_settings, save_settings, system_name

if TYPE_CHECKING:
    from factdesk.services import Case


EXIT_WAIT_MS = 5000


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
    from factdesk.gui import messages
    from factdesk.gui.case_safety import open_case_offering_backup

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
    from PySide6.QtWidgets import QMessageBox

    from factdesk.gui import messages

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


def first_screen_window(location: CaseLocation, settings: Settings) -> MainWindow | None:
    """The window showing the claim list's first screen of ``location``, before the case
    is opened -- when it can be read so (see gui.first_screen); else None."""
    from factdesk.gui import first_screen

    if not isinstance(location, Path):
        return None  # a shared case on a server opens as it always has
    sort = window_state.list_sort()
    columns = window_state.load_bytes("claim_columns")
    if sort is None or columns is None:
        return None  # the window was never closed here: nothing to start like
    found = first_screen.read(location, *sort)
    if found is None:
        return None
    shown = first_screen.FirstScreenList(found, location)
    if not shown.restore_columns(columns):
        return None
    return MainWindow(None, settings, shown)


def open_behind(window: MainWindow, location: CaseLocation, settings: Settings) -> None:
    """Open the case behind the window's first screen and build the rest of it; if it
    cannot be opened (the user told why), the window closes and FactDesk ends."""
    case = open_first_case(location, settings)
    if case is None:
        window.close()
        QApplication.exit(1)
        return
    window.attach_case(case)


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
        from factdesk.gui import messages

        settings.author = messages.ask_name(system_name())
        save_settings(settings)
    location = first_case_file(db)
    window = first_screen_window(location, settings)
    if window is not None:
        # The case opens once the first screen is painted (or, unpainted, soon anyway).
        opened: list[bool] = []
        waiting = window

        def open_once() -> None:
            if not opened:
                opened.append(True)
                open_behind(waiting, location, settings)

        FirstFrame(window, open_once)
        QTimer.singleShot(START_FALLBACK_MS, window, open_once)
    else:
        case = open_first_case(location, settings)
        if case is None:
            return 1
        window = MainWindow(case, settings)
    window.show()
    # Started by the user: the window takes the keyboard (after a first-start or
    # open dialog too), so its shortcuts work before any click.
    window.raise_()
    window.activateWindow()
    code = app.exec()
    # Other work still running in the background (a search on a slow server, say) is
    # given a moment to end before the window's objects go, so that it does not report
    # to objects deleted under it -- but not the power to keep FactDesk from quitting.
    QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
    return code

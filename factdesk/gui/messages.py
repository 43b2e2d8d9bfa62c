"""Every question and message the window puts to the user, in one replaceable place.

Tests replace these functions (monkeypatch) instead of clicking blocking dialogs.
Messages often quote a claim, a title or a file name, so every box shows its
text as plain text (:func:`box` makes them all).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from factdesk.gui import window_state
from factdesk.gui.translation import translate
from factdesk.paths import CASE_SUFFIX


def case_filter() -> str:
    return translate("messages", "FactDesk case files (*{suffix});;All files (*)").format(
        suffix=CASE_SUFFIX
    )


def all_files() -> str:
    return translate("messages", "All files (*)")


def box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box showing ``text`` as plain text (never as markup), with no buttons yet."""
    made = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setText(text)
    return made


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    action: str | None = None,
    safe_default: bool = False,
) -> bool:
    """Ask before doing ``action`` (OK).  ``safe_default``: Enter cancels (a risky step)."""
    action = action or translate("messages", "OK")
    question = box(parent, QMessageBox.Icon.Question, title, text)
    yes = question.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = question.addButton(QMessageBox.StandardButton.Cancel)
    question.setDefaultButton(cancel if safe_default else yes)
    question.exec()
    return question.clickedButton() is yes


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int:
    """The index of the button chosen among ``choices``, or -1 for Cancel."""
    question = box(parent, QMessageBox.Icon.Question, title, text)
    buttons = [question.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
    question.addButton(QMessageBox.StandardButton.Cancel)
    question.exec()
    clicked = question.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    message = box(parent, icon, title, text)
    message.addButton(QMessageBox.StandardButton.Ok)
    message.exec()


def show_error(parent: QWidget | None, text: str, *, title: str = "FactDesk") -> None:
    _tell(parent, QMessageBox.Icon.Warning, title, text)


def show_info(parent: QWidget | None, text: str, *, title: str = "FactDesk") -> None:
    _tell(parent, QMessageBox.Icon.Information, title, text)


def offer(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    action: str,
    warning: bool = False,
) -> bool:
    """Tell the user something and offer one next step (say, "Open in browser").

    True if the user took it; the other button is Close.
    """
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    message = box(parent, icon, title, text)
    take = message.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    message.addButton(QMessageBox.StandardButton.Close)
    message.setDefaultButton(take)
    message.exec()
    return message.clickedButton() is take


def purpose_of(filter: str) -> str:
    """Which kind of file a dialog is for: each kind remembers its own folder."""
    lowered = filter.lower()
    for purpose, mark in (
        ("cases", CASE_SUFFIX),
        ("bundles", ".factbundle"),
        ("reports", ".html"),
        ("spreadsheets", ".csv"),
    ):
        if mark in lowered:
            return purpose
    return "attachments"


def _start(purpose: str, suggested: str = "") -> str:
    folder = window_state.dialog_folder(purpose)
    if suggested and not Path(suggested).is_absolute():
        return str(folder / suggested)
    return suggested or str(folder)


def open_file_names(
    parent: QWidget | None, title: str, filter: str | None = None, *, purpose: str = ""
) -> list[Path]:
    filter = filter or all_files()
    purpose = purpose or purpose_of(filter)
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(purpose), filter)
    if names:
        window_state.remember_folder(purpose, Path(names[0]).parent)
    return [Path(n) for n in names]


def open_file_name(
    parent: QWidget | None, title: str, filter: str | None = None, *, purpose: str = ""
) -> Path | None:
    filter = filter or case_filter()
    purpose = purpose or purpose_of(filter)
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(purpose), filter)
    if name:
        window_state.remember_folder(purpose, Path(name).parent)
    return Path(name) if name else None


def save_file_name(
    parent: QWidget | None,
    title: str,
    suggested: str = "",
    filter: str | None = None,
    *,
    purpose: str = "",
) -> Path | None:
    filter = filter or all_files()
    purpose = purpose or purpose_of(filter + " " + suggested)
    name, _ = QFileDialog.getSaveFileName(parent, title, _start(purpose, suggested), filter)
    if name:
        window_state.remember_folder(purpose, Path(name).parent)
    return Path(name) if name else None


def ask_name(suggested: str) -> str:
    """Who the user is (asked once, on the first start)."""
    from factdesk.gui.dialogs.first_start import ask_name as dialog

    return dialog(suggested)


def open_external(url: QUrl) -> bool:
    """Open a web address or a local file in the desktop's usual program."""
    return QDesktopServices.openUrl(url)

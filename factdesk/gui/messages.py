"""Every question and message the window puts to the user, in one replaceable place.

Tests replace these functions (monkeypatch) instead of clicking blocking dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from factdesk.paths import CASE_SUFFIX

CASE_FILTER = f"FactDesk case files (*{CASE_SUFFIX});;All files (*)"


def confirm(parent: QWidget | None, title: str, text: str, *, action: str = "OK") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int:
    """The index of the button chosen among ``choices``, or -1 for Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def show_error(parent: QWidget | None, text: str, *, title: str = "FactDesk") -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, text: str, *, title: str = "FactDesk") -> None:
    QMessageBox.information(parent, title, text)


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
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    take = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(take)
    box.exec()
    return box.clickedButton() is take


def open_file_names(
    parent: QWidget | None, title: str, filter: str = "All files (*)"
) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filter)
    return [Path(n) for n in names]


def open_file_name(parent: QWidget | None, title: str, filter: str = CASE_FILTER) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
    return Path(name) if name else None


def save_file_name(
    parent: QWidget | None, title: str, suggested: str = "", filter: str = "All files (*)"
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter)
    return Path(name) if name else None


def open_external(url: QUrl) -> bool:
    """Open a web address or a local file in the desktop's usual program."""
    return QDesktopServices.openUrl(url)

"""Driving the window the way a user does: typing, choosing, clicking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit


def type_line(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Replace a line edit's text by typing, then press Return (which saves it)."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(qtbot: Any, edit: QPlainTextEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def choose(combo: QComboBox, data: Any) -> None:
    """Pick the entry holding ``data``, as a click in the drop-down would."""
    row = combo.findData(data)
    assert row >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(row)
    combo.activated.emit(row)

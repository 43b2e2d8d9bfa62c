"""Small building blocks the panes share: section titles, URL rows, labelled grids."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from factdesk import i18n
from factdesk.gui import messages


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label with a keyboard mnemonic that focuses its field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class UrlRow(QWidget):
    """A URL field with an Open button that hands the address to the browser."""

    def __init__(self, edit: QLineEdit, accessible: str) -> None:
        super().__init__()
        self.edit = edit
        edit.setPlaceholderText(self.tr("https://…"))
        edit.setAccessibleName(accessible)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(
            self.tr("Open {field} in the browser").format(field=accessible)
        )
        self.open_button.setToolTip(self.tr("Open this address in your web browser"))
        self.open_button.clicked.connect(self.open)
        edit.textChanged.connect(self._update)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(edit, 1)
        layout.addWidget(self.open_button)
        self._update()

    def _update(self) -> None:
        self.open_button.setEnabled(self.edit.text().strip().startswith(("http://", "https://")))

    def open(self) -> None:
        text = self.edit.text().strip()
        if text.startswith(("http://", "https://")):
            messages.open_external(QUrl(text))


def language_box(current: str, *, system: str | None = None) -> QComboBox:
    """A choice of FactDesk's languages, each named in its own language (data: the code).

    ``system``, when given, heads the list as "" (follow the system's language).
    """
    box = QComboBox()
    if system is not None:
        box.addItem(system, "")
    for code, name in i18n.LANGUAGES.items():
        box.addItem(name, code)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    return box


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order (the order they are seen in)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class DateProblem(QLabel):
    """What is wrong with a date just typed, shown under the field rather than in a box."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setAccessibleName(self.tr("Problem with the date"))
        self.hide()

    def say(self, message: str) -> None:
        self.setText(message[:1].upper() + message[1:])
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()

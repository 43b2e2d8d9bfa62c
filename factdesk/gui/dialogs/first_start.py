"""The first start: who is working, so that no history entry ever says "unknown"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class NameDialog(QDialog):
    """Asks once for the name the history and verdicts will carry."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to FactDesk"))
        intro = QLabel(
            self.tr(
                "Your name goes into the history of every change you make and onto the "
                "verdicts you review. You can change it later (Edit → Settings…)."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.name = QLineEdit(suggested)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("Your name, as colleagues know it"))
        self.name.selectAll()
        label = QLabel(self.tr("&Your name"))
        label.setBuddy(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def value(self) -> str:
        return self.name.text().strip()


def ask_name(suggested: str) -> str:
    """The user's name (``suggested`` when the dialog is closed without one)."""
    dialog = NameDialog(suggested)
    dialog.exec()
    return dialog.value() or suggested

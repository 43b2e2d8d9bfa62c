"""File → Connect to team server…: the address of a case shared on a PostgreSQL server."""

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

from factdesk.locations import MAX_URL, ServerAddress, is_server_url

HELP = (
    "The address your desk's administrator gave you, such as\n"
    "postgresql://ana@db.example.org/election\n\n"
    "Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: "
    "FactDesk does not store or show them."
)


class ConnectDialog(QDialog):
    """One line for the address; an address that is not one is refused, saying why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to team server")
        self.setAccessibleName("Connect to team server")
        self.address: ServerAddress | None = None
        layout = QVBoxLayout(self)
        help_text = QLabel(HELP, self)
        help_text.setTextFormat(Qt.TextFormat.PlainText)
        help_text.setWordWrap(True)
        help_text.setAccessibleName("How to connect")
        layout.addWidget(help_text)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.url.setMaxLength(MAX_URL)
        self.url.setAccessibleName("Server address")
        layout.addWidget(self.url)
        self.problem = QLabel("", self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Problem with the address")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        text = self.url.text().strip()
        try:
            if not is_server_url(text):
                raise ValueError("a server address starts with postgresql://")
            self.address = ServerAddress(text)
        except ValueError as exc:
            self.problem.setText(f"Not a server address: {exc}.")
            self.problem.show()
            return
        super().accept()


def ask_server_address(parent: QWidget | None) -> ServerAddress | None:
    dialog = ConnectDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.address

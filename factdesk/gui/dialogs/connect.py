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


class ConnectDialog(QDialog):
    """One line for the address; an address that is not one is refused, saying why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team server"))
        self.setAccessibleName(self.tr("Connect to team server"))
        self.address: ServerAddress | None = None
        layout = QVBoxLayout(self)
        help_text = QLabel(
            self.tr(
                "The address your desk's administrator gave you, such as\n{example}\n\n"
                "Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: "
                "FactDesk does not store or show them."
            ).format(example="postgresql://ana@db.example.org/election"),
            self,
        )
        help_text.setTextFormat(Qt.TextFormat.PlainText)
        help_text.setWordWrap(True)
        help_text.setAccessibleName(self.tr("How to connect"))
        layout.addWidget(help_text)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("postgresql://user@host/database"))
        self.url.setMaxLength(MAX_URL)
        self.url.setAccessibleName(self.tr("Server address"))
        layout.addWidget(self.url)
        self.problem = QLabel("", self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the address"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        text = self.url.text().strip()
        if not is_server_url(text):
            self.problem.setText(
                self.tr("Not a server address: a server address starts with postgresql://.")
            )
            self.problem.show()
            return
        try:
            self.address = ServerAddress(text)
        except ValueError as exc:
            self.problem.setText(self.tr("Not a server address: {reason}.").format(reason=exc))
            self.problem.show()
            return
        super().accept()


def ask_server_address(parent: QWidget | None) -> ServerAddress | None:
    dialog = ConnectDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.address

"""Settings: the author name written into history and verdicts, the default case file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.gui import messages
from factdesk.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        self.author = QLineEdit(settings.author)
        self.author.setAccessibleName("Your name")
        self.author.setPlaceholderText("As it should appear in history and verdicts")
        self.default_case = QLineEdit(settings.default_case_file)
        self.default_case.setAccessibleName("Default case file")
        self.default_case.setPlaceholderText("default.factdesk in your data folder")
        browse = QPushButton("Choose…")
        browse.setAccessibleName("Choose the default case file")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.default_case, 1)
        row.addWidget(browse)
        note = QLabel(
            "Your name is recorded with every change you make and is the default reviewer "
            "of verdicts. The default case file opens when no other was used last."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Your &name", self.author)
        form.addRow("&Default case file", row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = messages.open_file_name(self, "Default case file")
        if chosen is not None:
            self.default_case.setText(str(chosen))

    def apply_to(self, settings: Settings) -> Settings:
        settings.author = self.author.text().strip()
        settings.default_case_file = self.default_case.text().strip()
        return settings

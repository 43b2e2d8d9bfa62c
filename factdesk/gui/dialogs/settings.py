"""Settings: the author name, the default case file, and who publishes reports where."""

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

from factdesk.errors import ValidationError
from factdesk.gui import messages
from factdesk.services import validation
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
        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName("Organisation")
        self.organisation.setPlaceholderText("Who publishes the fact-checks")
        self.publication_url = QLineEdit(settings.publication_url)
        self.publication_url.setAccessibleName("Organisation's web address")
        self.publication_url.setPlaceholderText("https://factcheck.example.org/")
        note = QLabel(
            "Your name is recorded with every change you make and is the default reviewer "
            "of verdicts. The default case file opens when no other was used last. Reports "
            "name the organisation as publisher, with its web address; each report's own "
            "address (its article URL) is asked for when it is exported."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Your &name", self.author)
        default_label = QLabel("&Default case file")
        default_label.setBuddy(self.default_case)  # a layout cannot be a buddy: the edit is
        form.addRow(default_label, row)
        form.addRow("&Organisation", self.organisation)
        form.addRow("Organisation's &web address", self.publication_url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = messages.open_file_name(self, "Default case file")
        if chosen is not None:
            self.default_case.setText(str(chosen))

    def accept(self) -> None:
        """Refuse an address that is not a web address, keeping the dialog open."""
        try:
            validation.url(self.publication_url.text().strip(), "organisation's web address")
        except ValidationError as exc:
            messages.show_error(self, str(exc)[:1].upper() + str(exc)[1:])
            self.publication_url.setFocus()
            return
        super().accept()

    def apply_to(self, settings: Settings) -> Settings:
        settings.author = self.author.text().strip()
        settings.default_case_file = self.default_case.text().strip()
        settings.organisation = self.organisation.text().strip()
        settings.publication_url = (
            validation.url(self.publication_url.text().strip(), "organisation's web address") or ""
        )
        return settings

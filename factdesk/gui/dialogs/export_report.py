"""File → Export report…: which claims, a title, and whether to include working notes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.settings import Settings


@dataclass(frozen=True)
class ReportChoice:
    """What the user asked for: all claims, or the selected ones."""

    all_claims: bool
    title: str
    include_notes: bool


def _quoted(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return f"“{text[: limit - 1]}…”" if len(text) > limit else f"“{text}”"


class ExportReportDialog(QDialog):
    def __init__(
        self,
        *,
        selected: int,
        first_selected: str,
        total: int,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        self.setMinimumWidth(540)

        if selected == 1:
            selected_text = f"The selected claim: {_quoted(first_selected)}"
        else:
            selected_text = f"The {selected:,} selected claims, in list order"
        self.selected_button = QRadioButton(selected_text)
        self.selected_button.setAccessibleName("Report on the selected claims")
        self.all_button = QRadioButton(
            f"All {total:,} claims in this case file, oldest first"
            if total != 1
            else "The one claim in this case file"
        )
        self.all_button.setAccessibleName("Report on all claims")
        group = QButtonGroup(self)
        group.addButton(self.selected_button)
        group.addButton(self.all_button)
        self.selected_button.setEnabled(selected > 0)
        (self.selected_button if selected else self.all_button).setChecked(True)

        self.title = QLineEdit()
        self.title.setAccessibleName("Report title")
        self.title.setPlaceholderText(
            "Optional headline (a single claim is headed by the claim itself)"
        )
        self.include_notes = QCheckBox("Include &working notes (for an internal review copy)")
        self.include_notes.setToolTip(
            "Adds the notes on claims and evidence. Leave it off for a report you publish."
        )

        organisation = settings.organisation.strip() or "(none)"
        url = settings.publication_url.strip() or "none set, so search engines get no address"
        self.settings_note = QLabel(
            f"Published by: {organisation}\nPublication URL: {url}\n"
            "(change these in Edit → Settings…)"
        )
        self.settings_note.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_note.setWordWrap(True)
        self.settings_note.setAccessibleName("Report settings")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "&Export…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        which = QGroupBox("Report on")
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.selected_button)
        which_layout.addWidget(self.all_button)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("", self.include_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addLayout(form)
        layout.addWidget(self.settings_note)
        layout.addWidget(self.buttons)

    def choice(self) -> ReportChoice:
        return ReportChoice(
            all_claims=self.all_button.isChecked(),
            title=self.title.text().strip(),
            include_notes=self.include_notes.isChecked(),
        )

"""File → Export report…: which claims, a title, and whether to include working notes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factdesk import i18n
from factdesk.gui.dialogs.claim_scope import ClaimScopeBox
from factdesk.gui.widgets import buddy_label, language_box
from factdesk.settings import Settings, report_language


@dataclass(frozen=True)
class ReportChoice:
    """What the user asked for: all claims, or the selected ones."""

    all_claims: bool
    title: str
    include_notes: bool
    language: str = i18n.SOURCE_LANGUAGE


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
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(540)

        self.scope = ClaimScopeBox(
            self.tr("Report on"),
            selected=selected,
            first_selected=first_selected,
            total=total,
            all_text=(
                self.tr("All %Ln claim(s) in this case file, oldest first", "", total)
                if total != 1
                else self.tr("The one claim in this case file")
            ),
        )
        self.selected_button = self.scope.selected_button
        self.all_button = self.scope.all_button

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Report title"))
        self.title.setPlaceholderText(
            self.tr("Optional headline (a single claim is headed by the claim itself)")
        )
        self.include_notes = QCheckBox(
            self.tr("Include &working notes (for an internal review copy)")
        )
        self.language = language_box(report_language(settings, i18n.language()))
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.setToolTip(
            self.tr(
                "The language of the report's headings, dates and numbers; the claims, "
                "evidence and rating labels stay as written"
            )
        )
        self.include_notes.setToolTip(
            self.tr("Adds the notes on claims and evidence. Leave it off for a report you publish.")
        )

        organisation = settings.organisation.strip() or self.tr("(none)")
        url = settings.publication_url.strip() or self.tr(
            "none set, so search engines get no address"
        )
        self.settings_note = QLabel(
            self.tr(
                "Published by: {organisation}\nPublication URL: {url}\n"
                "(change these in Edit → Settings…)"
            ).format(organisation=organisation, url=url)
        )
        self.settings_note.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_note.setWordWrap(True)
        self.settings_note.setAccessibleName(self.tr("Report settings"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.include_notes)  # the whole width: its text is long in any language
        form.addRow(buddy_label(self.tr("Report &language"), self.language), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(form)
        layout.addWidget(self.settings_note)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once in the dialog: Return exports

    def choice(self) -> ReportChoice:
        return ReportChoice(
            all_claims=self.scope.scope()[0] == "all",
            title=self.title.text().strip(),
            include_notes=self.include_notes.isChecked(),
            language=self.language.currentData(),
        )

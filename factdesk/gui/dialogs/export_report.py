"""File → Export report…: which claims, a title, where it will be published, and by whom.

A report for publication names the organisation behind it and, in its
ClaimReview data, the address of the article it becomes. The organisation
and its web address are remembered (they are the same for every report);
the article's address is this report's own. While the organisation is still
the placeholder "FactDesk", only an internal review copy (with the working
notes, marked as not for publication) can be exported.
"""

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

from factdesk.errors import ValidationError
from factdesk.gui.dialogs.claim_scope import ClaimScopeBox
from factdesk.services import validation
from factdesk.services.reports import organisation_problem
from factdesk.settings import Settings


@dataclass(frozen=True)
class ReportChoice:
    """What the user asked for: all claims, or the selected ones, and how to publish them."""

    all_claims: bool
    title: str
    include_notes: bool
    article_url: str | None = None
    organisation: str = ""
    organisation_url: str = ""


def _same_address(a: str, b: str) -> bool:
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()


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

        self.scope = ClaimScopeBox(
            "Report on",
            selected=selected,
            first_selected=first_selected,
            total=total,
            all_text=(
                f"All {total:,} claims in this case file, oldest first"
                if total != 1
                else "The one claim in this case file"
            ),
        )
        self.selected_button = self.scope.selected_button
        self.all_button = self.scope.all_button

        self.title = QLineEdit()
        self.title.setAccessibleName("Report title")
        self.title.setPlaceholderText(
            "Optional headline (a single claim is headed by the claim itself)"
        )
        self.include_notes = QCheckBox(
            "Include &working notes: an internal review copy, marked as not for publication"
        )
        self.include_notes.setToolTip(
            "Adds the notes on claims and evidence, and marks every page "
            "“Internal review copy — not for publication”. Leave it off for a report you publish."
        )
        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName("Published by (organisation)")
        self.organisation.setPlaceholderText("Your newsroom or fact-checking organisation")
        self.organisation_url = QLineEdit(settings.publication_url)
        self.organisation_url.setAccessibleName("Organisation's web address")
        self.organisation_url.setPlaceholderText("https://factcheck.example.org/ (remembered)")
        self.article_url = QLineEdit(settings.publication_url)
        self.article_url.setAccessibleName("Article URL of this report")
        self.article_url.setPlaceholderText("https://… the page this report will be published as")
        self.article_url.setToolTip(
            "The address of the published fact-check: search engines read it from the "
            "report's ClaimReview data. Leave it empty if it is not known yet."
        )
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b3261e; }")
        self.problem.setAccessibleName("What must be fixed before exporting")
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "&Export…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("&Title", self.title)
        form.addRow("", self.include_notes)
        form.addRow("Published &by", self.organisation)
        form.addRow("Organisation's &web address", self.organisation_url)
        form.addRow("&Article URL", self.article_url)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once in the dialog: Return exports
        self.include_notes.toggled.connect(lambda _on: self._show_problem(None))

    def _show_problem(self, text: str | None, field: QWidget | None = None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        if field is not None:
            field.setFocus()

    def accept(self) -> None:
        """Export only what can be published as it says; otherwise say what to fix, here."""
        notes = self.include_notes.isChecked()
        settings = Settings(organisation=self.organisation.text().strip())
        problem = None if notes else organisation_problem(settings)
        if problem:
            self._show_problem(
                f"{problem[:1].upper()}{problem[1:]}. Type the name of the organisation that "
                "publishes this fact-check, or include the working notes for an internal "
                "review copy.",
                self.organisation,
            )
            return
        try:
            base = validation.url(
                self.organisation_url.text().strip(), "organisation's web address"
            )
        except ValidationError as exc:
            self._show_problem(f"{str(exc)[:1].upper()}{str(exc)[1:]}", self.organisation_url)
            return
        try:
            article = validation.url(self.article_url.text().strip(), "article URL")
        except ValidationError as exc:
            self._show_problem(f"{str(exc)[:1].upper()}{str(exc)[1:]}", self.article_url)
            return
        if article and base and _same_address(article, base) and not notes:
            self._show_problem(
                "The article URL is your organisation's web address: complete it with the "
                "address of this fact-check's own page, or clear it to export without one.",
                self.article_url,
            )
            self.article_url.end(False)
            return
        self._show_problem(None)
        super().accept()

    def choice(self) -> ReportChoice:
        article = self.article_url.text().strip()
        base = self.organisation_url.text().strip()
        if base and _same_address(article, base):
            article = ""  # only an internal copy gets here: it has no address of its own
        return ReportChoice(
            all_claims=self.scope.scope()[0] == "all",
            title=self.title.text().strip(),
            include_notes=self.include_notes.isChecked(),
            article_url=article or None,
            organisation=self.organisation.text().strip(),
            organisation_url=base,
        )

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

from factdesk import i18n
from factdesk.errors import ValidationError
from factdesk.gui.dialogs.claim_scope import ClaimScopeBox
from factdesk.gui.widgets import buddy_label, language_box
from factdesk.services import validation
from factdesk.services.reports import organisation_problem
from factdesk.settings import Settings, report_language


@dataclass(frozen=True)
class ReportChoice:
    """What the user asked for: all claims, or the selected ones, and how to publish them."""

    all_claims: bool
    title: str
    include_notes: bool
    language: str = i18n.SOURCE_LANGUAGE
    article_url: str | None = None
    organisation: str = ""
    organisation_url: str = ""


def _same_address(a: str, b: str) -> bool:
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()


def _sentence(text: str) -> str:
    """A message below the window, begun as a sentence in the dialog."""
    return text[:1].upper() + text[1:]


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
        self.include_notes = QCheckBox(self.tr("Include &working notes"))
        # What the notes make of the report, under the box: wrapped, so no language's
        # longer words widen the dialog.
        self.notes_hint = QLabel(
            self.tr("An internal review copy, marked on every page as not for publication")
        )
        self.notes_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_hint.setWordWrap(True)
        self.notes_hint.setAccessibleName(self.tr("What including the working notes makes"))
        self.notes_hint.setIndent(self.include_notes.iconSize().width() + 8)
        self.language = language_box(report_language(settings, i18n.language()))
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.setToolTip(
            self.tr(
                "The language of the report's headings, dates and numbers; the claims, "
                "evidence and rating labels stay as written"
            )
        )
        self.include_notes.setToolTip(
            self.tr(
                "Adds the notes on claims and evidence, and marks every page "
                "“Internal review copy — not for publication”. Leave it off for a report you "
                "publish."
            )
        )
        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName(self.tr("Published by (organisation)"))
        self.organisation.setPlaceholderText(self.tr("Your newsroom or fact-checking organisation"))
        self.organisation_url = QLineEdit(settings.publication_url)
        self.organisation_url.setAccessibleName(self.tr("Organisation's web address"))
        self.organisation_url.setPlaceholderText(
            self.tr("https://factcheck.example.org/ (remembered)")
        )
        self.article_url = QLineEdit(settings.publication_url)
        self.article_url.setAccessibleName(self.tr("Article URL of this report"))
        self.article_url.setPlaceholderText(
            self.tr("https://… the page this report will be published as")
        )
        self.article_url.setToolTip(
            self.tr(
                "The address of the published fact-check: search engines read it from the "
                "report's ClaimReview data. Leave it empty if it is not known yet."
            )
        )
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b3261e; }")
        self.problem.setAccessibleName(self.tr("What must be fixed before exporting"))
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.include_notes)  # the whole width: its text is long in any language
        form.addRow(self.notes_hint)
        form.addRow(self.tr("Published &by"), self.organisation)
        form.addRow(self.tr("Organisation's &web address"), self.organisation_url)
        form.addRow(self.tr("&Article URL"), self.article_url)
        form.addRow(buddy_label(self.tr("Report &language"), self.language), self.language)
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
                self.tr(
                    "{problem}. Type the name of the organisation that publishes this "
                    "fact-check, or include the working notes for an internal review copy."
                ).format(problem=_sentence(problem)),
                self.organisation,
            )
            return
        try:
            base = validation.url(
                self.organisation_url.text().strip(), i18n._("organisation's web address")
            )
        except ValidationError as exc:
            self._show_problem(_sentence(str(exc)), self.organisation_url)
            return
        try:
            article = validation.url(self.article_url.text().strip(), i18n._("article URL"))
        except ValidationError as exc:
            self._show_problem(_sentence(str(exc)), self.article_url)
            return
        if article and base and _same_address(article, base) and not notes:
            self._show_problem(
                self.tr(
                    "The article URL is your organisation's web address: complete it with the "
                    "address of this fact-check's own page, or clear it to export without one."
                ),
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
            language=self.language.currentData(),
            article_url=article or None,
            organisation=self.organisation.text().strip(),
            organisation_url=base,
        )

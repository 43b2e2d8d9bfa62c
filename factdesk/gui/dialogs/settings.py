"""Settings: the author name, the default case file, who publishes reports where, and languages."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from factdesk import i18n
from factdesk.errors import ValidationError
from factdesk.gui import messages
from factdesk.gui.widgets import buddy_label, language_box
from factdesk.gui.worker import Task
from factdesk.services import validation
from factdesk.settings import Settings, report_language


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.author = QLineEdit(settings.author)
        self.author.setAccessibleName(self.tr("Your name"))
        self.author.setPlaceholderText(self.tr("As it should appear in history and verdicts"))
        self.default_case = QLineEdit(settings.default_case_file)
        self.default_case.setAccessibleName(self.tr("Default case file"))
        self.default_case.setPlaceholderText(self.tr("default.factdesk in your data folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the default case file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.default_case, 1)
        row.addWidget(browse)
        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("Who publishes the fact-checks"))
        self.publication_url = QLineEdit(settings.publication_url)
        self.publication_url.setAccessibleName(self.tr("Organisation's web address"))
        self.publication_url.setPlaceholderText(self.tr("https://factcheck.example.org/"))
        self.language = language_box(settings.language, system=self.tr("The system's language"))
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.language.setToolTip(
            self.tr("Menus, buttons and messages; it changes the next time FactDesk starts")
        )
        self.report_language = language_box(report_language(settings, i18n.language()))
        self.report_language.setAccessibleName(self.tr("Language of reports"))
        self.report_language.setToolTip(
            self.tr(
                "The headings, dates and numbers of the reports you export; claims, evidence "
                "and rating labels stay as written"
            )
        )
        note = QLabel(
            self.tr(
                "Your name is recorded with every change you make and is the default reviewer "
                "of verdicts. The default case file opens when no other was used last. Reports "
                "name the organisation as publisher, with its web address; each report's own "
                "address (its article URL) is asked for when it is exported."
            )
        )
        note.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of a report in the chosen language"))
        self.preview.setMinimumHeight(220)
        self.preview_task: Task | None = None
        self.report_language.currentIndexChanged.connect(lambda _i: self.show_preview())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Your &name"), self.author), self.author)
        # a layout cannot be a buddy: the edit is
        form.addRow(buddy_label(self.tr("&Default case file"), self.default_case), row)
        form.addRow(buddy_label(self.tr("&Organisation"), self.organisation), self.organisation)
        form.addRow(
            buddy_label(self.tr("Organisation's &web address"), self.publication_url),
            self.publication_url,
        )
        form.addRow(buddy_label(self.tr("&Window language"), self.language), self.language)
        form.addRow(
            buddy_label(self.tr("&Report language"), self.report_language), self.report_language
        )
        preview_title = QLabel(self.tr("The sample case's report in this language:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 720)
        self.show_preview()

    def show_preview(self) -> None:
        """Render the sample's report in the chosen language off the GUI thread, then show it."""
        lang = self.report_language.currentData()
        settings = replace(self.settings, publication_url="")
        task = Task(lambda _progress: (lang, _sample_report(lang, settings)))
        # A method of the dialog, not a lambda: a preview finishing after the dialog
        # has closed (and gone) is dropped by Qt instead of reaching a deleted widget.
        task.signals.finished.connect(self._show_html)
        self.preview_task = task
        QThreadPool.globalInstance().start(task)

    def _show_html(self, result: tuple[str, str]) -> None:
        lang, html = result
        if lang != self.report_language.currentData():
            return  # another language was chosen meanwhile; its preview follows
        self.preview.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if i18n.is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        )
        self.preview.setHtml(html)
        self.preview.setProperty("language", lang)

    def _browse(self) -> None:
        chosen = messages.open_file_name(self, self.tr("Default case file"))
        if chosen is not None:
            self.default_case.setText(str(chosen))

    def accept(self) -> None:
        """Refuse an address that is not a web address, keeping the dialog open."""
        try:
            validation.url(
                self.publication_url.text().strip(), i18n._("organisation's web address")
            )
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
            validation.url(
                self.publication_url.text().strip(), i18n._("organisation's web address")
            )
            or ""
        )
        settings.language = self.language.currentData()
        settings.report_language = self.report_language.currentData()
        return settings


def _sample_report(lang: str, settings: Settings) -> str:
    from factdesk.services.sample import sample_report

    return sample_report(lang, settings)

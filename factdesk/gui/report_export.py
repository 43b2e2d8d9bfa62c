"""File → Export report…: choose claims and options, a file, then render off the GUI thread."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWidgets import QMainWindow

from factdesk.gui import messages, window_state
from factdesk.gui.controller import CaseController
from factdesk.gui.worker import Task, run_with_progress
from factdesk.services import Case
from factdesk.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from factdesk.gui.dialogs.export_report import ExportReportDialog, ReportChoice
    from factdesk.services.reports import Report

FOLDER_KEY = "reports"
MAX_SHOWN_WARNINGS = 12


def export_report(*args: Any, **kwargs: Any) -> Report:
    """Write a report (:func:`factdesk.services.reports.export_report`).

    Loaded on first use: reports bring Jinja2 and Markdown, which the window
    does not need until then.
    """
    from factdesk.services.reports import export_report as export

    return export(*args, **kwargs)


def slug(text: str, limit: int = 60) -> str:
    """A file-name-friendly short form of a claim: its first words, joined by hyphens."""
    words = re.findall(r"\w+", text.lower())
    name = ""
    for word in words:
        candidate = f"{name}-{word}" if name else word
        if len(candidate) > limit:
            break
        name = candidate
    return name or "report"


def default_report_path(case: Case, claim_text: str | None) -> Path:
    """One claim: named after the claim; several: after the case file. In the last folder used."""
    folder = window_state.dialog_folder(FOLDER_KEY)
    stem = slug(claim_text) if claim_text else case.path.stem
    return folder / f"{stem}.html"


def warnings_text(warnings: Sequence[str]) -> str:
    shown = [f"• {w[:1].upper()}{w[1:]}" for w in warnings[:MAX_SHOWN_WARNINGS]]
    if len(warnings) > MAX_SHOWN_WARNINGS:
        more = len(warnings) - MAX_SHOWN_WARNINGS
        shown.append(QCoreApplication.translate("report_export", "… and %Ln more.", "", more))
    return "\n".join(shown)


class ReportExport(QObject):
    """The Export report flow for one window."""

    finished = Signal(str)  # "written", "failed" or "cancelled"

    def __init__(self, window: QMainWindow, controller: CaseController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dialog: ExportReportDialog | None = None
        self.task: Task | None = None

    def start(self, selected: list[str]) -> None:
        """Ask what to export; ``selected`` are the claims selected in the list."""
        self.controller.flush_edits()
        case = self.controller.case
        total = case.claims.count()
        if total == 0:
            messages.show_info(
                self.window, self.tr("There are no claims in this case file to report on.")
            )
            return
        first = case.claims.get(selected[0]).text if selected else ""
        from factdesk.gui.dialogs.export_report import ExportReportDialog

        dialog = ExportReportDialog(
            selected=len(selected),
            first_selected=first,
            total=total,
            settings=load_settings(),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._choose_file(dialog.choice(), selected))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _choose_file(self, choice: ReportChoice, selected: list[str]) -> None:
        case = self.controller.case
        if choice.all_claims:
            ids = case.claims.list_ids(sort="created_at", descending=False)
        else:
            ids = list(selected)
        single_text = case.claims.get(ids[0]).text if len(ids) == 1 else None
        path = messages.save_file_name(
            self.window,
            self.tr("Export report"),
            str(default_report_path(case, single_text)),
            self.tr("Web pages (*.html *.htm);;All files (*)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".html", ".htm"):
            path = path.with_name(path.name + ".html")
        window_state.remember_folder(FOLDER_KEY, path.parent)
        settings = self._remember(choice)
        self.task = run_with_progress(
            self.window,
            self.tr("Exporting report"),
            lambda progress: export_report(
                case,
                ids,
                path,
                settings=settings,
                progress=progress,
                title=choice.title or None,
                include_notes=choice.include_notes,
                language=choice.language,
                article_url=choice.article_url,
            ),
            on_done=lambda report: self._written(path, report),
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )

    @staticmethod
    def _remember(choice: ReportChoice) -> Settings:
        """The organisation and its web address are the same for every report: kept."""
        settings = load_settings()
        if (settings.organisation, settings.publication_url) != (
            choice.organisation,
            choice.organisation_url,
        ):
            settings.organisation = choice.organisation
            settings.publication_url = choice.organisation_url
            save_settings(settings)
        return settings

    def _written(self, path: Path, report: Report) -> None:
        self.window.statusBar().showMessage(
            self.tr("Report written to {path}").format(path=path), 8000
        )
        text = self.tr("The report is written to\n{path}").format(path=path)
        if report.warnings:
            text += self.tr("\n\nWorth knowing before you publish it:\n") + warnings_text(
                report.warnings
            )
        if messages.offer(
            self.window,
            self.tr("Report exported"),
            text,
            action=self.tr("Open in browser"),
            warning=bool(report.warnings),
        ) and not messages.open_external(QUrl.fromLocalFile(str(path))):
            messages.show_error(
                self.window,
                self.tr("No program to show web pages was found; the report is at {path}.").format(
                    path=path
                ),
            )
        self.finished.emit("written")

    def _failed(self, message: str) -> None:
        messages.show_error(
            self.window, self.tr("The report was not exported: {problem}").format(problem=message)
        )
        self.finished.emit("failed")

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Report export cancelled; no file was written."), 8000
        )
        self.finished.emit("cancelled")

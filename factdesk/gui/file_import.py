"""File → Import…, File → Export spreadsheet… and Edit → Rating scale…: the flows.

Import: choose files; the preview is worked out in the background (the
import run and rolled back) behind a progress bar with Cancel; the preview
dialog shows it and takes the user's choices; Import then runs the import,
again in the background with Cancel, as one transaction after a backup.
The import services (and their parsing libraries) are loaded on first use,
so the window opens as fast as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from factdesk.gui import messages, window_state
from factdesk.gui.bundle_transfer import export_scope, import_summary_text
from factdesk.gui.controller import CaseController, Change
from factdesk.gui.report_export import slug
from factdesk.gui.translation import translate
from factdesk.gui.worker import Task, run_with_progress

if TYPE_CHECKING:
    from factdesk.gui.dialogs.import_files import ImportFilesDialog
    from factdesk.gui.dialogs.rating_scale import RatingScaleDialog
    from factdesk.services.imports import ImportOptions, ImportReport

IMPORT_PATTERNS = "*.html *.htm *.mhtml *.mht *.json *.jsonld *.csv *.tsv *.txt *.xlsx *.ris *.bib"
FOLDER_KEY = "imports"


class FileImport(QObject):
    # "imported", "failed", "cancelled", "closed" (the preview was cancelled), "exported"
    finished = Signal(str)
    preview_shown = Signal()

    def __init__(self, window: QMainWindow, controller: CaseController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dialog: ImportFilesDialog | None = None
        self.scale_dialog: RatingScaleDialog | None = None
        self.task: Task | None = None
        self.paths: list[Path] = []
        self.current_claim: tuple[str, str] | None = None

    # -- import ---------------------------------------------------------------------
    def start(self, current_claim: tuple[str, str] | None = None) -> None:
        if self.controller.case.read_only:
            return
        self.controller.flush_edits()
        import_filter = self.tr(
            "Fact-checks, spreadsheets and citations ({patterns});;All files (*)"
        ).format(patterns=IMPORT_PATTERNS)
        paths = messages.open_file_names(self.window, self.tr("Import"), import_filter)
        if not paths:
            return
        window_state.remember_folder(FOLDER_KEY, paths[0].parent)
        self.paths = paths
        self.current_claim = current_claim
        from factdesk.services.imports import ImportOptions

        self.preview(ImportOptions())

    def preview(self, options: ImportOptions) -> None:
        from factdesk.services.imports import NeedsColumnMap, preview_import

        case = self.controller.case
        paths = list(self.paths)

        def work(progress: Any) -> Any:
            try:
                return preview_import(case, paths, options, progress)
            except NeedsColumnMap as exc:
                return _mapping_needed(exc, options)

        self.task = run_with_progress(
            self.window,
            self.tr("Reading files"),
            work,
            on_done=self._show_preview,
            on_failed=lambda message: self._failed(
                self.tr("The files cannot be imported"), message
            ),
            on_cancelled=lambda: self._cancelled(
                self.tr("Import cancelled; nothing was changed."), False
            ),
        )

    def _show_preview(self, report: ImportReport) -> None:
        from factdesk.gui.dialogs.import_files import ImportFilesDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_report(report)
            if report.needs_map:
                self.dialog.import_button.setEnabled(False)
            return
        case = self.controller.case
        dialog = ImportFilesDialog(
            report,
            case.ratings.scale(),
            case.rating_scale.colours(),
            self.current_claim,
            self.window,
        )
        if report.needs_map:
            dialog.import_button.setEnabled(False)
        dialog.update_requested.connect(self.preview)
        dialog.accepted.connect(lambda: self._apply(dialog.options()))
        dialog.rejected.connect(lambda: self.finished.emit("closed"))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        self.preview_shown.emit()

    def _forget_dialog(self, dialog: ImportFilesDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _apply(self, options: ImportOptions) -> None:
        from factdesk.services.imports import run_import

        case = self.controller.case
        paths = list(self.paths)
        self.task = run_with_progress(
            self.window,
            self.tr("Importing"),
            lambda progress: run_import(case, paths, options, progress),
            on_done=self._imported,
            on_failed=lambda message: self._failed(
                self.tr("Nothing was imported; the case file is as it was"), message
            ),
            on_cancelled=lambda: self._cancelled(
                self.tr(
                    "The import was cancelled. Nothing was imported; the case file is as it was."
                )
            ),
        )

    def _imported(self, report: ImportReport) -> None:
        summary = report.summary
        touched = {*summary.added, *summary.updated}
        self.controller.notify(
            Change(claim_ids=frozenset(touched), structure=True, everything=True)
        )
        names = ", ".join(name for name, _facts in report.files)
        self.window.statusBar().showMessage(self.tr("Imported {names}").format(names=names), 8000)
        messages.show_info(
            self.window,
            import_summary_text(names, summary, backed_up=report.backed_up),
            title=self.tr("Imported"),
        )
        self.finished.emit("imported")

    # -- export spreadsheet ----------------------------------------------------------------
    def export_spreadsheet(self, selected: list[str]) -> None:
        from factdesk.gui.dialogs.export_spreadsheet import ExportSpreadsheetDialog

        scope = export_scope(self.controller, selected, self.window)
        if scope is None:
            return
        dialog = ExportSpreadsheetDialog(**scope, parent=self.window)
        dialog.accepted.connect(lambda: self._export_to_file(dialog, selected))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()

    def _export_to_file(self, dialog: Any, selected: list[str]) -> None:
        from factdesk.services.exports import export_csv
        from factdesk.services.records import ClaimFilter

        scope, tag = dialog.scope.scope()
        evidence = dialog.evidence.isChecked()
        case = self.controller.case
        if scope == "selected" and len(selected) == 1:
            stem = slug(case.claims.get(selected[0]).text)
        elif scope == "tag" and tag:
            stem = f"{case.path.stem}-{slug(tag)}"
        else:
            stem = case.path.stem
        stem += "-evidence" if evidence else ""
        folder = window_state.last_folder(FOLDER_KEY) or case.path.parent
        path = messages.save_file_name(
            self.window,
            self.tr("Export spreadsheet"),
            str(folder / f"{stem}.csv"),
            self.tr("Spreadsheets (*.csv);;All files (*)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        window_state.remember_folder(FOLDER_KEY, path.parent)
        ids = list(selected) if scope == "selected" else None
        filt = ClaimFilter(tag=tag) if scope == "tag" else None
        self.task = run_with_progress(
            self.window,
            self.tr("Exporting spreadsheet"),
            lambda progress: export_csv(
                case, path, filter=filt, claim_ids=ids, evidence=evidence, progress=progress
            ),
            on_done=lambda result: self._exported(result, evidence),
            on_failed=lambda message: self._failed(
                self.tr("The spreadsheet was not written"), message
            ),
            on_cancelled=lambda: self._cancelled(
                self.tr("Export cancelled; no file was written."), message=False
            ),
        )

    def _exported(self, result: Any, evidence: bool) -> None:
        self.window.statusBar().showMessage(
            self.tr("Spreadsheet written to {path}").format(path=result.path), 8000
        )
        rows = (
            self.tr("Wrote %Ln evidence item(s) to\n{path}", "", result.rows)
            if evidence
            else self.tr("Wrote %Ln claim(s) to\n{path}", "", result.rows)
        )
        messages.show_info(
            self.window,
            rows.format(path=result.path),
            title=self.tr("Spreadsheet exported"),
        )
        self.finished.emit("exported")

    # -- rating scale -------------------------------------------------------------------------
    def edit_scale(self) -> None:
        from factdesk.gui.dialogs.rating_scale import RatingScaleDialog

        self.controller.flush_edits()
        dialog = RatingScaleDialog(self.controller, self.window)
        dialog.finished.connect(lambda _r: self._scale_closed(dialog))
        self.scale_dialog = dialog
        dialog.open()

    def _scale_closed(self, dialog: RatingScaleDialog) -> None:
        self.controller.changed.disconnect(dialog._changed)
        if self.scale_dialog is dialog:
            self.scale_dialog = None
        dialog.deleteLater()

    # -- outcomes ----------------------------------------------------------------------
    def _failed(self, what: str, message: str) -> None:
        messages.show_error(self.window, f"{what}: {message}")
        self.finished.emit("failed")

    def _cancelled(self, text: str, message: bool = True) -> None:
        self.window.statusBar().showMessage(text, 8000)
        if message:
            messages.show_info(self.window, text, title=self.tr("Import cancelled"))
        self.finished.emit("cancelled")


def _mapping_needed(exc: Any, options: ImportOptions) -> ImportReport:
    """A preview with no items, asking for the columns to be mapped."""
    from dataclasses import replace

    from factdesk.services.bundles.contents import ImportSummary
    from factdesk.services.imports import ImportReport
    from factdesk.services.imports.records import ReadFacts

    first = tuple(exc.first_row)
    facts = ReadFacts(
        format="spreadsheet",
        detail=translate(
            "file_import",
            "choose the field of each column (one must be the claim), then Update preview",
        ),
        first_row=first,
        headers=first if exc.has_header else (),
    )
    return ImportReport(
        summary=ImportSummary((), (), (), (), (str(exc),), dry_run=True),
        files=((str(exc.path), facts),),
        options=replace(options, header=exc.has_header),
        needs_map=True,
    )

"""File → Export bundle… and File → Import bundle…: dialogs, the worker, the outcome.

The bundle services (and their schema library) are imported when a bundle is
first exported or imported, so the window opens as fast as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMainWindow

from factdesk.gui import messages, window_state
from factdesk.gui.controller import CaseController, Change
from factdesk.gui.report_export import slug, warnings_text
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.gui.worker import Task, run_with_progress
from factdesk.settings import load_settings

if TYPE_CHECKING:
    from factdesk.gui.dialogs.export_bundle import BundleChoice, ExportBundleDialog
    from factdesk.gui.dialogs.import_preview import ImportPreviewDialog
    from factdesk.services.bundles import ExportResult, ImportPlan, ImportSummary, Policy

BUNDLE_SUFFIX = ".factbundle"
FOLDER_KEY = "bundles"
SETTLED_LABELS = {
    "skip": QT_TRANSLATE_NOOP("bundle_transfer", "kept mine"),
    "theirs": QT_TRANSLATE_NOOP("bundle_transfer", "took theirs"),
    "copy": QT_TRANSLATE_NOOP("bundle_transfer", "kept both"),
}


def bundle_filter() -> str:
    return translate("bundle_transfer", "Claim bundles (*{suffix});;All files (*)").format(
        suffix=BUNDLE_SUFFIX
    )


def _claims(n: int) -> str:
    return translate("bundle_transfer", "%Ln claim(s)", "", n)


def _size(n: int) -> str:
    for unit, size in (
        (QT_TRANSLATE_NOOP("bundle_transfer", "{n} GB"), 1e9),
        (QT_TRANSLATE_NOOP("bundle_transfer", "{n} MB"), 1e6),
        (QT_TRANSLATE_NOOP("bundle_transfer", "{n} kB"), 1e3),
    ):
        if n >= size:
            return translate("bundle_transfer", unit).format(n=QLocale().toString(n / size, "f", 1))
    return translate("bundle_transfer", "%Ln byte(s)", "", n)


def import_summary_text(name: str, summary: ImportSummary, *, backed_up: bool = False) -> str:
    """What an import did, as the message after it says it."""
    lines = [
        translate("bundle_transfer", "{name} is imported.").format(name=name),
        "",
        translate("bundle_transfer", "Added: {claims}").format(claims=_claims(len(summary.added))),
        translate("bundle_transfer", "Updated: {claims}").format(
            claims=_claims(len(summary.updated))
        ),
        translate("bundle_transfer", "Unchanged: {claims}").format(
            claims=_claims(len(summary.unchanged))
        ),
    ]
    if summary.conflicts:
        counts: dict[str, int] = {}
        for conflict in summary.conflicts:
            counts[conflict.settled] = counts.get(conflict.settled, 0) + 1
        how = ", ".join(
            f"{translate('bundle_transfer', label)}: {QLocale().toString(counts[p])}"
            for p, label in SETTLED_LABELS.items()
            if counts.get(p)
        )
        lines.append(
            translate("bundle_transfer", "Conflicts settled: {count} ({how})").format(
                count=QLocale().toString(len(summary.conflicts)), how=how
            )
        )
    else:
        lines.append(translate("bundle_transfer", "Conflicts settled: none"))
    ev = summary.evidence
    number = QLocale().toString
    lines.append(
        translate(
            "bundle_transfer", "Evidence: {added} added, {updated} updated, {unchanged} unchanged"
        ).format(added=number(ev.added), updated=number(ev.updated), unchanged=number(ev.unchanged))
    )
    if summary.warnings:
        lines += [
            "",
            translate("bundle_transfer", "Warnings:"),
            warnings_text(list(summary.warnings)),
        ]
    else:
        lines.append(translate("bundle_transfer", "Warnings: none"))
    if backed_up:
        lines += [
            "",
            translate(
                "bundle_transfer",
                "The case file was backed up just before the import; "
                "File → Restore from backup… lists that copy.",
            ),
        ]
    return "\n".join(lines)


def export_scope(
    controller: CaseController, selected: list[str], window: QMainWindow
) -> dict[str, Any] | None:
    """What an export dialog's claim scope box shows; None (the user told) with no claims."""
    controller.flush_edits()
    case = controller.case
    total = case.claims.count()
    if total == 0:
        messages.show_info(
            window, translate("BundleTransfer", "There are no claims in this case file to export.")
        )
        return None
    return {
        "selected": len(selected),
        "first_selected": case.claims.get(selected[0]).text if selected else "",
        "total": total,
        "tags": case.tags.counts(),
    }


class BundleTransfer(QObject):
    """The Export bundle and Import bundle flows for one window."""

    # "exported", "imported", "failed", "cancelled", or "closed" (the preview was cancelled)
    finished = Signal(str)
    preview_shown = Signal()

    def __init__(self, window: QMainWindow, controller: CaseController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.export_dialog: ExportBundleDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.task: Task | None = None

    # -- export ------------------------------------------------------------------------
    def start_export(self, selected: list[str]) -> None:
        from factdesk.gui.dialogs.export_bundle import ExportBundleDialog

        scope = export_scope(self.controller, selected, self.window)
        if scope is None:
            return
        dialog = ExportBundleDialog(**scope, parent=self.window)
        dialog.accepted.connect(lambda: self._export_to_file(dialog.choice(), selected))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()

    def _default_export_path(self, choice: BundleChoice, selected: list[str]) -> Path:
        case = self.controller.case
        if choice.scope == "selected" and len(selected) == 1:
            stem = slug(case.claims.get(selected[0]).text)
        elif choice.scope == "tag" and choice.tag:
            stem = f"{case.path.stem}-{slug(choice.tag)}"
        else:
            stem = case.path.stem
        folder = window_state.dialog_folder(FOLDER_KEY)
        return folder / f"{stem}{BUNDLE_SUFFIX}"

    def _export_to_file(self, choice: BundleChoice, selected: list[str]) -> None:
        from factdesk.services.bundles import export_bundle

        if choice.scope == "selected" and not selected:
            return
        path = messages.save_file_name(
            self.window,
            self.tr("Export bundle"),
            str(self._default_export_path(choice, selected)),
            bundle_filter(),
        )
        if path is None:
            return
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        window_state.remember_folder(FOLDER_KEY, path.parent)
        case = self.controller.case
        author = load_settings().author or self.controller.settings.author
        ids = list(selected) if choice.scope == "selected" else None
        tag = choice.tag if choice.scope == "tag" else None
        self.task = run_with_progress(
            self.window,
            self.tr("Exporting bundle"),
            lambda progress: export_bundle(
                case,
                path,
                claim_ids=ids,
                tag=tag,
                progress=progress,
                title=choice.title or None,
                created_by=author or None,
            ),
            on_done=self._exported,
            on_failed=lambda message: self._failed(self.tr("The bundle was not exported"), message),
            on_cancelled=lambda: self._cancelled(
                self.tr("Bundle export cancelled; no file was written."), message=False
            ),
        )

    def _exported(self, result: ExportResult) -> None:
        self.window.statusBar().showMessage(
            self.tr("Bundle written to {path}").format(path=result.path), 8000
        )
        messages.show_info(
            self.window,
            self.tr("Exported {claims}, {evidence} and {files} to\n{path}\n({size}).").format(
                claims=_claims(result.claims),
                evidence=self.tr("%Ln evidence item(s)", "", result.evidence),
                files=self.tr("%Ln attached file(s)", "", result.attachments),
                path=result.path,
                size=_size(result.size),
            ),
            title=self.tr("Bundle exported"),
        )
        self.finished.emit("exported")

    # -- import ------------------------------------------------------------------------
    def start_import(self) -> None:
        from factdesk.services.bundles import plan_import

        case = self.controller.case
        if case.read_only:
            return
        self.controller.flush_edits()
        path = messages.open_file_name(self.window, self.tr("Import bundle"), bundle_filter())
        if path is None:
            return
        window_state.remember_folder(FOLDER_KEY, path.parent)
        self.task = run_with_progress(
            self.window,
            self.tr("Reading bundle"),
            lambda progress: plan_import(case, path, "skip", progress),
            on_done=self._preview,
            on_failed=lambda message: self._failed(
                self.tr("The bundle cannot be imported"), message
            ),
            on_cancelled=lambda: self._cancelled(
                self.tr("Import cancelled; nothing was changed."), message=False
            ),
        )

    def _preview(self, plan: ImportPlan) -> None:
        from factdesk.gui.dialogs.import_preview import ImportPreviewDialog

        labels = {r.key: r.label for r in self.controller.case.ratings.scale()}
        dialog = ImportPreviewDialog(plan, labels, self.window)
        dialog.accepted.connect(
            lambda: self._apply(plan, dialog.default_policy(), dialog.choices())
        )
        dialog.rejected.connect(lambda: self.finished.emit("closed"))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.preview_dialog = dialog
        dialog.open()
        self.preview_shown.emit()

    def _apply(self, plan: ImportPlan, policy: Policy, choices: dict[str, Policy]) -> None:
        from factdesk.services.bundles import apply_import

        case = self.controller.case
        name = plan.bundle.path.name
        backed_up = case.claims.count() > 0  # the import backs up a case file with work in it
        self.task = run_with_progress(
            self.window,
            self.tr("Importing bundle"),
            lambda progress: apply_import(case, plan, policy, choices, progress),
            on_done=lambda summary: self._imported(name, summary, backed_up),
            on_failed=lambda message: self._failed(
                self.tr("Nothing was imported; the case file is as it was"), message
            ),
            on_cancelled=lambda: self._cancelled(
                self.tr(
                    "The import was cancelled. Nothing was imported; the case file is as it was."
                )
            ),
        )

    def _imported(self, name: str, summary: ImportSummary, backed_up: bool) -> None:
        touched = {*summary.added, *summary.updated}
        touched.update(c.copy_id or c.claim_id for c in summary.conflicts)
        # Like a change made by another program: every view reads the case file again.
        self.controller.notify(
            Change(
                claim_ids=frozenset(touched),
                structure=True,
                everything=True,
                scale=True,
                tags=True,
                external=True,
            )
        )
        self.window.statusBar().showMessage(self.tr("Imported {name}").format(name=name), 8000)
        messages.show_info(
            self.window,
            import_summary_text(name, summary, backed_up=backed_up),
            title=self.tr("Bundle imported"),
        )
        self.finished.emit("imported")

    # -- outcomes ----------------------------------------------------------------------
    def _failed(self, what: str, message: str) -> None:
        messages.show_error(self.window, f"{what}: {message}")
        self.finished.emit("failed")

    def _cancelled(self, text: str, *, message: bool = True) -> None:
        self.window.statusBar().showMessage(text, 8000)
        if message:
            messages.show_info(self.window, text, title=self.tr("Import cancelled"))
        self.finished.emit("cancelled")

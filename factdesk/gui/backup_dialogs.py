"""Dialogs for keeping a case file safe: back up now, restore, check, damaged file.

The window hooks these into its menus (File → Back up now…, File → Restore
from backup…, Help → Check case file) and shows :class:`DamagedFileDialog`
when opening raises :class:`~factdesk.errors.DamagedCaseFileError`.  Every
question and message goes through the module-level :func:`confirm`,
:func:`inform`, :func:`warn` and :func:`choose_save_path`, so tests replace
them instead of clicking through modal boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.errors import FactDeskError
from factdesk.gui import messages, plain
from factdesk.gui.translation import translate
from factdesk.gui.worker import Task, run_with_progress
from factdesk.services import Case
from factdesk.services import backups as bk
from factdesk.services.check import CheckReport, check_case, repair

# -- questions and messages (replaced in tests) ----------------------------------


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    question = messages.box(parent, QMessageBox.Icon.Question, title, text)
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    question.setDefaultButton(QMessageBox.StandardButton.No)
    return question.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    messages.show_info(parent, text, title=title)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    messages.show_error(parent, text, title=title)


def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("backup_dialogs", "Back up case file"),
        str(suggested),
        translate("backup_dialogs", "FactDesk case files (*.factdesk)"),
    )
    return Path(name) if name else None


def describe(info: bk.BackupInfo) -> str:
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("backup_dialogs", "{when} ({age}, {why}, {size})").format(
        when=when, age=bk.format_age(info.age()), why=info.label, size=bk.format_size(info.size)
    )


# -- back up now -------------------------------------------------------------------


def back_up_now(parent: QWidget | None, case: Case) -> Task | None:
    """Ask where, then write a verified copy of ``case`` there behind a progress dialog.

    The suggested name is in the case file's backup folder, where the copy is
    listed by Restore from backup… and never deleted; any other file will do.
    """
    try:
        suggested = bk.manual_backup_path(case.path)
    except OSError:
        suggested = case.path.with_name(f"{case.path.stem}-copy.factdesk")
    dest = choose_save_path(parent, suggested)
    if dest is None:
        return None

    def done(size: int) -> None:
        listed = any(i.path.resolve() == dest.resolve() for i in bk.list_backups(case.path))
        where = (
            translate("backup_dialogs", "\n\nIt is listed in File → Restore from backup….")
            if listed
            else ""
        )
        inform(
            parent,
            translate("backup_dialogs", "Backed up"),
            translate(
                "backup_dialogs", "A verified copy of {name} was written to\n{path}\n({size})."
            ).format(name=case.path.name, path=dest, size=bk.format_size(size))
            + where,
        )

    return run_with_progress(
        parent,
        translate("backup_dialogs", "Backing up"),
        lambda progress: bk.save_copy(case, dest, progress=progress),
        on_done=done,
        on_failed=lambda message: warn(
            parent, translate("backup_dialogs", "Backup failed"), message
        ),
        on_cancelled=lambda: inform(
            parent,
            translate("backup_dialogs", "Backup cancelled"),
            translate("backup_dialogs", "No copy was written."),
        ),
    )


# -- restore -------------------------------------------------------------------------


def restore_with_confirmation(
    parent: QWidget | None, case_path: Path, info: bk.BackupInfo
) -> bk.RestoreResult | None:
    """Ask, then restore ``info`` over ``case_path``; None when declined or failed."""
    if not confirm(
        parent,
        translate("backup_dialogs", "Restore backup"),
        translate(
            "backup_dialogs",
            "Replace {name} with the backup from {backup}?\n\n"
            "The current file is kept aside as a backup first.",
        ).format(name=case_path.name, backup=describe(info)),
    ):
        return None
    try:
        result = bk.restore_backup(case_path, info.path)
    except FactDeskError as exc:
        warn(parent, translate("backup_dialogs", "Restore failed"), str(exc))
        return None
    kept = (
        "\n\n"
        + translate("backup_dialogs", "The file it replaced is kept at {path}.").format(
            path=result.kept_aside.path
        )
        if result.kept_aside
        else ""
    )
    inform(
        parent,
        translate("backup_dialogs", "Restored"),
        translate("backup_dialogs", "{name} was restored from {backup}.").format(
            name=case_path.name, backup=describe(info)
        )
        + kept,
    )
    return result


class RestoreDialog(QDialog):
    """The backups of a case file, newest first, with a Restore button."""

    restored = Signal(object)  # the RestoreResult

    def __init__(self, case_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_path = Path(case_path)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = bk.list_backups(self.case_path)

        intro = plain.label(
            self.tr("Backups of {name} (kept in {folder}):").format(
                name=self.case_path.name, folder=bk.backup_folder(self.case_path)
            )
            if self.backups
            else self.tr("There are no backups of {name} yet.").format(name=self.case_path.name),
            wrap=True,
        )
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Made"), self.tr("Age"), self.tr("Size"), self.tr("Why")]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for info in self.backups:
            item = QTreeWidgetItem(
                [
                    info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    bk.format_age(info.age()),
                    bk.format_size(info.size),
                    info.label,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info)
            if not info.restorable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.addTopLevelItem(item)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def selected(self) -> bk.BackupInfo | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, row: int) -> None:
        item = self.table.topLevelItem(row)
        if item is not None:
            self.table.setCurrentItem(item)

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.restorable)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        result = restore_with_confirmation(self, self.case_path, info)
        if result is not None:
            self.restored.emit(result)
            self.accept()


# -- check ------------------------------------------------------------------------------


def report_html(report: CheckReport) -> str:
    """A check report in plain words, as simple HTML for a text browser."""
    from html import escape

    parts = [f"<p><b>{escape(report.summary())}</b></p>"]
    if report.sound:
        parts.append(
            translate(
                "backup_dialogs",
                "<p>The database structure, the links between records, every attachment's "
                "fingerprint and the search index all check out.</p>",
            )
        )
    for finding in report.findings:
        parts.append(f"<p>{escape(finding.message)}</p>")
        if finding.details:
            items = "".join(f"<li>{escape(d)}</li>" for d in finding.details)
            parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


class CheckDialog(QDialog):
    """The result of checking a case file, with Repair when a safe repair exists.

    Give it a report computed off the GUI thread (``run_with_progress`` with
    :func:`check_case`) or let it check on construction for small files.
    """

    def __init__(
        self, case: Case, report: CheckReport | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(self.tr("Check case file"))
        self.text = QTextBrowser()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = QPushButton(self.tr("Repair"))
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.repair_button.clicked.connect(self.repair)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 340)
        self.show_report(report if report is not None else check_case(case))

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.text.setHtml(report_html(report))
        self.repair_button.setVisible(report.repairable)
        self.repair_button.setEnabled(report.repairable and not self.case.read_only)
        if report.repairable and self.case.read_only:
            self.repair_button.setToolTip(self.tr("The case file is read-only."))

    def repair(self) -> None:
        try:
            repair(self.case)
        except FactDeskError as exc:
            warn(self, self.tr("Repair failed"), str(exc))
            return
        self.show_report(check_case(self.case))


# -- damaged file -------------------------------------------------------------------------


class DamagedFileDialog(QDialog):
    """Tells that a case file is damaged and offers its newest sound backup.

    ``exec()`` returns Accepted when a backup was restored (open the file
    again), Rejected otherwise; the damaged file stays as it was unless a
    restore replaced it (and then a copy of it is kept with the backups).
    """

    def __init__(
        self,
        case_path: Path,
        message: str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_path = Path(case_path)
        self.newest = bk.newest_backup(self.case_path)
        self.setWindowTitle(title or self.tr("Case file damaged"))
        text = plain.label(wrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.newest is not None:
            offer = self.tr("The newest sound backup is from {backup}.").format(
                backup=describe(self.newest)
            )
        else:
            offer = self.tr(
                "No backup of it was found. Keep the file: a data-recovery tool may "
                "still save much of it."
            )
        text.setText(f"{message}\n\n{offer}")
        self.message = text

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.others_button = QPushButton(self.tr("Other backups…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.others_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setVisible(self.newest is not None)
        self.others_button.setVisible(bool(bk.list_backups(self.case_path)))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_newest)
        self.others_button.clicked.connect(self.choose_other)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def restore_newest(self) -> None:
        if self.newest is not None and restore_with_confirmation(self, self.case_path, self.newest):
            self.accept()

    def choose_other(self) -> None:
        dialog = RestoreDialog(self.case_path, self)
        dialog.restored.connect(lambda _result: self.accept())
        dialog.open()

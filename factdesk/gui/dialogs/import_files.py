"""File → Import… preview: what importing fact-checks, a spreadsheet or citations would do.

Nothing is written while this dialog is open.  It shows the files and what
each is, the spreadsheet columns and the field each goes to, every foreign
rating label with the rating it will map to, what happens to each item
(added, updated, unchanged, in conflict) and the warnings.  Changing how the
items are taken (as evidence or verdicts, into the selected claim), a column
or a label's rating asks for a fresh preview (Update preview); Import then
imports with those choices.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk import i18n
from factdesk.gui import style
from factdesk.gui.dialogs.claim_scope import quoted
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.services.imports import FIELDS, ImportOptions, ImportReport
from factdesk.services.records import Rating

ACTION_WORDS = {
    "add": QT_TRANSLATE_NOOP("import_files", "New claim"),
    "update": QT_TRANSLATE_NOOP("import_files", "Added to a claim here"),
    "unchanged": QT_TRANSLATE_NOOP("import_files", "Already imported"),
    "conflict": QT_TRANSLATE_NOOP("import_files", "Changed here: kept"),
    "skip": QT_TRANSLATE_NOOP("import_files", "Skipped"),
}
NEW_RATING = "__new__"
UNMAPPED = "__none__"
IGNORED = ""


def number(n: int) -> str:
    return QLocale().toString(n)


def report_summary(report: ImportReport) -> str:
    if report.needs_map:
        return translate(
            "import_files",
            "Choose what each column holds (one must be the claim), then Update preview.",
        )
    s = report.summary
    ev = s.evidence
    parts = [
        translate("import_files", "%Ln claim(s) to add", "", len(s.added)),
        translate("import_files", "{count} to add to or update").format(
            count=number(len(s.updated))
        ),
        translate("import_files", "{count} unchanged").format(count=number(len(s.unchanged))),
    ]
    if s.conflicts:
        parts.append(
            translate(
                "import_files", "%Ln claim(s) changed here (kept as they are)", "", len(s.conflicts)
            )
        )
    text = ", ".join(parts) + "."
    if ev.added or ev.updated or ev.unchanged or ev.conflicts:
        text += "\n" + translate(
            "import_files", "Evidence: {added} added, {updated} updated, {unchanged} unchanged"
        ).format(added=number(ev.added), updated=number(ev.updated), unchanged=number(ev.unchanged))
        if ev.conflicts:
            text += translate("import_files", ", {count} kept as edited here").format(
                count=number(ev.conflicts)
            )
        text += "."
    return text


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ImportFilesDialog(QDialog):
    """The preview; ``update_requested`` asks for a new one with the options chosen here."""

    update_requested = Signal(object)  # ImportOptions

    def __init__(
        self,
        report: ImportReport,
        scale: Sequence[Rating],
        colours: dict[str, str],
        into: tuple[str, str] | None = None,  # the selected claim: (id, text)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import — preview"))
        self.resize(1040, 720)
        self.scale = list(scale)
        self.colours = colours
        self.into_claim = into

        self.files = _plain(QLabel())
        self.files.setAccessibleName(self.tr("Files to import"))
        self.as_evidence = QRadioButton(
            self.tr("As &evidence: each fact-check is evidence on its claim")
        )
        self.as_evidence.setAccessibleName(self.tr("Import fact-checks as evidence"))
        self.as_verdicts = QRadioButton(
            self.tr("As &verdicts: the reviews are this newsroom's own (an archive moving in)")
        )
        self.as_verdicts.setAccessibleName(self.tr("Import reviews as verdicts"))
        group = QButtonGroup(self)
        group.addButton(self.as_evidence)
        group.addButton(self.as_verdicts)
        self.into = QCheckBox(
            self.tr("Add everything as evidence of the selected claim {claim}").format(
                claim=quoted(into[1])
            )
            if into
            else self.tr("Add everything as evidence of the selected claim (none is selected)")
        )
        self.into.setAccessibleName(self.tr("Add everything to the selected claim"))
        self.into.setEnabled(into is not None)
        for widget in (self.as_evidence, self.as_verdicts, self.into):
            widget.toggled.connect(self._options_changed)

        self.summary = _plain(QLabel())
        self.summary.setAccessibleName(self.tr("What the import will do"))

        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("Spreadsheet columns and the field each goes to"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First row"), self.tr("Goes to")]
        )
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.labels = QTableWidget(0, 4)
        self.labels.setAccessibleName(self.tr("Foreign rating labels and the ratings they map to"))
        self.labels.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Label"), self.tr("Items"), self.tr("Maps to")]
        )
        self.labels.verticalHeader().setVisible(False)
        self.labels.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items = QTreeWidget()
        self.items.setAccessibleName(self.tr("What happens to each item"))
        self.items.setHeaderLabels(
            [self.tr("What happens"), self.tr("Claim"), self.tr("Details"), self.tr("Where")]
        )
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings about the files"))
        self.warnings.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.update_button = self.buttons.addButton(
            self.tr("&Update preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.update_button.setAccessibleName(self.tr("Update the preview with these choices"))
        self.update_button.clicked.connect(lambda: self.update_requested.emit(self.options()))
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        how = QVBoxLayout()
        how.addWidget(self.as_evidence)
        how.addWidget(self.as_verdicts)
        how.addWidget(self.into)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(how)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.show_report(report)

    # -- showing a preview ---------------------------------------------------------
    def show_report(self, report: ImportReport) -> None:
        self.report = report
        options = report.options
        for widget in (self.as_evidence, self.as_verdicts, self.into):
            widget.blockSignals(True)
        (self.as_verdicts if options.as_ == "verdicts" else self.as_evidence).setChecked(True)
        self.into.setChecked(options.into is not None)
        for widget in (self.as_evidence, self.as_verdicts, self.into):
            widget.blockSignals(False)
        lines = []
        for name, facts in report.files:
            lines.append(f"{name} — {facts.format}: {facts.detail}")
        self.files.setText("\n".join(lines))
        self.summary.setText(report_summary(report))
        self._fill_columns()
        self._fill_labels()
        self._fill_items()
        self.warnings.clear()
        for warning in report.summary.warnings:
            self.warnings.addItem(warning[:1].upper() + warning[1:])
        if not report.summary.warnings:
            self.warnings.addItem(self.tr("No warnings."))
        self.tabs.clear()
        if self.columns.rowCount():
            self.tabs.addTab(self.columns, self.tr("&Columns"))
        self.tabs.addTab(
            self.labels, self.tr("&Ratings ({count})").format(count=number(len(report.labels)))
        )
        self.tabs.addTab(self.items, self.tr("I&tems ({count})").format(count=number(report.items)))
        self.tabs.addTab(
            self.warnings,
            self.tr("&Warnings ({count})").format(count=number(len(report.summary.warnings))),
        )
        self.update_button.setEnabled(False)
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)

    def _fill_columns(self) -> None:
        sheet = next((facts for _n, facts in self.report.files if facts.first_row), None)
        self.columns.setRowCount(0)
        if sheet is None:
            return
        by_column = {column: field for field, column in sheet.columns.items()}
        for i, first in enumerate(sheet.first_row):
            name = sheet.headers[i] if i < len(sheet.headers) and sheet.headers[i] else ""
            label = f"{i + 1}: {name}" if name else self.tr("Column {n}").format(n=i + 1)
            self.columns.insertRow(i)
            item = QTableWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name or str(i + 1))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(i, 0, item)
            sample = QTableWidgetItem(" ".join(first.split())[:120])
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(i, 1, sample)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for {column}").format(column=label))
            combo.addItem(self.tr("— not imported"), IGNORED)
            for field, meaning in FIELDS.items():
                combo.addItem(f"{field}: {i18n._(meaning)}", field)
            chosen = by_column.get(name or f"column {i + 1}")
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._options_changed)
            self.columns.setCellWidget(i, 2, combo)
        self.columns.resizeColumnToContents(0)

    def _fill_labels(self) -> None:
        self.labels.setRowCount(0)
        for row, use in enumerate(self.report.labels):
            self.labels.insertRow(row)
            for column, value in enumerate((use.source, use.label, number(use.count))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(value)
                self.labels.setItem(row, column, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Rating for {label}").format(label=use.label[:60]))
            for rating in self.scale:
                combo.addItem(
                    style.badge_icon(self.colours.get(rating.key, style.UNRATED)),
                    rating.label,
                    rating.key,
                )
            combo.addItem(self.tr("New rating, off the numeric scale"), NEW_RATING)
            combo.addItem(self.tr("Leave unmapped (keep the label as text)"), UNMAPPED)
            index = combo.findData(use.rating) if use.rating else combo.findData(UNMAPPED)
            if use.new_key:
                index = combo.findData(NEW_RATING)
            combo.setCurrentIndex(max(0, index))
            how = {"given": "chosen", "remembered": "remembered", "suggested": "suggested"}
            combo.setToolTip(how.get(use.how, "not mapped"))
            combo.currentIndexChanged.connect(self._options_changed)
            self.labels.setCellWidget(row, 3, combo)
        self.labels.resizeColumnToContents(0)
        self.labels.resizeColumnToContents(3)

    def _fill_items(self) -> None:
        self.items.clear()
        for row in self.report.rows:
            item = QTreeWidgetItem(
                [
                    self.tr(ACTION_WORDS[row.action]) if row.action in ACTION_WORDS else row.action,
                    " ".join(row.claim.split())[:160],
                    row.detail[:160],
                    row.where,
                ]
            )
            item.setToolTip(1, row.claim[:2000])
            self.items.addTopLevelItem(item)
        if self.report.items > len(self.report.rows):
            more = self.report.items - len(self.report.rows)
            self.items.addTopLevelItem(
                QTreeWidgetItem([self.tr("… and %Ln more", "", more), "", "", ""])
            )
        self.items.resizeColumnToContents(0)

    # -- choices ------------------------------------------------------------------------
    def _options_changed(self, *_args: object) -> None:
        self.update_button.setEnabled(True)
        self.import_button.setEnabled(False)  # import what was previewed, not a guess
        self.update_button.setDefault(True)

    def options(self) -> ImportOptions:
        """The options the preview's choices make."""
        base = self.report.options
        columns = []
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 2)
            field = combo.currentData() if isinstance(combo, QComboBox) else IGNORED
            item = self.columns.item(row, 0)
            if field and item is not None:
                columns.append(f"{item.data(Qt.ItemDataRole.UserRole)}={field}")
        ratings: list[tuple[str, str, str | None]] = []
        taken = {r.key for r in self.scale}
        for row, use in enumerate(self.report.labels):
            combo = self.labels.cellWidget(row, 3)
            choice = combo.currentData() if isinstance(combo, QComboBox) else UNMAPPED
            if choice == NEW_RATING:
                ratings.append((use.source, use.label, _new_key(use.label, taken)))
            elif choice == UNMAPPED:
                ratings.append((use.source, use.label, None))
            else:
                ratings.append((use.source, use.label, str(choice)))
        sheet = any(facts.first_row for _n, facts in self.report.files)
        return ImportOptions(
            format=base.format,
            as_="verdicts" if self.as_verdicts.isChecked() else "evidence",
            into=self.into_claim[0] if self.into.isChecked() and self.into_claim else None,
            column_map=tuple(columns) if sheet and columns else base.column_map,
            rating_map=base.rating_map,
            source_ratings=tuple(ratings),
            header=base.header,
        )


def _new_key(label: str, taken: set[str]) -> str:
    from factdesk.services.imports.labels import new_key

    key = new_key(label)
    if key in taken:
        n = 2
        while f"{key[:60]}-{n}" in taken:
            n += 1
        key = f"{key[:60]}-{n}"
    taken.add(key)
    return key

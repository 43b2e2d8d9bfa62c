"""File → Export spreadsheet…: which claims, and one row per claim or per evidence item."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from factdesk.gui.dialogs.claim_scope import ClaimScopeBox


class ExportSpreadsheetDialog(QDialog):
    def __init__(
        self,
        *,
        selected: int,
        first_selected: str,
        total: int,
        tags: dict[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export spreadsheet"))
        self.scope = ClaimScopeBox(
            self.tr("Claims to export"),
            selected=selected,
            first_selected=first_selected,
            total=total,
            all_text=self.tr("All %Ln claim(s)", "", total),
            tags=tags,
        )
        self.evidence = QCheckBox(self.tr("One row per &evidence item (with its claim's id)"))
        self.evidence.setAccessibleName(self.tr("One row per evidence item"))
        note = QLabel(
            self.tr(
                "CSV in UTF-8, readable by Excel, LibreOffice and Google Sheets. Cells that a "
                "spreadsheet would run as a formula are written with a leading apostrophe."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.evidence)
        layout.addWidget(note)
        layout.addWidget(buttons)

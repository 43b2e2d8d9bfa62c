"""File → Export bundle…: the selected claims, those with a tag, or all; an optional title."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factdesk.gui.dialogs.claim_scope import ClaimScopeBox, Scope


@dataclass(frozen=True)
class BundleChoice:
    scope: Scope
    tag: str | None
    title: str


class ExportBundleDialog(QDialog):
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
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(540)
        self.scope = ClaimScopeBox(
            self.tr("Claims to export"),
            selected=selected,
            first_selected=first_selected,
            total=total,
            tags=tags,
            all_text=self.tr("All %Ln claim(s) in this case file", "", total)
            if total != 1
            else self.tr("The one claim"),
        )
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Bundle title"))
        self.title.setPlaceholderText(self.tr("Optional, shown to whoever imports it"))
        note = QLabel(
            self.tr(
                "A bundle holds the claims with their evidence, attached files and verdicts. "
                "A colleague adds it to their case file with File → Import bundle…; claims "
                "they already have are updated or shown as conflicts, never duplicated."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)  # once in the dialog: Return exports

    def choice(self) -> BundleChoice:
        scope, tag = self.scope.scope()
        return BundleChoice(scope=scope, tag=tag, title=self.title.text().strip())

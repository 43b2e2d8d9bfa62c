"""Which claims an export covers: the selected ones, those with a tag, or all of them."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

Scope = Literal["selected", "tag", "all"]


def quoted(text: str, limit: int = 50) -> str:
    """A claim in quotes, on one line and shortened to ``limit`` characters."""
    text = " ".join(text.split())
    return f"“{text[: limit - 1]}…”" if len(text) > limit else f"“{text}”"


class ClaimScopeBox(QGroupBox):
    """Radio buttons for the claims to export; a tag chooser when ``tags`` are given."""

    def __init__(
        self,
        title: str,
        *,
        selected: int,
        first_selected: str,
        total: int,
        all_text: str,
        tags: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        if selected == 1:
            # A claim's "&" is not a keyboard shortcut.
            selected_text = self.tr("The selected claim: {claim}").format(
                claim=quoted(first_selected).replace("&", "&&")
            )
        else:
            selected_text = self.tr("The %Ln selected claim(s)", "", selected)
        self.selected_button = QRadioButton(selected_text)
        self.selected_button.setAccessibleName(self.tr("The selected claims"))
        self.selected_button.setEnabled(selected > 0)
        self.all_button = QRadioButton(all_text)
        self.all_button.setAccessibleName(self.tr("All claims"))
        self.tag_button = QRadioButton(self.tr("Claims &tagged"))
        self.tag_button.setAccessibleName(self.tr("Claims with a tag"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        for name, count in sorted((tags or {}).items(), key=lambda item: item[0].lower()):
            self.tag.addItem(f"{name} ({QLocale().toString(count)})", name)
        self.tag.activated.connect(lambda _row: self.tag_button.setChecked(True))
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.selected_button)
        group.addButton(self.selected_button)
        if tags is not None:
            row = QHBoxLayout()
            row.addWidget(self.tag_button)
            row.addWidget(self.tag, 1)
            layout.addLayout(row)
            group.addButton(self.tag_button)
            self.tag_button.setEnabled(bool(tags))
            self.tag.setEnabled(bool(tags))
        layout.addWidget(self.all_button)
        group.addButton(self.all_button)
        (self.selected_button if selected else self.all_button).setChecked(True)

    def scope(self) -> tuple[Scope, str | None]:
        """What was chosen, with the tag when claims with a tag were chosen."""
        if self.selected_button.isChecked():
            return "selected", None
        if self.tag_button.isChecked() and self.tag.currentData() is not None:
            return "tag", str(self.tag.currentData())
        return "all", None

"""What a first start on an empty case file shows: where to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self) -> None:
        super().__init__()
        title = QLabel(self.tr("This case file has no claims yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Start with a claim you want to check, or open the sample case — a worked "
                "fact-check with evidence, grading and a verdict — to see how FactDesk is used."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(520)
        self.sample_button = QPushButton(self.tr("Open sample case"))
        self.sample_button.setAccessibleName(self.tr("Open the sample case"))
        self.new_button = QPushButton(self.tr("New claim"))
        self.new_button.setAccessibleName(self.tr("Add a new claim"))
        self.new_button.setDefault(True)
        for button in (self.new_button, self.sample_button):
            button.setMinimumWidth(220)
            button.setMinimumHeight(36)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, text, self.new_button, self.sample_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

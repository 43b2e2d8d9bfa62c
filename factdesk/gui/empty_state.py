"""What a first start on an empty case file shows: where to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
        text.setObjectName("empty_state_text")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        for label in (title, text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(label.text())
        self.sample_button = QPushButton(self.tr("Open sample case"))
        self.sample_button.setAccessibleName(self.tr("Open the sample case"))
        self.new_button = QPushButton(self.tr("New claim"))
        self.new_button.setAccessibleName(self.tr("Add a new claim"))
        self.new_button.setDefault(True)
        for button in (self.new_button, self.sample_button):
            button.setMinimumWidth(220)
            button.setMinimumHeight(36)
        # The texts sit in a column of their own, without alignment flags: a
        # word-wrapped label given an alignment in its layout loses its height
        # for width, and its second line is cut off.
        column = QWidget()
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(8)
        for button in (self.new_button, self.sample_button):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
